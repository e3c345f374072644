"""startup_ratio: process start to the main window's first paint, ÷ the same for a bare
PySide6 window with a form of as many input widgets.

Both sides are fresh processes started the same way; each prints ``first-paint
<time.monotonic()>`` when its first paint pass is done (posapp through
POSAPP_BENCHMARK_FIRST_PAINT, see posapp/ui/first_paint.py). posapp is started as a till
starts it: ``python -m posapp --config FILE`` with the API key in the environment.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.harness import (
    PYTHON,
    ROOT,
    Figure,
    alternate,
    child_env,
    median,
    report,
    run_child,
    scratch_dir,
)

TARGET = 1.6
CONFIG = """\
[engage]
base_url = "https://acme.staging.voyado.com"

[store]
external_id = "600"
source = "POS"
country = "SE"
language = "sv"

[[contact_types]]
id = "Member"
key = "mobilePhone"
required = ["mobilePhone", "countryCode"]
optional = ["firstName", "lastName", "email", "birthDay"]

[[contact_types]]
id = "Contact"
key = "socialSecurityNumber"
required = ["socialSecurityNumber", "firstName", "lastName", "countryCode"]
optional = ["mobilePhone", "email"]
"""


def _first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to the first-paint line it prints."""
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no first paint from {command}:\n{done.stdout}\n{done.stderr}")


def count_inputs() -> int:
    """The main window's input widgets (line edits, combo boxes, buttons, check boxes)."""
    result = run_child("startup", "--count-inputs")
    return int(result["inputs"])


def measure(quick: bool) -> list[Figure]:
    config = scratch_dir() / "startup-config.toml"
    config.write_text(CONFIG, encoding="utf-8")
    inputs = count_inputs()
    app_env = child_env(POSAPP_API_KEY="benchmark-api-key", POSAPP_BENCHMARK_FIRST_PAINT="1")
    bare_env = child_env()
    app_command = [PYTHON, "-m", "posapp", "--config", str(config)]
    bare_command = [PYTHON, str(Path(__file__).with_name("bare_window.py")), str(inputs)]
    app, bare = alternate(lambda: _first_paint(app_command, app_env),
                          lambda: _first_paint(bare_command, bare_env),
                          rounds=5 if quick else 9, warm_up=2)
    ratio = median(app) / median(bare)
    return [Figure(
        "startup_ratio", ratio, "×", f"≤ {TARGET}", ratio <= TARGET,
        {"posapp_ms": [round(x * 1000, 1) for x in app],
         "bare_ms": [round(x * 1000, 1) for x in bare],
         "posapp_median_ms": round(median(app) * 1000, 1),
         "bare_median_ms": round(median(bare) * 1000, 1), "inputs": inputs},
        note=f"posapp {median(app) * 1000:.0f} ms, bare window {median(bare) * 1000:.0f} ms")]


def _child_count_inputs() -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    from tests.benchmarks.driving import open_window, till_settings

    till = open_window(till_settings("http://127.0.0.1:9"))
    window = till.window
    kinds = (QLineEdit, QComboBox, QAbstractButton, QAbstractSpinBox, QTextEdit, QPlainTextEdit)
    inputs: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            continue  # an editable combo box's own line edit: one input, not two
        if isinstance(widget.parent(), QLineEdit):
            continue  # a line edit's clear button is part of that input
        inputs.append(widget)
    report({"inputs": len(inputs), "names": sorted(w.objectName() for w in inputs)})
    till.close()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--count-inputs", action="store_true")
    args = parser.parse_args(argv)
    if args.count_inputs:
        _child_count_inputs()


if __name__ == "__main__":
    main(sys.argv[1:])
