"""Test connection, without Qt: every failure IT can meet, produced for real on loopback
(the emulator's faults, TLS servers with bad certificates, a closed port, a bad name)."""

from __future__ import annotations

import socket

import pytest

from posapp.config import DEMO_API_KEY
from posapp.connection_check import (
    PROBE_EMAIL,
    Outcome,
    check_connection,
    diagnose,
    probe_client,
)
from posapp.emulator import EmulatorServer, Fault
from posapp.engage import CannotConnect
from tests.setup.conftest import Certificates


def probe(base_url: str, key: str = DEMO_API_KEY, **options: object) -> object:
    with probe_client(base_url, key, connect_timeout=1.0, read_timeout=1.0,
                      **options) as client:  # type: ignore[arg-type]
        return check_connection(client)


def test_a_working_tenant_answers_404_for_the_probe(emulator: EmulatorServer) -> None:
    result = probe(emulator.base_url)
    assert result.ok and result.outcome is Outcome.OK and result.host == "127.0.0.1"
    (request,) = emulator.requests
    assert request.method == "GET" and request.path == "/api/v3/contacts/id"
    assert request.query == {"email": PROBE_EMAIL}
    assert emulator.contacts() == []


def test_a_wrong_key_is_rejected(emulator: EmulatorServer) -> None:
    result = probe(emulator.base_url, key="wrong-key")
    assert (result.outcome, result.status) == (Outcome.KEY_REJECTED, 401)


@pytest.mark.parametrize(("fault", "outcome", "status"), [
    (Fault("html", status=502), Outcome.NOT_ENGAGE, 502),
    (Fault("html", status=200), Outcome.NOT_ENGAGE, 200),
    (Fault("status", status=500), Outcome.SERVER_ERROR, 500),
    (Fault("status", status=503), Outcome.SERVER_ERROR, 503),
    (Fault("status", status=403), Outcome.KEY_REJECTED, 403),
    (Fault("status", status=429), Outcome.RATE_LIMITED, 429),
    (Fault("latency", delay=3.0), Outcome.NO_ANSWER, None),
    (Fault("reset"), Outcome.DROPPED, None),
])
def test_each_fault_has_its_own_outcome(emulator: EmulatorServer, fault: Fault,
                                        outcome: Outcome, status: int | None) -> None:
    emulator.faults.add(fault)
    result = probe(emulator.base_url)
    assert (result.outcome, result.status) == (outcome, status), result.detail
    assert len(emulator.requests) == 1  # one attempt: no retries hide what happened


def test_nothing_listening() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert probe(f"http://127.0.0.1:{port}").outcome is Outcome.REFUSED


def test_a_name_that_does_not_resolve() -> None:
    result = probe("https://no-such-tenant.invalid")
    assert result.outcome is Outcome.UNKNOWN_HOST, result.detail
    assert result.host == "no-such-tenant.invalid"


@pytest.mark.parametrize(("server", "trust_ca", "outcome", "words"), [
    ("expired", True, Outcome.CERT_EXPIRED, "certificate has expired"),
    ("not_yet_valid", True, Outcome.CERT_NOT_YET_VALID, "not yet valid"),
    ("self_signed", False, Outcome.CERT_SELF_SIGNED, "self-signed certificate"),
    ("other_host", True, Outcome.CERT_WRONG_HOST, "Hostname mismatch"),
])
def test_tls_failures_are_told_apart(certificates: Certificates, server: str, trust_ca: bool,
                                     outcome: Outcome, words: str) -> None:
    port = getattr(certificates, server)()
    ca_bundle = str(certificates.ca_file) if trust_ca else None
    result = probe(f"https://localhost:{port}", ca_bundle=ca_bundle)
    assert result.outcome is outcome
    assert words in result.detail and "CERTIFICATE_VERIFY_FAILED" in result.detail


def test_a_certificate_from_an_unknown_authority(certificates: Certificates) -> None:
    port = certificates.good()
    assert probe(f"https://localhost:{port}").outcome is Outcome.CERT_UNTRUSTED
    # With the chain's CA configured the handshake passes; the server then just hangs up.
    trusted = probe(f"https://localhost:{port}", ca_bundle=str(certificates.ca_file))
    assert trusted.outcome is Outcome.DROPPED


@pytest.mark.parametrize(("text", "outcome"), [
    ("ConnectTimeout: timed out", Outcome.CONNECT_TIMEOUT),
    ("ConnectError: [Errno -3] Temporary failure in name resolution", Outcome.UNKNOWN_HOST),
    ("ConnectError: [Errno 111] Connection refused", Outcome.REFUSED),
    ("ConnectError: [SSL: WRONG_VERSION_NUMBER] wrong version number", Outcome.TLS_FAILED),
    ("ConnectError: [Errno 113] No route to host", Outcome.CANNOT_CONNECT),
])
def test_connect_errors_read_from_their_text(text: str, outcome: Outcome) -> None:
    assert diagnose(CannotConnect(text), "h").outcome is outcome


def test_a_bug_is_unexpected_not_a_crash() -> None:
    result = diagnose(ZeroDivisionError("x"), "h")
    assert result.outcome is Outcome.UNEXPECTED and result.detail == "ZeroDivisionError"
