"""``posapp --setup``: the set-up dialog on its own, before posapp has a configuration."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from posapp.config import UI_LANGUAGES


def file_language(path: Path) -> str | None:
    """The UI language the file at ``path`` asks for, if it is readable and says one."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    store = data.get("store")
    language = store.get("language") if isinstance(store, dict) else None
    return language if language in UI_LANGUAGES else None


def run_setup(path: Path, language: str | None = None) -> int:
    """Show the dialog until it is closed; 0 when something was saved, 1 when not."""
    from posapp.logging_setup import setup_logging
    from posapp.ui.app import create_application
    from posapp.ui.dialogs.setup_dialog import SetupDialog

    setup_logging()
    language = language or file_language(path) or "en"
    create_application(language)
    dialog = SetupDialog(path, language=language)
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    dialog.exec()  # its own event loop, until Close, Cancel or Escape
    dialog.deleteLater()
    if saved:
        print(f"posapp: set-up saved to {path}")
        return 0
    print("posapp: set-up closed, nothing saved", file=sys.stderr)
    return 1
