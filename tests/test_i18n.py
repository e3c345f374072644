"""Every user-visible string goes through Qt's translation system, in every language."""

from __future__ import annotations

import ast
import logging
import shutil
from pathlib import Path

import pytest

from posapp.i18n import PACKAGE_DIR, TRANSLATED, ts_path
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


@pytest.mark.parametrize("language", TRANSLATED)
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
