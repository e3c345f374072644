"""Every user-visible string goes through Qt's translation system, in every language."""

from __future__ import annotations

import ast
import logging
import os
import shutil
import time
from pathlib import Path

import pytest

from posapp.i18n import PACKAGE_DIR, TS_LANGUAGES, ts_path
from posapp.i18n.tools import gaps, update

#: Qt setters and constructors whose first argument a person reads.
TEXT_SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setTitle", "addItem", "setItemText", "setStatusTip",
    "setWhatsThis", "showMessage", "setLabelText", "setInformativeText", "addButton",
    "setWindowIconText", "setSuffix", "setPrefix", "setSpecialValueText",
}
TEXT_WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QRadioButton",
                "QToolButton", "QAction", "QMessageBox"}
UI_DIR = PACKAGE_DIR / "ui"


def _is_user_text(node: ast.expr) -> bool:
    """A literal with letters in it (symbols such as ✓ need no translation)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and any(ch.isalpha() for ch in str(v.value))
                   for v in node.values)
    return False


def untranslated_literals(path: Path) -> list[str]:
    """``file:line: call`` for each literal handed straight to a text setter."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if (name in TEXT_SETTERS or name in TEXT_WIDGETS) and _is_user_text(node.args[0]):
            where = path.relative_to(PACKAGE_DIR.parent) if path.is_relative_to(
                PACKAGE_DIR.parent) else path.name
            found.append(f"{where}:{node.lineno}: {name}")
    return found


def test_no_user_visible_literal_bypasses_translation() -> None:
    offenders = [hit for path in sorted(UI_DIR.rglob("*.py"))
                 for hit in untranslated_literals(path)]
    assert offenders == []


def test_the_checker_catches_a_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('label.setText("Hello")\nlabel.setText(self.tr("Hi"))\n'
                      'QLabel("✓")\nQPushButton(f"Save {n}")\n', encoding="utf-8")
    assert [h.rsplit(": ", 1)[1] for h in untranslated_literals(sample)] == [
        "setText", "QPushButton"]


@pytest.mark.parametrize("language", TS_LANGUAGES)
def test_translation_is_complete_and_current(language: str, tmp_path: Path) -> None:
    """No unfinished entry, and none missing: lupdate on a copy finds nothing new."""
    source = ts_path(language)
    assert source.exists(), f"{source} is missing"
    assert gaps(source, language) == []
    shutil.copy(source, tmp_path / source.name)
    update((language,), ts_dir=tmp_path)
    missing = gaps(tmp_path / source.name, language)
    assert missing == [], f"{len(missing)} strings in the code are not in {source.name}"


def test_missing_translation_falls_back_to_english_with_one_log_line(
        qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    from PySide6.QtCore import QCoreApplication

    from posapp.ui import translations

    monkeypatch.setattr(translations, "QM_DIRS", (tmp_path,))
    monkeypatch.setattr(translations, "_compile_if_stale", lambda language: None)
    (tmp_path / "posapp_fi.qm").write_bytes(b"this is not a qm file")
    caplog.set_level(logging.WARNING, logger="posapp.ui")
    for language in ("da", "fi"):  # da: no file at all; fi: a broken file
        caplog.clear()
        assert translations.install_translations(language) is False
        assert len(caplog.records) == 1
        text = QCoreApplication.translate("FieldLabels", "&Mobile phone")
        assert text == "&Mobile phone"
    translations.install_translations("en")


def test_the_checker_catches_empty_plural_forms_and_lost_placeholders(tmp_path: Path) -> None:
    sample = tmp_path / "posapp_sv.ts"
    sample.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="sv">'
        "<context><name>C</name>"
        '<message numerus="yes"><source>%n tries</source><translation>'
        "<numerusform>%n försök</numerusform><numerusform></numerusform></translation></message>"
        '<message numerus="yes"><source>%n tries</source><translation>'
        "<numerusform>ett försök</numerusform><numerusform>%n försök</numerusform>"
        "</translation></message>"
        "<message><source>Member {number}</source><translation>Medlem {nummer}</translation>"
        "</message>"
        "<message><source>Fine {name}</source><translation>Bra {name}</translation></message>"
        "</context></TS>", encoding="utf-8")
    problems = [gap.problem for gap in gaps(sample, "sv")]
    assert problems[0] == "plural form empty"
    assert problems[1].startswith("%n missing")
    assert problems[2].startswith("placeholders differ")
    assert len(problems) == 3


@pytest.mark.parametrize(("language", "one", "three"), [
    ("en", "Wrong PIN. 1 try left before a pause.", "Wrong PIN. 3 tries left before a pause."),
    ("sv", "Fel PIN-kod. 1 försök kvar innan en paus.",
     "Fel PIN-kod. 3 försök kvar innan en paus."),
])
def test_counts_read_right_for_one_and_for_three(qapp: object, language: str, one: str,
                                                 three: str) -> None:
    """Qt's plural forms: English has its own file of them, Swedish has its translation."""
    from PySide6.QtWidgets import QWidget

    from posapp.ui.kiosk.idle_warning import IdleWarning
    from posapp.ui.kiosk.outcome_page import OutcomePage
    from posapp.ui.kiosk.pin_pad import PinPad
    from posapp.ui.translations import install_translations

    assert install_translations(language)
    try:
        host = QWidget()
        pad = PinPad(host)
        warning = IdleWarning(host)
        page = OutcomePage(parent=host)
        said = {}
        for n in (1, 3):
            pad.show_wrong(n)
            warning._remaining = n
            warning._show_count()
            page._remaining = n
            page._show_count()
            said[n] = (pad.message.text(), warning.count.accessibleName(),
                       page.countdown_label.text())
        assert said[1][0] == one and said[3][0] == three
        seconds = {"en": ("1 second left", "3 seconds left"),
                   "sv": ("1 sekund kvar", "3 sekunder kvar")}[language]
        assert (said[1][1], said[3][1]) == seconds
        assert said[1][2].endswith({"en": "1 second", "sv": "1 sekund"}[language])
        assert said[3][2].endswith({"en": "3 seconds", "sv": "3 sekunder"}[language])
        pad.show_locked(1)
        assert pad.message.text().endswith({"en": "in 1 second.", "sv": "om 1 sekund."}[language])
        host.deleteLater()
    finally:
        install_translations("en")


def test_english_plural_file_holds_plural_forms_only() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(ts_path("en")).getroot()
    messages = list(root.iter("message"))
    assert messages and all(m.get("numerus") == "yes" for m in messages)


def test_compiling_leaves_a_file_in_use_whole() -> None:
    """A running posapp maps its .qm file; a compile beside it must not truncate that file
    (two tills started together from a checkout both compiled, and one died of SIGBUS)."""
    from posapp.i18n import qm_path
    from posapp.i18n.tools import compile_all

    compile_all(("sv",))
    target = qm_path("sv")
    with target.open("rb") as in_use:
        before = in_use.read()
        written_at = os.fstat(in_use.fileno()).st_mtime_ns
        time.sleep(0.01)  # a write now would move the held file's modification time
        compile_all(("sv",))
        assert os.fstat(in_use.fileno()).st_mtime_ns == written_at, \
            "the compile wrote into the file a reader holds"
        in_use.seek(0)
        assert in_use.read() == before
    assert target.read_bytes() == before
    assert target.stat().st_mode & 0o044 == 0o044, "other users (an installed bundle) read it"
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")], "temp left"
