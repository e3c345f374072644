"""posapp's translation files: where they live, and how they are built and checked.

``resources/i18n/posapp_<lang>.ts`` are the sources (kept in git, edited with Qt Linguist
or by hand); ``posapp/i18n/qm/posapp_<lang>.qm`` are compiled from them by
``python -m posapp.i18n compile``, which the install commands, the installer and CI run.
English is the source language: its file holds only the plural forms ("1 try" / "3 tries"),
the one thing a source text cannot say for every count.
"""

from __future__ import annotations

from pathlib import Path

#: UI languages translated from English, every string.
TRANSLATED = ("sv", "fi", "nb", "da")
#: English, the source language: a file with the plural forms only.
PLURAL_ONLY = ("en",)
#: Every language with a .ts file.
TS_LANGUAGES = TRANSLATED + PLURAL_ONLY
LANGUAGES = ("sv", "fi", "nb", "da", "en")
#: Each UI language by its own name: never translated (a Finn looks for "Suomi").
LANGUAGE_NAMES: dict[str, str] = {"sv": "Svenska", "fi": "Suomi", "nb": "Norsk bokmål",
                                  "da": "Dansk", "en": "English"}

PACKAGE_DIR = Path(__file__).resolve().parent.parent
QM_DIR = Path(__file__).resolve().parent / "qm"
#: Only in a source checkout: the .ts sources are not installed.
TS_DIR = PACKAGE_DIR.parent / "resources" / "i18n"


def ts_path(language: str) -> Path:
    """The translation source for ``language``."""
    return TS_DIR / f"posapp_{language}.ts"


def qm_path(language: str) -> Path:
    """The compiled translation for ``language``."""
    return QM_DIR / f"posapp_{language}.qm"


def is_stale(language: str) -> bool:
    """True in a source checkout when ``language``'s .qm is missing or older than its .ts
    (installed copies have no .ts files and ship compiled .qm files)."""
    source = ts_path(language)
    if not source.exists():
        return False
    target = qm_path(language)
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime
