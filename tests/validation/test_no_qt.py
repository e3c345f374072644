"""posapp.validation must stay importable and usable without Qt."""

from __future__ import annotations

import subprocess
import sys


def test_import_does_not_load_qt() -> None:
    code = (
        "import sys\n"
        "import posapp.validation as v\n"
        "assert v.validate_field('mobilePhone', '0701740605').ok\n"
        "assert v.country_names('sv')\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))\n"
        "print(','.join(loaded))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert completed.stdout.strip() == ""
