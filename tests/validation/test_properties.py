"""Property tests: no input crashes a validator, and nothing a validator accepts is refused
by ContactDraft (the last-line format checks in posapp.engage.models)."""

from __future__ import annotations

import string
from datetime import date, timedelta
from typing import Any

import phonenumbers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberType

from posapp.engage.models import ContactDraft
from posapp.form.attributes import FLAT_ATTRIBUTES, validate_field
from posapp.validation import (
    FieldContext,
    FieldResult,
    FieldState,
    messages,
)
from posapp.validation.countries import ISO_3166_ALPHA2
from posapp.validation.email_suggest import PROVIDERS

from ._numbers import hetu, swedish

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
ATTRIBUTES = sorted(FLAT_ATTRIBUTES)
FLAT = frozenset(FLAT_ATTRIBUTES)
TEMPLATES = messages.all_messages()

any_text = st.one_of(
    st.text(st.characters(exclude_categories=())),  # everything, lone surrogates included
    st.text(alphabet="0123456789+-() ./@AaBbXxÅäö\u00a0\u2013\u200b\uff10\t\n", max_size=30),
)
regions = st.one_of(
    st.sampled_from(["SE", "FI", "NO", "DK", "AQ", "ZZ", "", "se", "001", "US", "GB"]),
    st.text(max_size=3),
)
contexts = st.builds(
    FieldContext,
    region=regions,
    today=st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31))),
    allow_temporary_hetu=st.booleans(),
)


def _check_shape(result: FieldResult) -> None:
    """Every result, whatever the input, is internally consistent."""
    assert isinstance(result.state, FieldState)
    if result.state is FieldState.VALID:
        assert result.value and result.message == ""
    else:
        assert result.value is None and result.display is None
        assert set(result.derived) <= {"suggestion"}  # an e-mail suggestion in any state
    if "suggestion" in result.derived:
        offered = validate_field("email", result.derived["suggestion"])
        assert offered.ok and not offered.derived  # what is offered is taken as it is
        assert offered.value != result.value
    if result.state in (FieldState.VALID, FieldState.EMPTY):
        assert result.message == ""
    else:
        assert result.message in TEMPLATES
        result.message.format(**result.args)  # every placeholder has its argument


@SETTINGS
@given(attribute=st.sampled_from(ATTRIBUTES), text=any_text, ctx=contexts)
def test_arbitrary_text_never_raises(attribute: str, text: str, ctx: FieldContext) -> None:
    _check_shape(validate_field(attribute, text, ctx))


@SETTINGS
@given(attribute=st.sampled_from(ATTRIBUTES), size=st.integers(1_000, 20_000))
def test_huge_pastes_are_refused_quickly(attribute: str, size: int) -> None:
    result = validate_field(attribute, "7" * size)
    assert result.state is FieldState.INVALID


# --- plausible input per attribute, so that VALID results actually occur ---------------

_separators = st.sampled_from(["", " ", "-", "\u00a0", "\u2013", "."])


_PHONE_REGIONS = ["SE", "FI", "NO", "DK", "GB", "US", "DE", "EE", "IS"]


@st.composite
def phones(draw: st.DrawFn) -> str:
    """A region's example mobile with some digits changed, written in a random style."""
    region = draw(st.sampled_from(_PHONE_REGIONS))
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    assert example is not None
    nsn = phonenumbers.national_significant_number(example)
    changed = draw(st.integers(0, 4))
    if changed:
        nsn = nsn[:-changed] + draw(st.text(string.digits, min_size=changed, max_size=changed))
    nsn = nsn[: len(nsn) + draw(st.integers(-2, 1))] + draw(st.sampled_from(["", "5"]))
    code = str(example.country_code)
    trunk = {"SE": "0", "FI": "0", "GB": "0", "DE": "0"}.get(region, "")
    style = draw(st.sampled_from(["+{c} {n}", "00{c}{n}", "{t}{n}", "{c}{n}", "+{c} ({t}){n}"]))
    text = style.format(c=code, n=nsn, t=trunk)
    sep = draw(_separators)
    return sep.join(text[i : i + 3] for i in range(0, len(text), 3))


@st.composite
def free_phones(draw: st.DrawFn) -> str:
    start = draw(st.sampled_from(["07", "+46 7", "0046 7", "46 7", "+358 4", "04", "08", "0"]))
    digits = draw(st.text(alphabet=string.digits, min_size=0, max_size=11))
    sep = draw(_separators)
    return start + sep.join(digits[i : i + 3] for i in range(0, len(digits), 3))


@st.composite
def personal_numbers(draw: st.DrawFn) -> str:
    born = draw(st.dates(min_value=date(1850, 1, 1), max_value=date.today() + timedelta(days=400)))
    serial = f"{draw(st.integers(0, 999)):03d}"
    yymmdd = born.strftime("%y%m%d")
    if draw(st.booleans()):  # samordningsnummer
        yymmdd = yymmdd[:4] + f"{born.day + 60:02d}"
    kind = draw(st.sampled_from(["se12", "se12-", "se10", "se10-", "se10+", "hetu"]))
    if kind == "hetu":
        sign = {18: "+", 19: draw(st.sampled_from("-YXWVU")), 20: draw(st.sampled_from("ABCDEF"))}
        century_sign = sign.get(born.year // 100, "A")
        text = hetu(born.strftime("%d%m%y"), century_sign, serial)
        text = text.lower() if draw(st.booleans()) else text
    elif kind.startswith("se12"):
        text = swedish(yymmdd, serial, century=str(born.year // 100), sign=kind[4:])
    else:
        text = swedish(yymmdd, serial, sign=kind[4:])
    if draw(st.integers(0, 3)) == 0:  # sometimes a typo: a character replaced, added or lost
        position = draw(st.integers(0, len(text) - 1))
        typo = draw(st.sampled_from(string.digits + "-+AX"))
        keep = draw(st.sampled_from([1, 0, -1]))  # 1: replace, 0: insert, -1: delete
        text = text[:position] + ("" if keep < 0 else typo) + text[position + abs(keep) :]
    return text


@st.composite
def birthdays(draw: st.DrawFn) -> str:
    day = draw(st.dates(min_value=date(1880, 1, 1), max_value=date.today() + timedelta(days=30)))
    style = draw(st.sampled_from(["%Y-%m-%d", "%Y%m%d", "{y}-{m}-{d}", "%d.%m.%Y",
                                  "{d}.{m}.{y}"]))
    if style.startswith("{"):
        return style.format(y=day.year, m=day.month, d=day.day)
    return day.strftime(style)


_letters = st.characters(categories=("Lu", "Ll", "Lo", "Mn"))
names = st.text(st.one_of(_letters, st.sampled_from(" -'.’")), min_size=1, max_size=60)


@st.composite
def provider_slips(draw: st.DrawFn) -> str:
    """An address at a common provider with one slip somewhere (suggestions occur)."""
    local = draw(st.sampled_from(["anna", "Anna.Svensson", "a", "анна", "ab+c", "аnna"]))
    domain = draw(st.sampled_from(PROVIDERS))
    position = draw(st.integers(0, len(domain)))
    typo = draw(st.sampled_from("aeiomnlk.,сао"))
    keep = draw(st.sampled_from([1, 0, -1]))  # 1: replace, 0: insert, -1: delete
    domain = domain[:position] + ("" if keep < 0 else typo) + domain[position + abs(keep) :]
    return f"{local}@{domain}"


emails = st.one_of(
    st.emails(),
    provider_slips(),
    st.builds(
        lambda local, domain, tld: f"{local}@{domain}.{tld}",
        st.text(st.one_of(_letters, st.sampled_from("._+-")), min_size=1, max_size=20),
        st.text(_letters, min_size=1, max_size=20),
        st.sampled_from(["se", "fi", "COM", "xn--p1ai", "c"]),
    ),
)
printable = st.text(
    st.characters(exclude_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp")), max_size=70
)
codes = sorted(ISO_3166_ALPHA2)

PLAUSIBLE: dict[str, st.SearchStrategy[str]] = {
    "mobilePhone": st.one_of(phones(), free_phones()),
    "socialSecurityNumber": personal_numbers(),
    "email": emails,
    "birthDay": birthdays(),
    "firstName": names,
    "lastName": names,
    "externalId": printable,
    "countryCode": st.one_of(
        st.sampled_from(codes), st.sampled_from(codes).map(str.lower), st.text(max_size=3)
    ),
    "lang": st.one_of(st.sampled_from(["sv", "fi", "nb", "da", "en", "SV"]), st.text(max_size=3)),
    "street": printable,
    "zipCode": st.one_of(
        st.from_regex(r"[0-9A-Za-z]{2,5}[ -]?[0-9A-Za-z]{0,5}", fullmatch=True), printable
    ),
    "city": printable,
    "gender": st.sampled_from(["Male", "female", "OTHER", "Fem", "x"]),
}
assert set(PLAUSIBLE) == set(FLAT_ATTRIBUTES)

valid_contexts = st.builds(
    FieldContext,
    region=st.sampled_from([*_PHONE_REGIONS, "AQ"]),
    allow_temporary_hetu=st.booleans(),
)


@st.composite
def plausible_inputs(draw: st.DrawFn) -> tuple[str, str]:
    attribute = draw(st.sampled_from(ATTRIBUTES))
    return attribute, draw(PLAUSIBLE[attribute])


@settings(SETTINGS, max_examples=600)
@given(case=plausible_inputs(), ctx=valid_contexts)
def test_every_valid_value_passes_contact_draft(case: tuple[str, str], ctx: FieldContext) -> None:
    attribute, text = case
    result = validate_field(attribute, text, ctx)
    _check_shape(result)
    if not result.ok:
        return
    assert result.value is not None
    fields: dict[str, Any] = {"contactType": "Member", "countryCode": "SE", "firstName": "Test"}
    fields[attribute] = result.value
    fields.update({key: value for key, value in result.derived.items() if key in FLAT})
    draft = ContactDraft(**fields)
    assert draft.value_of(attribute) == result.value  # accepted unchanged, not re-stripped
    # Normalised output is stable: validating the value again gives the same value.
    assert validate_field(attribute, result.value, ctx).value == result.value
    if result.display is not None:
        assert validate_field(attribute, result.display, ctx).value == result.value


@SETTINGS
@given(text=personal_numbers())
def test_valid_personal_numbers_derive_a_sendable_birthday(text: str) -> None:
    result = validate_field("socialSecurityNumber", text)
    if result.ok:
        born = date.fromisoformat(result.derived["birthDay"])
        assert born <= date.today()
        assert validate_field("birthDay", result.derived["birthDay"]).value in (
            result.derived["birthDay"],
            None,  # None: older than the birthday field's 130 years
        )
