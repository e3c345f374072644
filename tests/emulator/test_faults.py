"""Every fault kind, over real loopback HTTP, and how faults are matched and used up.

No assertion here is about how long anything took: each fault's delay is read from the
wait it asked the emulator for (tests/fault_waits.py), and "while the first request is
held" is arranged by holding it, not by sleeping and hoping it still is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import httpx
import pytest

from posapp.emulator import KINDS, EmulatorServer, Fault
from posapp.engage.errors import parse_error_body
from tests.fault_waits import FaultWaits

from .helpers import CONTACTS, LOOKUP, PHONE, PHONE_2, client_for, member

Create = Callable[..., httpx.Response]


def post_in_thread(emu: EmulatorServer, outcome: list[object], timeout: float = 10,
                   answers: list[httpx.Response] | None = None) -> threading.Thread:
    """POST a create from another thread; its status or the exception lands in ``outcome``
    (and the whole answer in ``answers``, if given)."""

    def post() -> None:
        try:
            with client_for(emu, timeout=timeout) as api:
                answer = api.post(CONTACTS, json=member())
                answer.read()
                outcome.append(answer.status_code)
                if answers is not None:
                    answers.append(answer)
        except httpx.HTTPError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=post)
    thread.start()
    return thread


# -- faults that delay ------------------------------------------------------------------


def test_latency_delays_then_handles_normally(emu: EmulatorServer) -> None:
    waits = FaultWaits(emu, hold=True)
    emu.faults.add(Fault("latency", method="POST", delay=0.3))
    outcome: list[object] = []
    thread = post_in_thread(emu, outcome)
    waits.wait_for(lambda w: w.pending == 1, "the create waits")
    assert waits.asked == [0.3]
    assert outcome == [] and emu.count("mobilePhone", PHONE) == 0  # nothing before the delay
    waits.release()
    thread.join(5)
    assert outcome == [201]
    assert emu.count("mobilePhone", PHONE) == 1


def test_latency_delays_every_answer_even_a_conflict(emu: EmulatorServer) -> None:
    waits = FaultWaits(emu, hold=True)
    emu.faults.add(Fault("latency", method="POST", delay=0.4, times=0))
    first: list[object] = []
    second: list[object] = []
    answers: list[httpx.Response] = []
    first_thread = post_in_thread(emu, first)
    waits.wait_for(lambda w: w.pending == 1, "the first create waits")
    second_thread = post_in_thread(emu, second, answers=answers)  # slow too
    waits.wait_for(lambda w: w.pending == 2, "the second create waits")
    waits.release()  # the first lands
    first_thread.join(5)
    assert first == [201] and second == []  # the second still waits out its own delay
    waits.release()
    second_thread.join(5)
    assert waits.asked == [0.4, 0.4]
    assert parse_error_body(answers[0].text).code == "ApprovedContactWithKeyExists"
    assert emu.count("mobilePhone", PHONE) == 1


def test_latency_on_an_invalid_create_holds_no_key(create: Create, emu: EmulatorServer) -> None:
    emu.faults.add(Fault("latency", method="POST", delay=0.2))
    assert create(member(countryCode="se")).status_code == 422
    assert create(member()).status_code == 201


def test_latency_on_a_lookup(api: httpx.Client, emu: EmulatorServer) -> None:
    waits = FaultWaits(emu)
    emu.faults.add(Fault("latency", path=LOOKUP, delay=0.2))
    assert api.get(LOOKUP, params={"mobilePhone": PHONE}).status_code == 404
    assert (waits.asked, waits.ended) == ([0.2], [True])


def test_engage_timeout_is_504_after_the_limit_and_rolls_back(
    create: Create, emu: EmulatorServer
) -> None:
    waits = FaultWaits(emu)
    emu.faults.add(Fault("engage_timeout"))
    response = create(member())
    assert (waits.asked, waits.ended) == ([0.3], [True])  # the emu fixture's create_time_limit
    assert response.status_code == 504
    assert parse_error_body(response.text).code == "RequestTimeOut"
    assert emu.count("mobilePhone", PHONE) == 0
    assert create(member()).status_code == 201  # safe to send again


def test_engage_timeout_holds_the_key_while_it_runs(emu: EmulatorServer) -> None:
    waits = FaultWaits(emu, hold=True)
    emu.faults.add(Fault("engage_timeout", delay=0.5))
    outcome: list[object] = []
    thread = post_in_thread(emu, outcome)
    waits.wait_for(lambda w: w.pending == 1, "the create runs into Engage's time limit")
    with client_for(emu) as api:
        concurrent = api.post(CONTACTS, json=member())
    waits.release()
    thread.join(5)
    assert waits.asked == [0.5]
    assert parse_error_body(concurrent.text).code == "ContactWithKeyIsBeingCreated"
    assert outcome == [504]
    assert emu.count("mobilePhone", PHONE) == 0


# -- faults that answer with an error ----------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (400, "NoData"),
        (401, "Unauthorized"),
        (403, "Forbidden"),
        (409, "ApprovedContactWithKeyExists"),
        (422, "ValidationError"),
        (429, "TooManyRequests"),
        (500, "InternalServerError"),
        (502, "BadGateway"),
        (503, "ServiceUnavailable"),
        (504, "RequestTimeOut"),
    ],
)
def test_status_fault_answers_an_engage_error_and_stores_nothing(
    create: Create, emu: EmulatorServer, status: int, code: str
) -> None:
    emu.faults.add(Fault("status", status=status))
    response = create(member())
    assert response.status_code == status
    body = parse_error_body(response.text)
    assert body.code == code
    if status == 422:
        assert body.fields
    if status == 429:
        assert response.headers["Retry-After"] == "1"
    assert emu.contacts() == []


def test_status_409_on_a_lookup_is_multiple_matches(api: httpx.Client, emu: EmulatorServer) -> None:
    emu.faults.add(Fault("status", status=409, path=LOOKUP))
    body = parse_error_body(api.get(LOOKUP, params={"mobilePhone": PHONE}).text)
    assert body.code == "MultipleMatches"
    assert len(body.match_ids) == 2


def test_status_fault_in_a_given_shape_after_a_delay(create: Create, emu: EmulatorServer) -> None:
    waits = FaultWaits(emu)
    emu.faults.add(Fault("status", status=503, shape="text", delay=0.2))
    response = create(member())
    assert (waits.asked, waits.ended) == ([0.2], [True])
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("text/plain")


def test_being_created(create: Create, emu: EmulatorServer) -> None:
    emu.faults.add(Fault("being_created"))
    response = create(member())
    assert response.status_code == 409
    assert parse_error_body(response.text).code == "ContactWithKeyIsBeingCreated"
    assert emu.contacts() == []


def test_html_page_from_a_proxy(create: Create, emu: EmulatorServer) -> None:
    emu.faults.add(Fault("html"))
    response = create(member())
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "<html>" in response.text
    assert parse_error_body(response.text).is_json is False
    emu.faults.add(Fault("html", status=504))
    assert create(member()).status_code == 504
    assert emu.contacts() == []


@pytest.mark.parametrize(("shape", "marker"), [(None, b'{"errorCode"'), ("html", b"<html>")])
def test_huge_body(create: Create, emu: EmulatorServer, shape: str | None, marker: bytes) -> None:
    emu.faults.add(Fault("huge_body", shape=shape))
    response = create(member())
    assert response.status_code == 500
    assert len(response.content) >= 10 * 1024 * 1024
    assert response.content.startswith(marker)
    assert emu.contacts() == []


# -- faults after the contact is stored --------------------------------------------------


def test_truncated_json(create: Create, emu: EmulatorServer) -> None:
    emu.faults.add(Fault("truncated_json"))
    response = create(member())
    assert response.status_code == 201
    assert response.headers["content-type"].startswith("application/json")
    assert int(response.headers["content-length"]) == len(response.content) > 0
    with pytest.raises(ValueError):
        response.json()
    assert emu.count("mobilePhone", PHONE) == 1


def test_empty_body(create: Create, emu: EmulatorServer) -> None:
    emu.faults.add(Fault("empty_body"))
    response = create(member())
    assert response.status_code == 201
    assert response.content == b""
    assert emu.count("mobilePhone", PHONE) == 1


@pytest.mark.parametrize(("shape", "check"), [
    (None, lambda data: isinstance(data, list)),
    ("no_id", lambda data: isinstance(data, dict) and "id" not in data and "attributes" in data),
    ("string", lambda data: data == "OK"),
])
def test_wrong_shape(
    create: Create, emu: EmulatorServer, shape: str | None, check: Callable[[object], bool]
) -> None:
    emu.faults.add(Fault("wrong_shape", shape=shape))
    response = create(member())
    assert response.status_code == 201
    assert check(response.json())
    assert emu.count("mobilePhone", PHONE) == 1


def test_drip_is_slower_than_the_read_timeout_yet_succeeds(emu: EmulatorServer) -> None:
    waits = FaultWaits(emu)
    emu.faults.add(Fault("drip", delay=0.03))
    timeout = httpx.Timeout(5.0, read=0.25)
    with client_for(emu, timeout=timeout) as api:
        response = api.post(CONTACTS, json=member())
    assert response.status_code == 201
    assert response.json()["attributes"]["mobilePhone"] == PHONE
    # httpx's read timeout is per read, not a deadline: every pause is shorter than it,
    # the answer as a whole took longer.
    assert set(waits.asked) == {0.03} and all(waits.ended)
    assert sum(waits.asked) > 0.25


# -- faults that break the connection ----------------------------------------------------


def test_reset_raises_a_connection_error_and_stores_nothing(
    create: Create, emu: EmulatorServer
) -> None:
    emu.faults.add(Fault("reset"))
    with pytest.raises(httpx.TransportError) as caught:
        create(member())
    assert isinstance(caught.value, httpx.ReadError | httpx.RemoteProtocolError)
    assert "reset" in str(caught.value).lower()
    assert emu.contacts() == []
    assert create(member()).status_code == 201  # the client recovers with a new connection


def test_reset_after_store_raises_but_the_contact_exists(
    create: Create, emu: EmulatorServer
) -> None:
    emu.faults.add(Fault("reset_after_store"))
    with pytest.raises(httpx.TransportError):
        create(member())
    assert emu.count("mobilePhone", PHONE) == 1


def test_hang_after_store_times_the_client_out_with_the_contact_stored(
    emu: EmulatorServer,
) -> None:
    waits = FaultWaits(emu, hold=True)  # the hang lasts until the test ends
    emu.faults.add(Fault("hang_after_store", delay=1.0))
    with client_for(emu, timeout=0.3) as api, pytest.raises(httpx.ReadTimeout):
        api.post(CONTACTS, json=member())
    assert waits.asked == [1.0] and waits.pending == 1  # the client gave up, not the server
    assert emu.count("mobilePhone", PHONE) == 1


@pytest.mark.parametrize(
    "fault",
    [Fault("hang_after_store", delay=30), Fault("latency", delay=30), Fault("drip", delay=30),
     Fault("engage_timeout", delay=30)],
    ids=lambda fault: fault.kind,
)
def test_stop_cuts_short_a_fault_that_holds_a_request(fault: Fault) -> None:
    """stop() ends the fault's 30 s wait and the connection: the client hears at once that
    the connection closed (its own 60 s read timeout never comes into it)."""
    emu = EmulatorServer().start()
    waits = FaultWaits(emu)
    emu.faults.add(fault)
    outcome: list[object] = []
    thread = post_in_thread(emu, outcome, timeout=60)
    waits.wait_for(lambda w: w.pending == 1, "the fault holds the request")
    emu.stop()
    waits.wait_for(lambda w: w.pending == 0, "the fault's wait ends")
    assert waits.ended == [False]  # cut short by stop(), not waited out
    thread.join(10)
    assert not thread.is_alive()
    assert len(outcome) == 1
    assert isinstance(outcome[0], httpx.TransportError)  # closed without a (whole) answer
    assert not isinstance(outcome[0], httpx.TimeoutException)
    emu.stop()  # idempotent


# -- matching and using faults up --------------------------------------------------------


def test_key_value_method_and_path_select_requests(create: Create, emu: EmulatorServer) -> None:
    emu.faults.add(Fault("status", status=500, key_value=PHONE_2))
    emu.faults.add(Fault("status", status=503, method="GET"))
    emu.faults.add(Fault("status", status=502, path="/api/v3/other"))
    assert create(member(PHONE)).status_code == 201
    assert create(member(PHONE_2)).status_code == 500
    assert create(member(PHONE_2)).status_code == 201  # used up
    assert len(emu.faults.pending()) == 2


def test_key_value_matches_the_query_too(api: httpx.Client, emu: EmulatorServer) -> None:
    emu.faults.add(Fault("status", status=500, key_value=PHONE))
    assert api.get(LOOKUP, params={"mobilePhone": PHONE_2}).status_code == 404
    assert api.get(LOOKUP, params={"mobilePhone": PHONE}).status_code == 500


def test_times_counts_uses_and_zero_means_until_cleared(
    create: Create, emu: EmulatorServer
) -> None:
    emu.faults.add(Fault("being_created", times=2))
    assert [create(member()).status_code for _ in range(3)] == [409, 409, 201]
    emu.faults.add(Fault("status", status=500, times=0))
    assert [create(member(PHONE_2)).status_code for _ in range(4)] == [500] * 4
    emu.faults.clear()
    assert create(member(PHONE_2)).status_code == 201


def test_a_times_one_fault_hits_exactly_one_of_concurrent_requests(emu: EmulatorServer) -> None:
    emu.faults.add(Fault("status", status=503))
    barrier = threading.Barrier(6)
    statuses: list[int] = []

    def get() -> None:
        with client_for(emu) as api:
            barrier.wait()
            statuses.append(api.get(LOOKUP, params={"mobilePhone": PHONE}).status_code)

    threads = [threading.Thread(target=get) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert sorted(statuses) == [404] * 5 + [503]


@pytest.mark.parametrize(
    "arguments",
    [
        {"kind": "explode"},
        {"kind": "status"},
        {"kind": "status", "status": 99},
        {"kind": "latency", "delay": -1},
        {"kind": "latency", "times": -1},
        {"kind": "status", "status": 500, "shape": "xml"},
        {"kind": "wrong_shape", "shape": "errors"},
    ],
)
def test_invalid_faults_are_refused(arguments: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Fault(**arguments)  # type: ignore[arg-type]


def test_every_kind_is_tested() -> None:
    tested = {"latency", "engage_timeout", "status", "being_created", "html", "huge_body",
              "truncated_json", "empty_body", "wrong_shape", "drip", "reset",
              "reset_after_store", "hang_after_store"}
    assert tested == set(KINDS)
