"""One member per person: every identifier typed is checked with Engage before a create.

The tenant's key alone guards against a second contact with the same key (Engage's 409).
A customer who is a member under their e-mail would still get a second contact under a new
phone number. So each identifier of the form (``identifies`` in the attribute table: mobile
phone, e-mail, personal number) is looked up as soon as it is valid, in the background,
and at Save the answer is ready: a member who holds one of them is offered instead of a
new contact. An answer not in yet, or a look-up that failed, never holds Save up: the 409
stays the last guard. Plain Python: the UI runs the look-ups on a thread of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from posapp.form.attributes import IDENTIFIERS
from posapp.form.signup_model import SignupModel

Identifier = tuple[str, str]  # (attribute, normalised value)


@dataclass(frozen=True)
class Holder:
    """A member found holding an identifier typed on the form."""

    attribute: str
    contact_id: str


class IdentifierChecks:
    """What Engage said about each identifier asked so far (kept for the form's life)."""

    def __init__(self) -> None:
        self._asked: set[Identifier] = set()
        self._holders: dict[Identifier, str | None] = {}

    @staticmethod
    def typed(model: SignupModel) -> list[Identifier]:
        """The form's identifiers that are valid now, in the form's order."""
        return [(entry.name, entry.value) for entry in model.asked()
                if entry.spec.name in IDENTIFIERS and entry.value]

    def to_ask(self, model: SignupModel) -> list[Identifier]:
        """The valid identifiers not asked about yet."""
        return [identifier for identifier in self.typed(model)
                if identifier not in self._asked]

    def asking(self, identifier: Identifier) -> None:
        """A look-up was started."""
        self._asked.add(identifier)

    def answered(self, identifier: Identifier, contact_id: str | None) -> None:
        """Engage's answer: the contact holding it, or None (nobody does). An answer about
        an identifier not asked for this customer (a late one) is dropped."""
        if identifier in self._asked:
            self._holders[identifier] = contact_id

    def failed(self, identifier: Identifier) -> None:
        """The look-up failed: it may be asked again later."""
        self._asked.discard(identifier)

    def holder(self, model: SignupModel) -> Holder | None:
        """The first member known to hold an identifier now on the form, or None."""
        for identifier in self.typed(model):
            contact_id = self._holders.get(identifier)
            if contact_id:
                return Holder(identifier[0], contact_id)
        return None

    def forget(self) -> None:
        """A new customer: what was asked for the last one says nothing about the next."""
        self._asked.clear()
        self._holders.clear()
