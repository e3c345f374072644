"""A job's tidying up (``Settling``) runs on the worker, after its answer was handled on
the GUI thread, also when that answer was dropped (an abandoned request)."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from posapp.engage.client import EngageClient
from posapp.ui.request_runner import RequestRunner, Settling


def test_settle_runs_on_the_worker_after_the_answer_was_handled(
        qtbot: QtBot, client: EngageClient) -> None:
    runner = RequestRunner(client)
    events: list[str] = []
    settled = threading.Event()

    def settle() -> None:
        events.append("settled on the GUI thread" if threading.current_thread()
                      is threading.main_thread() else "settled on the worker")
        settled.set()

    runner.succeeded.connect(lambda _id, result: events.append(f"answer {result}"))
    with qtbot.waitSignal(runner.succeeded, timeout=5000):
        runner.run(lambda _client: Settling("created", settle))
    qtbot.waitUntil(settled.is_set, timeout=5000)
    assert events == ["answer created", "settled on the worker"]
    assert runner.shutdown()


def test_an_abandoned_answer_is_still_settled(qtbot: QtBot, client: EngageClient) -> None:
    runner = RequestRunner(client)
    answers: list[object] = []
    runner.succeeded.connect(lambda _id, result: answers.append(result))
    release = threading.Event()
    settled = threading.Event()

    def job(_client: EngageClient) -> Settling:
        release.wait(5)
        return Settling("created", settled.set)

    runner.run(job)
    runner.abandon()  # the window closed, or Cancel
    release.set()
    qtbot.waitUntil(settled.is_set, timeout=5000)
    assert answers == []
    assert runner.shutdown()
