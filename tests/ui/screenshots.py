"""Screenshots of every view (the till's window and dialogs, the set-up dialog, the kiosk's
screens) in every language, at 100 % and 200 % (``QT_SCALE_FACTOR``, one process per
scale), each checked for clipped text.

    .venv/bin/python -m tests.ui.screenshots [folder] [--languages fi sv] [--scales 1 2]

Saves ``<language>-<scale>-<view>.png`` into ``folder`` (default ``screenshots/``) and
prints every clipped text it finds; exit status 1 when there is one. Not a test (the test
``test_layout_at_200_percent.py`` runs the check without saving).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from posapp.i18n import LANGUAGES

ORIENTATIONS = {"portrait": (1080, 1920), "landscape": (1920, 1080),
                "small": (1366, 768)}  # a common low kiosk screen: the compact look
#: The till's window, maximized: 1366×768 less a 40-px task bar and a title bar, and full HD.
TILL_SIZES = {"1366x768": (1366, 700), "1920x1080": (1920, 1052)}
ROOT = Path(__file__).resolve().parents[2]


#: The till's screen in device pixels: full HD, so 960 × 540 at 200 %. The kiosk window is
#: sized in its own right (ORIENTATIONS): 1080 × 1920 is a full-HD screen at 100 % or a 4K
#: one at 200 %.
SCREEN = {"screens": [{"name": "till", "x": 0, "y": 0, "width": 1920, "height": 1080,
                       "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}


def run_scale(scale: int, languages: tuple[str, ...], folder: Path | None,
              timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Photograph (``folder``) or only check (None) at ``scale``, in a process of its own."""
    with tempfile.TemporaryDirectory() as scratch:
        config = Path(scratch) / "screen.json"
        config.write_text(json.dumps(SCREEN), encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                   QT_SCALE_FACTOR=str(scale), XDG_STATE_HOME=scratch)  # no real PIN pause
        env.pop("QT_ENABLE_HIGHDPI_SCALING", None)
        where = [str(folder)] if folder is not None else ["--check-only"]
        command = [sys.executable, "-m", "tests.ui.screenshots", *where, "--worker",
                   "--scales", str(scale), "--languages", *languages]
        return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=timeout, check=False)


def worker(scale: int, languages: tuple[str, ...], folder: Path | None) -> int:
    """In this process (``QT_SCALE_FACTOR`` already set): every view, checked and saved."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget

    from posapp.engage.client import EngageClient
    from posapp.ui.app import create_application
    from tests.ui.clipping import clipped, short_list
    from tests.ui.views import UNUSED_URL, dropdown_views, kiosk_views, till_views

    def settle(top: QWidget) -> None:
        """Until the view's layout has settled: no widget moved over a 40 ms turn of the
        event loop. (One fixed turn was too short on a loaded machine: a layout pass that
        had not run yet was reported as clipped text.)"""
        previous: list[tuple[int, int, int, int]] = []
        for _turn in range(50):
            loop = QEventLoop()
            QTimer.singleShot(40, loop.quit)
            loop.exec()
            current = [widget.geometry().getRect() for widget in top.findChildren(QWidget)]
            if current == previous:
                return
            previous = current

    create_application("en")
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    problems = 0
    with tempfile.TemporaryDirectory() as scratch, \
            EngageClient(UNUSED_URL, "unused") as client:
        for language in languages:
            runs = [(f"-{orientation}", kiosk_views(client, language, size))
                    for orientation, size in ORIENTATIONS.items()]
            for label, size in TILL_SIZES.items():  # set-up too; every open list
                runs.append((f"-{label}", till_views(client, Path(scratch), language, size)))
                runs.append((f"-{label}", dropdown_views(client, language, size)))
            for suffix, views in runs:
                for view, top in views:
                    settle(top)
                    name = f"{language}-{scale * 100}-{view}{suffix}"
                    found = (short_list(name, top) if view.startswith("list-") else
                             clipped(name, top, whole_in_scroll_areas=view.startswith("kiosk")))
                    for line in found:
                        problems += 1
                        sys.stdout.write(f"CLIPPED {line}\n")
                    if folder is not None:
                        top.grab().save(str(folder / f"{name}.png"))
    sys.stdout.write(f"{problems} clipped texts at {scale * 100} %\n")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES))
    parser.add_argument("--scales", nargs="+", type=int, default=[1, 2])
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--check-only", action="store_true",
                        help="save nothing, only report clipped text")
    args = parser.parse_args(argv)
    folder = None if args.check_only else args.folder
    languages = tuple(args.languages)
    if args.worker:
        return worker(args.scales[0], languages, folder)
    status = 0
    for scale in args.scales:
        result = run_scale(scale, languages, folder)
        sys.stdout.write(result.stdout)
        sys.stderr.write("".join(line + "\n" for line in result.stderr.splitlines()
                                 if "propagateSizeHints" not in line))
        status = status or result.returncode
    if folder is not None:
        sys.stdout.write(f"screenshots saved in {folder}\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
