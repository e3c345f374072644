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
# The language whose file was installed last (None when none is, or after a failure).
_current: list[str | None] = [None]

_LANGUAGE_CODES = {
    QLocale.Language.Swedish: "sv", QLocale.Language.Finnish: "fi",
    QLocale.Language.NorwegianBokmal: "nb", QLocale.Language.Danish: "da",
}

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

    English needs only its plural forms ("1 try" rather than "1 tries"); without that file
    the source texts show. A missing or broken file leaves English in place with one log line.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    if language == _current[0] and _installed and all(not t.isEmpty() for t in _installed):
        QLocale.setDefault(QLocale(language))
        return True  # already showing: no needless retranslation of every widget
    _current[0] = None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language != "en":  # Qt's own buttons are English without a file
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
            _current[0] = language
            return True
    if language == "en":
        return True  # the source texts, only without their plural forms
    log.warning("no posapp translation for %r; showing English", language)
    return False


def ui_language() -> str:
    """The language :func:`install_translations` set last (sv, fi, nb, da; else en)."""
    return _LANGUAGE_CODES.get(QLocale().language(), "en")
