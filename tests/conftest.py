"""Test set-up: headless Qt, and the Engage emulator on loopback for everything network."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("POSAPP_CONFIG", None)
os.environ.pop("POSAPP_API_KEY", None)

from collections.abc import Iterator

import pytest

from posapp.config import DEMO_API_KEY, Settings, demo_settings
from posapp.emulator import EmulatorServer
from posapp.engage.budgets import Budgets
from posapp.engage.client import EngageClient
from posapp.engage.retry import RetryPolicy
from posapp.refcount_guard import protect_singletons

# pytest-qt makes the QApplication, not posapp.ui.app.create_application: the guard that
# the app puts in place at start-up is this process's too. Without it, PySide6 6.12 on
# Python 3.11 drops ~450 references to None per UI test, and the suite aborts with
# "Fatal Python error: none_dealloc" wherever the count happens to reach zero.
protect_singletons()


@pytest.fixture(autouse=True)
def own_state_directory(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test its own user state directory (platformdirs reads XDG_STATE_HOME): the
    staff PIN's wrong-PIN count is kept there, and one test's pause must not reach the
    next, nor the tester's own."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))


@pytest.fixture
def emulator() -> Iterator[EmulatorServer]:
    """A fresh Engage emulator on a free loopback port."""
    with EmulatorServer() as server:
        yield server


@pytest.fixture
def settings(emulator: EmulatorServer) -> Settings:
    """Demo settings pointing at the emulator (English UI)."""
    return demo_settings(emulator.base_url, "en")


def fast_client(base_url: str, **overrides: object) -> EngageClient:
    """A client with short timeouts so that timeout tests take about a second."""
    options: dict[str, object] = {
        "budgets": Budgets(
            connect_seconds=1.0, create_read_seconds=1.0, lookup_read_seconds=1.0,
            create_total_seconds=4.0, lookup_total_seconds=3.0,
            create_retry=RetryPolicy(attempts=2, first_wait=0.05),
            lookup_retry=RetryPolicy(attempts=3, first_wait=0.05)),
    }
    options.update(overrides)
    return EngageClient(base_url, DEMO_API_KEY, **options)  # type: ignore[arg-type]


def patient_client(base_url: str) -> EngageClient:
    """A client that waits 30 s for an answer, once: in a test, only what is under test (an
    abort, a deadline, a window closing) can end its calls within seconds."""
    return fast_client(base_url, budgets=Budgets(
        connect_seconds=30.0, create_read_seconds=30.0, lookup_read_seconds=30.0,
        create_total_seconds=45.0, lookup_total_seconds=45.0,
        create_retry=RetryPolicy(attempts=1), lookup_retry=RetryPolicy(attempts=1)))


@pytest.fixture
def client(emulator: EmulatorServer) -> Iterator[EngageClient]:
    """A real EngageClient talking to the emulator over loopback, with short timeouts."""
    with fast_client(emulator.base_url) as engage:
        yield engage
