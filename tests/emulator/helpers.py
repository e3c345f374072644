"""Test data and a plain httpx client for the emulator's own tests."""

from __future__ import annotations

from typing import Any

import httpx

from posapp.config import DEMO_API_KEY
from posapp.emulator import EmulatorServer

CONTACTS = "/api/v3/contacts"
LOOKUP = "/api/v3/contacts/id"
#: Reserved for fiction and tests: +46 70 174 06 05 … 99.
PHONE = "+46701740605"
PHONE_2 = "+46701740606"
#: Skatteverket's published test personnummer.
PNR = "200001012384"
PNR_2 = "200001022383"


def member(phone: str = PHONE, **extra: Any) -> dict[str, Any]:
    """A valid create body for the demo type "Member"."""
    return {"contactType": "Member", "mobilePhone": phone, "countryCode": "SE", **extra}


def person(pnr: str = PNR, **extra: Any) -> dict[str, Any]:
    """A valid create body for the demo type "Contact" (keyed on the personal number)."""
    return {"contactType": "Contact", "socialSecurityNumber": pnr, "firstName": "Test",
            "lastName": "Person", "countryCode": "SE", **extra}


def client_for(emulator: EmulatorServer, **options: Any) -> httpx.Client:
    """An httpx client with the API key and JSON headers a real integration sends."""
    options.setdefault("timeout", 5.0)
    return httpx.Client(
        base_url=emulator.base_url,
        headers={"apikey": DEMO_API_KEY, "Accept": "application/json",
                 "User-Agent": "posapp-tests/1"},
        **options,
    )
