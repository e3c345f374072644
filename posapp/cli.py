"""``posapp`` on the command line: find the configuration (or go to demo mode) and start.

Exit codes: 0 normal, 2 unusable configuration (one message, never a traceback).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from posapp import __version__
from posapp.config import (
    API_KEY_ENV,
    DEMO_API_KEY,
    ConfigError,
    Settings,
    api_key_from_env,
    demo_settings,
    find_config_path,
    load_settings,
)

log = logging.getLogger("posapp")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="posapp", description="Sign customers up as members in Voyado Engage.")
    parser.add_argument("--config", metavar="PATH",
                        help="configuration file (POSAPP_CONFIG takes precedence)")
    parser.add_argument("--demo", action="store_true",
                        help="ignore any configuration and run against the built-in emulator")
    parser.add_argument("--check-config", action="store_true",
                        help="check the configuration, print what is wrong, and exit")
    parser.add_argument("--language", choices=("sv", "fi", "nb", "da", "en"),
                        help="user interface language (overrides the configuration)")
    parser.add_argument("--hash-pin", action="store_true",
                        help="ask for a staff PIN and print the pin_hash line for [kiosk]")
    parser.add_argument("--version", action="version", version=f"posapp {__version__}")
    return parser


def resolve_settings(args: argparse.Namespace) -> Settings | None:
    """The configured settings, or None for demo mode. Raises ConfigError."""
    if args.demo:
        return None
    path = find_config_path(args.config)
    return load_settings(path) if path is not None else None


def _hash_pin() -> int:
    """Print a ``pin_hash = "…"`` line; the PIN is read without echo and never shown."""
    import getpass

    from posapp.pin import MIN_LENGTH, hash_pin

    if sys.stdin.isatty():
        pin = getpass.getpass("Staff PIN: ")
        if getpass.getpass("Again: ") != pin:
            print("posapp: the two PINs differ", file=sys.stderr)
            return 2
    else:
        pin = sys.stdin.readline().strip()
    try:
        print(f'pin_hash = "{hash_pin(pin)}"')
    except ValueError:
        print(f"posapp: a PIN is at least {MIN_LENGTH} digits", file=sys.stderr)
        return 2
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.hash_pin:
        return _hash_pin()
    try:
        settings = resolve_settings(args)
        api_key = api_key_from_env()
        if settings is not None and api_key is None:
            raise ConfigError(f"{API_KEY_ENV} is not set: the API key is never read from the "
                              "configuration file")
    except ConfigError as exc:
        print(f"posapp: the configuration cannot be used:\n{exc}", file=sys.stderr)
        return 2
    if args.check_config:
        print("posapp: configuration OK" if settings else "posapp: no configuration (demo mode)")
        return 0

    from posapp.logging_setup import setup_logging

    setup_logging()
    if settings is None:
        return _run_demo(args.language or "en")
    if args.language:
        settings = settings.model_copy(
            update={"store": settings.store.model_copy(update={"language": args.language})})
    from posapp.ui.app import run_window

    assert api_key is not None
    return run_window(settings, api_key)


def _run_demo(language: str) -> int:
    """Demo mode: the embedded emulator on a free loopback port, and the window against it."""
    from posapp.emulator import EmulatorServer
    from posapp.ui.app import run_window

    with EmulatorServer() as emulator:
        log.info("demo mode: Engage emulator at %s", emulator.base_url)
        print(f"posapp: DEMO mode — built-in Engage emulator at {emulator.base_url}")
        settings = demo_settings(emulator.base_url, language)  # type: ignore[arg-type]
        return run_window(settings, DEMO_API_KEY)


if __name__ == "__main__":
    sys.exit(main())
