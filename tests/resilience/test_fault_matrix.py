"""The fault matrix (fault_matrix_cases.py), in the default suite and in the suite's process.

It used to run only on request, in a process of its own, because it segfaulted (issue 8):
each case's window, closed and dropped, was left to Python's cycle collector, which could
run on the emulator's or the engage-worker thread and so destroy the window off the GUI
thread. The ``open_window`` fixture now deletes each window on the GUI thread
(conftest.close_and_delete), so nothing of the matrix is left for the collector and no
separate process is needed. fault_matrix_cases.py stays runnable on its own, as before.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from posapp.config import Settings
from posapp.emulator import EmulatorServer
from posapp.engage.client import EngageClient
from posapp.ui.main_window import MainWindow
from tests.resilience import fault_matrix_cases


def test_every_fault_is_survived(qtbot: QtBot, emulator: EmulatorServer,
                                 open_window: Callable[[Settings, EngageClient], MainWindow],
                                 capsys: pytest.CaptureFixture[str]) -> None:
    fault_matrix_cases.test_every_fault_is_survived(qtbot, emulator, open_window, capsys)
