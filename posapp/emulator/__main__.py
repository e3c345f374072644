"""``python -m posapp.emulator``: run the Engage emulator until Ctrl+C.

For trying posapp against a fake tenant and for tests that drive the app in another
process (they steer faults through the ``/_emulator/`` control endpoints).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from posapp.config import (
    DEMO_API_KEY,
    ConfigError,
    ContactTypeSettings,
    api_key_from_env,
    load_settings,
)
from posapp.emulator.server import EmulatorServer, demo_contact_types
from posapp.engage.loopback import is_loopback_host


def _loopback(value: str) -> str:
    if not is_loopback_host(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a loopback address (127.0.0.1, ::1)")
    return value


def _port(value: str) -> int:
    port = int(value)
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError("must be between 0 and 65535")
    return port


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m posapp.emulator",
        description="A local Voyado Engage emulator on loopback, for demo mode and tests.",
    )
    parser.add_argument("--port", type=_port, default=0, help="port (0: any free port)")
    parser.add_argument("--host", type=_loopback, default="127.0.0.1",
                        help="loopback address to listen on (default 127.0.0.1)")
    parser.add_argument("--config", type=Path, help="posapp config.toml: its contact types")
    parser.add_argument("--rate-limit", type=_positive, default=200,
                        help="requests per second before 429 (default 200)")
    return parser.parse_args(argv)


def _contact_types(config: Path | None) -> tuple[ContactTypeSettings, ...]:
    if config is None:
        return demo_contact_types()
    return load_settings(config).contact_types


def _stop_on_sigterm(stopped: threading.Event) -> None:
    def handler(signum: int, frame: FrameType | None) -> None:
        stopped.set()

    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, handler)


def main(argv: list[str] | None = None) -> int:
    """Serve until Ctrl+C or SIGTERM; 0 then, 2 for a bad configuration."""
    args = parse_args(argv)
    try:
        contact_types = _contact_types(args.config)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    api_key = api_key_from_env() or DEMO_API_KEY
    emulator = EmulatorServer(contact_types=contact_types, api_key=api_key, host=args.host,
                              port=args.port, rate_limit_per_second=args.rate_limit)
    stopped = threading.Event()
    _stop_on_sigterm(stopped)
    try:
        emulator.start()
        shown_key = f" (API key: {api_key})" if api_key == DEMO_API_KEY else ""
        print(f"Engage emulator listening on {emulator.base_url}{shown_key}", flush=True)
        while not stopped.wait(0.2):  # a short wait keeps Ctrl+C responsive on Windows
            pass
    except KeyboardInterrupt:
        pass
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
