"""``python -m posapp`` and the ``posapp`` command."""

import sys

from posapp import collector


def run() -> int:
    """posapp's entry point: the cycle collector waits for the first paint (see
    posapp/collector.py), then the command line decides."""
    collector.pause()
    from posapp.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
