"""The one attribute table: one row per Engage attribute, with everything posapp knows of it.

Its validator, the editor that edits it, how its text is shown, its on-screen keyboard, its
input hints, its words for the till and for the kiosk's customers, and what the kiosk does
with it. The signup model, the till's form, the kiosk's form, find member's search row and
the on-screen keyboard all read this table; none of them branches on an attribute's name.
Adding an attribute is one row here plus its translations (and, where Engage checks a
format, a rule in ``engage/models.py``).

Words are translation *templates* marked with ``QT_TRANSLATE_NOOP`` (the Qt-free twin in
``posapp.validation.messages``): the UI translates them in the row's context
(``FieldLabels`` for the till, ``KioskTexts`` for customers, ``FieldRow`` for choices).
Plain Python: no Qt here, so the table can be read and tested on its own.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType

from posapp.i18n import LANGUAGE_NAMES, LANGUAGES
from posapp.validation.address import validate_city, validate_street, validate_zip_code
from posapp.validation.codes import GENDERS, validate_external_id, validate_gender, validate_lang
from posapp.validation.countries import validate_country_code
from posapp.validation.dates import validate_birthday
from posapp.validation.email import validate_email
from posapp.validation.messages import QT_TRANSLATE_NOOP
from posapp.validation.names import validate_name
from posapp.validation.result import DEFAULT_CONTEXT, EMPTY, FieldContext, FieldResult
from posapp.validation.text import MAX_RAW_LENGTH, clean_input

Validator = Callable[[str, FieldContext], FieldResult]


class Part(enum.Enum):
    """Where the attribute goes in the create body."""

    TYPE = "type"  # contactType: picked from the configured types
    FLAT = "flat"  # a flat attribute: {"mobilePhone": "+46…"}
    PREFERENCE = "preference"  # inside "preferences": {"acceptsEmail": true}


class Editor(enum.Enum):
    """The widget that edits the attribute."""

    LINE = "line"  # a line edit, validated as typed
    COUNTRY = "country"  # the searchable country list (posapp.ui.country_picker)
    CHOICE = "choice"  # a drop-down list of the row's ``choices``
    CHECK = "check"  # a box the customer ticks (preferences)


class Shown(enum.Enum):
    """How a valid value is written back into its field."""

    ON_LEAVE = "on leave"  # the validator's display form, once the focus leaves the field
    WHILE_TYPING = "while typing"  # also as soon as it is complete, if typed at the end
    DATE = "date"  # the UI language's own date form, once the focus leaves


class Keyboard(enum.Enum):
    """The kiosk's on-screen key set for the attribute."""

    PHONE = "phone"  # digits and +
    NUMBER = "number"  # digits and -, letters one tap away (Finnish HETU ends in a letter)
    DATE = "date"  # digits and the language's date separator
    NAME = "name"  # letters, space, - ' .
    EMAIL = "email"  # digits, letters, @ . _ - .com
    TEXT = "text"  # digits, letters, space


class Hint(enum.Flag):
    """Input-method hints (a phone's on-screen keyboard, predictive text); the UI maps
    each to Qt's own flag."""

    NONE = 0
    DIALABLE = enum.auto()
    PREFER_NUMBERS = enum.auto()
    NO_PREDICTIVE = enum.auto()
    DATE = enum.auto()
    EMAIL = enum.auto()


class AtKiosk(enum.Enum):
    """What the kiosk does with the attribute when the contact type lists it."""

    ASKED = "asked"  # asked, mandatory or not (names, e-mail)
    IF_REQUIRED = "if required"  # asked only where the type makes it mandatory
    STORE_COUNTRY = "store country"  # not asked: the store's country
    CUSTOMER_LANGUAGE = "customer language"  # not asked: the language the customer picked
    OFFERED = "offered"  # a box the customer may tick


@dataclass(frozen=True)
class Choice:
    """One entry of a CHOICE editor: the value Engage gets and its label.

    ``translated``: the label is a ``FieldRow`` template; else it is shown as written
    (a language's own name is never translated).
    """

    value: str
    label: str
    translated: bool = True


@dataclass(frozen=True)
class Attribute:
    """Everything posapp knows about one Engage attribute."""

    name: str
    part: Part
    editor: Editor
    # The till's label, with the & of its Alt+letter mnemonic (``FieldLabels``).
    label: str
    # What a screen reader says and the tooltip shows at the till (``FieldLabels``).
    description: str = ""
    # An example of what to type, in an empty field (``FieldLabels``).
    placeholder: str = ""
    # The label for customers at the kiosk (``KioskTexts``); the till's label when "".
    kiosk_label: str = ""
    # The description for customers at the kiosk (``KioskTexts``).
    kiosk_description: str = ""
    validator: Validator | None = None
    shown: Shown = Shown.ON_LEAVE
    # The valid message beside the field repeats the value sent (the E.164 number).
    echo_value: bool = False
    keyboard: Keyboard = Keyboard.TEXT
    hints: Hint = Hint.NONE
    choices: tuple[Choice, ...] = ()
    at_kiosk: AtKiosk = AtKiosk.IF_REQUIRED
    # Preferences only: offered on every signup, not only where the type lists it.
    always_offered: bool = False
    # A value that belongs to one person: before a create, Engage is asked whether a
    # member holds it already (under any contact type), so nobody becomes a member twice.
    identifies: bool = False

    def validate(self, text: str, context: FieldContext) -> FieldResult:
        """The verdict on ``text``; blank text is EMPTY for every attribute."""
        if self.validator is None:
            raise ValueError(f"{self.name!r} is not validated as text")
        if len(text) <= MAX_RAW_LENGTH and not clean_input(text):
            # Nothing typed: the empty form at start-up loads no phone or identity library.
            return EMPTY
        return self.validator(text, context)


# phonenumbers and python-stdnum are imported on first use (posapp.validation.warm_up
# does it just after the window's first paint): ~30 ms the first frame does not need.
def _phone(text: str, context: FieldContext) -> FieldResult:
    from posapp.validation.phone import validate_phone

    return validate_phone(text, context.region)


def _personal_number(text: str, context: FieldContext) -> FieldResult:
    from posapp.validation.identity import validate_personal_number

    return validate_personal_number(text, today=context.today,
                                    allow_temporary_hetu=context.allow_temporary_hetu,
                                    region=context.region)


def _birthday(text: str, context: FieldContext) -> FieldResult:
    return validate_birthday(text, today=context.today)


def _ignoring_context(check: Callable[[str], FieldResult]) -> Validator:
    def validator(text: str, _context: FieldContext) -> FieldResult:
        return check(text)

    return validator


_GENDER_LABELS = {
    "Female": QT_TRANSLATE_NOOP("FieldRow", "Female"),
    "Male": QT_TRANSLATE_NOOP("FieldRow", "Male"),
    "Other": QT_TRANSLATE_NOOP("FieldRow", "Other"),
}

_ROWS: tuple[Attribute, ...] = (
    Attribute(
        "contactType", Part.TYPE, Editor.CHOICE,
        label=QT_TRANSLATE_NOOP("FieldLabels", "T&ype"),
        description=QT_TRANSLATE_NOOP(
            "FieldLabels", "The kind of membership: it decides the key and the fields"),
    ),
    Attribute(
        "mobilePhone", Part.FLAT, Editor.LINE,
        label=QT_TRANSLATE_NOOP("FieldLabels", "&Mobile phone"),
        description=QT_TRANSLATE_NOOP(
            "FieldLabels", "Mobile number; local numbers are read in the selected country"),
        placeholder=QT_TRANSLATE_NOOP("FieldLabels", "e.g. 070-174 06 05"),
        kiosk_label=QT_TRANSLATE_NOOP("KioskTexts", "Mobile number"),
        kiosk_description=QT_TRANSLATE_NOOP(
            "KioskTexts", "Your mobile number. A number from abroad starts with + and the "
            "country code."),
        validator=_phone, shown=Shown.WHILE_TYPING, echo_value=True,
        keyboard=Keyboard.PHONE, hints=Hint.DIALABLE,
        identifies=True,
    ),
    Attribute(
        "socialSecurityNumber", Part.FLAT, Editor.LINE,
        label=QT_TRANSLATE_NOOP("FieldLabels", "&Personal identity number"),
        description=QT_TRANSLATE_NOOP(
            "FieldLabels", "Swedish personnummer or samordningsnummer, or Finnish HETU"),
        placeholder=QT_TRANSLATE_NOOP("FieldLabels", "YYYYMMDD-NNNN or Finnish DDMMYY-NNNX"),
        kiosk_label=QT_TRANSLATE_NOOP("KioskTexts", "Personal identity number"),
        kiosk_description=QT_TRANSLATE_NOOP("KioskTexts", "Your personal identity number"),
        validator=_personal_number, keyboard=Keyboard.NUMBER,
        hints=Hint.PREFER_NUMBERS | Hint.NO_PREDICTIVE,
        identifies=True,
    ),
    Attribute(
        "externalId", Part.FLAT, Editor.LINE,
        label=QT_TRANSLATE_NOOP("FieldLabels", "Member &number"),
        description=QT_TRANSLATE_NOOP(
            "FieldLabels", "The number on the customer's membership card"),
        placeholder=QT_TRANSLATE_NOOP("FieldLabels", "Scan or type the card number"),
        kiosk_label=QT_TRANSLATE_NOOP("KioskTexts", "Membership card number"),
        kiosk_description=QT_TRANSLATE_NOOP("KioskTexts", "The number on your membership card"),
        validator=_ignoring_context(validate_external_id), hints=Hint.NO_PREDICTIVE,
    ),
    Attribute(
        "firstName", Part.FLAT, Editor.LINE,
        label=QT_TRANSLATE_NOOP("FieldLabels", "&First name"),
        description=QT_TRANSLATE_NOOP("FieldLabels", "The customer's first name"),
        kiosk_label=QT_TRANSLATE_NOOP("KioskTexts", "First name"),
        kiosk_description=QT_TRANSLATE_NOOP("KioskTexts", "Your first name"),
        validator=_ignoring_context(validate_name), keyboard=Keyboard.NAME,
        at_kiosk=AtKiosk.ASKED,
    ),
    Attribute(
        "lastName", Part.FLAT, Editor.LINE,
        label=QT_TRANSLATE_NOOP("FieldLabels", "&Last name"),
        description=QT_TRANSLATE_NOOP("FieldLabels", "The customer's last name"),
        kiosk_label=QT_TRANSLATE_NOOP("KioskTexts", "Last name"),
        kiosk_description=QT_TRANSLATE_NOOP("KioskTexts", "Your last name"),
        validator=_ignoring_context(validate_name), keyboard=Keyboard.NAME,
        at_kiosk=AtKiosk.ASKED,
    ),
    Attribute(
        "email", Part.FLAT, Editor.LINE,
        label=QT_TRANSLATE_NOOP("FieldLabels", "&E-mail"),
        description=QT_TRANSLATE_NOOP(
            "FieldLabels", "The customer's e-mail address, for offers and the club's messages"),
        placeholder=QT_TRANSLATE_NOOP("FieldLabels", "name@example.com"),
        kiosk_label=QT_TRANSLATE_NOOP("KioskTexts", "E-mail address"),
        kiosk_description=QT_TRANSLATE_NOOP("KioskTexts", "Your e-mail address"),
        validator=_ignoring_context(validate_email), keyboard=Keyboard.EMAIL,
        hints=Hint.EMAIL, at_kiosk=AtKiosk.ASKED,
        identifies=True,
    ),
    Attribute(
        "countryCode", Part.FLAT, Editor.COUNTRY,
        label=QT_TRANSLATE_NOOP("FieldLabels", "C&ountry"),
        description=QT_TRANSLATE_NOOP(
            "FieldLabels", "Type a country name or code to search the list"),
        validator=_ignoring_context(validate_country_code), at_kiosk=AtKiosk.STORE_COUNTRY,
    ),
    Attribute(
        "lang", Part.FLAT, Editor.CHOICE,
        label=QT_TRANSLATE_NOOP("FieldLabels", "Lan&guage"),
        description=QT_TRANSLATE_NOOP(
            "FieldLabels", "The language the club writes to the customer in"),
        validator=_ignoring_context(validate_lang),
        choices=tuple(Choice(code, LANGUAGE_NAMES[code], translated=False)
                      for code in LANGUAGES),
        at_kiosk=AtKiosk.CUSTOMER_LANGUAGE,
    ),
    Attribute(
        "birthDay", Part.FLAT, Editor.LINE,
        label=QT_TRANSLATE_NOOP("FieldLabels", "Date of &birth"),
        description=QT_TRANSLATE_NOOP(
            "FieldLabels", "Year, month and day, such as 1990-01-31, or day first: 31.1.1990"),
        placeholder=QT_TRANSLATE_NOOP("FieldLabels", "YYYY-MM-DD"),
        kiosk_label=QT_TRANSLATE_NOOP("KioskTexts", "Date of birth"),
        kiosk_description=QT_TRANSLATE_NOOP(
            "KioskTexts", "Your date of birth: day, month and year"),
        validator=_birthday, shown=Shown.DATE, keyboard=Keyboard.DATE, hints=Hint.DATE,
    ),
    Attribute(
        "gender", Part.FLAT, Editor.CHOICE,
        label=QT_TRANSLATE_NOOP("FieldLabels", "Gen&der"),
        description=QT_TRANSLATE_NOOP("FieldLabels", "Only if the customer wants to say"),
        validator=_ignoring_context(validate_gender),
        choices=tuple(Choice(value, _GENDER_LABELS[value]) for value in GENDERS),
    ),
    Attribute(
        "street", Part.FLAT, Editor.LINE,
        label=QT_TRANSLATE_NOOP("FieldLabels", "S&treet address"),
        description=QT_TRANSLATE_NOOP("FieldLabels", "Street name and number"),
        validator=_ignoring_context(validate_street),
    ),
    Attribute(
        "zipCode", Part.FLAT, Editor.LINE,
        label=QT_TRANSLATE_NOOP("FieldLabels", "Post&code"),
        description=QT_TRANSLATE_NOOP("FieldLabels", "The postcode, without the town"),
        validator=_ignoring_context(validate_zip_code), keyboard=Keyboard.NUMBER,
    ),
    Attribute(
        "city", Part.FLAT, Editor.LINE,
        label=QT_TRANSLATE_NOOP("FieldLabels", "C&ity"),
        description=QT_TRANSLATE_NOOP("FieldLabels", "The town or city"),
        validator=_ignoring_context(validate_city), keyboard=Keyboard.NAME,
    ),
    Attribute(
        "acceptsEmail", Part.PREFERENCE, Editor.CHECK,
        label=QT_TRANSLATE_NOOP("FieldLabels", "Offers by e-m&ail"),
        description=QT_TRANSLATE_NOOP(
            "FieldLabels", "Ticked only if the customer says yes to offers by e-mail"),
        kiosk_label=QT_TRANSLATE_NOOP("KioskTexts", "Yes, send me offers by e-mail"),
        kiosk_description=QT_TRANSLATE_NOOP(
            "KioskTexts", "Tick to get our offers by e-mail. You can stop them at any time."),
        at_kiosk=AtKiosk.OFFERED, always_offered=True,
    ),
    Attribute(
        "acceptsSms", Part.PREFERENCE, Editor.CHECK,
        label=QT_TRANSLATE_NOOP("FieldLabels", "Offers by te&xt message"),
        description=QT_TRANSLATE_NOOP(
            "FieldLabels", "Ticked only if the customer says yes to offers by text message"),
        kiosk_label=QT_TRANSLATE_NOOP("KioskTexts", "Yes, send me offers by text message"),
        kiosk_description=QT_TRANSLATE_NOOP(
            "KioskTexts", "Tick to get our offers by text message. You can stop them at any "
            "time."),
        at_kiosk=AtKiosk.OFFERED, always_offered=True,
    ),
    Attribute(
        "acceptsPostal", Part.PREFERENCE, Editor.CHECK,
        label=QT_TRANSLATE_NOOP("FieldLabels", "Offe&rs by post"),
        description=QT_TRANSLATE_NOOP(
            "FieldLabels", "Ticked only if the customer says yes to offers by post"),
        kiosk_label=QT_TRANSLATE_NOOP("KioskTexts", "Yes, send me offers by post"),
        kiosk_description=QT_TRANSLATE_NOOP(
            "KioskTexts", "Tick to get our offers by post. You can stop them at any time."),
        at_kiosk=AtKiosk.OFFERED,
    ),
)

# Every attribute posapp knows, by its Engage name, in the table's order.
ATTRIBUTES: MappingProxyType[str, Attribute] = MappingProxyType(
    {row.name: row for row in _ROWS})

# The flat attributes a contact type may list (what ``ContactDraft`` carries).
FLAT_ATTRIBUTES: tuple[str, ...] = tuple(
    row.name for row in _ROWS if row.part is Part.FLAT)
# The preferences (``"preferences": {…}`` in the create body).
PREFERENCES: tuple[str, ...] = tuple(
    row.name for row in _ROWS if row.part is Part.PREFERENCE)
# What a contact type's ``required`` and ``optional`` lists may name.
LISTABLE: frozenset[str] = frozenset((*FLAT_ATTRIBUTES, *PREFERENCES))
# The attributes Engage is asked about before a create (``identifies``).
IDENTIFIERS: tuple[str, ...] = tuple(row.name for row in _ROWS if row.identifies)


def attribute(name: str) -> Attribute:
    """The row of ``name``; KeyError for a name posapp does not know."""
    return ATTRIBUTES[name]


def validate_field(name: str, text: str, context: FieldContext = DEFAULT_CONTEXT) -> FieldResult:
    """Validate ``text`` typed for Engage attribute ``name``.

    Raises ValueError for an attribute with no validator: a programming or configuration
    error that should surface when the form is built, not pass silently.
    """
    row = ATTRIBUTES.get(name)
    if row is None or row.validator is None:
        raise ValueError(f"no validator for Engage attribute {name!r}")
    return row.validate(text, context)
