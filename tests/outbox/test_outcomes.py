"""Every answer Engage can give maps to confirm, staff, retry or pause: never to "drop"."""

from __future__ import annotations

import random

import pytest

from posapp.engage.errors import (
    AlreadyMember,
    ApiKeyRejected,
    BeingCreated,
    CannotConnect,
    ConnectionDropped,
    EngageError,
    EngageTimedOut,
    InvalidDraft,
    InvalidFields,
    InvalidRequest,
    MultipleMatches,
    NoAnswer,
    NoData,
    RateLimited,
    ServerError,
    UnreadableResponse,
)
from posapp.outbox.backoff import Backoff
from posapp.outbox.outcomes import verdict_for


@pytest.mark.parametrize(("error", "before", "action", "kind"), [
    (AlreadyMember(status=409, existing_id="c-1"), False, "needs_person", "already_member_other"),
    (AlreadyMember(status=409), True, "confirm", None),
    (InvalidFields(status=422, fields={"email": "bad"}), False, "needs_person", "invalid_fields"),
    (InvalidDraft(fields={"email": "bad"}), True, "needs_person", "invalid_fields"),
    (MultipleMatches(status=409), True, "needs_person", "multiple_matches"),
    (NoData(status=400), False, "needs_person", "refused"),
    (InvalidRequest(status=400), False, "needs_person", "refused"),
    (ApiKeyRejected(status=401), False, "pause", None),
    (RateLimited(status=429, retry_after=2.0), False, "retry", None),
    (CannotConnect(), False, "retry", None),
    (NoAnswer(), True, "retry", None),
    (ConnectionDropped(), True, "retry", None),
    (ServerError(status=503), False, "retry", None),
    (EngageTimedOut(status=504), False, "retry", None),
    (UnreadableResponse(status=200), True, "retry", None),
    (BeingCreated(status=409), False, "retry", None),
])
def test_verdicts(error: EngageError, before: bool, action: str, kind: str | None) -> None:
    verdict = verdict_for(error, attempted_before=before)
    assert verdict.action == action
    assert (verdict.problem.kind if verdict.problem else None) == kind
    assert type(error).__name__ in verdict.error


def test_a_problem_keeps_engages_fields_and_the_existing_contact() -> None:
    verdict = verdict_for(InvalidFields(status=422, code="ValidationError", message="Failed",
                                        fields={"mobilePhone": "is not valid"}),
                          attempted_before=False)
    assert verdict.problem is not None
    assert dict(verdict.problem.fields) == {"mobilePhone": "is not valid"}
    assert (verdict.problem.status, verdict.problem.code) == (422, "ValidationError")
    member = verdict_for(AlreadyMember(status=409, existing_id="c-9"), attempted_before=False)
    assert member.problem is not None and member.problem.existing_id == "c-9"


def test_a_429_keeps_its_retry_after() -> None:
    verdict = verdict_for(RateLimited(status=429, retry_after=3.0), attempted_before=False)
    assert verdict.rate_limited and verdict.retry_after == 3.0


def test_back_off_grows_to_its_cap_with_full_jitter() -> None:
    backoff = Backoff(first=2.0, cap=300.0, minimum=0.5)
    rng = random.Random(1)
    for failures, ceiling in [(1, 2.0), (2, 4.0), (5, 32.0), (9, 300.0), (200, 300.0)]:
        waits = [backoff.after_failure(failures, rng) for _ in range(300)]
        assert all(0.5 <= w <= ceiling for w in waits)
        assert max(waits) > ceiling * 0.9, "the whole range is used"
        assert min(waits) < max(0.5, ceiling * 0.1) + 0.5, "down to the minimum too"


def test_a_429_waits_at_least_retry_after_spread_by_jitter() -> None:
    backoff = Backoff(rate_limit_spread=1.0)
    rng = random.Random(2)
    waits = [backoff.after_rate_limit(2.0, 1, rng) for _ in range(300)]
    assert all(2.0 <= w <= 3.0 for w in waits)
    assert max(waits) - min(waits) > 0.8
    assert 0.5 <= backoff.after_rate_limit(None, 1, rng) <= 2.0


def test_a_refused_key_pauses_for_minutes() -> None:
    wait = Backoff(api_key_pause=300.0).after_key_refused(random.Random(3))
    assert 240.0 <= wait <= 360.0


def test_429s_in_a_row_spread_wider_up_to_a_cap() -> None:
    backoff = Backoff(rate_limit_spread=2.0, rate_limit_spread_cap=4.0)
    rng = random.Random(4)
    for in_row, spread in [(1, 2.0), (2, 4.0), (3, 4.0), (50, 4.0)]:
        waits = [backoff.after_rate_limit(1.0, in_row, rng) for _ in range(300)]
        assert all(1.0 <= w <= 1.0 + spread for w in waits)
        assert max(waits) > 1.0 + spread * 0.9
