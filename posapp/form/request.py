"""What a finished signup form hands over: the create body and how to send it.

Plain data, JSON-shaped, with a JSON round trip: the same object goes to the worker thread
and into the outbox (``posapp/outbox``), which keeps it encrypted on disk until Engage has
confirmed it. Only complete signups exist (the key filled in): a half-typed form, at the
till or at the kiosk, never becomes one, so it never reaches the disk. The Engage client
checks ``body`` against Engage's formats once more (``ContactDraft``) before it is sent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal, get_args

from posapp.engage.attributes import KEY_FIELDS, KeyField

Origin = Literal["till", "kiosk"]
ORIGINS: tuple[Origin, ...] = get_args(Origin)


@dataclass(frozen=True)
class SignupRequest:
    """One signup, ready to be POSTed: the create body exactly as posapp sends it. What a
    finished form hands over, and what the outbox keeps (encrypted) until Engage confirms.

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
    def from_json(cls, text: str | bytes) -> SignupRequest:
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


def _object(text: str | bytes) -> dict[str, Any]:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    return data
