"""``posapp`` on the command line: find the configuration (or go to demo mode) and start.

Exit codes: 0 normal, 2 unusable configuration (one message, never a traceback).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from posapp import __version__
from posapp.config import (
    DEMO_API_KEY,
    ConfigError,
    Settings,
    api_key_from_env,
    default_config_path,
    demo_kiosk_settings,
    demo_settings,
    find_config_path,
    load_settings,
)
from posapp.i18n import LANGUAGES

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
    parser.add_argument("--language", choices=LANGUAGES,
                        help="user interface language (overrides the configuration)")
    parser.add_argument("--kiosk", action="store_true",
                        help="start the self-service kiosk (full screen; staff leave with the "
                             "PIN); [kiosk] enabled = true does the same")
    parser.add_argument("--hash-pin", action="store_true",
                        help="ask for a staff PIN (4 to 12 digits) and print the pin_hash "
                             "line for [kiosk]")
    parser.add_argument("--setup", action="store_true",
                        help="open the set-up dialog (Engage address, API key, store) and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="sign a test member up through the window, offscreen, against "
                             "the built-in emulator; print OK or FAIL and exit 0 or 1")
    parser.add_argument("--version", action="version", version=f"posapp {__version__}")
    return parser


def resolve_settings(args: argparse.Namespace) -> Settings | None:
    """The configured settings, or None for demo mode. Raises ConfigError."""
    if args.demo:
        return None
    path = find_config_path(args.config)
    return load_settings(path) if path is not None else None


def api_key_for(settings: Settings) -> str:
    """POSAPP_API_KEY, else the credential store's key for the tenant. Raises ConfigError."""
    from_env = api_key_from_env()
    if from_env is not None:
        return from_env  # keyring (20 ms to import) stays off the start-up path
    from posapp.api_key_store import KeyStoreError, read_api_key
    from posapp.config_check import missing_key_problem

    base_url = settings.engage.base_url
    try:
        key = read_api_key(base_url)
    except KeyStoreError as exc:
        raise ConfigError(missing_key_problem(base_url, str(exc))) from None
    if key is None:
        raise ConfigError(missing_key_problem(base_url))
    return key.value


def _check_config(args: argparse.Namespace) -> int:
    """Print what is wrong (stderr, exit 2) or one OK line (stdout, exit 0); no Qt."""
    from posapp.config_check import check_configuration

    report = check_configuration(args.config)
    if report.ok:
        print(report.summary())
        return 0
    print("posapp: the configuration cannot be used:", file=sys.stderr)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    return 2


def _setup(args: argparse.Namespace) -> int:
    """The set-up dialog on its own, writing the file posapp would read."""
    from posapp.ui.setup_window import run_setup

    path = find_config_path(args.config) or default_config_path()
    return run_setup(path, args.language)


def _hash_pin() -> int:
    """Print a ``pin_hash = "…"`` line; the PIN is read without echo and never shown."""
    import getpass

    from posapp.pin import MAX_LENGTH, MIN_LENGTH, hash_pin

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
        print(f"posapp: a PIN is {MIN_LENGTH} to {MAX_LENGTH} digits", file=sys.stderr)
        return 2
    return 0


def _self_test(_args: argparse.Namespace) -> int:
    from posapp.self_test import run_self_test

    return run_self_test()


#: The commands that do their job and exit, without the till's window, in the order they
#: win when several are given.
ONE_SHOT_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "hash_pin": lambda _args: _hash_pin(),
    "self_test": _self_test,
    "check_config": _check_config,
    "setup": _setup,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    for flag, command in ONE_SHOT_COMMANDS.items():
        if getattr(args, flag):
            return command(args)
    try:
        settings = resolve_settings(args)
        api_key = api_key_for(settings) if settings is not None else None
    except ConfigError as exc:
        print(f"posapp: the configuration cannot be used:\n{exc}", file=sys.stderr)
        return 2

    from posapp.logging_setup import setup_logging_deferred
    from posapp.platform_check import missing_x11_packages

    missing = missing_x11_packages()
    if missing:
        print("posapp: Qt needs these system libraries to open a window on X11:\n"
              f"    sudo apt-get install {' '.join(missing)}", file=sys.stderr)
        return 1
    setup_logging_deferred()  # the file opens after the first paint
    if settings is None:
        return _run_demo(args.language or "en", kiosk=args.kiosk)
    if args.language:
        settings = settings.model_copy(
            update={"store": settings.store.model_copy(update={"language": args.language})})
    from posapp.ui.app import run_window

    assert api_key is not None
    from posapp.masking import add_secret

    add_secret(api_key)  # whatever logs it, the key never reaches the log file
    if args.kiosk or settings.kiosk.enabled:
        from posapp.ui.app import run_kiosk

        return run_kiosk(settings, api_key)
    return run_window(settings, api_key, find_config_path(args.config))


def _run_demo(language: str, kiosk: bool = False) -> int:
    """Demo mode: the embedded emulator on a free loopback port, and the window against it."""
    from posapp.emulator import EmulatorServer
    from posapp.ui.app import run_kiosk, run_window

    with EmulatorServer() as emulator:
        log.info("demo mode: Engage emulator at %s", emulator.base_url)
        print(f"posapp: DEMO mode — built-in Engage emulator at {emulator.base_url}")
        settings = demo_settings(emulator.base_url, language)  # type: ignore[arg-type]
        if kiosk:
            return run_kiosk(demo_kiosk_settings(settings), DEMO_API_KEY)
        return run_window(settings, DEMO_API_KEY)


if __name__ == "__main__":
    sys.exit(main())
