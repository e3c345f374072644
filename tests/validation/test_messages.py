"""Message templates: extractable by pyside6-lupdate, and the only texts validators use."""

from __future__ import annotations

import ast
import re
import shutil
import string
import subprocess
import sys
from pathlib import Path

import pytest

from posapp.validation import messages

MESSAGES_PY = Path(messages.__file__)


def _constants() -> dict[str, ast.expr]:
    tree = ast.parse(MESSAGES_PY.read_text(encoding="utf-8"))
    found: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id.isupper() and target.id != "CONTEXT":
                found[target.id] = node.value
    return found


def test_every_template_is_a_literal_qt_translate_noop_call() -> None:
    constants = _constants()
    strings = [
        name
        for name, value in vars(messages).items()
        if name.isupper() and name != "CONTEXT" and isinstance(value, str)
    ]
    assert sorted(constants) == sorted(strings)
    for name, value in constants.items():
        assert isinstance(value, ast.Call), name
        assert isinstance(value.func, ast.Name) and value.func.id == "QT_TRANSLATE_NOOP", name
        context, text = value.args
        assert isinstance(context, ast.Constant) and context.value == "validation", name
        assert isinstance(text, ast.Constant) and isinstance(text.value, str), name


def test_templates_are_short_and_use_named_placeholders() -> None:
    for template in messages.all_messages():
        assert 0 < len(template) <= 60, template
        for _, field, _, _ in string.Formatter().parse(template):
            assert field is None or re.fullmatch(r"[a-z]+", field), template


def test_noop_returns_its_text() -> None:
    assert messages.QT_TRANSLATE_NOOP("validation", "x") == "x"


def test_lupdate_extracts_every_template(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    ts_file = tmp_path / "validation.ts"
    subprocess.run(
        [lupdate, str(MESSAGES_PY), "-ts", str(ts_file)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    ts = ts_file.read_text(encoding="utf-8")
    assert "<name>validation</name>" in ts
    sources = set(re.findall(r"<source>(.*?)</source>", ts, flags=re.S))
    unescaped = {
        s.replace("&apos;", "'").replace("&amp;", "&").replace("&quot;", '"') for s in sources
    }
    assert unescaped == set(messages.all_messages())
