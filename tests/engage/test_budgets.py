"""One time budget per operation: every attempt, wait and look-up spends from it.

Time is a fake clock here: waits advance it instead of sleeping, and each request that
reaches the emulator can be made to "cost" seconds of it. The assertions are about what
was sent and waited, never about how long a test took (the wall-clock figures are
``python -m tests.benchmarks --only engage_budgets``).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace

import pytest

from posapp.config import DEMO_API_KEY, DEMO_CONTACT_TYPES, settings_from_mapping
from posapp.config_schema import ConfigError
from posapp.emulator import EmulatorServer, Fault
from posapp.engage import ConnectionDropped, EngageTimedOut, NoAnswer, ServerError
from posapp.engage.budgets import (
    DEFAULT_BUDGETS,
    ENGAGE_CREATE_LIMIT_SECONDS,
    Budgets,
    TimeBudget,
)
from posapp.engage.client import EngageClient
from posapp.engage.models import ContactDraft
from posapp.engage.retry import RetryBudget, RetryPolicy

PHONE = "+46701740640"


class FakeTime:
    """A clock that moves only when told: by a wait, or by a request reaching Engage."""

    def __init__(self, emulator: EmulatorServer | None = None,
                 per_request: float = 0.0) -> None:
        self.now = 1000.0
        self.waits: list[float] = []
        self._emulator = emulator
        self._per_request = per_request

    def clock(self) -> float:
        sent = len(self._emulator.requests) if self._emulator is not None else 0
        return self.now + sent * self._per_request

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


def _client(emulator: EmulatorServer, time: FakeTime,
            budgets: Budgets = DEFAULT_BUDGETS) -> EngageClient:
    return EngageClient(emulator.base_url, DEMO_API_KEY, budgets=budgets, sleep=time.sleep,
                        clock=time.clock)


@pytest.fixture
def fake(emulator: EmulatorServer) -> FakeTime:
    return FakeTime(emulator)


def _create(client: EngageClient, **kw: object) -> object:
    draft = ContactDraft(contactType="Member", mobilePhone=PHONE, countryCode="SE")
    return client.create_contact(draft, source="POS", store_external_id="600",
                                 key="mobilePhone", **kw)  # type: ignore[arg-type]


def _sent(emulator: EmulatorServer) -> list[str]:
    return [f"{r.method} {r.path.rsplit('/', 1)[-1]}" for r in emulator.requests]


# -- the budget itself ---------------------------------------------------------------------

def test_a_time_budget_counts_from_its_start_and_caps_what_is_asked() -> None:
    time = FakeTime()
    budget = TimeBudget(8.0, time.clock)
    time.now += 5.5
    assert budget.remaining == pytest.approx(2.5)
    assert budget.cap(4.0) == pytest.approx(2.5) and budget.cap(1.0) == 1.0
    assert budget.allows(2.5) and not budget.allows(2.6)
    time.now += 10
    assert budget.remaining == 0.0 and budget.cap(4.0) == 0.0


def test_a_wait_is_never_started_when_it_and_the_next_attempt_do_not_fit() -> None:
    time = FakeTime()
    budget = TimeBudget(10.0, time.clock)
    retries = RetryBudget(RetryPolicy(attempts=5, first_wait=2.0, max_wait=8.0, jitter=0.0),
                          budget, sleep=time.sleep, rng=random.Random(1))
    retries.start_attempt()
    assert retries.wait_for_next(then_needs=4.5)  # 2 + 4.5 ≤ 10
    retries.start_attempt()
    assert not retries.wait_for_next(then_needs=4.5)  # 4 + 4.5 > the 8 left
    assert time.waits == [2.0]
    assert sum(time.waits) <= budget.seconds


def test_the_defaults_follow_engage_and_voyado() -> None:
    # Engage's own 504 (rolled back, safe to re-send) must come before posapp gives up.
    assert DEFAULT_BUDGETS.create_read_seconds > ENGAGE_CREATE_LIMIT_SECONDS
    # Re-send late, with growing waits (Voyado's retry policy), not after a quarter second.
    policy, rng = DEFAULT_BUDGETS.create_retry, random.Random(7)
    first = [policy.wait_before(2, rng) for _ in range(50)]
    assert min(first) >= 1.0
    assert policy.max_wait > policy.first_wait
    # Room for one re-send after Engage's 504 within the signup's total.
    assert DEFAULT_BUDGETS.create_total_seconds >= (
        ENGAGE_CREATE_LIMIT_SECONDS + policy.first_wait + DEFAULT_BUDGETS.create_read_seconds)


def _engage(**engage: object) -> dict[str, object]:
    return {"engage": {"base_url": "https://acme.voyado.com", **engage},
            "store": {"external_id": "600"}, "contact_types": list(DEMO_CONTACT_TYPES)}


def test_the_configuration_defaults_are_the_budgets_stated_once() -> None:
    assert settings_from_mapping(_engage()).engage.budgets() == DEFAULT_BUDGETS
    tuned = settings_from_mapping(_engage(timeout_seconds=15, create_budget_seconds=40,
                                          lookup_attempts=2)).engage.budgets()
    assert (tuned.create_read_seconds, tuned.create_total_seconds) == (15, 40)
    assert tuned.lookup_retry == replace(DEFAULT_BUDGETS.lookup_retry, attempts=2)


@pytest.mark.parametrize(("engage", "words"), [
    ({"timeout_seconds": 20, "create_budget_seconds": 15}, "create_budget_seconds"),
    ({"lookup_timeout_seconds": 10, "lookup_budget_seconds": 5}, "lookup_budget_seconds"),
])
def test_a_total_too_short_for_one_request_is_refused(engage: dict[str, object],
                                                      words: str) -> None:
    with pytest.raises(ConfigError, match=words):
        settings_from_mapping(_engage(**engage))


# -- the client spending it ----------------------------------------------------------------

def test_after_engages_504_the_create_is_resent_after_a_voyado_wait(
        emulator: EmulatorServer, fake: FakeTime) -> None:
    emulator.faults.add(Fault("status", method="POST", status=504))
    with _client(emulator, fake) as client:
        _create(client)
    assert _sent(emulator) == ["POST contacts", "POST contacts"]
    (wait,) = fake.waits
    assert 1.0 <= wait <= DEFAULT_BUDGETS.create_retry.first_wait
    assert emulator.count("mobilePhone", PHONE) == 1


def test_no_resend_when_a_whole_create_timeout_no_longer_fits(
        emulator: EmulatorServer) -> None:
    # Engage's 504 took 20 s of the signup's 30: a re-send could not wait its 12 s.
    fake = FakeTime(emulator, per_request=20.0)
    emulator.faults.add(Fault("status", method="POST", status=504, times=0))
    with _client(emulator, fake) as client, pytest.raises(EngageTimedOut) as caught:
        _create(client)
    assert _sent(emulator) == ["POST contacts"]
    assert fake.waits == []
    assert caught.value.created is False


def test_a_budget_made_at_the_click_counts_the_time_before_the_call(
        emulator: EmulatorServer, fake: FakeTime) -> None:
    emulator.faults.add(Fault("status", method="POST", status=504, times=0))
    with _client(emulator, fake) as client:
        budget = client.create_budget()
        fake.now += 18.0  # e.g. waiting in the worker's queue
        with pytest.raises(EngageTimedOut):
            _create(client, budget=budget)
    assert _sent(emulator) == ["POST contacts"]  # 12 s left: no room for wait and re-send


def test_the_reconciling_lookup_spends_the_creates_budget(emulator: EmulatorServer) -> None:
    # Each request costs 15 s: the dropped create and its look-up spend the 30 s.
    fake = FakeTime(emulator, per_request=15.0)
    emulator.faults.add(Fault("reset", method="POST"))
    with _client(emulator, fake) as client, pytest.raises(ConnectionDropped) as caught:
        _create(client)
    assert _sent(emulator) == ["POST contacts", "GET id"]  # looked up, never posted again
    assert caught.value.created is None  # the create's own outcome, not the look-up's
    assert emulator.count("mobilePhone", PHONE) == 0


def test_a_search_is_one_budget_for_the_lookup_and_the_read(emulator: EmulatorServer) -> None:
    contact_id = emulator.seed({"mobilePhone": PHONE, "countryCode": "SE"})
    fake = FakeTime(emulator, per_request=7.8)  # the look-up leaves 0.2 s of the 8
    with _client(emulator, fake) as client, pytest.raises(NoAnswer):
        client.find_contact("mobilePhone", PHONE)
    assert _sent(emulator) == ["GET id"]  # the read was not even started
    with _client(emulator, FakeTime(emulator)) as client:
        assert client.find_contact("mobilePhone", PHONE).id == contact_id


def test_lookup_retries_stop_where_the_budget_ends(emulator: EmulatorServer) -> None:
    fake = FakeTime(emulator, per_request=3.8)
    emulator.faults.add(Fault("status", method="GET", status=500, times=0))
    budgets = replace(DEFAULT_BUDGETS, lookup_retry=RetryPolicy(attempts=10, first_wait=0.25))
    with _client(emulator, fake, budgets) as client, pytest.raises(ServerError):
        client.find_contact_id("mobilePhone", PHONE)
    assert len(emulator.requests) == 2  # 3.8 + wait + 3.8 of 8: no third attempt fits
    assert 7.6 + sum(fake.waits) <= DEFAULT_BUDGETS.lookup_total_seconds


@pytest.fixture
def slow_lookups(emulator: EmulatorServer) -> Iterator[EmulatorServer]:
    emulator.faults.add(Fault("latency", method="GET", delay=0.4, times=0))
    yield emulator
    emulator.faults.clear()


def test_a_request_waits_no_longer_than_the_time_left(slow_lookups: EmulatorServer,
                                                     fake: FakeTime) -> None:
    """The answer takes 0.4 s: well within a whole read timeout (4 s, ten times that, so a
    loaded machine still gets it), never within 0.2 s (Engage waits 0.4 s before it
    answers, however fast the machine)."""
    emulator = slow_lookups
    emulator.seed({"mobilePhone": PHONE, "countryCode": "SE"})
    budgets = replace(DEFAULT_BUDGETS, lookup_retry=RetryPolicy(attempts=1),
                      min_attempt_seconds=0.1)
    with _client(emulator, fake, budgets) as client:
        assert client.find_contact_id("mobilePhone", PHONE)  # 4 s allowed: the 0.4 s answer
        budget = client.lookup_budget()
        fake.now += 7.8  # 0.2 s left: less than the answer takes
        with pytest.raises(NoAnswer):
            client.find_contact_id("mobilePhone", PHONE, budget=budget)
    assert _sent(emulator) == ["GET id", "GET id"]  # sent, and given up at the budget's end
