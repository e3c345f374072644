"""Build posapp's self-contained bundle, and on Linux its .deb: one command.

    python3 installer/build.py                  # build/dist/posapp/ and build/posapp_<v>_<arch>.deb
    python3 installer/build.py --bundle-only    # the PyInstaller folder only (Windows does this)
    python3 installer/build.py --plain-pyside6  # also measure an untrimmed full-PySide6 bundle
    python3 installer/build.py --bare-window    # only the benchmark's frozen bare window
    python3 installer/build.py --python PATH    # bundle this Python (else: see below)

The bundle carries the Python its build venv was made with: the newest CPython 3.12 or
later this machine has (on PATH as python3.N, pyenv's versions, or the Windows py
launcher), else ``--python`` / POSAPP_BUILD_PYTHON, else, with a warning, the Python
running this script. 3.12 made None, True and False immortal, so PySide6 6.12's reference
bug (posapp/refcount_guard.py) cannot hurt the bundle. Creates its own build venv
(build/venv) with posapp's dependencies and PyInstaller, so the machine needs only Python
3.11+ (and dpkg-deb for the .deb). Compiles the translations, renders the icon from
posapp/resources/posapp.svg, runs installer/posapp.spec, trims ICU's data
(installer/icu_data.py), then packs /opt/posapp, /usr/bin/posapp, a desktop entry and the
icon into the .deb.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import icu_data  # installer/icu_data.py, beside this file

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
VENV = BUILD / "venv"
DIST = BUILD / "dist"
BUNDLE = DIST / "posapp"
BARE = BUILD / "bare"
BARE_BUNDLE = BARE / "dist" / "bare_window"
#: Where the built bundle says which Python it carries (read by the smoke test, the benchmark).
BUNDLE_INFO = BUILD / "bundle-info.json"
#: The oldest Python whose None, True and False are immortal (PEP 683).
IMMORTAL_SINGLETONS = (3, 12)
MEASUREMENTS = ROOT / "installer" / "measurements.json"
PYINSTALLER = "pyinstaller>=6.10,<7"

#: What the bundle needs from the system (the spec leaves the desktop's own libraries out):
#: Qt's xcb platform plugin, fonts, EGL/GL, GLib and D-Bus; OpenSSL and SQLite. build_deb()
#: adds whatever else ldd finds the bundle using, so this list can only be too long, never
#: too short.
DEB_DEPENDS = (
    "libc6 (>= 2.28)", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
    "libxkbcommon-x11-0", "libxkbcommon0", "libxcb-image0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-randr0", "libxcb-xfixes0", "libxcb-xkb1", "libxcb-shm0",
    "libxcb-sync1", "libxcb-render0", "libxcb1", "libx11-xcb1", "libx11-6",
    "libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libglib2.0-0", "libdbus-1-3",
    "libssl3", "libsqlite3-0",
)

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=posapp
GenericName=Member signup
Comment=Sign customers up as loyalty-club members in Voyado Engage
Exec=/usr/bin/posapp
Icon=posapp
Terminal=false
Categories=Office;
StartupWMClass=posapp
"""


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(command: list[str], **kwargs: object) -> None:
    log("$ " + " ".join(str(part) for part in command))
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "posapp" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


_PROBE = ("import sys, ssl, sqlite3, ctypes, venv, sysconfig; "
          "print(sys.implementation.name, '.'.join(map(str, sys.version_info[:3])), "
          "sysconfig.get_config_var('Py_ENABLE_SHARED') or 0)")


def python_version(python: str) -> tuple[int, ...] | None:
    """The version of a CPython that can build the bundle (venv, ssl, sqlite3, ctypes, a
    shared libpython for PyInstaller); None for any other."""
    try:
        done = subprocess.run([python, "-c", _PROBE], capture_output=True, text=True,
                              timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    parts = done.stdout.split()
    if done.returncode != 0 or len(parts) != 3 or parts[0] != "cpython":
        return None
    if os.name != "nt" and parts[2] != "1":
        return None  # a static build: PyInstaller needs libpython3.N.so
    return tuple(int(part) for part in parts[1].split("."))


def candidate_pythons() -> list[str]:
    """Every Python 3.12+ this machine offers: python3.N on PATH, pyenv's, the py launcher."""
    found: list[str] = []
    for minor in range(30, IMMORTAL_SINGLETONS[1] - 1, -1):
        path = shutil.which(f"python3.{minor}")
        if path:
            found.append(path)
    pyenv_root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")
    found += [str(p) for p in sorted((pyenv_root / "versions").glob("3.*/bin/python3"))]
    launcher = shutil.which("py") if os.name == "nt" else None
    if launcher:
        listed = subprocess.run([launcher, "--list-paths"], capture_output=True, text=True,
                                check=False).stdout
        found += [line.split()[-1] for line in listed.splitlines() if line.strip()]
    return found


def choose_python(requested: str | None) -> tuple[str, tuple[int, ...]]:
    """The Python to bundle: the one asked for, else the newest 3.12+, else this one."""
    if requested:
        version = python_version(requested)
        if version is None:
            raise SystemExit(f"[build] {requested} cannot build the bundle (CPython with "
                             "venv, ssl, sqlite3, ctypes and a shared libpython needed)")
        return requested, version
    best: tuple[tuple[int, ...], str] | None = None
    for candidate in candidate_pythons():
        version = python_version(candidate)
        if version is not None and version >= IMMORTAL_SINGLETONS and (
                best is None or version > best[0]):
            best = (version, candidate)
    if best is not None:
        return best[1], best[0]
    current = tuple(sys.version_info[:3])
    log(f"WARNING: no CPython {IMMORTAL_SINGLETONS[0]}.{IMMORTAL_SINGLETONS[1]} or later "
        f"found (python3.N on PATH, pyenv, --python); the bundle carries this Python "
        f"{'.'.join(map(str, current))}, where posapp/refcount_guard.py has to keep None "
        "and True alive")
    return sys.executable, current


def ensure_venv(venv: Path, requirements: list[str], base: str | None = None) -> Path:
    """A venv of ``base`` (default: this Python) with ``requirements``; made anew when the
    Python differs, re-installed only when the requirements or pyproject.toml change."""
    base = base or sys.executable
    python = venv_python(venv)
    stamp_text = "\n".join([*requirements, str(python_version(base))]) + (
        ROOT / "pyproject.toml").read_text(encoding="utf-8")
    stamp = hashlib.sha256(stamp_text.encode()).hexdigest()
    marker = venv / ".posapp-build-stamp"
    if python.exists() and marker.exists() and marker.read_text() == stamp:
        return python
    if python.exists() and python_version(str(python)) != python_version(base):
        shutil.rmtree(venv)
    if not python.exists():
        run([base, "-m", "venv", str(venv)])
    run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
         *requirements])
    marker.write_text(stamp)
    return python


def compile_translations(python: Path) -> None:
    if (ROOT / "posapp" / "i18n" / "__main__.py").exists():
        run([str(python), "-m", "posapp.i18n", "compile"], cwd=ROOT)


def render_icon(python: Path) -> Path:
    """posapp.svg → build/icon/posapp.png (256 px) and posapp.ico, with the build venv's Qt."""
    folder = BUILD / "icon"
    folder.mkdir(parents=True, exist_ok=True)
    script = f"""
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
app = QGuiApplication([])
renderer = QSvgRenderer({str(ROOT / "posapp" / "resources" / "posapp.svg")!r})
for size, name in ((256, "posapp.png"), (256, "posapp.ico")):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.save(os.path.join({str(folder)!r}, name))
"""
    run([str(python), "-c", script])
    return folder


def build_bundle(python: Path, icon_folder: Path) -> Path:
    icon = icon_folder / ("posapp.ico" if os.name == "nt" else "posapp.png")
    env = {**os.environ, "POSAPP_ICON": str(icon)}
    run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(BUILD / "work"),
         str(ROOT / "installer" / "posapp.spec")], env=env)
    return BUNDLE


def trim_icu(bundle: Path) -> None:
    """Qt's ICU data library, cut to posapp's languages (installer/icu_data.py)."""
    for library in sorted(bundle.rglob("libicudata.so.*")):
        if library.is_symlink():
            continue
        try:
            before, after = icu_data.trim(library)
        except icu_data.UnexpectedLayout as exc:
            log(f"warning: {library.name} left whole ({exc})")
            continue
        log(f"{library.name}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB "
            f"({icu_data.check(library)} items kept)")


def write_bundle_info(python: Path) -> dict[str, str]:
    """build/bundle-info.json: the Python and Qt the bundle carries."""
    done = subprocess.run(
        [str(python), "-c", "import platform, PySide6, PyInstaller; print(platform."
         "python_version(), PySide6.__version__, PyInstaller.__version__)"],
        check=True, capture_output=True, text=True)
    python_v, pyside6_v, pyinstaller_v = done.stdout.split()
    info = {"python": python_v, "pyside6": pyside6_v, "pyinstaller": pyinstaller_v}
    BUNDLE_INFO.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return info


def build_bare_window(python: Path) -> Path:
    """The benchmark's yardstick frozen like posapp (installer/bare_window.spec)."""
    run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(BARE / "dist"), "--workpath", str(BARE / "work"),
         str(ROOT / "installer" / "bare_window.spec")])
    trim_icu(BARE_BUNDLE)
    return BARE_BUNDLE


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()
               ) / 1e6


def _elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries(bundle: Path) -> tuple[set[Path], set[str]]:
    """What the bundle's binaries load from outside it (ldd), and what ldd cannot find."""
    outside: set[Path] = set()
    missing: set[str] = set()
    for elf in _elf_files(bundle):
        result = subprocess.run(["ldd", str(elf)], capture_output=True, text=True)
        for line in result.stdout.splitlines():
            name, _, target = line.strip().partition(" => ")
            target = target.split(" (")[0].strip()
            if target == "not found":
                missing.add(name)
            elif target.startswith("/") and bundle not in Path(target).parents:
                outside.add(Path(target))
    return outside, missing


def owning_packages(paths: set[Path]) -> set[str]:
    """Debian packages that hold ``paths`` (dpkg -S; merged-/usr aware)."""
    packages: set[str] = set()
    for path in paths:
        candidates = {str(path), str(path.resolve())}
        candidates |= {c.removeprefix("/usr") for c in list(candidates)}
        candidates |= {"/usr" + c for c in list(candidates) if not c.startswith("/usr")}
        for candidate in candidates:
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if result.returncode == 0:
                packages.add(result.stdout.split(":")[0].split(",")[0].strip())
                break
    return packages


def deb_depends(bundle: Path) -> list[str]:
    """DEB_DEPENDS plus every package ldd shows the bundle using."""
    outside, missing = system_libraries(bundle)
    if missing:
        log(f"warning: ldd cannot find {sorted(missing)} on this machine; "
            "relying on DEB_DEPENDS for them")
    listed = {entry.split()[0] for entry in DEB_DEPENDS}
    extra = sorted(owning_packages(outside) - listed)
    if extra:
        log(f"depends found by ldd beyond DEB_DEPENDS: {extra}")
    return [*DEB_DEPENDS, *extra]


def build_deb(bundle: Path, icon_folder: Path) -> Path:
    """A .deb: /opt/posapp (the bundle), /usr/bin/posapp, a desktop entry and the icon."""
    arch = subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                          text=True).stdout.strip()
    name = f"posapp_{version()}_{arch}"
    stage = BUILD / "deb" / name
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / "opt" / "posapp", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "posapp").symlink_to("/opt/posapp/posapp")
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / "posapp.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    icons = stage / "usr" / "share" / "icons" / "hicolor"
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(ROOT / "posapp" / "resources" / "posapp.svg", icons / "scalable" / "apps")
    (icons / "256x256" / "apps").mkdir(parents=True)
    shutil.copy2(icon_folder / "posapp.png", icons / "256x256" / "apps")
    control = stage / "DEBIAN"
    control.mkdir()
    installed_kb = int(size_mb(stage) * 1000 / 1.024)
    (control / "control").write_text(
        f"Package: posapp\nVersion: {version()}\nArchitecture: {arch}\n"
        "Maintainer: posapp team <posapp@invalid.example>\n"
        f"Installed-Size: {installed_kb}\nSection: misc\nPriority: optional\n"
        f"Depends: {', '.join(deb_depends(bundle))}\n"
        "Description: member signup for Voyado Engage at the till\n"
        " posapp signs customers up as loyalty-club members in Voyado Engage, keyboard-only,\n"
        " validated as typed. Configure with `posapp --setup` or /etc/xdg/posapp/config.toml.\n",
        encoding="utf-8")
    for path in stage.rglob("*"):  # dpkg wants sane permissions whatever the umask
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    deb = BUILD / f"{name}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(stage), str(deb)],
        stdout=subprocess.DEVNULL)
    return deb


def measure_plain_pyside6() -> dict[str, object]:
    """An untrimmed bundle with the full PySide6 package: what the trimming is compared to."""
    python = ensure_venv(BUILD / "plain-venv", ["PySide6", str(ROOT), PYINSTALLER])
    results: dict[str, object] = {}
    for label, extra in (("default_hooks", []), ("collect_all", ["--collect-all", "PySide6"])):
        dist = BUILD / "plain" / label
        run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--onedir",
             "--name", "posapp", "--paths", str(ROOT), "--distpath", str(dist),
             "--workpath", str(BUILD / "plain" / f"work-{label}"), *extra,
             "--specpath", str(BUILD / "plain"), str(ROOT / "posapp" / "__main__.py")])
        results[f"plain_pyside6_{label}_mb"] = round(size_mb(dist / "posapp"), 1)
    versions = subprocess.run(
        [str(python), "-c", "import PySide6, PyInstaller; print(PySide6.__version__, "
                            "PyInstaller.__version__)"],
        check=True, capture_output=True, text=True).stdout.split()
    results.update(pyside6=versions[0], pyinstaller=versions[1],
                   measured=time.strftime("%Y-%m-%d"), machine=platform.machine())
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle-only", action="store_true",
                        help="build the PyInstaller folder but no .deb")
    parser.add_argument("--bare-window", action="store_true",
                        help="build only the start-up benchmark's frozen bare window "
                             f"({BARE_BUNDLE.relative_to(ROOT)})")
    parser.add_argument("--python", default=os.environ.get("POSAPP_BUILD_PYTHON"),
                        help="the Python to bundle (default: the newest 3.12+ found)")
    parser.add_argument("--plain-pyside6", action="store_true",
                        help="also build untrimmed full-PySide6 bundles and record their size "
                             f"in {MEASUREMENTS.relative_to(ROOT)}")
    args = parser.parse_args()
    started = time.monotonic()
    base, base_version = choose_python(args.python)
    log(f"bundling Python {'.'.join(map(str, base_version))} ({base})")
    python = ensure_venv(VENV, [str(ROOT), PYINSTALLER], base)
    if args.bare_window:
        bare = build_bare_window(python)
        log(f"bare window: {bare} ({size_mb(bare):.1f} MB)")
        return 0
    compile_translations(python)
    icon_folder = render_icon(python)
    bundle = build_bundle(python, icon_folder)
    trim_icu(bundle)
    info = write_bundle_info(python)
    log(f"bundle: {bundle} ({size_mb(bundle):.1f} MB; Python {info['python']}, "
        f"PySide6 {info['pyside6']})")
    if not args.bundle_only and sys.platform.startswith("linux"):
        deb = build_deb(bundle, icon_folder)
        log(f"deb: {deb} ({size_mb(deb):.1f} MB)")
    if args.plain_pyside6:
        results = measure_plain_pyside6()
        MEASUREMENTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        log(f"plain PySide6 bundles: {results}")
    log(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
