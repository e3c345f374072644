"""Why a kept signup waits for a person, with what Engage said: the outbox's other record
beside the signup itself (``posapp.form.request.SignupRequest``). A frozen dataclass with
a JSON round trip, because the store encrypts it as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

#: Why a signup waits for a person instead of being sent again.
ProblemKind = Literal[
    "already_member_other",  # 409: a different person already holds the key
    "invalid_fields",        # 422, or refused before sending: fields to correct
    "multiple_matches",      # the key lookup found several contacts: staff must look
    "refused",               # any other answer that sending again cannot change (400 …)
]
PROBLEM_KINDS: tuple[ProblemKind, ...] = get_args(ProblemKind)


@dataclass(frozen=True)
class Problem:
    """Why staff must look at a signup: the kind, and what Engage said.

    ``fields`` maps the attributes Engage named to its messages (the form marks them);
    ``existing_id`` is the contact that already holds the key, where it is known.
    """

    kind: ProblemKind
    fields: Mapping[str, str] = field(default_factory=dict)
    message: str | None = None
    status: int | None = None
    code: str | None = None
    existing_id: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in PROBLEM_KINDS:
            raise ValueError(f"unknown problem kind {self.kind!r}")
        object.__setattr__(self, "fields", dict(self.fields))

    def to_json(self) -> str:
        return json.dumps({
            "kind": self.kind, "fields": dict(self.fields), "message": self.message,
            "status": self.status, "code": self.code, "existing_id": self.existing_id,
        }, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes) -> Problem:
        data = _object(text)
        try:
            return cls(kind=data["kind"], fields=dict(data.get("fields") or {}),
                       message=data.get("message"), status=data.get("status"),
                       code=data.get("code"), existing_id=data.get("existing_id"))
        except (KeyError, TypeError) as exc:
            raise ValueError(f"not a problem: {type(exc).__name__}") from None


def _object(text: str | bytes) -> dict[str, Any]:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    return data
