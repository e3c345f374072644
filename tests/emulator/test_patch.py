"""PATCH /api/v3/contacts/{id}: Engage's merge, including its dangerous blank overwrite."""

from __future__ import annotations

import httpx
import pytest

from posapp.emulator import EmulatorServer
from posapp.engage.errors import parse_error_body

from .helpers import CONTACTS, PHONE, PHONE_2, member


@pytest.fixture
def contact_id(emu: EmulatorServer) -> str:
    return emu.seed(member(firstName="Example", lastName="Examplesson", email="e@example.com",
                           preferences={"acceptsEmail": False, "acceptsSms": True}))


def test_patch_merges_only_what_is_sent(
    api: httpx.Client, emu: EmulatorServer, contact_id: str
) -> None:
    before = emu.contacts()[0]
    response = api.patch(f"{CONTACTS}/{contact_id}", json={"countryCode": "FI"})
    assert response.status_code == 200
    after = response.json()
    assert after["attributes"]["countryCode"] == "FI"
    assert after["attributes"]["firstName"] == "Example"
    assert after["meta"]["createdOn"] == before["meta"]["createdOn"]
    assert after == emu.contacts()[0]


@pytest.mark.parametrize("blank", ["", None])
def test_blank_and_null_overwrite_the_stored_value(
    api: httpx.Client, contact_id: str, blank: str | None
) -> None:
    after = api.patch(f"{CONTACTS}/{contact_id}", json={"firstName": blank}).json()
    assert after["attributes"]["firstName"] == blank
    assert after["attributes"]["lastName"] == "Examplesson"


def test_unknown_attributes_and_contact_type_are_ignored(
    api: httpx.Client, emu: EmulatorServer, contact_id: str
) -> None:
    response = api.patch(f"{CONTACTS}/{contact_id}",
                         json={"shoeSize": 44, "contactType": "Contact", "city": "Malmö"})
    assert response.status_code == 200
    after = response.json()
    assert "shoeSize" not in after["attributes"]
    assert after["meta"]["contactType"] == "Member"
    assert after["attributes"]["city"] == "Malmö"


def test_preferences_are_merged(api: httpx.Client, contact_id: str) -> None:
    after = api.patch(f"{CONTACTS}/{contact_id}",
                      json={"preferences": {"acceptsEmail": True}}).json()
    assert after["preferences"] == {"acceptsEmail": True, "acceptsSms": True}


def test_bad_values_are_422_and_nothing_changes(
    api: httpx.Client, emu: EmulatorServer, contact_id: str
) -> None:
    response = api.patch(f"{CONTACTS}/{contact_id}",
                         json={"email": "broken", "countryCode": "se", "city": "Lund"})
    assert response.status_code == 422
    assert set(parse_error_body(response.text).fields) == {"email", "countryCode"}
    assert "city" not in emu.contacts()[0]["attributes"]


def test_the_key_cannot_be_blanked_or_taken(
    api: httpx.Client, emu: EmulatorServer, contact_id: str
) -> None:
    blank = api.patch(f"{CONTACTS}/{contact_id}", json={"mobilePhone": ""})
    assert blank.status_code == 422
    emu.seed(member(PHONE_2))
    taken = api.patch(f"{CONTACTS}/{contact_id}", json={"mobilePhone": PHONE_2})
    assert taken.status_code == 409
    assert emu.count("mobilePhone", PHONE) == 1
    same = api.patch(f"{CONTACTS}/{contact_id}", json={"mobilePhone": PHONE})
    assert same.status_code == 200


def test_patch_unknown_id_is_404(api: httpx.Client) -> None:
    response = api.patch(f"{CONTACTS}/nobody", json={"firstName": "X"})
    assert response.status_code == 404
    assert parse_error_body(response.text).code == "ContactNotFound"


def test_patch_with_empty_body_is_no_data(api: httpx.Client, contact_id: str) -> None:
    response = api.patch(f"{CONTACTS}/{contact_id}", json={})
    assert response.status_code == 400
    assert parse_error_body(response.text).code == "NoData"
