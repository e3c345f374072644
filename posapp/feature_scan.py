"""Keeps PySide6's per-import ``__feature__`` scan from reading every module through
``inspect.getsource``.

Once PySide6 is imported it hooks ``__import__``: for each module imported afterwards it
asks whether the module's source mentions "PySide6" (modules that do may opt into
``from __feature__ import snake_case``). It asks through ``inspect.getsource``, which
costs about 0.15 ms per module and leaves the whole source, split into lines, in
``linecache`` for the rest of the process. posapp imports some 430 modules after PySide6,
so that was about 16 ms of start-up and 12 MB of resident memory holding source text
nobody reads (issue 18, A/B: 106.5 MB after 200 signups without it, 94.5 MB with it, which
is what keeps memory_ratio within 1.7). In the frozen bundle modules have no source to
read and both scans answer False at once: this matters for an install from the wheel.

:func:`install` answers the same question from the module file's bytes, read once and
dropped. Where there is no readable file (a zip import, a frozen build), it asks the
module's loader for the source, as ``inspect`` would. The answer is the same for every
module: ``tests/test_feature_scan.py`` compares it with PySide6's own on every module a
running posapp has loaded. If a PySide6 release renames the hook, nothing is installed
and PySide6 keeps its own scan. No Qt here beyond looking the hook up.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import ModuleType

log = logging.getLogger(__name__)

#: Where PySide6 6.x keeps the scan (``shibokensupport/feature.py``, loaded under this name).
FEATURE_MODULE = "PySide6.support.feature"
HOOK = "_mod_uses_pyside"
MARK = "PySide6"


def mentions_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source mentions PySide6: PySide6's question, without caching."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # an extension, a namespace package, a byte-code-only module
    try:
        with open(path, "rb") as source:  # noqa: PTH123 (one call on the import path)
            return MARK.encode() in source.read()
    except OSError:
        pass
    loader = getattr(module, "__loader__", None)
    get_source = getattr(loader, "get_source", None)
    if get_source is None:
        return False
    try:
        text = get_source(module.__name__)
    except Exception:  # inspect.getsource gives up the same way
        return False
    return isinstance(text, str) and MARK in text


def original_scan() -> Callable[[ModuleType], bool] | None:
    """PySide6's own scan, kept for the test that holds ours to the same answers."""
    return _original


_original: Callable[[ModuleType], bool] | None = None


def install() -> bool:
    """Put :func:`mentions_pyside` in place of PySide6's scan (idempotent). False where
    this PySide6 has no such hook, which leaves it as it is."""
    global _original
    import PySide6.QtCore  # noqa: F401 (the hook exists once PySide6 is loaded)

    feature = sys.modules.get(FEATURE_MODULE)
    current = getattr(feature, HOOK, None)
    if feature is None or not callable(current):
        log.debug("PySide6 has no %s.%s; its import scan is left alone", FEATURE_MODULE, HOOK)
        return False
    if current is not mentions_pyside:
        _original = current
        setattr(feature, HOOK, mentions_pyside)
    return True
