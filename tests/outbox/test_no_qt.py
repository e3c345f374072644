"""posapp.outbox must stay importable and usable without Qt (the UI wires it in later)."""

from __future__ import annotations

import subprocess
import sys


def test_the_outbox_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "import posapp.outbox, posapp.outbox.sender, posapp.outbox.store\n"
        "import posapp.outbox.data_key, posapp.outbox.outcomes, posapp.outbox.backoff\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))\n"
        "print('loaded:' + ','.join(loaded))\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               timeout=60, check=True)
    assert completed.stdout.strip() == "loaded:"
