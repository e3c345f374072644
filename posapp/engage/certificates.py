"""Which certificate problem, if any, stopped a connection: read from the exception chain.

The one place that knows OpenSSL's verification codes and texts: the client names a
certificate failure as such (CertificateRejected, not "check the network"), and the set-up
dialog's Test connection tells IT which problem it is.
"""

from __future__ import annotations

import ssl

from posapp.engage.errors import CertificateProblem

# OpenSSL's X509_V_ERR_* codes, as ssl.SSLCertVerificationError.verify_code carries them.
_VERIFY_CODES: dict[int, CertificateProblem] = {
    2: "untrusted",        # unable to get issuer certificate
    9: "not_yet_valid",
    10: "expired",
    18: "self_signed",     # self-signed certificate
    19: "self_signed",     # self-signed certificate in the chain
    20: "untrusted",       # unable to get local issuer certificate
    21: "untrusted",       # unable to verify the first certificate
    62: "wrong_host",      # hostname mismatch
    64: "wrong_host",      # IP address mismatch
}
# The same, read from the text where the exception chain is not available.
_VERIFY_TEXTS: tuple[tuple[str, CertificateProblem], ...] = (
    ("certificate has expired", "expired"),
    ("certificate is not yet valid", "not_yet_valid"),
    ("self-signed certificate", "self_signed"),
    ("self signed certificate", "self_signed"),
    ("unable to get local issuer certificate", "untrusted"),
    ("unable to get issuer certificate", "untrusted"),
    ("hostname mismatch", "wrong_host"),
    ("ip address mismatch", "wrong_host"),
    ("certificate verify failed", "other"),
)


def exception_chain(error: BaseException) -> list[BaseException]:
    """The error and every cause or context behind it (httpx → httpcore → ssl/socket)."""
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def certificate_problem(error: BaseException) -> CertificateProblem | None:
    """The certificate problem behind ``error``, or None when it was no certificate's fault."""
    chain = exception_chain(error)
    verification = [link for link in chain if isinstance(link, ssl.SSLCertVerificationError)]
    for link in verification:
        code = getattr(link, "verify_code", None)
        if code in _VERIFY_CODES:
            return _VERIFY_CODES[code]
    text = " ".join(str(link) for link in chain).lower()
    for phrase, problem in _VERIFY_TEXTS:
        if phrase in text:
            return problem
    return "other" if verification else None
