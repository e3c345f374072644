"""The layers below the UI never import Qt: the Engage client, the validators, the settings,
the form model and the emulator can be used and tested on their own.

Two checks per layer: no source file names a Qt module (an import inside a function
counts too), and importing every module of the layer in a fresh interpreter loads none.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import posapp

ROOT = Path(posapp.__file__).resolve().parent
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
#: Every Qt-free layer: packages (all their modules) and single modules.
LAYERS = ("engage", "validation", "form", "setup", "outbox", "config", "config_schema",
          "config_writer", "config_check", "emulator")


def modules(layer: str) -> list[str]:
    """``posapp.<layer>`` and, for a package, every module in it."""
    path = ROOT / layer
    if not path.is_dir():
        return [f"posapp.{layer}"]
    names = [f"posapp.{layer}"]
    for info in pkgutil.walk_packages([str(path)], prefix=f"posapp.{layer}."):
        names.append(info.name)
    return names


def source_of(module: str) -> Path:
    relative = Path(*module.split(".")[1:])
    package = ROOT / relative / "__init__.py"
    return package if package.exists() else (ROOT / relative).with_suffix(".py")


@pytest.mark.parametrize("layer", LAYERS)
def test_no_source_file_of_the_layer_names_qt(layer: str) -> None:
    for module in modules(layer):
        tree = ast.parse(source_of(module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(name.split(".")[0] in QT for name in names), (module, names)


@pytest.mark.parametrize("layer", LAYERS)
def test_importing_the_layer_loads_no_qt(layer: str) -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {modules(layer)!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {QT!r})))\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               timeout=120, check=True)
    assert completed.stdout.strip() == ""


def test_the_layers_work_without_qt() -> None:
    """Used, not only imported: a field validated and a signup's body built."""
    code = (
        "import sys\n"
        "from posapp.config import demo_settings\n"
        "from posapp.form.attributes import validate_field\n"
        "from posapp.form.signup_model import Screen, SignupModel\n"
        "from posapp.validation import country_names\n"
        "assert validate_field('mobilePhone', '0701740605').ok\n"
        "assert country_names('sv')\n"
        "model = SignupModel(demo_settings('http://127.0.0.1:9'), Screen.KIOSK)\n"
        "model.edit('mobilePhone', '070-174 06 05')\n"
        "model.edit('email', 'anna@example.com')\n"
        "assert model.request().body['mobilePhone'] == '+46701740605'\n"
        f"print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {QT!r})))\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               timeout=120, check=True)
    assert completed.stdout.strip() == ""
