"""Before Qt starts on Linux/X11: are the system libraries its xcb plugin needs there?

Without them Qt aborts with a message about "xcb" plugins that tells nobody what to
install. The .deb depends on these packages; a pip install cannot bring them.
"""

from __future__ import annotations

import os
import sys

#: The library Qt's xcb plugin loads (its soname) → the Debian/Ubuntu package that has it.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def loadable(soname: str) -> bool:
    """Whether the dynamic loader finds ``soname``, as it will when Qt asks for it.

    Loading it is the check: ctypes.util.find_library ran ``ldconfig -p`` in a subprocess
    for each library (~2.5 ms each, and more on a slow disk) on every start on X11.
    """
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_x11_packages() -> list[str]:
    """Debian packages to install before a window can open on X11; [] when fine or not X11."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    on_x11 = (sys.platform.startswith("linux") and platform in ("", "xcb")
              and bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY"))
    if not on_x11:
        return []
    return [package for soname, package in XCB_LIBRARIES.items() if not loadable(soname)]
