"""The shipped bundle: ``bundle_size_mb`` and ``frozen_startup_ratio``.

``bundle_size_mb``: the installed tree of the ``.deb`` that ``installer/build.py`` makes
(``/opt/posapp``, unpacked into a temporary root with ``dpkg-deb -x`` as
installer/smoke_test.py does), in MB of 10⁶ bytes; the .deb's own size and the biggest
folders are in the details.

``frozen_startup_ratio``: that installed posapp, started as a cashier starts it
(``/opt/posapp/posapp --config FILE``, the key in the environment), from process start to
the end of its first paint (POSAPP_BENCHMARK_FIRST_PAINT, posapp/ui/first_paint.py), ÷
the same for tests/benchmarks/bare_window.py (with as many input widgets) frozen the same
way: same build venv and Python, the same trimming (installer/bare_window.spec,
installer/bundle_rules.py). Both absolute medians are printed too.

Building takes minutes, so an existing build is reused: the .deb in build/ when it is
newer than every file of posapp/, installer/ and pyproject.toml, the frozen bare window
(build/bare/) when newer than that .deb and bare_window.py. Otherwise
``python3 installer/build.py`` (and ``--bare-window``) runs first.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from tests.benchmarks.harness import ROOT, Figure, alternate, median
from tests.benchmarks.startup import CONFIG, count_inputs

SIZE_TARGET_MB = 100.0
STARTUP_TARGET = 1.6
BUILD = ROOT / "build"
BARE_WINDOW = BUILD / "bare" / "dist" / "bare_window" / "bare_window"
BUNDLE_INFO = BUILD / "bundle-info.json"
BUILD_PY = ROOT / "installer" / "build.py"
#: What a build started by the benchmark printed (PyInstaller's warnings included).
BUILD_LOG = BUILD / "benchmark-build.log"


def _version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "posapp" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def _newest(paths: Iterable[Path]) -> float:
    newest = 0.0
    for path in paths:
        files = [path] if path.is_file() else path.rglob("*")
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


def _deb() -> Path | None:
    found = sorted(BUILD.glob(f"posapp_{_version()}_*.deb"))
    return found[-1] if found else None


def ensure_builds() -> tuple[Path, Path, bool]:
    """The .deb and the frozen bare window, built when missing or older than their
    sources; and whether they were reused."""
    sources = _newest([ROOT / "posapp", ROOT / "installer", ROOT / "pyproject.toml"])
    deb = _deb()
    reused = True
    python3 = shutil.which("python3") or sys.executable
    if deb is None or deb.stat().st_mtime < sources:
        reused = False
        print("bundle: building the .deb (installer/build.py, a few minutes) …", flush=True)
        _build(python3)
        deb = _deb()
        assert deb is not None
    bare_sources = max(deb.stat().st_mtime,
                       _newest([ROOT / "tests" / "benchmarks" / "bare_window.py"]))
    if not BARE_WINDOW.exists() or BARE_WINDOW.stat().st_mtime < bare_sources:
        reused = False
        print("bundle: freezing the bare window (installer/build.py --bare-window) …",
              flush=True)
        _build(python3, "--bare-window")
    return deb, BARE_WINDOW, reused


def _build(python3: str, *args: str) -> None:
    """installer/build.py ARGS, its output in BUILD_LOG (the log's end if it fails)."""
    BUILD.mkdir(exist_ok=True)
    with BUILD_LOG.open("a", encoding="utf-8") as log:
        done = subprocess.run([python3, str(BUILD_PY), *args], cwd=ROOT, stdout=log,
                              stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        tail = BUILD_LOG.read_text(encoding="utf-8")[-3000:]
        raise RuntimeError(f"installer/build.py {' '.join(args)} failed:\n{tail}")


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6


def biggest(bundle: Path, count: int = 12) -> dict[str, float]:
    """The largest files and folders two levels into the bundle, in MB."""
    sizes: dict[str, float] = {}
    internal = bundle / "_internal"
    for child in [*internal.iterdir(), *(internal / "PySide6" / "Qt" / "lib").iterdir()]:
        if child.name == "PySide6" or child.is_symlink():  # Qt's libraries are linked twice
            continue
        sizes[str(child.relative_to(bundle))] = round(size_mb(child), 2)
    ranked = sorted(sizes.items(), key=lambda item: -item[1])[:count]
    return dict(ranked)


def frozen_env(home: Path, **extra: str) -> dict[str, str]:
    """A till's environment, nothing of this machine's posapp or Python set-up."""
    env = {
        "PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / "config"), "XDG_CONFIG_DIRS": str(home / "etc"),
        "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM") or "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.update(extra)
    return env


def _first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to the first-paint line it prints."""
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    for line in done.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no first paint from {command}:\n{done.stdout}\n{done.stderr}")


def measure(quick: bool) -> list[Figure]:
    deb, bare_window, reused = ensure_builds()
    info = json.loads(BUNDLE_INFO.read_text(encoding="utf-8")) if BUNDLE_INFO.exists() else {}
    inputs = count_inputs()
    with tempfile.TemporaryDirectory(prefix="posapp-bench-bundle-") as temporary:
        root = Path(temporary) / "root"
        home = Path(temporary) / "home"
        home.mkdir()
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        bundle = root / "opt" / "posapp"
        bundle_mb = size_mb(bundle)
        config = home / "till.toml"
        config.write_text(CONFIG, encoding="utf-8")
        app_command = [str(bundle / "posapp"), "--config", str(config)]
        app_env = frozen_env(home, POSAPP_API_KEY="benchmark-api-key",
                             POSAPP_BENCHMARK_FIRST_PAINT="1")
        bare_command = [str(bare_window), str(inputs)]
        app, bare = alternate(lambda: _first_paint(app_command, app_env),
                              lambda: _first_paint(bare_command, frozen_env(home)),
                              rounds=5 if quick else 9, warm_up=2)
        parts = biggest(bundle)
    ratio = median(app) / median(bare)
    origin = {"deb": deb.name, "reused_build": reused, "python": info.get("python"),
              "pyside6": info.get("pyside6"), "pyinstaller": info.get("pyinstaller")}
    return [
        Figure("bundle_size_mb", round(bundle_mb, 1), "MB", f"≤ {SIZE_TARGET_MB:g}",
               bundle_mb <= SIZE_TARGET_MB,
               {"onedir_mb": round(bundle_mb, 1), "deb_mb": round(size_mb(deb), 1),
                "bare_window_mb": round(size_mb(bare_window.parent), 1),
                "biggest_mb": parts, **origin},
               note=f".deb {size_mb(deb):.1f} MB, Python {info.get('python', '?')}"),
        Figure("frozen_startup_ratio", ratio, "×", f"≤ {STARTUP_TARGET}",
               ratio <= STARTUP_TARGET,
               {"posapp_ms": [round(x * 1000, 1) for x in app],
                "bare_ms": [round(x * 1000, 1) for x in bare],
                "posapp_median_ms": round(median(app) * 1000, 1),
                "bare_median_ms": round(median(bare) * 1000, 1), "inputs": inputs, **origin},
               note=f"posapp {median(app) * 1000:.0f} ms, bare window "
                    f"{median(bare) * 1000:.0f} ms"),
    ]
