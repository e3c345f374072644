"""Before Qt starts on Linux/X11: are the system libraries its xcb plugin needs there?

Without them Qt aborts with a message about "xcb" plugins that tells nobody what to
install. The .deb depends on these packages; a pip install cannot bring them.
"""

from __future__ import annotations

import os
import sys

#: Library name (for ctypes.util.find_library) → the Debian/Ubuntu package that has it.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def missing_x11_packages() -> list[str]:
    """Debian packages to install before a window can open on X11; [] when fine or not X11."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    on_x11 = (sys.platform.startswith("linux") and platform in ("", "xcb")
              and bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY"))
    if not on_x11:
        return []
    import ctypes.util  # only where it matters: a few ms on every other start

    return [package for library, package in XCB_LIBRARIES.items()
            if ctypes.util.find_library(library) is None]
