"""GET /api/v3/contacts/id and GET /api/v3/contacts/{id}."""

from __future__ import annotations

import httpx
import pytest

from posapp.emulator import EmulatorServer
from posapp.engage.errors import parse_error_body

from .helpers import CONTACTS, LOOKUP, PHONE, PHONE_2, PNR, member, person


def test_lookup_by_phone_answers_the_id_as_a_json_string(
    api: httpx.Client, emu: EmulatorServer
) -> None:
    contact_id = emu.seed(member())
    response = api.get(LOOKUP, params={"mobilePhone": PHONE})  # httpx encodes + as %2B
    assert response.status_code == 200
    assert response.json() == contact_id
    assert response.text == f'"{contact_id}"'


def test_an_unencoded_plus_is_a_space_and_so_an_invalid_phone(
    api: httpx.Client, emu: EmulatorServer
) -> None:
    emu.seed(member())
    response = api.get(f"{LOOKUP}?mobilePhone={PHONE}")
    assert response.status_code == 400
    assert parse_error_body(response.text).code == "InvalidPhoneNumber"
    assert api.get(f"{LOOKUP}?mobilePhone=%2B46701740605").status_code == 200


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"email": "Example@Example.com"}, "email"),
        ({"socialSecurityNumber": "20000101-2384"}, "ssn"),
        ({"customKey": "EXT-1"}, "externalId"),
        ({"any": "example@example.com"}, "email"),
        ({"any": PNR}, "ssn"),
    ],
)
def test_lookup_by_other_keys(
    api: httpx.Client, emu: EmulatorServer, params: dict[str, str], field: str
) -> None:
    contact_id = emu.seed(member(email="example@example.com", socialSecurityNumber=PNR,
                                 externalId="EXT-1"))
    response = api.get(LOOKUP, params=params)
    assert response.status_code == 200, response.text
    assert response.json() == contact_id


def test_custom_key_also_matches_the_member_number(api: httpx.Client) -> None:
    contact = api.post(CONTACTS, json=member()).json()
    response = api.get(LOOKUP, params={"customKey": contact["attributes"]["memberNumber"]})
    assert response.json() == contact["id"]


@pytest.mark.parametrize(
    "params",
    [{}, {"mobilePhone": PHONE, "email": "a@example.com"}, {"mobilePhone": ""}, {"foo": "bar"}],
)
def test_not_exactly_one_search_parameter_is_invalid_search_query(
    api: httpx.Client, params: dict[str, str]
) -> None:
    response = api.get(LOOKUP, params=params)
    assert response.status_code == 400
    assert parse_error_body(response.text).code == "InvalidSearchQuery"


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"mobilePhone": "0701740605"}, "InvalidPhoneNumber"),
        ({"email": "nobody"}, "InvalidEmailAddress"),
        ({"socialSecurityNumber": "123"}, "InvalidSocialSecurityNumber"),
        ({"mobilePhone": PHONE, "contactType": "Prospect"}, "InvalidContactType"),
    ],
)
def test_malformed_search_values_are_400(
    api: httpx.Client, params: dict[str, str], code: str
) -> None:
    response = api.get(LOOKUP, params=params)
    assert response.status_code == 400
    assert parse_error_body(response.text).code == code


def test_no_match_is_404_contact_not_found(api: httpx.Client) -> None:
    response = api.get(LOOKUP, params={"mobilePhone": PHONE})
    assert response.status_code == 404
    assert parse_error_body(response.text).code == "ContactNotFound"


def test_several_matches_are_409_with_their_ids(api: httpx.Client, emu: EmulatorServer) -> None:
    first = emu.seed(member(PHONE, email="shared@example.com"))
    second = emu.seed(member(PHONE_2, email="shared@example.com"))
    response = api.get(LOOKUP, params={"email": "shared@example.com"})
    assert response.status_code == 409
    body = parse_error_body(response.text)
    assert body.code == "MultipleMatches"
    assert set(body.match_ids) == {first, second}


def test_contact_type_narrows_the_search(api: httpx.Client, emu: EmulatorServer) -> None:
    member_id = emu.seed(member())
    contact_id = emu.seed(person(mobilePhone=PHONE), contact_type="Contact")
    assert api.get(LOOKUP, params={"mobilePhone": PHONE}).status_code == 409
    only_members = api.get(LOOKUP, params={"mobilePhone": PHONE, "contactType": "Member"})
    assert only_members.json() == member_id
    only_contacts = api.get(LOOKUP, params={"mobilePhone": PHONE, "contactType": "Contact"})
    assert only_contacts.json() == contact_id


def test_read_contact_by_id(api: httpx.Client, emu: EmulatorServer) -> None:
    contact_id = emu.seed(member(firstName="Example"))
    response = api.get(f"{CONTACTS}/{contact_id}")
    assert response.status_code == 200
    assert response.json() == emu.contacts()[0]
    assert response.json()["attributes"]["firstName"] == "Example"


def test_read_unknown_id_is_404(api: httpx.Client) -> None:
    response = api.get(f"{CONTACTS}/2e40b702-2767-4abe-ae99-aa510108e22b")
    assert response.status_code == 404
    assert parse_error_body(response.text).code == "ContactNotFound"
