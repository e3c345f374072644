"""Python's cycle collector waits until the window has painted, then leaves start-up alone.

Start-up builds some 50,000 objects the collector tracks (PySide6's bindings, posapp's
modules and the window), nearly all of which live as long as the process. While they pile
up, CPython's collector keeps walking them, in full passes among others: 8 to 20 ms of the
~230 ms to the first paint (measured with ``python -m tests.benchmarks --only startup``).
So the start of ``posapp`` pauses it (:func:`pause`), and once the first frame is on
screen :func:`resume` collects once and freezes what exists (``gc.freeze``: moved to a generation
the collector no longer scans), so that no later pass on the GUI thread walks them again.
Everything created afterwards (a signup's objects) is collected as usual. Only posapp's
entry points pause; tests and other importers never do, and :func:`resume` is then a no-op.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Switch the collector off for start-up (if it is on)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Collect, freeze what start-up built, switch the collector back on; only after
    :func:`pause` (otherwise nothing)."""
    global _paused
    if not _paused:
        return
    _paused = False
    gc.collect()
    gc.freeze()
    gc.enable()


def paused() -> bool:
    return _paused
