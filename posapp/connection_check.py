"""The set-up dialog's "Test connection": one harmless request, and what exactly failed.

The request looks up a contact by an e-mail address that cannot exist
(``…@invalid.example``): Engage's 404 proves that the address resolves, the TLS
certificate is valid and the API key is accepted, and nothing is created or changed.
Plain Python (no Qt), so the classification is tested without a window.
"""

from __future__ import annotations

import socket
import ssl
import time
from dataclasses import dataclass
from enum import Enum
from urllib.parse import urlsplit

from posapp.engage import (
    ApiKeyRejected,
    CannotConnect,
    CertificateRejected,
    ConnectionDropped,
    EngageError,
    EngageTimedOut,
    NoAnswer,
    NotFound,
    RateLimited,
    ServerError,
    UnreadableResponse,
)
from posapp.engage.budgets import Budgets
from posapp.engage.certificates import certificate_problem, exception_chain
from posapp.engage.client import EngageClient
from posapp.engage.errors import CertificateProblem
from posapp.engage.retry import RetryPolicy

#: The harmless lookup: an address in a domain reserved never to exist (RFC 2606).
PROBE_EMAIL = "posapp-connection-test@invalid.example"


class Outcome(Enum):
    """Every distinct answer the set-up dialog gives."""

    OK = "ok"
    UNKNOWN_HOST = "unknown_host"
    REFUSED = "refused"
    CONNECT_TIMEOUT = "connect_timeout"
    CERT_EXPIRED = "cert_expired"
    CERT_NOT_YET_VALID = "cert_not_yet_valid"
    CERT_SELF_SIGNED = "cert_self_signed"
    CERT_UNTRUSTED = "cert_untrusted"
    CERT_WRONG_HOST = "cert_wrong_host"
    TLS_FAILED = "tls_failed"
    CANNOT_CONNECT = "cannot_connect"
    KEY_REJECTED = "key_rejected"
    NOT_ENGAGE = "not_engage"
    SERVER_ERROR = "server_error"
    NO_ANSWER = "no_answer"
    DROPPED = "dropped"
    RATE_LIMITED = "rate_limited"
    UNEXPECTED = "unexpected"


@dataclass(frozen=True)
class Diagnosis:
    """The outcome, the host it concerns, and the technical detail for IT (no secrets)."""

    outcome: Outcome
    host: str
    detail: str = ""
    status: int | None = None
    elapsed_ms: int = 0
    #: Whether the connection was TLS (plain http is only allowed to loopback test servers).
    secure: bool = True

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK


# What each refused certificate means for the set-up dialog (the engage package reads it).
_CERTIFICATE_OUTCOMES: dict[CertificateProblem, Outcome] = {
    "expired": Outcome.CERT_EXPIRED,
    "not_yet_valid": Outcome.CERT_NOT_YET_VALID,
    "self_signed": Outcome.CERT_SELF_SIGNED,
    "untrusted": Outcome.CERT_UNTRUSTED,
    "wrong_host": Outcome.CERT_WRONG_HOST,
    "other": Outcome.TLS_FAILED,
}


def _connect_outcome(error: EngageError) -> Outcome:
    if isinstance(error, CertificateRejected):
        return _CERTIFICATE_OUTCOMES[error.problem]
    problem = certificate_problem(error)  # an error made elsewhere, read from its text
    if problem is not None:
        return _CERTIFICATE_OUTCOMES[problem]
    chain = exception_chain(error)
    text = " ".join(str(link) for link in chain).lower()
    if any(isinstance(link, ssl.SSLError) for link in chain) or "ssl" in text:
        return Outcome.TLS_FAILED
    if any(isinstance(link, socket.gaierror) for link in chain) or any(
        phrase in text for phrase in ("name or service not known", "nodename nor servname",
                                      "getaddrinfo failed", "temporary failure in name",
                                      "no address associated")
    ):
        return Outcome.UNKNOWN_HOST
    if any(isinstance(link, ConnectionRefusedError) for link in chain) or "refused" in text:
        return Outcome.REFUSED
    if "timed out" in text or "timeout" in text:
        return Outcome.CONNECT_TIMEOUT
    return Outcome.CANNOT_CONNECT


def _detail(error: EngageError) -> str:
    parts = [type(error).__name__]
    if error.status is not None:
        parts.append(f"HTTP {error.status}")
    if error.code:
        parts.append(error.code)
    text = str(error)
    if error.status is None and text:
        parts.append(text)
    return " · ".join(parts)[:300]


def diagnose(error: BaseException, host: str) -> Diagnosis:
    """What a failed test means, most specific first."""
    if not isinstance(error, EngageError):
        return Diagnosis(Outcome.UNEXPECTED, host, type(error).__name__)
    detail = _detail(error)
    outcome: Outcome
    if isinstance(error, NotFound):
        outcome = Outcome.OK
    elif isinstance(error, (CannotConnect, CertificateRejected)):
        outcome = _connect_outcome(error)
    elif isinstance(error, ApiKeyRejected):
        outcome = Outcome.KEY_REJECTED
    elif isinstance(error, UnreadableResponse):
        outcome = Outcome.NOT_ENGAGE
    elif isinstance(error, (EngageTimedOut, NoAnswer)):
        outcome = Outcome.NO_ANSWER
    elif isinstance(error, ConnectionDropped):
        outcome = Outcome.DROPPED
    elif isinstance(error, ServerError):
        outcome = Outcome.SERVER_ERROR
    elif isinstance(error, RateLimited):
        outcome = Outcome.RATE_LIMITED
    else:
        outcome = Outcome.UNEXPECTED
    return Diagnosis(outcome, host, detail, error.status)


def probe_client(base_url: str, api_key: str, *, ca_bundle: str | None = None,
                 connect_timeout: float = 5.0, read_timeout: float = 8.0) -> EngageClient:
    """A client for one test: no retries, so each failure is reported as it happened."""
    whole = 1.25  # the exchange, drip-fed answers included, within read timeout × this
    return EngageClient(
        base_url, api_key,
        budgets=Budgets(
            connect_seconds=connect_timeout,
            create_read_seconds=read_timeout,
            lookup_read_seconds=read_timeout,
            create_total_seconds=connect_timeout + read_timeout * whole,
            lookup_total_seconds=connect_timeout + read_timeout * whole,
            lookup_retry=RetryPolicy(attempts=1),
            deadline_factor=whole,
        ),
        ca_bundle=ca_bundle,
    )


def check_connection(client: EngageClient) -> Diagnosis:
    """Send the harmless lookup with ``client``; never raises for an Engage outcome."""
    host = urlsplit(client.base_url).hostname or client.base_url
    started = time.monotonic()
    try:
        client.find_contact_id("email", PROBE_EMAIL)
    except EngageError as exc:
        result = diagnose(exc, host)
    else:  # someone did register it: the address, TLS and key work all the same
        result = Diagnosis(Outcome.OK, host)
    elapsed = int((time.monotonic() - started) * 1000)
    return Diagnosis(result.outcome, result.host, result.detail, result.status, elapsed,
                     secure=client.base_url.startswith("https://"))
