"""POST /api/v3/contacts as engage-api.md describes it: success, 400, 409, 422."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import date, timedelta

import httpx
import pytest

from posapp.emulator import EmulatorServer, Fault
from posapp.engage.errors import parse_error_body
from tests.fault_waits import FaultWaits

from .helpers import CONTACTS, PHONE, PHONE_2, PNR, client_for, member, person

Create = Callable[..., httpx.Response]


def test_success_answers_201_with_the_full_contact(create: Create) -> None:
    response = create(member(firstName="Example", preferences={"acceptsSms": True},
                             consents=[{"id": "memberConsent", "value": True}]))
    assert response.status_code == 201
    assert response.headers["content-type"].startswith("application/json")
    contact = response.json()
    uuid.UUID(contact["id"])
    assert contact["attributes"]["mobilePhone"] == PHONE
    assert contact["attributes"]["firstName"] == "Example"
    assert contact["attributes"]["memberNumber"].isdigit()
    assert "contactType" not in contact["attributes"]
    assert contact["meta"]["contactType"] == "Member"
    assert contact["meta"]["source"] == "POS"
    assert contact["meta"]["storeExternalId"] == "600"
    assert contact["meta"]["isApproved"] is True
    assert contact["meta"]["createdOn"] == contact["meta"]["modifiedOn"]
    assert contact["preferences"] == {"acceptsSms": True}
    assert contact["consents"] == [{"id": "memberConsent", "value": True}]


def test_member_numbers_differ(create: Create) -> None:
    first = create(member(PHONE)).json()["attributes"]["memberNumber"]
    second = create(member(PHONE_2)).json()["attributes"]["memberNumber"]
    assert first != second


def test_contact_type_defaults_to_member(create: Create, emu: EmulatorServer) -> None:
    body = member()
    del body["contactType"]
    assert create(body).status_code == 201
    assert emu.count("mobilePhone", PHONE, "Member") == 1


def test_create_as_unapproved(create: Create) -> None:
    params = {"source": "KIOSK", "storeExternalId": "600", "createAsUnapproved": "true"}
    contact = create(member(), params=params).json()
    assert contact["meta"]["isApproved"] is False
    assert contact["meta"]["source"] == "KIOSK"


def test_query_settings_sent_as_headers_are_ignored(api: httpx.Client) -> None:
    headers = {"source": "POS", "storeExternalId": "600", "createAsUnapproved": "true"}
    contact = api.post(CONTACTS, json=member(), headers=headers).json()
    assert contact["meta"]["source"] is None
    assert contact["meta"]["storeExternalId"] is None
    assert contact["meta"]["isApproved"] is True


@pytest.mark.parametrize("content", [b"", b"{}", b"null", b"  "])
def test_empty_body_is_no_data(api: httpx.Client, content: bytes) -> None:
    response = api.post(CONTACTS, content=content,
                        headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert parse_error_body(response.text).code == "NoData"


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b'"text"'])
def test_invalid_json_is_400(api: httpx.Client, emu: EmulatorServer, content: bytes) -> None:
    response = api.post(CONTACTS, content=content,
                        headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert emu.contacts() == []


def test_unknown_contact_type_is_422_and_nothing_created(
    create: Create, emu: EmulatorServer
) -> None:
    response = create(member(contactType="Prospect"))
    assert response.status_code == 422
    body = parse_error_body(response.text)
    assert body.code == "ValidationError"
    assert "contactType" in body.fields
    assert emu.contacts() == []


def test_missing_key_and_required_fields_are_named(create: Create, emu: EmulatorServer) -> None:
    response = create({"contactType": "Contact", "firstName": "  ", "email": "a@b.se"})
    assert response.status_code == 422
    fields = parse_error_body(response.text).fields
    assert set(fields) == {"socialSecurityNumber", "firstName", "lastName", "countryCode"}
    assert emu.contacts() == []


def test_required_preference_must_be_a_boolean() -> None:
    from posapp.config import ContactTypeSettings

    kiosk = ContactTypeSettings(id="Member", key="email", required=("acceptsEmail",))
    with EmulatorServer(contact_types=(kiosk,)) as emu, client_for(emu) as api:
        missing = api.post(CONTACTS, json={"email": "a@example.com"})
        assert missing.status_code == 422
        assert "acceptsEmail" in parse_error_body(missing.text).fields
        flat = api.post(CONTACTS, json={"email": "a@example.com", "acceptsEmail": True})
        assert flat.status_code == 422  # it lives under preferences, not flat
        ok = api.post(CONTACTS, json={"email": "a@example.com",
                                      "preferences": {"acceptsEmail": False}})
        assert ok.status_code == 201


TOMORROW = (date.today() + timedelta(days=1)).isoformat()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("mobilePhone", "0701740605"),
        ("mobilePhone", "+46 70 174 06 05"),
        ("mobilePhone", "+4670174060"),
        ("mobilePhone", 46701740605),
        ("email", "not-an-address"),
        ("email", "a b@example.com"),
        ("birthDay", "2000-13-01"),
        ("birthDay", "01/01/2000"),
        ("birthDay", TOMORROW),
        ("countryCode", "se"),
        ("countryCode", "XX"),
        ("countryCode", "SWE"),
        ("countryCode", "EU"),
        ("socialSecurityNumber", "200001012385"),
    ],
)
def test_badly_formatted_values_are_422_naming_the_field(
    create: Create, emu: EmulatorServer, field: str, value: object
) -> None:
    response = create(member(PHONE_2, **{field: value}))
    assert response.status_code == 422
    assert field in parse_error_body(response.text).fields
    assert emu.contacts() == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "example@example.com"),
        ("birthDay", "2000-01-01"),
        ("countryCode", "FI"),
        ("socialSecurityNumber", "010594Y9032"),
        ("lang", "sv"),
        ("shoeSize", "42"),  # a tenant's own attribute, kept as given
    ],
)
def test_well_formatted_values_are_accepted(field: str, value: str) -> None:
    from posapp.config import ContactTypeSettings

    member_type = ContactTypeSettings(
        id="Member", key="mobilePhone", required=("mobilePhone",),
        optional=("email", "birthDay", "countryCode", "socialSecurityNumber", "lang",
                  "shoeSize"))
    with EmulatorServer(contact_types=(member_type,)) as emu, client_for(emu) as api:
        response = api.post(CONTACTS, json=member(**{field: value}))
    assert response.status_code == 201, response.text
    assert response.json()["attributes"][field] == value


@pytest.mark.parametrize("body", [
    member(socialSecurityNumber="200001012384"),  # a real attribute, not Member's
    member(shoeSize="42"),
    member(preferences={"acceptsPostal": True}),
])
def test_an_attribute_the_type_does_not_define_is_422_naming_it(
        create: Create, emu: EmulatorServer, body: dict[str, object]) -> None:
    """A tenant's Engage may refuse what it has not defined for the type: so does the
    emulator, so that posapp is held to sending only what the type lists."""
    response = create(body)
    assert response.status_code == 422
    named = set(parse_error_body(response.text).fields)
    assert named == (set(body) | set(body.get("preferences") or {})) - {
        "contactType", "mobilePhone", "countryCode", "preferences"}
    assert emu.contacts() == []


def test_existing_key_is_409_and_nothing_created(create: Create, emu: EmulatorServer) -> None:
    assert create(member(firstName="First")).status_code == 201
    again = create(member(firstName="Second"))
    assert again.status_code == 409
    assert parse_error_body(again.text).code == "ApprovedContactWithKeyExists"
    assert emu.count("mobilePhone", PHONE) == 1


def test_keys_are_compared_normalised(create: Create, emu: EmulatorServer) -> None:
    assert create(person("200001012384")).status_code == 201
    ten_digits = create(person("0001012384"))
    assert ten_digits.status_code == 409
    assert emu.count("socialSecurityNumber", "000101-2384") == 1


def test_keys_are_unique_per_contact_type(create: Create, emu: EmulatorServer) -> None:
    assert create(member()).status_code == 201
    assert create(person(mobilePhone=PHONE)).status_code == 201  # key is the pnr there
    assert create(person(mobilePhone=PHONE)).status_code == 409  # same pnr
    assert emu.count("mobilePhone", PHONE) == 2
    assert emu.count("mobilePhone", PHONE, "Member") == 1
    assert emu.count("socialSecurityNumber", PNR, "Contact") == 1


def test_concurrent_create_during_a_slow_create_is_being_created(emu: EmulatorServer) -> None:
    waits = FaultWaits(emu, hold=True)
    emu.faults.add(Fault("latency", method="POST", key_value=PHONE, delay=0.6))
    results: dict[str, httpx.Response] = {}

    def slow() -> None:
        with client_for(emu) as api:
            results["slow"] = api.post(CONTACTS, json=member())

    thread = threading.Thread(target=slow)
    thread.start()
    waits.wait_for(lambda w: w.pending == 1, "the slow create holds the key")
    with client_for(emu) as api:
        second = api.post(CONTACTS, json=member())
    waits.release()
    thread.join(5)
    assert second.status_code == 409
    assert parse_error_body(second.text).code == "ContactWithKeyIsBeingCreated"
    assert results["slow"].status_code == 201
    assert emu.count("mobilePhone", PHONE) == 1


def test_racing_creates_store_exactly_one(emu: EmulatorServer) -> None:
    barrier = threading.Barrier(4)
    statuses: list[int] = []

    def post() -> None:
        with client_for(emu) as api:
            api.get(LOOKUP_WARMUP)  # open the connection before the race
            barrier.wait()
            statuses.append(api.post(CONTACTS, json=member()).status_code)

    threads = [threading.Thread(target=post) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert sorted(statuses) == [201, 409, 409, 409]
    assert emu.count("mobilePhone", PHONE) == 1


LOOKUP_WARMUP = "/api/v3/contacts/00000000-0000-0000-0000-000000000000"


@pytest.mark.parametrize(("consents", "accepted"), [
    ([{"id": "memberTerms", "value": True, "date": "2026-12-04T15:10:07+01:00",
       "source": "POS", "comment": "terms version 2026-01"}], True),
    ([{"id": "memberTerms", "value": False}], True),
    ([{"value": True}], False),  # id and value are mandatory
    ([{"id": "memberTerms"}], False),
    ([{"id": "memberTerms", "value": "yes"}], False),
    ([{"id": "memberTerms", "value": True, "date": "4 Dec 2026"}], False),
    (["memberTerms"], False),
])
def test_consents_need_an_id_and_a_value(create: Create, consents: list[object],
                                         accepted: bool) -> None:
    response = create(member(consents=consents))
    assert (response.status_code == 201) is accepted, response.text
    if accepted:
        assert response.json()["consents"] == consents
    else:
        assert "consents" in parse_error_body(response.text).fields
