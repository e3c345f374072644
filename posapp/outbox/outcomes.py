"""What the sender does with each of Engage's answers, as a pure function of the error.

Confirm (Engage has the contact), keep for staff (the answer needs a person: never sent
again automatically), retry later (transient: network, 5xx, 504, 429), or pause the whole
queue (the API key is refused). Nothing maps to "drop".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from posapp.engage.errors import (
    AlreadyMember,
    ApiKeyRejected,
    EngageError,
    InvalidDraft,
    InvalidFields,
    InvalidRequest,
    MultipleMatches,
    NoData,
    RateLimited,
)
from posapp.outbox.problem import Problem

Action = Literal["confirm", "needs_person", "retry", "pause"]


@dataclass(frozen=True)
class Verdict:
    """One decision. ``error`` names what happened, without personal data."""

    action: Action
    error: str
    problem: Problem | None = None
    #: A 429: wait at least ``retry_after`` (where Engage said), not the usual back-off.
    rate_limited: bool = False
    retry_after: float | None = None
    #: Engage certainly stored nothing (429, no connection, 504 rolled back …).
    nothing_stored: bool = False


def error_name(exc: EngageError) -> str:
    """``RateLimited (HTTP 429)``: the class and status, never Engage's text."""
    name = type(exc).__name__
    return f"{name} (HTTP {exc.status})" if exc.status is not None else name


def _problem(kind: Literal["already_member_other", "invalid_fields", "multiple_matches",
                           "refused"], exc: EngageError, existing_id: str | None = None
             ) -> Problem:
    return Problem(kind=kind, fields=dict(exc.fields), message=exc.message, status=exc.status,
                   code=exc.code, existing_id=existing_id)


def verdict_for(exc: EngageError, *, attempted_before: bool) -> Verdict:
    """The decision for ``exc`` from a lookup or a create of one entry.

    ``attempted_before``: a POST of this entry may have reached Engage before this round
    (the state was ``attempted`` when it was taken up). Then a 409 already-member is most
    likely our own earlier POST that landed, and counts as confirmed.
    """
    name = error_name(exc)
    if isinstance(exc, AlreadyMember):
        if attempted_before:
            return Verdict("confirm", name)
        return Verdict("needs_person", name,
                       _problem("already_member_other", exc, exc.existing_id))
    if isinstance(exc, (InvalidFields, InvalidDraft)):
        return Verdict("needs_person", name, _problem("invalid_fields", exc))
    if isinstance(exc, MultipleMatches):
        return Verdict("needs_person", name, _problem("multiple_matches", exc))
    if isinstance(exc, (NoData, InvalidRequest)):
        return Verdict("needs_person", name, _problem("refused", exc))
    if isinstance(exc, ApiKeyRejected):
        return Verdict("pause", name, nothing_stored=exc.created is False)
    if isinstance(exc, RateLimited):
        return Verdict("retry", name, rate_limited=True, retry_after=exc.retry_after,
                       nothing_stored=exc.created is False)
    # CannotConnect, OutcomeUnknown (no answer, dropped), ServerError, EngageTimedOut (504),
    # UnreadableResponse, BeingCreated, a NotFound from a create: try again later.
    return Verdict("retry", name, nothing_stored=exc.created is False)
