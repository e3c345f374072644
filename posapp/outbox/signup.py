"""What the outbox keeps: a complete signup as posapp would send it, and a problem for staff.

Both are plain frozen dataclasses with a JSON round trip, because the store encrypts them
as JSON. Only complete signups are ever kept (the key field filled in): a half-typed form,
at the till or at the kiosk, never reaches the disk.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from posapp.engage.attributes import KEY_FIELDS, KeyField

Origin = Literal["till", "kiosk"]
ORIGINS: tuple[Origin, ...] = get_args(Origin)

#: Why a signup waits for a person instead of being sent again.
ProblemKind = Literal[
    "already_member_other",  # 409: a different person already holds the key
    "invalid_fields",        # 422, or refused before sending: fields to correct
    "multiple_matches",      # the key lookup found several contacts: staff must look
    "refused",               # any other answer that sending again cannot change (400 …)
]
PROBLEM_KINDS: tuple[ProblemKind, ...] = get_args(ProblemKind)


@dataclass(frozen=True)
class PendingSignup:
    """One signup, ready to be POSTed: the create body exactly as posapp sends it.

    ``key`` is the tenant's key attribute for ``contact_type`` (its value is in ``body``);
    ``source``, ``store_external_id`` and ``create_as_unapproved`` go in the query string.
    """

    body: dict[str, Any]
    key: KeyField
    contact_type: str
    source: str
    store_external_id: str
    create_as_unapproved: bool
    origin: Origin

    def __post_init__(self) -> None:
        if self.key not in KEY_FIELDS:
            raise ValueError(f"{self.key!r} is not a key attribute ({', '.join(KEY_FIELDS)})")
        value = self.body.get(self.key)
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"the body has no {self.key}: only complete signups are kept")
        if self.body.get("contactType", self.contact_type) != self.contact_type:
            raise ValueError("the body's contactType differs from contact_type")
        if self.origin not in ORIGINS:
            raise ValueError(f"origin must be one of {', '.join(ORIGINS)}")

    @property
    def key_value(self) -> str:
        """The value of the key attribute (personal data: never log it)."""
        return str(self.body[self.key])

    def to_json(self) -> str:
        """Compact JSON of every field."""
        return json.dumps({
            "body": self.body, "key": self.key, "contact_type": self.contact_type,
            "source": self.source, "store_external_id": self.store_external_id,
            "create_as_unapproved": self.create_as_unapproved, "origin": self.origin,
        }, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes) -> PendingSignup:
        """The inverse of :meth:`to_json`; ValueError for anything else."""
        data = _object(text)
        try:
            return cls(
                body=dict(data["body"]), key=data["key"], contact_type=data["contact_type"],
                source=data["source"], store_external_id=data["store_external_id"],
                create_as_unapproved=bool(data["create_as_unapproved"]), origin=data["origin"],
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"not a pending signup: {type(exc).__name__}") from None


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
