"""The Engage client against the emulator over real loopback HTTP: one test per outcome."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from posapp import __version__
from posapp.config import DEMO_API_KEY
from posapp.emulator import EmulatorServer, Fault
from posapp.engage import (
    AlreadyMember,
    ApiKeyRejected,
    BeingCreated,
    CannotConnect,
    ConnectionDropped,
    EngageTimedOut,
    InvalidDraft,
    InvalidFields,
    InvalidRequest,
    MultipleMatches,
    NoAnswer,
    NoData,
    NotFound,
    RateLimited,
    ServerError,
    UnreadableResponse,
    answers,
)
from posapp.engage.client import EngageClient
from posapp.engage.models import ContactDraft
from tests.conftest import fast_client, patient_client
from tests.fault_waits import HANG_GUARD_SECONDS, FaultWaits

PHONE = "+46701740605"
PHONE_2 = "+46701740606"
CREATE = "/api/v3/contacts"


def member(phone: str = PHONE, **extra: str) -> ContactDraft:
    return ContactDraft(contactType="Member", mobilePhone=phone, countryCode="SE", **extra)


def create(client: EngageClient, draft: ContactDraft | None = None, **kw: object):
    return client.create_contact(draft or member(), source="POS", store_external_id="600",
                                 create_as_unapproved=False, key="mobilePhone", **kw)


def posts(emulator: EmulatorServer) -> list:
    return [r for r in emulator.requests if r.method == "POST" and r.path == CREATE]


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Until ``condition()`` holds (what the emulator has seen or stored); fails on a hang."""
    deadline = time.monotonic() + HANG_GUARD_SECONDS
    while not condition():
        assert time.monotonic() < deadline, f"{what}: not within {HANG_GUARD_SECONDS:g} s"
        time.sleep(0.01)


def test_create_sends_what_engage_expects(emulator: EmulatorServer, client: EngageClient) -> None:
    contact = create(client, member(firstName="Anna", lastName="Svensson"))
    assert contact.id and contact.attribute("mobilePhone") == PHONE
    assert contact.display_name == "Anna Svensson"
    (request,) = posts(emulator)
    assert request.query == {"source": "POS", "storeExternalId": "600",
                             "createAsUnapproved": "false"}
    assert request.headers["apikey"] == DEMO_API_KEY
    assert request.headers["user-agent"] == f"posapp/{__version__}"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["accept"] == "application/json"
    import json
    assert json.loads(request.body) == {"contactType": "Member", "mobilePhone": PHONE,
                                        "countryCode": "SE", "firstName": "Anna",
                                        "lastName": "Svensson"}
    assert emulator.count("mobilePhone", PHONE) == 1


def test_connections_are_reused(emulator: EmulatorServer, client: EngageClient) -> None:
    for n in range(5):
        create(client, member(f"+4670174061{n}"))
    ports = {r.client_port for r in emulator.requests}
    assert len(ports) == 1


def test_invalid_draft_is_refused_before_any_request(emulator: EmulatorServer,
                                                     client: EngageClient) -> None:
    with pytest.raises(InvalidDraft) as caught:
        client.create_contact({"contactType": "Member", "mobilePhone": "0701740605"},
                              key="mobilePhone")
    assert "mobilePhone" in caught.value.fields
    with pytest.raises(InvalidDraft):
        client.create_contact({"contactType": "Member", "countryCode": "SE"}, key="mobilePhone")
    assert emulator.requests == []


def test_already_member_carries_the_existing_id(emulator: EmulatorServer,
                                                client: EngageClient) -> None:
    existing = emulator.seed({"mobilePhone": PHONE, "countryCode": "SE", "firstName": "Bo"})
    with pytest.raises(AlreadyMember) as caught:
        create(client)
    assert caught.value.status == 409
    assert caught.value.code == "ApprovedContactWithKeyExists"
    assert caught.value.existing_id == existing
    assert emulator.count("mobilePhone", PHONE) == 1


def test_already_member_without_a_look_up_where_none_is_wanted(
        emulator: EmulatorServer, client: EngageClient) -> None:
    """The kiosk: after a 409 nothing about the member is asked."""
    emulator.seed({"mobilePhone": PHONE, "countryCode": "SE", "firstName": "Bo"})
    with pytest.raises(AlreadyMember) as caught:
        create(client, find_existing=False)
    assert caught.value.existing_id is None
    assert [r.method for r in emulator.requests] == ["POST"]


def test_being_created_elsewhere_waits_then_reports_the_member(
        emulator: EmulatorServer, client: EngageClient) -> None:
    emulator.faults.add(Fault("latency", method="POST", delay=1.0))
    other = fast_client(emulator.base_url)
    first = threading.Thread(target=lambda: create(other))
    first.start()
    wait_until(lambda: len(posts(emulator)) == 1, "the first create reaches Engage")
    with pytest.raises(AlreadyMember) as caught:
        create(client)
    first.join()
    other.close()
    assert caught.value.existing_id is not None
    assert emulator.count("mobilePhone", PHONE) == 1


def test_being_created_that_never_lands_is_reported(emulator: EmulatorServer,
                                                    client: EngageClient) -> None:
    emulator.faults.add(Fault("being_created", method="POST"))
    with pytest.raises(BeingCreated) as caught:
        create(client)
    assert caught.value.code == "ContactWithKeyIsBeingCreated"
    assert emulator.count("mobilePhone", PHONE) == 0


def test_invalid_fields_name_the_fields(emulator: EmulatorServer, client: EngageClient) -> None:
    draft = ContactDraft(contactType="Contact", socialSecurityNumber="200001012384",
                         countryCode="SE")
    with pytest.raises(InvalidFields) as caught:
        client.create_contact(draft, key="socialSecurityNumber")
    assert caught.value.status == 422
    assert {"firstName", "lastName"} <= set(caught.value.fields)
    assert len(posts(emulator)) == 1  # never retried


@pytest.mark.parametrize("shape", ["errors", "errorCode", "code", "problem", "aspnet"])
def test_invalid_fields_in_every_error_shape(emulator: EmulatorServer, client: EngageClient,
                                             shape: str) -> None:
    emulator.error_shape = shape
    with pytest.raises(InvalidFields) as caught:
        create(client, member("+46000000000"))
    assert "mobilePhone" in caught.value.fields


def test_no_data(emulator: EmulatorServer, client: EngageClient) -> None:
    emulator.faults.add(Fault("status", method="POST", status=400))
    with pytest.raises(NoData) as caught:
        create(client)
    assert caught.value.code == "NoData"
    assert len(posts(emulator)) == 1


def test_engage_504_is_resent_once_automatically(emulator: EmulatorServer,
                                                 client: EngageClient) -> None:
    emulator.faults.add(Fault("status", method="POST", status=504))
    contact = create(client)
    assert contact.attribute("mobilePhone") == PHONE
    assert len(posts(emulator)) == 2
    assert emulator.count("mobilePhone", PHONE) == 1


def test_engage_504_every_time_ends_in_engage_timed_out(emulator: EmulatorServer,
                                                        client: EngageClient) -> None:
    emulator.faults.add(Fault("status", method="POST", status=504, times=0))
    with pytest.raises(EngageTimedOut) as caught:
        create(client)
    assert caught.value.created is False
    assert len(posts(emulator)) == client.budgets.create_retry.attempts
    assert emulator.count("mobilePhone", PHONE) == 0


def test_stored_then_hung_create_is_reconciled_not_duplicated(emulator: EmulatorServer,
                                                              client: EngageClient) -> None:
    emulator.faults.add(Fault("hang_after_store", method="POST", delay=3.0))
    contact = create(client)
    assert contact.attribute("mobilePhone") == PHONE
    assert emulator.count("mobilePhone", PHONE) == 1
    assert len(posts(emulator)) == 1  # looked up, found, never posted again
    methods = [(r.method, r.path) for r in emulator.requests]
    assert ("GET", "/api/v3/contacts/id") in methods


def test_no_answer_every_time_is_outcome_unknown_and_retry_checks_first(
        emulator: EmulatorServer, client: EngageClient) -> None:
    emulator.faults.add(Fault("latency", method="POST", delay=2.5, times=0))
    with pytest.raises(NoAnswer) as caught:
        create(client)
    assert caught.value.created is None
    emulator.faults.clear()
    # The slow creates land after their delay (the first is stored, the re-send refused).
    wait_until(lambda: emulator.count("mobilePhone", PHONE) == 1, "the slow create lands")
    emulator.clear_requests()
    contact = create(client)  # the cashier's Retry
    first = emulator.requests[0]
    assert (first.method, first.path) == ("GET", "/api/v3/contacts/id")
    assert contact.attribute("mobilePhone") == PHONE
    assert emulator.count("mobilePhone", PHONE) == 1


def test_connection_reset_is_retried_after_a_lookup(emulator: EmulatorServer,
                                                    client: EngageClient) -> None:
    emulator.faults.add(Fault("reset", method="POST"))
    contact = create(client)
    assert contact.id
    assert emulator.count("mobilePhone", PHONE) == 1
    kinds = [(r.method, r.path) for r in emulator.requests]
    assert kinds.index(("GET", "/api/v3/contacts/id")) < len(kinds) - 1


def test_reset_after_store_never_duplicates(emulator: EmulatorServer,
                                            client: EngageClient) -> None:
    emulator.faults.add(Fault("reset_after_store", method="POST"))
    contact = create(client)
    assert contact.id
    assert emulator.count("mobilePhone", PHONE) == 1
    assert len(posts(emulator)) == 1


def test_cannot_connect() -> None:
    with EmulatorServer() as gone:
        url = gone.base_url
    with fast_client(url) as client, pytest.raises(CannotConnect) as caught:
        create(client)
    assert caught.value.created is False
    assert caught.value.status is None


def test_api_key_rejected(emulator: EmulatorServer) -> None:
    with EngageClient(emulator.base_url, "wrong-key") as client, \
            pytest.raises(ApiKeyRejected) as caught:
        create(client)
    assert caught.value.status == 401
    assert "wrong-key" not in str(caught.value)


def test_forbidden_is_api_key_rejected(emulator: EmulatorServer, client: EngageClient) -> None:
    emulator.faults.add(Fault("status", status=403))
    with pytest.raises(ApiKeyRejected):
        create(client)


def test_rate_limited_create_is_not_resent(emulator: EmulatorServer,
                                          client: EngageClient) -> None:
    emulator.faults.add(Fault("status", method="POST", status=429))
    with pytest.raises(RateLimited) as caught:
        create(client)
    assert caught.value.status == 429
    assert len(posts(emulator)) == 1


def test_rate_limited_lookup_is_retried(emulator: EmulatorServer, client: EngageClient) -> None:
    contact_id = emulator.seed({"mobilePhone": PHONE, "countryCode": "SE"})
    emulator.faults.add(Fault("status", method="GET", status=429))
    assert client.find_contact_id("mobilePhone", PHONE) == contact_id


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_error_then_retry_checks_first(emulator: EmulatorServer, client: EngageClient,
                                              status: int) -> None:
    emulator.faults.add(Fault("status", method="POST", status=status))
    with pytest.raises(ServerError) as caught:
        create(client)
    assert caught.value.status == status
    assert caught.value.created is None
    emulator.clear_requests()
    create(client)
    assert (emulator.requests[0].method, emulator.requests[0].path) == (
        "GET", "/api/v3/contacts/id")
    assert emulator.count("mobilePhone", PHONE) == 1


def test_html_from_a_proxy_is_unreadable(emulator: EmulatorServer, client: EngageClient) -> None:
    emulator.faults.add(Fault("html", method="POST", status=502))
    with pytest.raises(UnreadableResponse) as caught:
        create(client)
    assert caught.value.status == 502
    assert caught.value.created is None
    assert emulator.count("mobilePhone", PHONE) == 0


@pytest.mark.parametrize("kind", ["truncated_json", "empty_body", "wrong_shape"])
def test_unreadable_success_is_fetched_by_key(emulator: EmulatorServer, client: EngageClient,
                                              kind: str) -> None:
    emulator.faults.add(Fault(kind, method="POST"))
    contact = create(client)
    assert contact.attribute("mobilePhone") == PHONE
    assert emulator.count("mobilePhone", PHONE) == 1
    assert len(posts(emulator)) == 1


def test_huge_body_is_refused_unread(emulator: EmulatorServer, client: EngageClient,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading stops at the cap: not one of the 10 MB's later chunks is read."""
    read: list[int] = []
    raw_chunks = httpx.Response.iter_raw

    def counted(response: httpx.Response, chunk_size: int | None = None) -> Iterator[bytes]:
        for chunk in raw_chunks(response, chunk_size):
            read.append(len(chunk))
            yield chunk

    monkeypatch.setattr(httpx.Response, "iter_raw", counted)
    emulator.faults.add(Fault("huge_body", method="POST", status=500))
    with pytest.raises(UnreadableResponse) as caught:
        create(client)
    assert f"larger than {answers.MAX_BODY_BYTES} bytes" in str(caught.value)
    assert sum(read[:-1]) <= answers.MAX_BODY_BYTES < sum(read) < 10 * 1024 * 1024


def test_drip_fed_answer_hits_the_total_deadline(emulator: EmulatorServer,
                                                 client: EngageClient) -> None:
    """Every 16 bytes come within the read timeout, the whole answer never would: the
    exchange's deadline (read timeout × 1.5) breaks it off and a look-up finds the stored
    contact. (How long that takes in all: ``python -m tests.benchmarks --only
    engage_budgets``, create_drip_s.)"""
    waits = FaultWaits(emulator)
    emulator.faults.add(Fault("drip", method="POST", delay=0.4))
    contact = create(client)
    assert contact.attribute("mobilePhone") == PHONE
    assert emulator.count("mobilePhone", PHONE) == 1
    assert [(r.method, r.path) for r in emulator.requests][:2] == [
        ("POST", CREATE), ("GET", "/api/v3/contacts/id")]  # broken off, then looked up
    assert len(posts(emulator)) == 1
    assert max(waits.asked) < client.budgets.create_read_seconds  # no single read timed out


def test_abort_from_another_thread_ends_the_call_at_once(emulator: EmulatorServer) -> None:
    """The look-up would wait 30 s for its answer; the abort ends it with the
    connection dropped, not a time-out, and nothing is retried."""
    waits = FaultWaits(emulator, hold=True)
    emulator.faults.add(Fault("latency", method="GET", delay=60.0, times=0))
    with patient_client(emulator.base_url) as client:
        aborter = threading.Thread(target=lambda: (
            waits.wait_for(lambda w: w.pending == 1, "the look-up reaches Engage"),
            client.abort()))
        aborter.start()
        with pytest.raises(ConnectionDropped):
            client.find_contact_id("mobilePhone", PHONE)
        aborter.join()
        assert len(emulator.requests) == 1 and waits.pending == 1  # Engage never answered
        emulator.faults.clear()
        with pytest.raises(NotFound):  # the client works again afterwards
            client.find_contact_id("mobilePhone", PHONE)


def test_find_contact_id_found_not_found_multiple_invalid(emulator: EmulatorServer,
                                                          client: EngageClient) -> None:
    contact_id = emulator.seed({"mobilePhone": PHONE, "countryCode": "SE"})
    assert client.find_contact_id("mobilePhone", PHONE) == contact_id
    assert client.find_contact_id("mobilePhone", PHONE, "Member") == contact_id
    with pytest.raises(NotFound):
        client.find_contact_id("mobilePhone", PHONE_2)
    emulator.seed({"email": "a@example.com"}, allow_duplicate=True)
    emulator.seed({"email": "a@example.com"}, contact_type="Contact", allow_duplicate=True)
    with pytest.raises(MultipleMatches) as caught:
        client.find_contact_id("email", "a@example.com")
    assert caught.value.count == 2
    with pytest.raises(InvalidRequest):
        client.find_contact_id("mobilePhone", "not a phone")
    query = next(r.query for r in emulator.requests if r.path == "/api/v3/contacts/id")
    assert query == {"mobilePhone": PHONE}


def test_get_contact(emulator: EmulatorServer, client: EngageClient) -> None:
    contact_id = emulator.seed({"mobilePhone": PHONE, "countryCode": "SE", "firstName": "Eva"})
    contact = client.get_contact(contact_id)
    assert contact.id == contact_id and contact.attribute("firstName") == "Eva"
    with pytest.raises(NotFound):
        client.get_contact("00000000-0000-0000-0000-000000000000")


def test_update_sends_only_the_change(emulator: EmulatorServer, client: EngageClient) -> None:
    contact_id = emulator.seed({"mobilePhone": PHONE, "countryCode": "SE", "firstName": "Eva"})
    updated = client.update_contact(contact_id, {"countryCode": "FI"})
    assert updated.attribute("countryCode") == "FI"
    assert updated.attribute("firstName") == "Eva"
    import json
    (patch,) = [r for r in emulator.requests if r.method == "PATCH"]
    assert json.loads(patch.body) == {"countryCode": "FI"}


@pytest.mark.parametrize("changes", [{"countryCode": ""}, {"countryCode": None}, {},
                                     {"countryCode": "Sweden"}])
def test_update_never_sends_blank_or_null(emulator: EmulatorServer, client: EngageClient,
                                          changes: dict) -> None:
    contact_id = emulator.seed({"mobilePhone": PHONE, "countryCode": "SE"})
    with pytest.raises(InvalidDraft):
        client.update_contact(contact_id, changes)
    assert not [r for r in emulator.requests if r.method == "PATCH"]


def test_timed_out_patch_is_retried(emulator: EmulatorServer, client: EngageClient) -> None:
    contact_id = emulator.seed({"mobilePhone": PHONE, "countryCode": "SE"})
    emulator.faults.add(Fault("latency", method="PATCH", delay=1.5))
    updated = client.update_contact(contact_id, {"countryCode": "NO"})
    assert updated.attribute("countryCode") == "NO"


def test_logs_carry_no_personal_data(emulator: EmulatorServer, client: EngageClient,
                                     caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    emulator.faults.add(Fault("hang_after_store", method="POST", delay=2.0))
    create(client, member(email="anna@example.com"))
    text = caplog.text
    assert "POST /api/v3/contacts" in text
    for secret in (PHONE, "701740605", "anna@example.com", DEMO_API_KEY):
        assert secret not in text
