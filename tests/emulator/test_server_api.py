"""The in-process Python API tests use, and the ``/_emulator/`` control endpoints."""

from __future__ import annotations

import logging
import time

import httpx
import pytest

from posapp.config import ContactTypeSettings
from posapp.emulator import EmulatorServer, Fault

from .helpers import CONTACTS, LOOKUP, PHONE, PHONE_2, PNR, client_for, member, person


def test_start_returns_self_listening_on_a_free_loopback_port() -> None:
    emu = EmulatorServer()
    try:
        assert emu.start() is emu
        assert emu.base_url.startswith("http://127.0.0.1:")
        assert emu.port > 0
        with client_for(emu) as api:
            assert api.get(LOOKUP, params={"mobilePhone": PHONE}).status_code == 404
    finally:
        emu.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(emu.base_url + LOOKUP, timeout=1)
    with pytest.raises(RuntimeError):
        emu.start()


def test_two_emulators_do_not_share_anything() -> None:
    with EmulatorServer() as first, EmulatorServer() as second:
        first.seed(member())
        assert first.port != second.port
        assert second.contacts() == []


def test_stop_without_start_is_harmless() -> None:
    EmulatorServer().stop()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.com"])
def test_only_loopback_hosts(host: str) -> None:
    with pytest.raises(ValueError):
        EmulatorServer(host=host)


def test_ipv6_loopback() -> None:
    try:
        emu = EmulatorServer(host="::1").start()
    except OSError:
        pytest.skip("no IPv6 loopback here")
    try:
        assert emu.base_url.startswith("http://[::1]:")
        with client_for(emu) as api:
            assert api.post(CONTACTS, json=member()).status_code == 201
    finally:
        emu.stop()


def test_custom_contact_types() -> None:
    shop = ContactTypeSettings(id="Customer", key="email", required=("email", "firstName"))
    with EmulatorServer(contact_types=(shop,)) as emu, client_for(emu) as api:
        assert api.post(CONTACTS, json=member()).status_code == 422  # no "Member" type here
        body = {"contactType": "Customer", "email": "a@example.com", "firstName": "A"}
        assert api.post(CONTACTS, json=body).status_code == 201
        assert api.post(CONTACTS, json=body).status_code == 409
        assert emu.count("email", "A@EXAMPLE.COM", "Customer") == 1


def test_seed_count_and_contacts(emu: EmulatorServer) -> None:
    contact_id = emu.seed(member(firstName="Seeded", preferences={"acceptsSms": True}))
    emu.seed(person(), contact_type="Contact")
    assert emu.count("mobilePhone", PHONE) == 1
    assert emu.count("socialSecurityNumber", "000101-2384", "Contact") == 1
    assert emu.count("mobilePhone", PHONE_2) == 0
    first = emu.contacts()[0]
    assert first["id"] == contact_id
    assert first["attributes"]["firstName"] == "Seeded"
    assert first["preferences"] == {"acceptsSms": True}
    first["attributes"]["firstName"] = "changed"  # a snapshot, not the store
    assert emu.contacts()[0]["attributes"]["firstName"] == "Seeded"


def test_seed_refuses_duplicates_unless_allowed(emu: EmulatorServer) -> None:
    emu.seed(member())
    with pytest.raises(ValueError):
        emu.seed(member())
    emu.seed(member(), allow_duplicate=True)
    assert emu.count("mobilePhone", PHONE) == 2
    with pytest.raises(ValueError):
        emu.seed(member(), contact_type="Prospect")


def test_requests_are_recorded(api: httpx.Client, emu: EmulatorServer) -> None:
    api.post(CONTACTS, params={"source": "POS", "storeExternalId": "600"}, json=member())
    api.get(LOOKUP, params={"mobilePhone": PHONE})
    post, get = emu.requests
    assert (post.method, post.path) == ("POST", CONTACTS)
    assert post.query == {"source": "POS", "storeExternalId": "600"}
    assert post.headers["apikey"] == "demo-api-key"
    assert post.headers["content-type"] == "application/json"
    assert post.json() == member()
    assert get.query == {"mobilePhone": PHONE}
    assert get.body == b""
    assert post.time <= get.time <= time.time()
    emu.clear_requests()
    assert emu.requests == []


def test_reset_forgets_contacts_faults_and_requests(api: httpx.Client, emu: EmulatorServer) -> None:
    api.post(CONTACTS, json=member())
    emu.faults.add(Fault("status", status=500))
    emu.reset()
    assert emu.contacts() == []
    assert emu.requests == []
    assert emu.faults.pending() == []
    assert api.post(CONTACTS, json=member()).status_code == 201


def test_logs_never_show_personal_data_or_the_key(
    api: httpx.Client, emu: EmulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="posapp.emulator")
    body = member(email="secret.person@example.com", socialSecurityNumber=PNR)
    api.post(CONTACTS, json=body)
    api.get(LOOKUP, params={"email": "secret.person@example.com"})
    api.get(LOOKUP, params={"mobilePhone": PHONE})
    api.get(f"{CONTACTS}/{PHONE}")  # a client bug: a value in the path
    api.get(f"/api/v2/{PHONE}")
    with httpx.Client(base_url=emu.base_url) as anonymous:
        anonymous.get(f"{LOOKUP}?socialSecurityNumber={PNR}")
    assert caplog.records  # something was logged
    for secret in ("46701740605", "secret.person", "2384", "demo-api-key"):
        assert secret not in caplog.text


# -- control endpoints -------------------------------------------------------------------


@pytest.fixture
def control(emu: EmulatorServer) -> httpx.Client:
    return httpx.Client(base_url=emu.base_url + "/_emulator", timeout=5)


def test_control_faults(control: httpx.Client, api: httpx.Client, emu: EmulatorServer) -> None:
    added = control.post("/faults", json={"kind": "status", "status": 503, "method": "POST"})
    assert added.status_code == 201
    assert control.get("/faults").json()[0]["status"] == 503
    assert api.post(CONTACTS, json=member()).status_code == 503
    control.post("/faults", json={"kind": "being_created", "times": 0})
    assert control.delete("/faults").status_code == 200
    assert emu.faults.pending() == []
    assert api.post(CONTACTS, json=member()).status_code == 201


@pytest.mark.parametrize(
    "content", [b"{}", b'{"kind": "explode"}', b'{"kind": "latency", "nope": 1}', b"[]", b"{x"]
)
def test_control_refuses_bad_faults(control: httpx.Client, content: bytes) -> None:
    response = control.post("/faults", content=content)
    assert response.status_code == 400
    assert response.json()["error"]


def test_control_count_requests_contacts_reset(
    control: httpx.Client, api: httpx.Client, emu: EmulatorServer
) -> None:
    api.post(CONTACTS, json=member())
    count = control.get("/count", params={"key": "mobilePhone", "value": PHONE})
    assert count.json() == {"count": 1}
    by_type = control.get("/count", params={"key": "mobilePhone", "value": PHONE,
                                            "contactType": "Contact"})
    assert by_type.json() == {"count": 0}
    assert control.get("/count", params={"key": "mobilePhone"}).status_code == 400
    recorded = control.get("/requests").json()
    assert [(r["method"], r["path"]) for r in recorded] == [("POST", CONTACTS)]
    assert '"mobilePhone"' in recorded[0]["body"]
    assert control.get("/contacts").json()[0]["attributes"]["mobilePhone"] == PHONE
    assert control.post("/reset").status_code == 200
    assert emu.contacts() == []
    assert control.get("/requests").json() == []


def test_control_needs_no_key_and_is_not_faulted_or_recorded(
    control: httpx.Client, emu: EmulatorServer
) -> None:
    emu.faults.add(Fault("reset", times=0))
    assert control.get("/count", params={"key": "email", "value": "a@b.se"}).status_code == 200
    assert emu.requests == []


def test_control_unknown_endpoint_and_method(control: httpx.Client) -> None:
    assert control.get("/nothing").status_code == 404
    assert control.put("/reset").status_code == 405
