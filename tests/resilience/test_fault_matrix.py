"""The fault matrix (fault_matrix_cases.py), run in a process of its own.

It opens eighteen windows in a row; run inside the whole suite, Python's cycle collector
later frees the Qt widgets that earlier tests left in reference cycles, and PySide crashes
doing so (a segfault that takes the whole test run down, not a failure of the case at
hand). In its own process the matrix sees only its own windows, and a crash there is
reported as this test failing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).with_name("fault_matrix_cases.py")


@pytest.mark.skipif(os.environ.get("POSAPP_FAULT_MATRIX") != "1", reason=(
    "PySide6 segfaults in the cycle collector while the matrix opens its windows (issue 8, "
    "under investigation); run with POSAPP_FAULT_MATRIX=1"))
def test_every_fault_is_survived_in_its_own_process() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "pytest", "-q", "-s", "-p",
         "no:cacheprovider", str(CASES)],
        capture_output=True, text=True, timeout=300, env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    survived = [line for line in result.stdout.splitlines() if "faults survived" in line]
    print("\n" + (survived[-1] if survived else "faults survived: none reported"))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert survived, result.stdout[-2000:]
    count, total = survived[-1].rsplit(" ", 1)[-1].split("/")
    assert count == total
