"""email: catch the typing mistakes a cashier can fix, not every RFC 5321 corner.

Deliberately stricter than the RFC where the RFC allows what no shop customer has (quoted
local parts, IP-literal domains, comments), and deliberately tolerant of international
addresses (letters such as å, ü, ø in either part; the domain is checked in its IDNA form).
The domain is lower-cased because domains are case-insensitive and Engage matches keys by
exact text; the part before "@" is sent as typed, since mail servers may treat it
case-sensitively.

Two checks catch what looks right and reaches nobody:

* a letter from another alphabet among the others (a Cyrillic "а" in "аnna@gmail.com")
  is refused, naming the letter (:mod:`posapp.validation.scripts`); an address written
  wholly in one alphabet, Cyrillic, Greek or any other, is fine;
* a domain that is a near miss of a common provider ("gmial.com") gets the corrected
  address in ``derived["suggestion"]`` (:mod:`posapp.validation.email_suggest`) without
  changing the verdict: the suggestion is offered, never forced, and saving is never
  blocked by it. An address refused for a look-alike letter gets the same offer with the
  letter written in Latin ("аnna@gmail.com" → "anna@gmail.com"). A suggestion is set only
  when the suggested address is itself VALID.
"""

from __future__ import annotations

import re
import unicodedata

from posapp.validation import messages
from posapp.validation.email_suggest import suggest_domain
from posapp.validation.result import (
    EMPTY,
    FieldResult,
    FieldState,
    incomplete,
    invalid,
    too_long,
    valid,
    with_derived,
)
from posapp.validation.scripts import CYRILLIC, GREEK, latinised, odd_letter
from posapp.validation.text import MAX_RAW_LENGTH, clean_input

MAX_LOCAL_LENGTH = 64
MAX_ADDRESS_LENGTH = 254
_MAX_LABEL_LENGTH = 63
# Characters an unquoted local part may not contain (besides "@" and spaces).
_LOCAL_SPECIALS = frozenset('()<>[]\\,;:"')
_ACE_TOP_LEVEL = re.compile(r"xn--[a-z0-9-]+", re.IGNORECASE)
_ALPHABET_MESSAGES = {
    CYRILLIC: messages.EMAIL_CYRILLIC_LETTER,
    GREEK: messages.EMAIL_GREEK_LETTER,
}
#: The key of ``FieldResult.derived`` that holds a suggested address.
SUGGESTION = "suggestion"


def validate_email(text: str) -> FieldResult:
    """One "@", local part ≤ 64, total ≤ 254, a domain with a dot and valid labels, all
    letters of each part from one alphabet.

    INCOMPLETE while there is no "@" yet, nothing or a dot-less name after it, or the text
    ends right after "@" or ".". When the address was probably meant to be another (a
    near miss of a common provider's domain, a look-alike letter), ``derived["suggestion"]``
    holds that whole address, whatever the verdict is.
    """
    result = _verdict(text)
    if result.state is FieldState.EMPTY or len(text) > MAX_RAW_LENGTH:
        return result
    suggestion = _suggestion(clean_input(text))
    return with_derived(result, **{SUGGESTION: suggestion}) if suggestion else result


def _suggestion(typed: str) -> str | None:
    """The address ``typed`` was meant to be: look-alike letters written in Latin where
    the rest is Latin, and the domain a common provider's if it is a near miss of one.
    None unless that address differs from what is sent and is itself VALID."""
    local, at, domain = typed.partition("@")
    if not at:
        return None
    domain = domain.lower()
    meant_local = latinised(local)
    meant_domain = ".".join(latinised(label) for label in domain.split("."))
    meant_domain = suggest_domain(meant_domain) or meant_domain
    address = f"{meant_local}@{meant_domain}"
    if address == f"{local}@{domain}" or _verdict(address).state is not FieldState.VALID:
        return None
    return address


def _verdict(text: str) -> FieldResult:
    """The verdict on the address itself, without suggestions."""
    if len(text) > MAX_RAW_LENGTH:
        return too_long()
    typed = clean_input(text)
    if not typed:
        return EMPTY
    if len(typed) > MAX_ADDRESS_LENGTH:
        return too_long(MAX_ADDRESS_LENGTH)
    if any(ch.isspace() for ch in typed):
        return invalid(messages.NO_SPACES)
    if typed.count("@") > 1:
        return invalid(messages.EMAIL_ONE_AT)
    local, at, domain = typed.partition("@")
    local_problem = _check_local(local, finished=bool(at))
    if local_problem is not None:
        return local_problem
    if not at or not domain:
        return _check_alphabets([local]) or incomplete(
            messages.EMAIL_ENTER_DOMAIN if at else messages.EMAIL_ADD_AT
        )
    # Checked in the lower-cased form actually sent: lower-casing can add combining marks
    # ("İ" → "i̇"), and what is sent must pass this validator again.
    domain = domain.lower()
    labels = [_readable(label) for label in domain.split(".")]
    domain_problem = _check_alphabets([local, *labels]) or _check_domain(domain)
    if domain_problem is not None:
        return domain_problem
    address = f"{local}@{domain}"
    return valid(address, display=address)


def _check_alphabets(units: list[str]) -> FieldResult | None:
    """A look-alike letter from another alphabet, named (see posapp.validation.scripts)."""
    odd = odd_letter(units)
    if odd is None:
        return None
    template = _ALPHABET_MESSAGES.get(odd.script, messages.EMAIL_OTHER_ALPHABET)
    return invalid(template, letter=odd.letter)


def _readable(label: str) -> str:
    """A label as its letters are read: "xn--gmil-63d" is "gmаil" with a Cyrillic а."""
    if not label.startswith("xn--"):
        return label
    try:
        return label[4:].encode("ascii").decode("punycode")
    except UnicodeError:
        return label  # not valid punycode: the label checks refuse what needs refusing


def _check_local(local: str, *, finished: bool) -> FieldResult | None:
    if not local:
        return invalid(messages.EMAIL_ENTER_LOCAL)
    if len(local.encode("utf-8")) > MAX_LOCAL_LENGTH:
        return invalid(messages.EMAIL_LOCAL_TOO_LONG, max=MAX_LOCAL_LENGTH)
    if (
        any(ch in _LOCAL_SPECIALS or not ch.isprintable() for ch in local)
        or local.startswith(".")
        or ".." in local
        or (finished and local.endswith("."))
    ):
        return invalid(messages.EMAIL_BAD_LOCAL)
    return None


def _check_domain(domain: str) -> FieldResult | None:
    labels = domain.split(".")
    last = labels[-1]
    if any(not label for label in labels[:-1]):
        return invalid(messages.EMAIL_BAD_DOMAIN)  # "..", or a dot right after "@"
    growing = last == "" or last.endswith("-")  # "anna@shop." / "anna@my-": still typing
    complete_labels = labels[:-1] if growing else labels
    for label in complete_labels:
        if not _label_ok(label) or not _ascii_length_ok(label):
            return invalid(messages.EMAIL_BAD_DOMAIN)
    if growing:
        stem = last.rstrip("-")
        if stem and not _label_ok(stem):
            return invalid(messages.EMAIL_BAD_DOMAIN)
        return incomplete(messages.EMAIL_FINISH_DOMAIN)
    if len(labels) == 1 or len(last) < 2:
        return incomplete(messages.EMAIL_FINISH_DOMAIN)  # "anna@gmail", "anna@gmail.c"
    if not (_ACE_TOP_LEVEL.fullmatch(last) or (_label_ok(last) and not last[0].isdigit())):
        return invalid(messages.EMAIL_BAD_DOMAIN)
    if "-" in last and not _ACE_TOP_LEVEL.fullmatch(last):
        return invalid(messages.EMAIL_BAD_DOMAIN)  # top-level domains have no hyphens
    if not _ascii_length_ok(domain, limit=253):
        return invalid(messages.EMAIL_BAD_DOMAIN)
    return None


def _label_ok(label: str) -> bool:
    """Letters and digits of any script, combining marks after the first character, inner
    hyphens; no underscore, no hyphen at either end."""
    if not label or not label[0].isalnum() or label[-1] == "-":
        return False
    return all(
        ch.isalnum() or ch == "-" or unicodedata.category(ch).startswith("M") for ch in label
    )


def _ascii_length_ok(name: str, limit: int = _MAX_LABEL_LENGTH) -> bool:
    """Length limits apply to the IDNA (xn--…) form that DNS actually carries."""
    if name.isascii():
        return len(name) <= limit
    from encodings import idna  # only for a non-ASCII name: not loaded at start

    try:
        encoded = b".".join(idna.ToASCII(label) for label in name.split("."))
    except UnicodeError:
        return False  # not a valid internationalised name (or a label too long)
    return len(encoded) <= limit
