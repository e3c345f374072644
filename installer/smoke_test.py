"""Smoke test of the Linux installer, run by .ci/run: build, install, start, measure.

    python3 installer/smoke_test.py            # build the bundle and .deb (build.py), then test
    python3 installer/smoke_test.py --reuse    # test the .deb already in build/

Unpacks the .deb into a temporary root (``dpkg-deb -x``: no change to this machine), checks
its layout and Depends, runs the installed ``posapp --version``, ``--check-config`` and
``--self-test`` (the real window, offscreen, signing a member up against the embedded
emulator), and prints the bundle's size beside an untrimmed full-PySide6 bundle's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import build  # noqa: E402  (installer/build.py, beside this file)

#: The lead's list of what Qt's xcb plugin needs; the .deb must depend on each.
XCB_NEEDS = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0",
             "libxcb-image0", "libxcb-render-util0", "libxcb-shape0", "libxcb-randr0",
             "libegl1", "libfontconfig1")
def install_depends(deb: Path) -> bool:
    """On a fresh Debian machine (as root), install the .deb's Depends as apt would.

    The X11 libraries Qt's xcb plugin loads are the .deb's dependencies, not part of the
    bundle; a till gets them when the .deb is installed, and so does this machine here.
    """
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return False
    info = subprocess.run(["dpkg-deb", "--field", str(deb), "Depends"], check=True,
                          capture_output=True, text=True).stdout
    packages = [part.strip().split()[0] for part in info.split(",") if part.strip()]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
    result = subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                             *packages], check=False, env=env)
    return result.returncode == 0


CONFIG = """[engage]
base_url = "https://acme.voyado.com"
[store]
external_id = "600"
[[contact_types]]
id = "Member"
key = "mobilePhone"
"""


class Smoke:
    """Runs named checks, prints each, counts them."""

    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def check(self, name: str, test: Callable[[], str | None]) -> None:
        started = time.monotonic()
        try:
            problem = test()
        except Exception as exc:  # a check that crashes has failed, with its reason
            problem = f"{type(exc).__name__}: {exc}"
        took = time.monotonic() - started
        if problem:
            self.failed += 1
            print(f"FAIL {name} ({took:.1f} s): {problem}", flush=True)
        else:
            self.passed += 1
            print(f"ok   {name} ({took:.1f} s)", flush=True)


def run_installed(root: Path, *args: str, env: dict[str, str] | None = None,
                  home: Path) -> subprocess.CompletedProcess[str]:
    environment = {
        "PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / "config"), "XDG_CONFIG_DIRS": str(home / "etc"),
        "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    environment.update(env or {})
    executable = root / "usr" / "bin" / "posapp"
    target = executable.readlink()
    program = root / target.relative_to("/") if target.is_absolute() else executable
    return subprocess.run([str(program), *args], capture_output=True, text=True, timeout=120,
                          env=environment)


def main() -> int:
    parser = argparse.ArgumentParser(description="installer smoke test")
    parser.add_argument("--reuse", action="store_true", help="test the .deb in build/ as is")
    args = parser.parse_args()
    started = time.monotonic()
    if not args.reuse:
        subprocess.run([sys.executable, str(HERE / "build.py")], check=True)
    debs = sorted(build.BUILD.glob(f"posapp_{build.version()}_*.deb"))
    if not debs:
        print(f"smoke test: no .deb in {build.BUILD}: run installer/build.py", file=sys.stderr)
        return 1
    deb = debs[-1]
    smoke = Smoke()
    with tempfile.TemporaryDirectory(prefix="posapp-smoke-") as temporary:
        root = Path(temporary) / "root"
        home = Path(temporary) / "home"
        home.mkdir()
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        bundle = root / "opt" / "posapp"

        def layout() -> str | None:
            link = root / "usr" / "bin" / "posapp"
            if not link.is_symlink() or str(link.readlink()) != "/opt/posapp/posapp":
                return "/usr/bin/posapp is not a link to /opt/posapp/posapp"
            if not os.access(bundle / "posapp", os.X_OK):
                return "/opt/posapp/posapp is not executable"
            desktop = root / "usr" / "share" / "applications" / "posapp.desktop"
            text = desktop.read_text(encoding="utf-8")
            if "Exec=/usr/bin/posapp" not in text or "Icon=posapp" not in text:
                return "the desktop entry does not start posapp with its icon"
            for icon in ("scalable/apps/posapp.svg", "256x256/apps/posapp.png"):
                if not (root / "usr" / "share" / "icons" / "hicolor" / icon).is_file():
                    return f"icon {icon} missing"
            qm = sorted(p.name for p in bundle.rglob("*.qm"))
            for language in ("sv", "fi", "da"):  # Qt has no Bokmål (nb) qtbase file
                if f"qtbase_{language}.qm" not in qm:
                    return f"Qt's {language} translation is missing"
            if any("QtQuick" in str(p) or "Qt6Qml" in p.name for p in bundle.rglob("*")):
                return "QML/Quick files were not trimmed"
            return None

        def depends() -> str | None:
            info = subprocess.run(["dpkg-deb", "--field", str(deb), "Depends"], check=True,
                                  capture_output=True, text=True).stdout
            listed = {part.strip().split()[0] for part in info.split(",")}
            missing = [name for name in XCB_NEEDS if name not in listed]
            return f"Depends lacks {missing}" if missing else None

        def libraries() -> str | None:
            _outside, unresolved = build.system_libraries(bundle)
            if unresolved and install_depends(deb):
                _outside, unresolved = build.system_libraries(bundle)
            return f"ldd cannot resolve {sorted(unresolved)}" if unresolved else None

        def version() -> str | None:
            result = run_installed(root, "--version", home=home)
            expected = f"posapp {build.version()}"
            if result.returncode != 0 or result.stdout.strip() != expected:
                return f"exit {result.returncode}, printed {result.stdout!r} {result.stderr!r}"
            return None

        def check_config() -> str | None:
            config = home / "till.toml"
            config.write_text(CONFIG, encoding="utf-8")
            good = run_installed(root, "--check-config", "--config", str(config), home=home,
                                 env={"POSAPP_API_KEY": "smoke-test-key"})
            bad = run_installed(root, "--check-config", "--config", str(config), home=home)
            if good.returncode != 0 or "configuration OK" not in good.stdout:
                return f"a good file: exit {good.returncode} {good.stdout!r} {good.stderr!r}"
            if bad.returncode != 2 or "no credential store" not in bad.stderr:
                return f"no key: exit {bad.returncode} {bad.stderr!r}"
            if "smoke-test-key" in good.stdout + good.stderr:
                return "the API key was printed"
            return None

        def self_test() -> str | None:
            result = run_installed(root, "--self-test", home=home,
                                   env={"QT_QPA_PLATFORM": "offscreen"})
            print(f"     {result.stdout.strip()}", flush=True)
            if result.returncode != 0 or not result.stdout.startswith("self-test: OK"):
                return f"exit {result.returncode}: {result.stdout.strip()} {result.stderr[-800:]}"
            return None

        for name, test in (("layout of the installed tree", layout),
                           ("Depends covers Qt's xcb needs", depends),
                           ("every library resolves (ldd)", libraries),
                           ("posapp --version", version),
                           ("posapp --check-config", check_config),
                           ("posapp --self-test (window offscreen, emulator)", self_test)):
            smoke.check(name, test)
        bundle_mb = build.size_mb(bundle)

    print(f"bundle_size_mb: {bundle_mb:.1f}")
    print(f"deb_size_mb: {build.size_mb(deb):.1f}")
    if build.MEASUREMENTS.exists():
        plain = json.loads(build.MEASUREMENTS.read_text(encoding="utf-8"))
        note = (f"(measured once on {plain['measured']} with PySide6 {plain['pyside6']}, "
                f"PyInstaller {plain['pyinstaller']} by `installer/build.py --plain-pyside6`; "
                "not rebuilt here)")
        print(f"plain_pyside6_default_hooks_mb: {plain['plain_pyside6_default_hooks_mb']} {note}")
        print(f"plain_pyside6_collect_all_mb: {plain['plain_pyside6_collect_all_mb']} {note}")
    print(f"smoke_test_seconds: {time.monotonic() - started:.0f}")
    print(f"installer: {smoke.passed} passed, {smoke.failed} failed")
    return 0 if smoke.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
