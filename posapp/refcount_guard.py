"""Keeps ``None``, ``True`` and ``False`` alive under PySide6 6.12's reference-count bug.

PySide6 6.12.0 with Python 3.11 drops references it does not own: one to ``None`` on every
call of a Qt method that returns nothing (``setText``, ``update``, ``hide``, ``appendRow``,
``processEvents`` …, and ``QObject.property`` of a missing name), and one to ``True`` on
every ``Signal.emit()``. A till makes millions of such calls a day; when a count reaches
zero the interpreter aborts with "Fatal Python error: none_dealloc" (or ``bool_dealloc``).
posapp did so after a few dozen signups. Minimal reproduction::

    import sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLineEdit

    class Sender(QObject):
        ping = Signal()

    app = QApplication([]); edit = QLineEdit(); sender = Sender()
    none, true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(1000):
        edit.setText("x")
        sender.ping.emit()
    print(sys.getrefcount(None) - none, sys.getrefcount(True) - true)  # -1000 -1000

Python 3.12 made these objects immortal (PEP 683), which ends the problem there: the
installed bundle carries 3.12 or later (installer/build.py), where this does nothing. On
3.11, still supported for a venv install, this module does the same by hand, once, at
start-up: it raises their reference counts by 2**40, more than any number of calls a
process can make. No Qt here.
"""

from __future__ import annotations

import sys

#: Added to each count: at a million lost references a second, twelve days' worth.
HEADROOM = 1 << 40
PROTECTED: tuple[object, ...] = (None, True, False)


def affected() -> bool:
    """True where these objects are mortal: CPython before 3.12, release build."""
    return (sys.implementation.name == "cpython" and sys.version_info < (3, 12)
            and not hasattr(sys, "gettotalrefcount"))  # a debug build lays objects out anew


def protect_singletons() -> bool:
    """Give None, True and False the headroom, once (idempotent); False where not needed."""
    if not affected():
        return False
    import ctypes  # only where needed: the bundle's Python (3.12+) starts without it

    for obj in PROTECTED:
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt comes first
        if count.value < HEADROOM:
            count.value += HEADROOM
    return True
