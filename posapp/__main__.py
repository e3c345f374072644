"""``python -m posapp`` and the ``posapp`` command."""

import sys

from posapp.cli import main


def run() -> int:
    """posapp's entry point: the command line decides."""
    return main()


if __name__ == "__main__":
    sys.exit(run())
