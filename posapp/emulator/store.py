"""The emulator's contacts, behind one lock, with Engage's key-uniqueness rules.

A create first *reserves* its contact type + key, then commits or releases it. While a
key is reserved, another create with it gets ContactWithKeyIsBeingCreated — the window a
slow Engage really has, and the one posapp's retry logic must survive.

The attributes a key or a lookup can name (``ANY_FIELDS``) are indexed by their normal
form: without the index every create compared its key with every stored contact (a phone
number parsed per contact), so the emulator slowed down as it filled — 170 creates/s when
empty, 24/s at 3,000 contacts — and could not stand in for Engage at fleet scale.
"""

from __future__ import annotations

import copy
import itertools
import threading
import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any, Literal

from posapp.emulator.rules import normal_key

Reservation = tuple[str, str]  # (contact type, normalised key value)
ReserveResult = Literal["ok", "exists", "in_flight"]
PatchResult = dict[str, Any] | Literal["not_found", "key_taken"]

#: Attributes a lookup with ``any=`` searches.
ANY_FIELDS = ("mobilePhone", "email", "socialSecurityNumber", "externalId", "memberNumber")


def now_iso() -> str:
    """The current local time with its offset, the way Engage writes timestamps."""
    return datetime.now().astimezone().isoformat(timespec="milliseconds")


class ContactStore:
    """Contacts in Engage's response shape; every method is atomic."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._contacts: dict[str, dict[str, Any]] = {}
        self._in_flight: set[Reservation] = set()
        self._member_numbers = itertools.count(1)
        #: (attribute, normal value) → ids of the contacts that have it (ANY_FIELDS only).
        self._index: dict[tuple[str, str], set[str]] = {}
        #: Creation order of each contact, so that index hits read oldest first.
        self._order: dict[str, int] = {}
        self._sequence = itertools.count()

    # -- creating -------------------------------------------------------------------------

    def reserve(self, contact_type: str, key_field: str, value: Any) -> ReserveResult:
        """Claim a key for a create in progress, unless it is stored or claimed already."""
        reservation = (contact_type, normal_key(key_field, value) or "")
        with self._lock:
            if self._matching(key_field, reservation[1], contact_type):
                return "exists"
            if reservation in self._in_flight:
                return "in_flight"
            self._in_flight.add(reservation)
            return "ok"

    def release(self, contact_type: str, key_field: str, value: Any) -> None:
        """Give a reservation up: the create failed or was rolled back."""
        with self._lock:
            self._in_flight.discard((contact_type, normal_key(key_field, value) or ""))

    def commit(
        self,
        contact_type: str,
        key_field: str,
        attributes: dict[str, Any],
        preferences: dict[str, Any],
        consents: list[Any],
        meta: dict[str, Any],
    ) -> dict[str, Any]:
        """Store a new contact, end its reservation, and return it as Engage answers."""
        with self._lock:
            self._in_flight.discard((contact_type, normal_key(key_field, attributes.get(key_field))
                                     or ""))
            contact = self._new_contact(contact_type, attributes, preferences, consents, meta)
            return copy.deepcopy(contact)

    def seed(
        self, attributes: dict[str, Any], contact_type: str, key_field: str,
        allow_duplicate: bool,
    ) -> str:
        """Store a contact without any checks but uniqueness (which ``allow_duplicate`` lifts)."""
        attributes = dict(attributes)
        preferences = attributes.pop("preferences", None) or {}
        consents = attributes.pop("consents", None) or []
        attributes.pop("contactType", None)
        with self._lock:
            key = normal_key(key_field, attributes.get(key_field))
            if not allow_duplicate and key and self._matching(key_field, key, contact_type):
                raise ValueError(f"a {contact_type} with this {key_field} is already stored")
            meta = {"source": None, "storeExternalId": None, "isApproved": True}
            return str(self._new_contact(contact_type, attributes, preferences, consents, meta)
                       ["id"])

    def _new_contact(
        self,
        contact_type: str,
        attributes: dict[str, Any],
        preferences: dict[str, Any],
        consents: list[Any],
        meta: dict[str, Any],
    ) -> dict[str, Any]:
        """Build and store a contact; the caller holds the lock."""
        stamp = now_iso()
        flat = {k: v for k, v in attributes.items() if v is not None}
        flat.setdefault("memberNumber", str(7_000_000 + next(self._member_numbers)))
        contact_id = str(uuid.uuid4())
        contact: dict[str, Any] = {
            "id": contact_id,
            "attributes": flat,
            "meta": {"contactType": contact_type, "createdOn": stamp, "modifiedOn": stamp,
                     **meta},
            "preferences": copy.deepcopy(preferences),
            "consents": copy.deepcopy(consents),
        }
        self._contacts[contact_id] = contact
        self._order[contact_id] = next(self._sequence)
        self._reindex(contact, None)
        return contact

    def _index_keys(self, attributes: dict[str, Any]) -> set[tuple[str, str]]:
        keys = set()
        for field in ANY_FIELDS:
            normal = normal_key(field, attributes.get(field))
            if normal is not None:
                keys.add((field, normal))
        return keys

    def _reindex(self, contact: dict[str, Any], before: dict[str, Any] | None) -> None:
        """Update the index for a contact whose attributes were ``before`` (None: new)."""
        old = self._index_keys(before) if before is not None else set()
        new = self._index_keys(contact["attributes"])
        for key in old - new:
            ids = self._index.get(key)
            if ids is not None:
                ids.discard(contact["id"])
                if not ids:
                    del self._index[key]
        for key in new - old:
            self._index.setdefault(key, set()).add(contact["id"])

    # -- reading --------------------------------------------------------------------------

    def _matching(
        self, field: str, normal: str, contact_type: str | None = None
    ) -> list[dict[str, Any]]:
        """Contacts whose ``field`` equals the normalised value; the caller holds the lock."""
        if field in ANY_FIELDS:
            ids = sorted(self._index.get((field, normal), ()), key=self._order.__getitem__)
            candidates = [self._contacts[i] for i in ids]
        else:
            candidates = [c for c in self._contacts.values()
                          if normal_key(field, c["attributes"].get(field)) == normal]
        return [c for c in candidates
                if contact_type is None or c["meta"]["contactType"] == contact_type]

    def find(self, fields: Iterable[str], value: str, contact_type: str | None) -> list[str]:
        """Ids of contacts where any of ``fields`` equals ``value``, oldest first."""
        found: list[str] = []
        with self._lock:
            for field in fields:
                normal = normal_key(field, value)
                if normal is None:
                    continue
                for contact in self._matching(field, normal, contact_type):
                    if contact["id"] not in found:
                        found.append(contact["id"])
        return found

    def get(self, contact_id: str) -> dict[str, Any] | None:
        """A copy of one contact, or None."""
        with self._lock:
            contact = self._contacts.get(contact_id)
            return copy.deepcopy(contact) if contact else None

    def count(self, key_field: str, value: Any, contact_type: str | None = None) -> int:
        """How many stored contacts have this value (normalised) in ``key_field``."""
        normal = normal_key(key_field, value)
        if normal is None:
            return 0
        with self._lock:
            return len(self._matching(key_field, normal, contact_type))

    def all(self) -> list[dict[str, Any]]:
        """Copies of every contact, oldest first."""
        with self._lock:
            return copy.deepcopy(list(self._contacts.values()))

    # -- changing -------------------------------------------------------------------------

    def patch(
        self,
        contact_id: str,
        key_field_of: dict[str, str],
        attributes: dict[str, Any],
        preferences: dict[str, Any] | None,
        consents: list[Any] | None,
    ) -> PatchResult:
        """Merge changes into a contact (blank values overwrite); keys stay unique per type."""
        with self._lock:
            contact = self._contacts.get(contact_id)
            if contact is None:
                return "not_found"
            contact_type = contact["meta"]["contactType"]
            key_field = key_field_of.get(contact_type)
            if key_field and key_field in attributes:
                normal = normal_key(key_field, attributes[key_field])
                others = [c for c in self._matching(key_field, normal or "", contact_type)
                          if c["id"] != contact_id]
                if others or (contact_type, normal) in self._in_flight:
                    return "key_taken"
            before = dict(contact["attributes"])
            contact["attributes"].update(attributes)
            self._reindex(contact, before)
            if preferences:
                contact["preferences"].update(preferences)
            for consent in consents or ():
                self._merge_consent(contact["consents"], consent)
            contact["meta"]["modifiedOn"] = now_iso()
            return copy.deepcopy(contact)

    @staticmethod
    def _merge_consent(consents: list[Any], consent: Any) -> None:
        """Replace the consent with the same id, or add it."""
        if isinstance(consent, dict):
            for index, existing in enumerate(consents):
                if isinstance(existing, dict) and existing.get("id") == consent.get("id"):
                    consents[index] = consent
                    return
        consents.append(consent)

    def clear(self) -> None:
        """Forget every contact (reservations of requests still running stay)."""
        with self._lock:
            self._contacts.clear()
            self._index.clear()
            self._order.clear()
