"""A member found in Engage, being corrected at the till: plain Python, no Qt.

Staff correct the country and the language, and the customer's own choices: the offers
(preferences) and the tenant's consents, where withdrawing is as easy as giving. What is
sent is only what changed (``changes()``: the body of one PATCH), never a blank or an
unchanged value: in Engage an empty value would wipe what is stored. A consent changed
here carries its new moment and the till's source, as on a signup.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from posapp.config import Settings
from posapp.form.attributes import ATTRIBUTES, Part
from posapp.form.consents import ConsentAnswer, local_now

# The flat attributes staff may correct here.
EDITABLE = ("countryCode", "lang")


class MemberModel:
    """One member's stored values and the staff's edits of them."""

    def __init__(self, settings: Settings, attributes: Mapping[str, Any],
                 preferences: Mapping[str, Any], consents: Sequence[Mapping[str, Any]],
                 contact_type: str | None = None,
                 clock: Callable[[], datetime] = local_now) -> None:
        self._settings = settings
        self._clock = clock
        self.stored = {name: _text(attributes.get(name)) for name in EDITABLE}
        self.values = dict(self.stored)
        listed = self._listed(contact_type)
        # The offers shown: those every contact has, those its type lists, those it holds.
        self.stored_preferences: dict[str, bool] = {
            name: bool(preferences.get(name)) for name, spec in ATTRIBUTES.items()
            if spec.part is Part.PREFERENCE
            and (spec.always_offered or name in listed or name in preferences)}
        self.preferences = dict(self.stored_preferences)
        held = {str(c.get("id")): c for c in consents if isinstance(c, Mapping)}
        # The tenant's consents as Engage holds them (unanswered where it holds none).
        self.stored_consents: dict[str, bool | None] = {}
        self.consents: dict[str, ConsentAnswer] = {}
        for consent in settings.consents:
            stored = held.get(consent.id, {}).get("value")
            value = stored if isinstance(stored, bool) else None
            self.stored_consents[consent.id] = value
            self.consents[consent.id] = ConsentAnswer(consent, value)

    def _listed(self, contact_type: str | None) -> set[str]:
        for configured in self._settings.contact_types:
            if configured.id == contact_type:
                return set(configured.fields)
        return set()

    # -- edits -----------------------------------------------------------------------------

    def set_value(self, name: str, value: str) -> None:
        """A new country or language ("" = nothing chosen, which is never sent)."""
        if name not in EDITABLE:
            raise KeyError(name)
        self.values[name] = value

    def set_preference(self, name: str, value: bool) -> None:
        if name not in self.preferences:
            raise KeyError(name)
        self.preferences[name] = value

    def answer_consent(self, consent_id: str, value: bool) -> None:
        """Given or withdrawn now, at this till."""
        self.consents[consent_id].answer(value, self._clock())

    # -- what to send ----------------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        """The PATCH body: only what differs from what Engage holds; {} when nothing does."""
        body: dict[str, Any] = {
            name: value for name, value in self.values.items()
            if value and value != self.stored[name]}
        preferences = {name: value for name, value in self.preferences.items()
                       if value != self.stored_preferences[name]}
        if preferences:
            body["preferences"] = preferences
        consents = [answer.sent(self._settings.store.source)
                    for consent_id, answer in self.consents.items()
                    if answer.answered_at is not None
                    and answer.value != self.stored_consents[consent_id]]
        if consents:
            body["consents"] = consents
        return body


def _text(value: Any) -> str:
    return "" if value is None else str(value)
