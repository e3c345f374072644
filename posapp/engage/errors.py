"""One exception class per outcome the UI must tell apart, and the tolerant error-body parser.

Every error carries the HTTP status (None when no answer came), Engage's error code and
message as sent, the raw text (cut short) and a plain-language ``explanation`` meant for
the cashier. ``created`` says what is known about the contact: False means nothing was
stored (safe to send again), None means the outcome is unknown (look it up first).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

RAW_LIMIT = 2000

#: What was wrong with a certificate that was not accepted (see ``engage.certificates``).
CertificateProblem = Literal[
    "expired", "not_yet_valid", "self_signed", "untrusted", "wrong_host", "other"]


@dataclass(frozen=True)
class ErrorBody:
    """What could be read out of an error response, whatever its shape."""

    code: str | None = None
    message: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    match_ids: tuple[str, ...] = ()
    is_json: bool = False


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _first(obj: dict[str, Any], *names: str) -> str | None:
    for name in names:
        text = _text(obj.get(name))
        if text:
            return text
    return None


def _field_name(item: dict[str, Any]) -> str | None:
    name = _first(item, "field", "fieldName", "property", "propertyName", "name", "key", "path")
    if name is None:
        return None
    return _attribute_name(name)


def _attribute_name(name: str) -> str | None:
    """``body.mobilePhone``, ``$.mobilePhone``, ``Contact.MobilePhone`` → ``mobilePhone``."""
    last = name.replace("$", "").split(".")[-1].strip("[]/ ")
    if not last:
        return None
    return last[0].lower() + last[1:]


def _collect_fields(errors: Any) -> dict[str, str]:
    fields: dict[str, str] = {}
    if isinstance(errors, dict):  # ASP.NET ModelState: {"mobilePhone": ["Invalid …"]}
        for name, messages in errors.items():
            if not isinstance(name, str):
                continue
            if isinstance(messages, list):
                texts = [t for t in (_text(m) for m in messages) if t]
                message = texts[0] if texts else ""
            else:
                message = _text(messages) or ""
            attribute = _attribute_name(name)
            if attribute:
                fields[attribute] = message
    elif isinstance(errors, list):
        for item in errors:
            if isinstance(item, dict):
                name = _field_name(item)
                if name:
                    fields.setdefault(name, _first(item, "message", "Message", "detail") or "")
    return fields


def parse_error_body(text: str | bytes | None) -> ErrorBody:
    """Read code, message, field errors and match ids from any error-body shape.

    Accepts ``{"errorCode", "message"}``, ``{"code", "message"}``, ``{"errors": [{"code",
    "message", "field"}]}``, ``{"errors": {"field": ["message"]}}``, ``{"error": "…"}``,
    ``{"Message": "…"}``, problem+json (``title``/``detail``), a bare JSON string, and
    anything else (HTML, truncated JSON) as "nothing readable". Never raises.
    """
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if not text or not text.strip():
        return ErrorBody()
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return ErrorBody()
    if isinstance(data, str):
        return ErrorBody(message=_text(data), is_json=True)
    if not isinstance(data, dict):
        return ErrorBody(is_json=True)

    errors = data.get("errors")
    first_error: dict[str, Any] = {}
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        first_error = errors[0]
    error = data.get("error")
    error_obj = error if isinstance(error, dict) else {}

    # A numeric "code" is usually the HTTP status repeated: prefer a word such as "NoData".
    candidates = [
        _first(data, "errorCode", "ErrorCode"),
        _first(first_error, "code", "errorCode"),
        _first(error_obj, "code", "errorCode"),
        _text(error),
        _first(data, "code", "Code"),
    ]
    words = [c for c in candidates if c and not c.isdigit()]
    code = words[0] if words else next((c for c in candidates if c), None)
    message = (
        _first(data, "message", "Message", "detail", "errorMessage")
        or _first(first_error, "message", "Message", "detail")
        or _first(error_obj, "message", "Message")
        or _first(data, "title")
    )
    fields = _collect_fields(errors)
    for name in ("fieldErrors", "validationErrors", "modelState", "ModelState"):
        fields.update(_collect_fields(data.get(name)))

    ids_raw = data.get("multipleMatchesFound") or data.get("ids") or ()
    match_ids = tuple(str(i) for i in ids_raw if _text(i)) if isinstance(ids_raw, list) else ()
    return ErrorBody(code=code, message=message, fields=fields, match_ids=match_ids, is_json=True)


class EngageError(Exception):
    """Base of every outcome other than success."""

    explanation: ClassVar[str] = "Engage could not do this."
    #: What is known about the contact after this error (create only): False nothing was
    #: stored, True it was stored, None unknown. A class default an instance may override.
    created: bool | None = False

    def __init__(
        self,
        detail: str | None = None,
        *,
        status: int | None = None,
        code: str | None = None,
        message: str | None = None,
        raw: str = "",
        fields: dict[str, str] | None = None,
        created: bool | Literal["default"] | None = "default",
    ) -> None:
        if created != "default":
            self.created = created
        self.status = status
        self.code = code
        self.message = message
        self.raw = raw[:RAW_LIMIT]
        self.fields: dict[str, str] = dict(fields or {})
        super().__init__(detail or self._describe())

    def _describe(self) -> str:
        parts = [self.explanation]
        if self.status is not None:
            parts.append(f"HTTP {self.status}")
        if self.code:
            parts.append(self.code)
        if self.message:
            parts.append(self.message)
        return " — ".join(parts)


class InvalidDraft(EngageError):
    """The contact was refused before any request: a field is not in Engage's format."""

    explanation = "Some fields are not filled in correctly. Nothing was sent."


class NoData(EngageError):
    """400 NoData: Engage received an empty body (a bug in posapp, never retried)."""

    explanation = "Engage received no data. Nothing was saved. Tell IT: this is a posapp fault."


class InvalidRequest(EngageError):
    """400 with another code: a search key or parameter Engage does not accept."""

    explanation = "Engage did not accept what was searched for."


class AlreadyMember(EngageError):
    """409 ApprovedContactWithKeyExists: the customer is already a member."""

    explanation = "This customer is already a member."

    def __init__(self, *args: Any, existing_id: str | None = None,
                 found_by: str | None = None, **kwargs: Any) -> None:
        self.existing_id = existing_id
        #: The existing contact, where a caller has read it (the UI does, for its dialog).
        self.existing: object | None = None
        #: The identifier the member was found by before any create (``email``…), or None:
        #: Engage's own 409 on the key.
        self.found_by = found_by
        super().__init__(*args, **kwargs)


class BeingCreated(EngageError):
    """409 ContactWithKeyIsBeingCreated: another signup with this key is in flight."""

    explanation = "A signup with this key is being saved right now. Wait a moment and look again."
    created = None


class InvalidFields(EngageError):
    """422 ValidationError: Engage refused some fields; ``fields`` names them where it can."""

    explanation = "Engage did not accept some fields. Correct the marked fields."


class NotFound(EngageError):
    """404 ContactNotFound."""

    explanation = "No member was found."


class MultipleMatches(EngageError):
    """409 MultipleMatches on lookup: the key is shared by several contacts."""

    explanation = "More than one member matches. Search with a more specific key."

    def __init__(self, *args: Any, match_ids: tuple[str, ...] = (), **kwargs: Any) -> None:
        self.match_ids = match_ids
        super().__init__(*args, **kwargs)

    @property
    def count(self) -> int:
        """How many contacts matched (at least 2 where the body did not say)."""
        return max(len(self.match_ids), 2)


class EngageTimedOut(EngageError):
    """504 RequestTimeOut: Engage gave up and rolled back; nothing was created."""

    explanation = "Engage took too long and gave up. Nothing was saved. It is safe to try again."


class OutcomeUnknown(EngageError):
    """The request may or may not have reached Engage: look the key up before sending again."""

    explanation = "No answer from Engage. The signup may or may not have been saved."
    created = None


class NoAnswer(OutcomeUnknown):
    """No answer within posapp's own time limit."""

    explanation = (
        "Engage did not answer in time. The signup may or may not have been saved; "
        "Retry checks first, so the customer cannot be registered twice."
    )


class ConnectionDropped(OutcomeUnknown):
    """The connection broke after the request was sent."""

    explanation = (
        "The connection to Engage broke. The signup may or may not have been saved; "
        "Retry checks first, so the customer cannot be registered twice."
    )


class CannotConnect(EngageError):
    """No connection could be opened: nothing reached Engage."""

    explanation = "Cannot reach Engage. Check the network. Nothing was saved."


class CertificateRejected(EngageError):
    """TLS: the certificate shown for Engage's address was not accepted. Nothing was sent.

    Not a network fault and not helped by pressing Retry: the certificate is expired, for
    another name, or signed by an authority posapp does not trust (a TLS-inspecting proxy,
    someone in the middle), or the till's clock is wrong. IT must look at it.
    """

    explanation = "The certificate of Engage's address was not accepted. Nothing was sent. Tell IT."

    def __init__(self, *args: Any, problem: CertificateProblem = "other", **kwargs: Any) -> None:
        self.problem: CertificateProblem = problem
        super().__init__(*args, **kwargs)

    @property
    def reason(self) -> str:
        """What was wrong, in a few English words for IT and the log."""
        return _CERTIFICATE_REASONS[self.problem]


_CERTIFICATE_REASONS: dict[CertificateProblem, str] = {
    "expired": "the certificate has expired",
    "not_yet_valid": "the certificate is not valid yet (is the till's clock right?)",
    "self_signed": "a self-signed certificate",
    "untrusted": "a certificate from an authority posapp does not trust",
    "wrong_host": "a certificate made out for another name",
    "other": "the certificate could not be verified",
}


class ApiKeyRejected(EngageError):
    """401/403: the API key is missing, wrong or lacks rights."""

    explanation = "Engage refused posapp's API key. Nothing was saved. Tell IT."


class RateLimited(EngageError):
    """429: too many requests for this API key."""

    explanation = "Engage is busy (too many requests). Nothing was saved. Try again in a moment."

    def __init__(self, *args: Any, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(*args, **kwargs)


class ServerError(EngageError):
    """5xx other than 504: a fault inside Engage (or a missing Content-Type)."""

    explanation = (
        "Engage had an internal error. Try again; Retry checks first whether it was saved. "
        "If it persists, tell IT."
    )


class UnreadableResponse(EngageError):
    """An answer posapp cannot read: an HTML page from a proxy, truncated or wrong-shaped JSON."""

    explanation = (
        "Engage's answer could not be read (a proxy or network fault). "
        "The signup may or may not have been saved; Retry checks first. If it persists, tell IT."
    )
    created = None
