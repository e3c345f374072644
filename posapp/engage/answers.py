"""Reading Engage's answers: what each status, body or transport failure means.

Every outcome other than success becomes one EngageError subclass here, so the client's
retry logic and the UI never look at HTTP details. ``created`` says what is known about
a create: a 5xx or an unreadable answer may come after Engage stored the contact.
"""

from __future__ import annotations

from typing import Any, Literal

import httpx
from pydantic import ValidationError

from posapp.engage.certificates import certificate_problem
from posapp.engage.errors import (
    AlreadyMember,
    ApiKeyRejected,
    BeingCreated,
    CannotConnect,
    CertificateRejected,
    ConnectionDropped,
    EngageError,
    EngageTimedOut,
    InvalidFields,
    InvalidRequest,
    MultipleMatches,
    NoAnswer,
    NoData,
    NotFound,
    RateLimited,
    ServerError,
    UnreadableResponse,
    parse_error_body,
)
from posapp.engage.models import Contact

#: Larger answers are refused unread: a contact is a few kB; 10 MB is a proxy gone wrong.
MAX_BODY_BYTES = 1_000_000

Operation = Literal["create", "find", "get", "update"]


def read_capped(response: httpx.Response) -> bytes:
    """The body, refused unread past MAX_BODY_BYTES (a 10 MB proxy page is not an answer)."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_raw():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise UnreadableResponse(
                f"Engage's answer is larger than {MAX_BODY_BYTES} bytes",
                status=response.status_code,
                created=None if response.is_success else False,
            )
        chunks.append(chunk)
    return b"".join(chunks)


def error_for_transport(exc: httpx.HTTPError, expired: bool,
                        operation: Operation) -> EngageError:
    """What a failed exchange means: never sent (a certificate refused, no connection), no
    answer in time, or cut off."""
    detail = f"{type(exc).__name__}: {exc}"
    if expired or isinstance(exc, (httpx.ReadTimeout, httpx.WriteTimeout)):
        return NoAnswer(detail)
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        problem = certificate_problem(exc)
        if problem is not None:  # the handshake failed: nothing, the API key included, sent
            return CertificateRejected(detail, problem=problem)
        return CannotConnect(detail)
    if isinstance(exc, (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError,
                        httpx.CloseError)):
        return ConnectionDropped(detail)
    if isinstance(exc, httpx.DecodingError):
        return UnreadableResponse(detail, created=None if operation == "create" else False)
    return ConnectionDropped(detail)


def error_for_status(response: httpx.Response, operation: Operation) -> EngageError:
    """Map a non-2xx answer to its EngageError, reading any error-body shape."""
    status = response.status_code
    text = response.text
    parsed = parse_error_body(text)
    kw: dict[str, Any] = {"status": status, "code": parsed.code, "message": parsed.message,
                          "raw": text}
    code = (parsed.code or "").lower()
    creating = operation == "create"
    if status in (401, 403):
        return ApiKeyRejected(**kw)
    if status == 429:
        retry_after = response.headers.get("Retry-After", "")
        seconds = float(retry_after) if retry_after.replace(".", "", 1).isdigit() else None
        return RateLimited(retry_after=seconds, **kw)
    if not parsed.is_json and status not in (400, 409, 422):
        # An HTML page or garbage: a proxy, a wrong base URL or a broken answer.
        return UnreadableResponse(created=None if creating and status >= 500 else False, **kw)
    if status == 400:
        return NoData(**kw) if code == "nodata" else InvalidRequest(fields=parsed.fields, **kw)
    if status == 404:
        return NotFound(**kw)
    if status == 409:
        if code == "contactwithkeyisbeingcreated":
            return BeingCreated(**kw)
        if code == "multiplematches" or parsed.match_ids or not creating:
            return MultipleMatches(match_ids=parsed.match_ids, **kw)
        return AlreadyMember(**kw)
    if status == 422:
        return InvalidFields(fields=parsed.fields, **kw)
    if status == 504:
        if creating and code != "requesttimeout":
            return NoAnswer(**kw)  # a gateway's 504: Engage may still be working
        return EngageTimedOut(**kw)
    if status >= 500:
        return ServerError(created=None if creating else False, **kw)
    return ServerError(f"unexpected HTTP {status}", created=None if creating else False, **kw)


def read_json(response: httpx.Response, operation: Operation) -> Any:
    """The JSON of a 2xx answer; unreadable (and, for a create, stored) otherwise."""
    try:
        return response.json()
    except ValueError:
        raise UnreadableResponse(
            "Engage's answer is not JSON",
            status=response.status_code, raw=response.text,
            created=operation == "create",
        ) from None


def read_contact(response: httpx.Response, operation: Operation) -> Contact:
    """The contact of a 2xx answer, or UnreadableResponse."""
    data = read_json(response, operation)
    try:
        return Contact.model_validate(data)
    except ValidationError:
        raise UnreadableResponse(
            "Engage's answer is not a contact",
            status=response.status_code, raw=response.text,
            created=operation == "create",
        ) from None
