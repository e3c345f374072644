"""E-mail suggestions: near misses of common providers are offered a fix, nothing else is."""

from __future__ import annotations

import pytest

from posapp.validation import FieldState, validate_email
from posapp.validation import messages as m
from posapp.validation.email import SUGGESTION
from posapp.validation.email_suggest import (
    KNOWN,
    OTHER_KNOWN,
    PROVIDERS,
    distance,
    suggest_domain,
)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # the name: swapped, missing, extra or neighbouring letters
        ("gmial.com", "gmail.com"),
        ("gamil.com", "gmail.com"),
        ("gnail.com", "gmail.com"),
        ("gmal.com", "gmail.com"),
        ("gmai.com", "gmail.com"),
        ("gmaill.com", "gmail.com"),
        ("gmaik.com", "gmail.com"),
        ("hotmial.com", "hotmail.com"),
        ("hotmal.com", "hotmail.com"),
        ("hotnail.com", "hotmail.com"),
        ("hitmail.com", "hotmail.com"),
        ("homtail.com", "hotmail.com"),
        ("hotmai.se", "hotmail.se"),
        ("hotmial.no", "hotmail.no"),
        ("hotmaul.dk", "hotmail.dk"),
        ("outlok.com", "outlook.com"),
        ("otlook.com", "outlook.com"),
        ("outloook.com", "outlook.com"),
        ("outlool.dk", "outlook.dk"),
        ("iclod.com", "icloud.com"),
        ("iclud.com", "icloud.com"),
        ("yaho.com", "yahoo.com"),
        ("yahooo.se", "yahoo.se"),
        ("yhaoo.no", "yahoo.no"),
        ("teila.com", "telia.com"),
        ("bredbnad.net", "bredband.net"),
        ("comhme.se", "comhem.se"),
        ("bahnof.se", "bahnhof.se"),
        ("protonmial.com", "protonmail.com"),
        ("porton.me", "proton.me"),
        ("suomi42.fi", "suomi24.fi"),
        ("luukk.com", "luukku.com"),
        ("kolumbs.fi", "kolumbus.fi"),
        ("saunalahit.fi", "saunalahti.fi"),
        ("jubbii.dk", "jubii.dk"),
        ("stofanett.dk", "stofanet.dk"),
        # word names: only a swapped pair
        ("lvie.se", "live.se"),
        ("onlien.no", "online.no"),
        ("sprya.se", "spray.se"),
        ("satrt.no", "start.no"),
        ("mial.dk", "mail.dk"),
        # accents and look-alikes from other alphabets
        ("gmäil.com", "gmail.com"),
        ("hötmail.se", "hotmail.se"),
        ("gm\u0430il.com", "gmail.com"),  # Cyrillic а
        ("y\u0430hoo.se", "yahoo.se"),
        # the top-level domain
        ("gmail.con", "gmail.com"),
        ("gmail.cmo", "gmail.com"),
        ("gmail.ocm", "gmail.com"),
        ("gmail.xom", "gmail.com"),
        ("gmail.vom", "gmail.com"),
        ("gmail.cpm", "gmail.com"),
        ("gmail.comm", "gmail.com"),
        ("gmail.co", "gmail.com"),
        ("gmail.cm", "gmail.com"),
        ("gmail.om", "gmail.com"),
        ("hotmail.con", "hotmail.com"),
        ("hotmail.co", "hotmail.com"),
        ("hotmail.sw", "hotmail.se"),
        ("hotmail.see", "hotmail.se"),
        ("live.con", "live.com"),
        ("outlook.co", "outlook.com"),
        ("icloud.cm", "icloud.com"),
        ("yahoo.co", "yahoo.com"),
        ("me.con", "me.com"),
        ("msn.cpm", "msn.com"),
        ("gmx.con", "gmx.com"),
        ("gmx.ner", "gmx.net"),
        ("bredband.nte", "bredband.net"),
        ("online.on", "online.no"),
        ("mail.dkk", "mail.dk"),
        ("suomi24.fu", "suomi24.fi"),
        # brands with one domain: any top-level domain is a slip
        ("gmail.se", "gmail.com"),
        ("gmail.nu", "gmail.com"),
        ("gmail.fi", "gmail.com"),
        ("icloud.se", "icloud.com"),
        ("luukku.fi", "luukku.com"),
        # both at once
        ("gmial.con", "gmail.com"),
        ("hotmial.sw", "hotmail.se"),
        # the dot: missing, misplaced, doubled, a comma
        ("gmailcom", "gmail.com"),
        ("hotmailse", "hotmail.se"),
        ("hotmailcom", "hotmail.com"),
        ("onlineno", "online.no"),
        ("gmailcon", "gmail.com"),
        ("gmai.lcom", "gmail.com"),
        ("gmailc.om", "gmail.com"),
        ("gmail..com", "gmail.com"),
        ("gmail,com", "gmail.com"),
        ("hotmail,se", "hotmail.se"),
        (".gmail.com", "gmail.com"),
        ("mail,com", "mail.com"),  # a known domain, not only the suggested ones
    ],
)
def test_near_misses_are_corrected(typed: str, meant: str) -> None:
    assert suggest_domain(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        # exact provider and other real mail domains
        *PROVIDERS,
        *sorted(OTHER_KNOWN),
        # companies, universities, shops: real domains near a provider's name
        "company.se", "volvo.com", "ica.se", "ikea.com", "tesla.com", "posten.se", "kth.se",
        "uu.se", "spotify.com", "google.com", "hotels.com", "nokia.com", "life.se", "love.com",
        "lime.se", "main.dk", "smart.no", "stark.no", "star.no", "spay.se", "onlne.no",
        "ms.com", "mx.com", "gmc.com", "me.se", "msn.se", "aol.de", "proton.com",
        "protonmail.ch", "bahnhof.de", "bredband2.com", "tele2.se", "telenor.no",
        "tella.com", "delia.com", "yahoo.jp", "livet.se", "mails.dk", "x.com", "a.se",
        # the provider's name with another real top-level domain
        "hotmail.de", "hotmail.nl", "hotmail.gr", "live.de", "live.co", "live.ca",
        "outlook.se", "yahoo.fr", "gmx.dk", "gmx.at", "hotmail.ee",
        # subdomains: somebody's own mail server
        "mail.gmail.com", "gmail.co.uk", "hotmail.co.uk", "student.gmial.com",
        "post.telia.com", "gmail.com.se",
        # still being typed
        "", "gmail", "gmail.", "gmail.c", "hotmail.s", "gmail,", "hotm",
    ],
)
def test_everything_else_is_left_alone(typed: str) -> None:
    assert suggest_domain(typed) is None


def test_the_list_is_consistent() -> None:
    assert len(set(PROVIDERS)) == len(PROVIDERS)
    assert not set(PROVIDERS) & OTHER_KNOWN
    assert set(PROVIDERS) | OTHER_KNOWN == KNOWN
    for domain in KNOWN:
        assert validate_email(f"anna@{domain}").ok, domain
    for domain in PROVIDERS:
        assert domain.count(".") == 1 and domain == domain.lower()


@pytest.mark.parametrize(
    ("typed", "meant", "cost"),
    [
        ("gmail", "gmail", 0),
        ("gmial", "gmail", 1),  # swapped
        ("gmal", "gmail", 1),  # missing
        ("gmaill", "gmail", 1),  # extra
        ("gnail", "gmail", 1),  # n is next to m
        ("gmäil", "gmail", 1),  # an accent
        ("gm\u0430il", "gmail", 1),  # a look-alike
        ("gpail", "gmail", 2),  # p is far from m
        ("tesla", "telia", 2),
        ("", "abc", 3),
    ],
)
def test_distance_counts_keystrokes(typed: str, meant: str, cost: int) -> None:
    assert distance(typed, meant) == cost


# --- through the validator --------------------------------------------------------------


def test_a_valid_near_miss_stays_valid_with_the_suggestion_beside_it() -> None:
    result = validate_email("Anna.Svensson@Gmial.com")
    assert result.state is FieldState.VALID
    assert result.value == "Anna.Svensson@gmial.com"  # what was typed is what is sent
    assert result.message == ""
    assert result.derived == {SUGGESTION: "Anna.Svensson@gmail.com"}
    assert SUGGESTION == "suggestion"


def test_a_missing_dot_is_incomplete_with_a_suggestion() -> None:
    result = validate_email("anna@gmailcom")
    assert result.state is FieldState.INCOMPLETE
    assert result.message == m.EMAIL_FINISH_DOMAIN
    assert result.derived[SUGGESTION] == "anna@gmail.com"


def test_a_comma_is_invalid_with_a_suggestion() -> None:
    result = validate_email("anna@hotmail,se")
    assert result.state is FieldState.INVALID
    assert result.derived[SUGGESTION] == "anna@hotmail.se"


@pytest.mark.parametrize(
    "typed",
    [
        "anna@gmail.com", "anna@company.se", "anna@gmial", "anna@gmail.c", "anna",
        "an..na@gmial.com",  # the part before @ is wrong as well: nothing to offer
        "anna svensson@gmial.com", "a@b@gmial.com", "annaж@gmial.com", "",
    ],
)
def test_no_suggestion(typed: str) -> None:
    assert SUGGESTION not in validate_email(typed).derived


def test_the_template_names_the_suggestion() -> None:
    result = validate_email("anna@hotmial.se")
    shown = m.EMAIL_DID_YOU_MEAN.format(**result.derived)
    assert shown == "Did you mean anna@hotmail.se?"


def test_every_single_slip_of_every_provider_offers_a_valid_address() -> None:
    """Whatever one slip does to a provider's domain, a suggestion is VALID, suggests
    nothing itself, keeps the part before "@" and is a known domain."""
    offered = 0
    for domain in PROVIDERS:
        for position in range(len(domain) + 1):
            for typo in "aek.,":
                for keep in (1, 0, -1):
                    slipped = domain[:position] + ("" if keep < 0 else typo)
                    slipped += domain[position + abs(keep) :]
                    result = validate_email(f"Anna@{slipped}")
                    suggestion = result.derived.get(SUGGESTION)
                    if suggestion is None:
                        continue
                    offered += 1
                    local, _, suggested = suggestion.partition("@")
                    assert local == "Anna" and suggested in KNOWN, slipped
                    again = validate_email(suggestion)
                    assert again.ok and SUGGESTION not in again.derived, slipped
    assert offered > 1000
