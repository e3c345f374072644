"""Runs Qt's lupdate and lrelease (shipped with PySide6) over posapp's sources.

``update`` extracts every string marked for translation into the .ts files (keeping the
translations already there; English gets the plural forms only); ``compile`` turns the .ts
files into .qm files. ``check`` lists what is not translated yet, or translated wrongly (a
plural form left empty, a ``{placeholder}`` or ``%n`` lost), for the test that keeps every
language complete.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from posapp.i18n import PACKAGE_DIR, PLURAL_ONLY, QM_DIR, TS_LANGUAGES, qm_path, ts_path


def _tool(name: str) -> str:
    """The path of pyside6-<name>, next to this Python first (a venv), else on PATH."""
    local = Path(sys.executable).parent / f"pyside6-{name}"
    if local.exists():
        return str(local)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def source_files() -> list[Path]:
    """Every Python file of the package, the emulator excepted (it shows no UI text)."""
    return sorted(
        path for path in PACKAGE_DIR.rglob("*.py")
        if "emulator" not in path.relative_to(PACKAGE_DIR).parts
    )


def update(languages: tuple[str, ...] = TS_LANGUAGES, ts_dir: Path | None = None) -> None:
    """Extract the marked strings into each language's .ts file."""
    for language in languages:
        target = (ts_dir / ts_path(language).name) if ts_dir else ts_path(language)
        target.parent.mkdir(parents=True, exist_ok=True)
        plural_only = ["-pluralonly"] if language in PLURAL_ONLY else []
        subprocess.run(
            [_tool("lupdate"), *map(str, source_files()), "-ts", str(target),
             "-source-language", "en", "-target-language", language,
             "-no-obsolete", "-locations", "none", "-silent", *plural_only],
            check=True,
        )


def compile_all(languages: tuple[str, ...] = TS_LANGUAGES) -> list[Path]:
    """Compile each .ts file into its .qm file; returns the files written."""
    QM_DIR.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        source = ts_path(language)
        if not source.exists():
            continue
        _compile_into_place(source, qm_path(language))
        written.append(qm_path(language))
    return written


def _compile_into_place(source: Path, target: Path) -> None:
    """Compile ``source`` beside ``target``, then rename it over ``target``.

    A running posapp maps its .qm file into memory (QTranslator). lrelease writing the file
    in place truncates it under that mapping, and the reader dies of SIGBUS: two tills
    started together from a checkout without .qm files both compiled, and one crashed
    (CI, test_close_during_request). A rename leaves the mapped file whole.
    """
    handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".qm",
                                    dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        subprocess.run([_tool("lrelease"), "-silent", str(source), "-qm", name], check=True)
        temporary.chmod(0o644)  # mkstemp's 0600 would hide it from other users
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)


@dataclass(frozen=True)
class Gap:
    """One string without a finished (or without a usable) translation."""

    language: str
    context: str
    source: str
    problem: str = "not translated"


#: ``{name}`` placeholders (``str.format``), not ``{{`` escapes.
_PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z_]+)\}")


def _placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def _problem(message: ET.Element) -> str | None:
    """What is wrong with one entry's translation, or None."""
    source = message.findtext("source", "")
    translation = message.find("translation")
    if translation is None:
        return "not translated"
    if translation.get("type", "") in ("unfinished", "obsolete", "vanished"):
        return "not translated"
    numerus = message.get("numerus") == "yes"
    forms = [f.text or "" for f in translation.iter("numerusform")]
    if numerus and len(forms) < 2:
        return "plural forms missing"
    texts = forms if numerus else [translation.text or ""]
    if not all(text.strip() for text in texts):
        return "plural form empty" if numerus else "not translated"
    for text in texts:
        if _placeholders(text) != _placeholders(source):
            return f"placeholders differ: {text!r}"
        # Every plural form shows the count; a form without it would hide the number.
        if numerus and "%n" in source and "%n" not in text:
            return f"%n missing: {text!r}"
    return None


def gaps(ts_file: Path, language: str) -> list[Gap]:
    """Unfinished, empty, obsolete or broken entries of one .ts file."""
    found: list[Gap] = []
    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            problem = _problem(message)
            if problem is not None:
                found.append(Gap(language, name, message.findtext("source", ""), problem))
    return found


def main(argv: list[str] | None = None) -> int:
    """``python -m posapp.i18n update|compile|check [sv fi nb da en]``."""
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "compile"
    languages = tuple(a for a in args[1:] if a in TS_LANGUAGES) or TS_LANGUAGES
    if command == "update":
        update(languages)
        return 0
    if command == "compile":
        for path in compile_all(languages):
            print(f"compiled {path.name}")
        return 0
    if command == "check":
        missing = [g for lang in languages if ts_path(lang).exists()
                   for g in gaps(ts_path(lang), lang)]
        for gap in missing:
            print(f"{gap.language}: [{gap.context}] {gap.source!r}: {gap.problem}")
        print(f"{len(missing)} strings not translated or broken")
        return 1 if missing else 0
    print("usage: python -m posapp.i18n update|compile|check", file=sys.stderr)
    return 2
