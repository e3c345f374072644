"""The words of every "Test connection" outcome, for the IT person at the set-up dialog.

Each outcome says what failed and what to change, naming the host; the technical detail
(the TLS error, the HTTP status) is shown beside it for IT. Marked with QT_TRANSLATE_NOOP
so that ``pyside6-lupdate`` finds them; translated when shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from posapp.connection_check import Diagnosis, Outcome
from posapp.validation.messages import QT_TRANSLATE_NOOP

CONTEXT = "ConnectionTest"

_TEXTS: dict[Outcome, tuple[str, str]] = {
    Outcome.OK: (
        QT_TRANSLATE_NOOP("ConnectionTest", "Connected to Engage"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "{host} answered over a valid secure connection and accepted the "
                          "API key ({ms} ms)."),
    ),
    Outcome.UNKNOWN_HOST: (
        QT_TRANSLATE_NOOP("ConnectionTest", "Address not found"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "No server named {host} can be found. Check the spelling of the "
                          "Engage address, and that this till's network can look names up "
                          "(DNS)."),
    ),
    Outcome.REFUSED: (
        QT_TRANSLATE_NOOP("ConnectionTest", "Connection refused"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "{host} refused the connection: nothing answers at that address "
                          "and port. Check the Engage address."),
    ),
    Outcome.CONNECT_TIMEOUT: (
        QT_TRANSLATE_NOOP("ConnectionTest", "No connection"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "{host} could not be reached in time. A firewall or proxy may be "
                          "blocking this till, or the network is down."),
    ),
    Outcome.CERT_EXPIRED: (
        QT_TRANSLATE_NOOP("ConnectionTest", "Certificate expired"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "The security certificate of {host} has expired, so posapp will "
                          "not send the API key there. If the till's clock is right, tell "
                          "whoever runs {host} (or the store's proxy)."),
    ),
    Outcome.CERT_NOT_YET_VALID: (
        QT_TRANSLATE_NOOP("ConnectionTest", "Certificate not valid yet"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "The security certificate of {host} is not valid yet. Check this "
                          "till's date and time."),
    ),
    Outcome.CERT_SELF_SIGNED: (
        QT_TRANSLATE_NOOP("ConnectionTest", "Self-signed certificate"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "{host} presented a self-signed certificate that this till does "
                          "not trust. If the chain's proxy inspects TLS traffic, set "
                          "ca_bundle in [engage] to its certificate authority file."),
    ),
    Outcome.CERT_UNTRUSTED: (
        QT_TRANSLATE_NOOP("ConnectionTest", "Untrusted certificate"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "The certificate of {host} was issued by an authority this till "
                          "does not trust. If the chain's proxy inspects TLS traffic, set "
                          "ca_bundle in [engage] to its certificate authority file."),
    ),
    Outcome.CERT_WRONG_HOST: (
        QT_TRANSLATE_NOOP("ConnectionTest", "Certificate for another server"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "The certificate presented is not valid for {host}. Check the "
                          "Engage address, such as https://acme.voyado.com."),
    ),
    Outcome.TLS_FAILED: (
        QT_TRANSLATE_NOOP("ConnectionTest", "Secure connection failed"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "A secure (TLS) connection to {host} could not be set up. Check "
                          "that the address starts with https:// and points at Engage."),
    ),
    Outcome.CANNOT_CONNECT: (
        QT_TRANSLATE_NOOP("ConnectionTest", "Cannot connect"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "posapp could not connect to {host}. Check the address and the "
                          "till's network."),
    ),
    Outcome.KEY_REJECTED: (
        QT_TRANSLATE_NOOP("ConnectionTest", "API key rejected"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "{host} answered, but refused the API key (HTTP {status}). Check "
                          "that the key is complete, belongs to this tenant and has not "
                          "been revoked."),
    ),
    Outcome.NOT_ENGAGE: (
        QT_TRANSLATE_NOOP("ConnectionTest", "Something other than Engage answered"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "The answer from {host} is not Engage's (HTTP {status}, a web "
                          "page rather than data). A proxy is in the way, or the address is "
                          "not the tenant's Engage address."),
    ),
    Outcome.SERVER_ERROR: (
        QT_TRANSLATE_NOOP("ConnectionTest", "Engage had a problem"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "{host} answered with an internal error (HTTP {status}). The "
                          "address is probably right; try again later, or ask Voyado."),
    ),
    Outcome.NO_ANSWER: (
        QT_TRANSLATE_NOOP("ConnectionTest", "No answer in time"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "{host} accepted the connection but did not answer in time. Try "
                          "again; if it persists, a proxy may be holding the request."),
    ),
    Outcome.DROPPED: (
        QT_TRANSLATE_NOOP("ConnectionTest", "Connection lost"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "The connection to {host} broke during the test. Try again; if it "
                          "persists, check the network and any proxy."),
    ),
    Outcome.RATE_LIMITED: (
        QT_TRANSLATE_NOOP("ConnectionTest", "Engage is busy"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "{host} asked posapp to slow down (HTTP 429). Wait a minute and "
                          "test again."),
    ),
    Outcome.UNEXPECTED: (
        QT_TRANSLATE_NOOP("ConnectionTest", "Unexpected answer"),
        QT_TRANSLATE_NOOP("ConnectionTest",
                          "{host} answered in a way posapp did not expect. The details below "
                          "tell IT what came back."),
    ),
}


# OK over plain http (a test server on this computer): nothing to say about certificates.
_OK_PLAIN = QT_TRANSLATE_NOOP("ConnectionTest",
                              "{host} answered and accepted the API key ({ms} ms). This is a "
                              "plain http:// test server on this computer, not a tenant.")


@dataclass(frozen=True)
class ConnectionText:
    """The title and explanation of one outcome, translated and filled in."""

    title: str
    explanation: str


def connection_text(diagnosis: Diagnosis) -> ConnectionText:
    """The words for ``diagnosis`` in the current UI language."""
    title, explanation = _TEXTS[diagnosis.outcome]
    if diagnosis.ok and not diagnosis.secure:
        explanation = _OK_PLAIN
    values = {"host": diagnosis.host, "ms": diagnosis.elapsed_ms,
              "status": diagnosis.status if diagnosis.status is not None else "—"}
    return ConnectionText(QCoreApplication.translate(CONTEXT, title),
                          QCoreApplication.translate(CONTEXT, explanation).format(**values))
