"""The signup form's rules, once, for the till and the kiosk: a plain-Python model.

It owns every field's text and verdict, the rules across fields (the country decides how a
local phone number reads; a personal number fills in the date of birth, but only where the
contact type lists ``birthDay``), Engage's refusals after a 422, the order of the fields
still missing, and building the request. An attribute the contact type does not list is
never sent. The till's and the kiosk's forms only render it and pass on what is typed.

The two screens differ in what they ask, not in the rules (``Screen``):

* the till asks every attribute of the chosen contact type: the key first, then the
  country, then the other mandatory ones, then the optional ones (configuration order);
* the kiosk signs customers up as the first contact type and asks the key, then, in the
  table's order, the attributes the table marks ``ASKED`` (names, e-mail) and any other
  mandatory one; the country is the store's and the language the one the customer picked
  (each only where the type lists it). Contacts created unapproved must confirm through an
  e-mailed link, so the kiosk makes e-mail mandatory there.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from posapp.config import ContactTypeSettings, Settings
from posapp.form.attributes import ATTRIBUTES, AtKiosk, Attribute, Part
from posapp.form.consents import ConsentAnswer, local_now
from posapp.form.field import FormField, Gap
from posapp.form.request import SignupRequest
from posapp.validation.result import FieldContext

# The attribute a personal number fills in, and the one that decides the phone region.
BIRTHDAY, COUNTRY, PERSONAL_NUMBER, EMAIL, LANG = (
    "birthDay", "countryCode", "socialSecurityNumber", "email", "lang")


class Screen(enum.Enum):
    """Who fills the form in."""

    TILL = "till"
    KIOSK = "kiosk"


class IncompleteForm(ValueError):
    """``request()`` on a form that cannot be saved yet (a programming error in a view)."""


class SignupModel:
    """One customer's signup being typed in, for one contact type."""

    def __init__(self, settings: Settings, screen: Screen, *, type_id: str | None = None,
                 today: date | None = None,
                 clock: Callable[[], datetime] = local_now) -> None:
        self.settings = settings
        self.screen = screen
        self._today = today
        self._clock = clock
        self._language: str = settings.store.language
        self.contact_type: ContactTypeSettings = (
            settings.contact_type(type_id) if type_id else settings.contact_types[0])
        self.fields: dict[str, FormField] = {}
        self.preferences: dict[str, bool] = {}
        # The tenant's consents, in the configuration's order, none answered yet.
        self.consents: dict[str, ConsentAnswer] = {
            consent.id: ConsentAnswer(consent) for consent in settings.consents}
        self._build(carry_over=False)

    # -- what is asked ---------------------------------------------------------------------

    @property
    def key(self) -> str:
        """The tenant's key attribute of the contact type."""
        return self.contact_type.key

    def asked(self) -> list[FormField]:
        """The fields the screen shows, in the order it shows them."""
        return [f for f in self.fields.values() if f.asked]

    def field(self, name: str) -> FormField | None:
        """The field of ``name``, or None when the contact type does not list it."""
        return self.fields.get(name)

    def _required(self) -> set[str]:
        required = set(self.contact_type.required)
        if (self.screen is Screen.KIOSK and self.settings.kiosk.create_as_unapproved
                and EMAIL in self.contact_type.fields):
            required.add(EMAIL)
        return required

    def _is_asked(self, spec: Attribute, required: set[str]) -> bool:
        if self.screen is Screen.TILL or spec.name == self.key:
            return True
        if spec.at_kiosk in (AtKiosk.STORE_COUNTRY, AtKiosk.CUSTOMER_LANGUAGE):
            return False
        return spec.at_kiosk is AtKiosk.ASKED or spec.name in required

    def _order(self, names: Iterable[str]) -> list[str]:
        listed = [n for n in names if ATTRIBUTES[n].part is Part.FLAT]
        if self.screen is Screen.KIOSK:  # the key, then the table's order
            return [self.key, *(n for n in ATTRIBUTES if n in listed and n != self.key)]
        required = [n for n in self.contact_type.required if n in listed]
        optional = [n for n in self.contact_type.optional if n in listed]
        early = [self.key, *([COUNTRY] if COUNTRY in listed else [])]
        return [*early, *(n for n in (*required, *optional) if n not in early)]

    def _default_text(self, spec: Attribute) -> str:
        if spec.name == COUNTRY:  # the store's country, on both screens
            return self.settings.store.country
        if spec.at_kiosk is AtKiosk.CUSTOMER_LANGUAGE and self.screen is Screen.KIOSK:
            return self._language
        return ""

    def _build(self, *, carry_over: bool) -> None:
        kept = {name: f.text for name, f in self.fields.items()} if carry_over else {}
        ticked = dict(self.preferences) if carry_over else {}
        required = self._required()
        self.fields = {}
        context = self.context(kept.get(COUNTRY))
        for name in self._order(self.contact_type.fields):
            spec = ATTRIBUTES[name]
            entry = FormField(spec, required=name in required,
                              asked=self._is_asked(spec, required))
            entry.set_text(kept.get(name) or self._default_text(spec), context)
            self.fields[name] = entry
        self.preferences = {
            name: ticked.get(name, False) for name, spec in ATTRIBUTES.items()
            if spec.part is Part.PREFERENCE
            and (spec.always_offered or name in self.contact_type.fields)}
        self._derive_birthday()

    # -- changes ---------------------------------------------------------------------------

    def context(self, region: str | None = None) -> FieldContext:
        """What the validators need: the phone region is the country chosen (else the
        store's); Finnish test numbers only in demo mode."""
        country = self.fields.get(COUNTRY)
        chosen = region or (country.value if country is not None else None)
        return FieldContext(region=chosen or self.settings.store.country, today=self._today,
                            allow_temporary_hetu=self.settings.demo)

    def edit(self, name: str, text: str) -> list[FormField]:
        """The text of ``name`` changed (typed, picked, pasted); the fields whose verdict or
        text changed with it, itself first."""
        entry = self.fields[name]
        entry.set_text(text, self.context())
        changed = [entry]
        if name == COUNTRY:  # local numbers are read in the new country
            context = self.context()
            changed += [other for other in self.fields.values()
                        if other is not entry and other.revalidate(context)]
        if name == PERSONAL_NUMBER:
            changed += self._derive_birthday()
        return changed

    def _derive_birthday(self) -> list[FormField]:
        """A valid personal number fills in the date of birth (where the type lists it),
        unless the cashier typed one; a date it filled in goes when the number does."""
        number, birthday = self.fields.get(PERSONAL_NUMBER), self.fields.get(BIRTHDAY)
        if number is None or birthday is None:
            return []
        derived = number.result.derived.get(BIRTHDAY) if number.result.ok else None
        if derived and (not birthday.text or birthday.holds_derived_value):
            if birthday.text == derived and birthday.holds_derived_value:
                return []
            birthday.set_text(derived, self.context(), derived=True)
            return [birthday]
        if not derived and birthday.holds_derived_value:
            birthday.set_text("", self.context())
            return [birthday]
        return []

    def set_contact_type(self, type_id: str) -> None:
        """Switch type; what was typed stays in the fields both types have."""
        self.contact_type = self.settings.contact_type(type_id)
        self._build(carry_over=True)

    def set_preference(self, name: str, value: bool) -> None:
        """A box ticked or unticked."""
        if name not in self.preferences:
            raise KeyError(name)
        self.preferences[name] = value

    def answer_consent(self, consent_id: str, value: bool) -> None:
        """The customer ticked (or unticked) a consent's box: the answer and its moment."""
        self.consents[consent_id].answer(value, self._clock())

    def missing_consents(self) -> list[ConsentAnswer]:
        """The required consents not (yet) given, in order: each blocks saving."""
        return [answer for answer in self.consents.values()
                if answer.setting.required and answer.value is not True]

    def set_language(self, language: str) -> list[FormField]:
        """The customer's language (the kiosk sends it as ``lang`` where the type has it)."""
        self._language = language
        lang = self.fields.get(LANG)
        if lang is None or lang.asked:
            return []
        return self.edit(LANG, language)

    def reset(self) -> None:
        """A new, empty signup of the first contact type, in the store's language.

        With the same contact type the fields are emptied in place, so that a screen
        showing them keeps its rows (building them anew after every signup costs widgets).
        """
        self._language = self.settings.store.language
        for answer in self.consents.values():
            answer.clear()
        first = self.settings.contact_types[0]
        if first is not self.contact_type:
            self.contact_type = first
            self._build(carry_over=False)
            return
        context = self.context(self.settings.store.country)
        for entry in self.fields.values():
            entry.set_text(self._default_text(entry.spec), context)
        self.preferences = dict.fromkeys(self.preferences, False)

    def load(self, request: SignupRequest) -> None:
        """Open a kept signup again (staff's "Open on the form"): its type, its values, its
        boxes, and the consents with the moment the customer answered them."""
        self.reset()
        known = {configured.id for configured in self.settings.contact_types}
        if request.contact_type != self.contact_type.id and request.contact_type in known:
            self.set_contact_type(request.contact_type)
        body = request.body
        for name, entry in self.fields.items():
            value = body.get(name)
            if isinstance(value, str):
                entry.set_text(value, self.context(body.get(COUNTRY)))
        offered = body.get("preferences")
        if isinstance(offered, Mapping):
            for name in self.preferences:
                self.preferences[name] = bool(offered.get(name, False))
        for sent in body.get("consents") or ():
            answer = self.consents.get(str(sent.get("id"))) if isinstance(sent, Mapping) else None
            if answer is not None and isinstance(sent.get("value"), bool):
                moment = _moment(sent.get("date")) or self._clock()
                answer.answer(sent["value"], moment)

    def refuse(self, refused: Mapping[str, str]) -> list[str]:
        """Engage refused these fields (422), with its message for each; returns the names
        the screen does not show (nobody can correct those here)."""
        unplaced = []
        for name, message in refused.items():
            entry = self.fields.get(name)
            if entry is None or not entry.asked:
                unplaced.append(name)
            else:
                entry.refusal = message
        return unplaced

    # -- state -----------------------------------------------------------------------------

    def gaps(self) -> list[tuple[FormField, Gap]]:
        """The fields still in the way of saving, in the order the screen asks them."""
        return [(entry, gap) for entry in self.asked() if (gap := entry.gap) is not None]

    def first_gap(self) -> tuple[FormField, Gap] | None:
        """The first field to fill in or correct, or None when the form can be saved."""
        return next(iter(self.gaps()), None)

    @property
    def complete(self) -> bool:
        """Every field asked is valid, or empty where optional, and every required consent
        is given."""
        return all(entry.acceptable for entry in self.asked()) and not self.missing_consents()

    @property
    def pristine(self) -> bool:
        """Nothing typed and nothing ticked: nothing of a customer to protect."""
        return (all(entry.text == self._default_text(entry.spec) for entry in self.asked())
                and not any(self.preferences.values())
                and all(answer.value is None for answer in self.consents.values()))

    def next_after(self, name: str) -> FormField | None:
        """The field asked after ``name``, or None after the last one."""
        names = [entry.name for entry in self.asked()]
        index = names.index(name) + 1 if name in names else len(names)
        return self.fields[names[index]] if index < len(names) else None

    # -- the request -----------------------------------------------------------------------

    def body(self) -> dict[str, Any]:
        """The create body for what is typed now: only attributes the type lists."""
        body: dict[str, Any] = {"contactType": self.contact_type.id}
        for name, entry in self.fields.items():
            value = entry.value
            if value and entry.acceptable:
                body[name] = value
        if self.preferences:
            body["preferences"] = dict(self.preferences)
        source = self._source()
        consents = [answer.sent(source) for answer in self.consents.values()
                    if answer.value is not None]  # only what the customer answered
        if consents:
            body["consents"] = consents
        return body

    def _source(self) -> str:
        if self.screen is Screen.KIOSK:
            return self.settings.kiosk.source
        return self.settings.store.source

    def ticked_for_member(self) -> dict[str, Any]:
        """The boxes the customer ticked, as one PATCH of the member they already are
        (a 409, or a member found by an identifier): the offers said yes to, and the
        consents answered, each with its moment and this screen's source. {} when none."""
        body: dict[str, Any] = {}
        offers = {name: True for name, ticked in self.preferences.items() if ticked}
        if offers:
            body["preferences"] = offers
        source = self._source()
        consents = [answer.sent(source) for answer in self.consents.values()
                    if answer.value is not None]
        if consents:
            body["consents"] = consents
        return body

    def request(self) -> SignupRequest:
        """The signup to send; raises IncompleteForm when a field is still in the way."""
        if not self.complete:
            raise IncompleteForm(", ".join(
                [entry.name for entry, _ in self.gaps()]
                + [answer.setting.id for answer in self.missing_consents()]))
        kiosk = self.screen is Screen.KIOSK
        return SignupRequest(
            body=self.body(),
            key=self.contact_type.key,
            contact_type=self.contact_type.id,
            source=self._source(),
            store_external_id=self.settings.store.external_id,
            create_as_unapproved=kiosk and self.settings.kiosk.create_as_unapproved,
            origin="kiosk" if kiosk else "till",
        )


def _moment(text: object) -> datetime | None:
    """An ISO 8601 moment with its offset, or None."""
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
