"""Loads posapp's and Qt's own translations for the UI language; English when missing."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from posapp.i18n import QM_DIR, is_stale

log = logging.getLogger("posapp.ui")

# Where compiled .qm files are looked for (``python -m posapp.i18n compile`` writes them).
QM_DIRS: tuple[Path, ...] = (QM_DIR,)

_installed: list[QTranslator] = []

# Qt ships no Bokmål file for its own buttons (Cancel, OK …); Nynorsk's words for them are
# the same, so a Norwegian till gets "Avbryt" rather than English.
QT_FALLBACKS: dict[str, tuple[str, ...]] = {"nb": ("nb", "no", "nn")}


def _compile_if_stale(language: str) -> None:
    """In a source checkout, rebuild a stale .qm (the compiler loads only then)."""
    if not is_stale(language):
        return
    import subprocess

    from posapp.i18n.tools import compile_all

    try:
        compile_all((language,))
    except (OSError, subprocess.CalledProcessError) as exc:
        log.warning("cannot compile the %r translation: %s", language, exc)


def install_translations(language: str) -> bool:
    """Switch the running application to ``language``; False when posapp's file is missing.

    English needs no file. A missing or broken file leaves English in place with one log line.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return True
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in QT_FALLBACKS.get(language, (language,)):
        if qt_translator.load(f"qtbase_{name}", qt_folder):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
            break
    _compile_if_stale(language)
    ours = QTranslator(app)
    for folder in QM_DIRS:
        if ours.load(f"posapp_{language}", str(folder)):
            app.installTranslator(ours)
            _installed.append(ours)
            return True
    log.warning("no posapp translation for %r; showing English", language)
    return False
