"""PySide6 6.12.0 on Python 3.11 loses a reference to None per void Qt call and to True per
signal emit: a long day at the till must not end in "Fatal Python error: none_dealloc"."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from posapp.refcount_guard import HEADROOM, affected, protect_singletons

#: A till's day in miniature: more void calls and emits than None and True have references.
DAY = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLineEdit
from posapp.refcount_guard import protect_singletons
calls = sys.getrefcount(None) + sys.getrefcount(True) + 10_000
if sys.argv[1] == "guarded":
    protect_singletons()
class Sender(QObject):
    ping = Signal()
app = QApplication([]); edit = QLineEdit(); sender = Sender()
for _ in range(calls):
    edit.setText("x")
    sender.ping.emit()
print("survived", flush=True)
"""


def _day(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", DAY, mode], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          check=False)


@pytest.mark.skipif(not affected(), reason="None and True are immortal on this Python")
def test_the_guard_keeps_a_long_day_alive() -> None:
    import PySide6

    guarded = _day("guarded")
    if PySide6.__version__.startswith("6.12."):
        # Without the guard the interpreter aborts (this PySide6 has the bug) …
        unguarded = _day("unguarded")
        assert unguarded.returncode != 0 and "survived" not in unguarded.stdout
        assert "_dealloc" in unguarded.stderr
    # … with it, the same day ends normally (pyproject pins below 6.12 for the same reason).
    assert guarded.returncode == 0 and "survived" in guarded.stdout, guarded.stderr


def test_the_guard_is_in_place_once_the_application_exists() -> None:
    from posapp.ui.app import create_application

    create_application("en")
    if affected():
        assert sys.getrefcount(None) > HEADROOM // 2
        assert sys.getrefcount(True) > HEADROOM // 2
        assert protect_singletons()  # idempotent: no second headroom
        assert sys.getrefcount(None) < HEADROOM * 3 // 2
