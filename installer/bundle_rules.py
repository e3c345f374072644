"""What a frozen bundle keeps: the trimming rules shared by posapp.spec and bare_window.spec.

The start-up benchmark compares posapp's bundle with a bare PySide6 window frozen the same
way (tests/benchmarks/bundle.py), so both specs filter PyInstaller's collection with these
rules; build.py then trims ICU's data in both (installer/icu_data.py). Standard library
only: the specs import it from beside them.

Kept: QtCore, QtGui, QtWidgets, QtSvg (the combo-box arrow), QtTest (--self-test types into
the real window), QtDBus's library (accessibility over AT-SPI); the platform plugins xcb
(X11, and Wayland desktops through XWayland), offscreen and windows; the SVG image and icon
plugins; the compose and IBus input contexts (dead keys for å, ä, ö, ü on some layouts);
Qt's own translations for posapp's UI languages only.
Dropped: everything QML/Quick, PDF, virtual keyboard, network (posapp talks HTTP through
httpx, not QtNetwork), Wayland and EGL platform plugins, OpenGL integrations, the GTK
platform theme (and the GTK, cairo and pango libraries it drags in), every other
translation and babel locale, the Python modules no posapp mode imports (see EXCLUDES),
python-stdnum's data tables (posapp's checks, personnummer,
HETU and Luhn, read none), Python's East Asian codecs (posapp reads and writes UTF-8).
Linux desktop libraries (X11, xcb, fonts, EGL), OpenSSL and SQLite come from the system:
the .deb depends on them.
"""

from __future__ import annotations

import sys
from pathlib import PurePath
from typing import Any

UI_LANGUAGES = ("sv", "fi", "nb", "da")
#: babel's CLDR data: only the locales the country picker shows (and their parents).
BABEL_LOCALES = ("root", "en", *UI_LANGUAGES, "no")

EXCLUDES = [
    "tkinter", "doctest",
    # Never imported by a running posapp (its module list in every mode, self-test included):
    # packaging tools, pydoc's help texts, the interactive console's line editing, and the
    # pure-Python decimal that only stands in when the C one is missing. (Not _pyrepl:
    # Python 3.13's pydoc, which python-stdnum imports, loads its pager.)
    "setuptools", "pkg_resources", "pydoc_data", "readline", "curses", "_curses",
    "_pydecimal",
    # multiprocessing: no process pool anywhere; collected, PyInstaller's runtime hook
    # imported it at every start (10 ms of the frozen till's 200 before its first paint).
    "multiprocessing",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtPdf", "PySide6.QtDBus",
    "PySide6.QtPrintSupport", "PySide6.QtSql", "PySide6.QtXml", "PySide6.QtConcurrent",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtMultimedia",
    "PySide6.QtCharts", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
]

#: What the PySide6 hook collected that posapp never loads.
DROP_PARTS = (
    "Qt6Quick", "Qt6Qml", "QtQuick", "QtQml", "Qt6Pdf", "Qt6VirtualKeyboard", "Qt6Network",
    "Qt6OpenGL", "Qt6Designer", "Qt6Sql", "Qt6Xml", "Qt6Concurrent", "Qt6PrintSupport",
    "Qt6Help", "Qt6ShaderTools", "Qt6LanguageServer", "Qt6Wayland", "Qt6Wl", "Qt6EglFs",
    "Qt6EglFS", "/qml/",
)
#: Python's East Asian codecs (1 MB): never loaded, posapp's text is UTF-8 throughout.
DROP_EXTENSIONS = ("_codecs_cn", "_codecs_hk", "_codecs_jp", "_codecs_kr", "_codecs_tw",
                   "_codecs_iso2022", "_multibytecodec")
#: Qt plugins kept, by folder and file stem. Wayland sessions run posapp through XWayland.
KEEP_PLUGINS = {
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwindows"},
    "imageformats": {"qsvg"},
    "iconengines": {"qsvgicon"},
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle"},
}
#: Linux libraries of the desktop (X11, xcb, xkb, fonts, EGL/GL, GLib, D-Bus, and what they
#: need): the .deb depends on the system's, which match its X server and font set-up,
#: instead of carrying copies from the build machine.
SYSTEM_LIBS = (
    "libX", "libxcb", "libxkbcommon", "libfontconfig", "libfreetype", "libEGL", "libGL",
    "libOpenGL", "libglib-2.0", "libgthread-2.0", "libgobject-2.0", "libgio-2.0",
    "libgmodule-2.0", "libdbus-1", "libexpat", "libpng16", "libz.so", "libbrotli", "libbsd",
    "libmd.so", "libuuid", "libpcre2", "libsystemd", "libgcrypt", "libgpg-error", "liblzma",
    "liblz4", "libzstd", "libcap.so", "libselinux", "libmount", "libblkid", "libbz2",
    "libstdc++", "libgcc_s", "libffi",
    # OpenSSL (Python's ssl and hashlib) and SQLite (the outbox): the distribution's, as
    # Debian packages do, so that their security fixes reach tills through apt.
    "libssl.so", "libcrypto.so", "libsqlite3",
)
LINUX = sys.platform.startswith("linux")


def _stem(name: str) -> str:
    stem = name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def wanted(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) stays."""
    path = dest.replace("\\", "/")
    if any(part in path for part in DROP_PARTS):
        return False
    parts = path.split("/")
    if "babel/locale-data/" in path:
        return parts[-1] in {f"{name}.dat" for name in BABEL_LOCALES}
    if parts[0] == "stdnum" and path.endswith(".dat"):
        return False
    if "lib-dynload" in parts and parts[-1].split(".")[0] in DROP_EXTENSIONS:
        return False
    if "plugins" in parts[:-1]:
        kind = parts[parts.index("plugins") + 1]
        return _stem(parts[-1]) in KEEP_PLUGINS.get(kind, set())
    if "translations" in parts and path.endswith(".qm"):
        return parts[-1] in {f"qtbase_{lang}.qm" for lang in UI_LANGUAGES}
    return not (LINUX and len(parts) == 1 and parts[0].startswith(SYSTEM_LIBS))


def _is_root(dest: str) -> bool:
    """Loaded by Python or by Qt's plugin loader (not only as another library's NEEDED)."""
    name = dest.replace("\\", "/").split("/")[-1]
    return (".cpython-" in name or name.endswith((".abi3.so", ".pyd")) or "/plugins/" in
            dest.replace("\\", "/") or name.startswith("libpython"))


def _reachable(binaries: list[Any]) -> list[Any]:
    """Drop libraries no kept module or plugin needs (the dropped plugins' dependencies)."""
    from PyInstaller.depend.bindepend import get_imports

    needed: set[str] = set()
    for dest, source, _kind in binaries:
        if _is_root(dest):
            needed.update(name for name, _path in get_imports(source))
    return [entry for entry in binaries
            if _is_root(entry[0]) or PurePath(entry[0]).name in needed]


def trim(analysis: Any) -> None:
    """Apply the rules to a PyInstaller Analysis (its binaries and datas)."""
    binaries = [entry for entry in analysis.binaries if wanted(entry[0])]
    analysis.binaries = _reachable(binaries) if LINUX else binaries
    analysis.datas = [entry for entry in analysis.datas if wanted(entry[0])]
