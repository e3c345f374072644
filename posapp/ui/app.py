"""Builds and runs the Qt application for a given configuration (or demo mode)."""

from __future__ import annotations

import importlib
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from posapp.config import Settings
from posapp.refcount_guard import protect_singletons
from posapp.ui.first_paint import after_first_paint, install_if_requested
from posapp.ui.main_window import MainWindow
from posapp.ui.outbox_link import OutboxLink
from posapp.ui.request_runner import RequestRunner
from posapp.ui.shutdown_signals import ShutdownSignals, ask_before_the_session_ends
from posapp.ui.style import apply_style
from posapp.ui.translations import install_translations

if TYPE_CHECKING:
    from posapp.engage.client import EngageClient


def dispose_window(window: QWidget) -> None:
    """Delete a closed top-level window now, on the GUI thread, once its worker stopped.

    A window without a parent is owned by its Python object, which is always in reference
    cycles (its flows point back at it). Left to Python's cycle collector, it is destroyed
    by whichever thread collects next (the demo emulator's server thread, say), and a
    widget deleted off the GUI thread leaves timers behind that crash the GUI thread: the
    fault matrix's segfault (issue 8). Deleted here, nothing is left for the collector.
    """
    window.close()
    runner = getattr(window, "runner", None)
    if runner is not None and not runner.shutdown():
        return  # its worker is still inside a call: leave it to the exiting process
    shiboken6.delete(window)


def create_application(language: str) -> QApplication:
    """The QApplication, styled and translated (reuses one that exists, as in tests)."""
    protect_singletons()  # PySide6 6.12 on Python 3.11 would otherwise abort in time
    app = QApplication.instance()
    built_here = False
    if not isinstance(app, QApplication):
        # Fusion from the start: set later, it would replace the platform's default style
        # that the first palette query had already built (~8 ms before the first paint).
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
        built_here = True
    app.setApplicationName("posapp")
    app.setApplicationDisplayName("posapp")
    app.setOrganizationName("posapp")
    apply_style(app, fusion_already=built_here)
    install_translations(language)
    return app


def run_window(settings: Settings, api_key: str, config_path: Path | None = None) -> int:
    """Open the main window and run until it is closed; returns the exit code."""
    app = create_application(settings.store.language)
    with till_window(settings, api_key, config_path) as window:
        return _run_until_closed(app, window, window.runner)


@contextmanager
def till_window(settings: Settings, api_key: str,
                config_path: Path | None = None) -> Iterator[MainWindow]:
    """The till as it ships, shown: its outbox (opened after the first paint or at a Save
    before it, with its sender), the client built after the first paint, the already-open
    check, the OS's stop and session-end signals. On leaving, the client's connections are
    closed, the window deleted and the outbox shut down. ``run_window`` runs the event loop
    inside it; the benchmarks drive the same window, so that they measure what a till runs.
    Needs the QApplication (:func:`create_application`)."""
    with outbox_for(settings, api_key) as outbox:
        window = MainWindow(settings, _client_factory(settings, api_key),
                            config_path=config_path, outbox=outbox, ask_before_closing=True)
        defer_until_painted(window, window.runner, outbox=outbox)
        close_if_already_open(outbox, window)
        install_if_requested(window)  # the start-up benchmark's probe; nothing otherwise
        signals = ShutdownSignals(window.close)
        ask_before_the_session_ends(window.has_unsaved_typing, window.ask_to_stay)
        show_till(window, settings)
        # Active at once, also without a window manager (a bare X session on a till):
        # typing reaches an inactive window, but its shortcuts (Ctrl+F, Alt+letter) do not.
        window.activateWindow()
        try:
            yield window
        finally:
            try:
                if shiboken6.isValid(window):  # not deleted yet (by _run_until_closed)
                    _close_window(window, window.runner)
            finally:
                signals.restore()


def show_till(window: QWidget, settings: Settings) -> None:
    """The till's window on its screen: maximized, or full screen with ``[till]
    full_screen``. Sized to the screen's free area first, so that it fills it also without
    a window manager (a bare X session), which ignores both."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if settings.till.full_screen:
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
        return
    if screen is not None:
        window.setGeometry(screen.availableGeometry())
    window.showMaximized()


def close_if_already_open(outbox: OutboxLink, window: QWidget,
                          quit_app: Callable[[], None] | None = None) -> None:
    """When another posapp owns this till's outbox, say so and end this one (exit 3,
    unless ``quit_app`` says otherwise)."""

    def say() -> None:
        from posapp.ui.dialogs.already_open import say_already_open

        if quit_app is None:
            say_already_open(window)
        else:
            say_already_open(window, quit_app)

    outbox.already_open.connect(say)


@contextmanager
def outbox_for(settings: Settings, api_key: str) -> Iterator[OutboxLink]:
    """The outbox of this till: the user data directory's (``[outbox] path``); in demo
    mode a scratch one, gone at exit, since the demo's Engage forgets everything too."""
    from posapp.outbox.background import background_client

    def client() -> EngageClient:
        return background_client(settings.engage, api_key)

    if not settings.demo:
        link = OutboxLink(settings, client)
        try:
            yield link
        finally:
            link.shutdown()
        return
    with tempfile.TemporaryDirectory(prefix="posapp-demo-outbox-") as scratch:
        link = OutboxLink(settings, client, Path(scratch) / "outbox.sqlite3")
        try:
            yield link
        finally:
            link.shutdown()


def _client_factory(settings: Settings, api_key: str) -> Callable[[], EngageClient]:
    """What builds the client, after the first paint: httpx, TLS and the certificates are
    not needed to draw the window, and the client is ready long before the first Save."""

    def build() -> EngageClient:
        from posapp.engage.client import EngageClient

        return EngageClient.from_settings(settings.engage, api_key)

    return build


def _run_until_closed(app: QApplication, window: QWidget, runner: RequestRunner) -> int:
    """The event loop; then the client's connections closed and the window deleted."""
    try:
        return int(app.exec())
    finally:
        _close_window(window, runner)


def _close_window(window: QWidget, runner: RequestRunner) -> None:
    """The client's connections closed and the window deleted (see dispose_window)."""
    runner.close_client()
    dispose_window(window)


# The till's UI that its first frame does not draw, loaded just after it so that the first
# error dialog does not wait for it (the kiosk has dialogs of its own).
TILL_DIALOGS = (
    "posapp.ui.dialogs.already_member_dialog",
    "posapp.ui.dialogs.problem_dialog",
)


def defer_until_painted(window: QWidget, runner: RequestRunner | None = None,
                        modules: tuple[str, ...] = TILL_DIALOGS,
                        outbox: OutboxLink | None = None) -> None:
    """Once ``window`` has painted, load what the first frame did not need: the log file,
    the phone and personal-number validators, ``modules``, ``runner``'s Engage client,
    then the outbox (its store, key and sender); all ready long before the first
    keystroke."""

    def load() -> None:
        from posapp.logging_setup import open_deferred_log
        from posapp.validation import warm_up

        open_deferred_log()
        warm_up()
        for module in modules:
            importlib.import_module(module)
        from PySide6.QtGui import QAccessible  # noqa: F401 (its enums: posapp/ui/accessibility.py)

        if runner is not None:
            runner.warm_up()
        if outbox is not None:
            outbox.open()

    after_first_paint(window, load)


def run_kiosk(settings: Settings, api_key: str) -> int:
    """Open the self-service kiosk full screen; runs until staff leave it with the PIN."""
    from posapp.ui.kiosk.kiosk_window import KioskWindow

    app = create_application(settings.store.language)
    with outbox_for(settings, api_key) as outbox:
        window = KioskWindow(settings, _client_factory(settings, api_key), outbox=outbox)
        defer_until_painted(window, window.runner, modules=(), outbox=outbox)
        close_if_already_open(outbox, window)
        install_if_requested(window)  # the start-up probe, as for the till
        signals = ShutdownSignals(window.leave)  # the OS's stop is staff's
        window.start()
        try:
            return _run_until_closed(app, window, window.runner)
        finally:
            signals.restore()
