"""Engage-like format rules: the personal numbers, phone numbers and countries accepted."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from posapp.emulator import rules


@pytest.mark.parametrize(
    ("value", "normal"),
    [
        ("200001012384", "200001012384"),
        ("0001012384", "200001012384"),
        ("20000101-2384", "200001012384"),
        ("000101-2384", "200001012384"),
        ("200001612381", "200001612381"),  # samordningsnummer: day + 60
        ("000161-2381", "200001612381"),
        ("010594Y9032", "010594Y9032"),  # DVV's test HETUs, temporary 900-999 range
        ("010516B903X", "010516B903X"),
        ("131052-308T", "131052-308T"),
        *[(f"131052{sign}308T", f"131052{sign}308T") for sign in "YXWVU"],
        *[(f"010110{sign}950N", f"010110{sign}950N") for sign in "ABCDEF"],
        ("010594y9032", "010594Y9032"),
    ],
)
def test_valid_personal_numbers(value: str, normal: str) -> None:
    assert rules.normal_ssn(value) == normal
    assert rules.format_error("socialSecurityNumber", value) is None


@pytest.mark.parametrize(
    "value",
    ["200001012385", "200013012384", "20000101238", "2000010123845", "131052-308U",
     "131052G308T", "abc", "", "200001912380",
     (date.today() + timedelta(days=400)).strftime("%Y%m%d") + "0000"],
)
def test_invalid_personal_numbers(value: str) -> None:
    assert rules.normal_ssn(value) is None


def test_a_future_birth_date_is_not_a_personnummer() -> None:
    from stdnum import luhn

    stem = (date.today() + timedelta(days=400)).strftime("%y%m%d") + "123"
    ten = stem + luhn.calc_check_digit(stem)
    assert rules.normal_ssn("20" + ten) is None


@pytest.mark.parametrize("value", ["+46701740605", "+358401234567", "+12025550123"])
def test_valid_phones(value: str) -> None:
    assert rules.is_e164_phone(value)


@pytest.mark.parametrize(
    "value", ["46701740605", "+46 70 174 06 05", "+460701740605", "+4670174060", "0701740605",
              "+46-70-174-06-05", "++46701740605"]
)
def test_phones_not_in_international_form(value: str) -> None:
    assert not rules.is_e164_phone(value)


def test_keys_are_normalised_for_comparison() -> None:
    assert rules.normal_key("mobilePhone", "+46 70 174 06 05") == "+46701740605"
    assert rules.normal_key("email", " Example@Example.COM ") == "example@example.com"
    assert rules.normal_key("socialSecurityNumber", "000101-2384") == "200001012384"
    assert rules.normal_key("externalId", "  ") is None


def test_country_codes_are_real_countries_only() -> None:
    codes = rules.country_codes()
    assert {"SE", "FI", "NO", "DK", "DE", "GB", "US"} <= codes
    assert not {"EU", "ZZ", "UN", "QO", "001"} & codes
    assert 240 < len(codes) < 260


@pytest.mark.parametrize(
    ("value", "ok"),
    [("2000-01-01", True), (date.today().isoformat(), True), ("2000-02-30", False),
     ("2000-1-1", False), ((date.today() + timedelta(days=1)).isoformat(), False)],
)
def test_birthdays(value: str, ok: bool) -> None:
    assert rules.is_birthday(value) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [("a@example.com", True), ("first.last+tag@sub.example.se", True), ("a@example", False),
     ("a@@example.com", False), ("a @example.com", False), ("@example.com", False)],
)
def test_emails(value: str, ok: bool) -> None:
    assert rules.is_email(value) is ok
