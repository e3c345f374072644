"""posapp/collector.py: the cycle collector waits out start-up, and only posapp's own."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from posapp import collector


@pytest.fixture
def restored() -> Iterator[None]:
    yield
    if collector.paused():
        collector.resume()
    gc.unfreeze()
    gc.enable()


@pytest.mark.usefixtures("restored")
def test_pause_then_resume_collects_freezes_and_switches_back_on() -> None:
    collector.pause()
    assert collector.paused() and not gc.isenabled()
    garbage: list[object] = []
    garbage.append(garbage)  # a cycle, left for the collector
    del garbage
    collector.resume()
    assert gc.isenabled() and not collector.paused()
    assert gc.get_freeze_count() > 0
    collector.resume()  # a second resume changes nothing
    assert gc.isenabled()


@pytest.mark.usefixtures("restored")
def test_resume_without_pause_leaves_the_collector_alone() -> None:
    collector.resume()
    assert gc.isenabled() and gc.get_freeze_count() == 0


PROBE = r"""
import gc, sys
from posapp import __main__ as entry
from posapp import cli
seen = []
def main(argv=None):
    seen.append(gc.isenabled())
    return 0
cli.main = main
entry.run()
print(seen[0])
"""


def test_the_entry_point_starts_with_the_collector_paused() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          timeout=60, check=True, env={**os.environ})
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("argv", [["--check-config", "--config", "/nonexistent.toml"]])
def test_commands_without_a_window_switch_it_back_on_at_once(
        argv: list[str], restored: None) -> None:
    from posapp.cli import main

    collector.pause()
    main(argv)
    assert gc.isenabled()


def test_every_one_shot_command_runs_with_it_back_on(monkeypatch: pytest.MonkeyPatch,
                                                    restored: None) -> None:
    from posapp import cli

    for flag in list(cli.ONE_SHOT_COMMANDS):
        seen: list[bool] = []
        monkeypatch.setitem(cli.ONE_SHOT_COMMANDS, flag,
                            lambda _args, seen=seen: seen.append(gc.isenabled()) or 0)
        collector.pause()
        assert cli.main(["--" + flag.replace("_", "-")]) == 0
        assert seen == [True], flag
