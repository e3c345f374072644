"""HTTP answers and Engage's error bodies, in every shape the client has to be able to read.

Engage does not document the JSON shape of its error bodies, so the emulator can answer
in several plausible shapes (``SHAPES``); the client's tolerant parser is exercised against
all of them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

JSON_TYPE = "application/json; charset=utf-8"
PROBLEM_TYPE = "application/problem+json; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"

#: Error-body shapes the emulator can produce (see :func:`error_body`).
SHAPES = ("errors", "errorCode", "code", "error", "problem", "aspnet", "text")

#: Engage-like error code and message for a status when nothing more specific is known.
_STATUS_DEFAULTS: dict[int, tuple[str, str]] = {
    400: ("NoData", "No data was received."),
    401: ("Unauthorized", "The API key is missing or not valid."),
    403: ("Forbidden", "The API key does not give access to this resource."),
    404: ("ContactNotFound", "The contact was not found."),
    405: ("MethodNotAllowed", "The method is not allowed for this resource."),
    409: ("ApprovedContactWithKeyExists", "An approved contact with this key already exists."),
    422: ("ValidationError", "The contact did not pass validation."),
    429: ("TooManyRequests", "Too many requests. Slow down."),
    500: ("InternalServerError", "An error has occurred"),
    502: ("BadGateway", "The upstream server returned an invalid response."),
    503: ("ServiceUnavailable", "The service is temporarily unavailable."),
    504: ("RequestTimeOut", "The request timed out and was rolled back."),
}


@dataclass(frozen=True)
class Response:
    """One HTTP answer; the handler adds Content-Length, Date and Connection."""

    status: int
    body: bytes = b""
    content_type: str | None = JSON_TYPE
    headers: tuple[tuple[str, str], ...] = ()

    def with_body(self, body: bytes) -> Response:
        """The same answer with another body (the faults that mangle bodies use it)."""
        return Response(self.status, body, self.content_type, self.headers)


def json_response(status: int, data: Any, headers: Sequence[tuple[str, str]] = ()) -> Response:
    """A JSON answer, compact like Engage's."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(status, body, JSON_TYPE, tuple(headers))


def default_error(status: int) -> tuple[str, str]:
    """Code and message Engage would most likely send with this status."""
    if status in _STATUS_DEFAULTS:
        return _STATUS_DEFAULTS[status]
    if status >= 500:
        return "InternalServerError", "An error has occurred"
    return "Error", f"The request failed with status {status}."


def _list_fields(fields: Mapping[str, str]) -> list[dict[str, str]]:
    return [{"field": name, "message": message} for name, message in fields.items()]


def _dict_fields(fields: Mapping[str, str]) -> dict[str, list[str]]:
    return {name: [message] for name, message in fields.items()}


def error_body(
    status: int,
    code: str,
    message: str,
    shape: str,
    fields: Mapping[str, str] | None = None,
) -> tuple[dict[str, Any] | str, str]:
    """The error body in ``shape`` and its content type; ``fields`` are 422's field errors.

    Every JSON shape carries the field names somewhere ``parse_error_body`` looks, so a
    422 is readable whichever shape a tenant (or a proxy in front of it) happens to use.
    """
    fields = dict(fields or {})
    if shape == "text":
        return message, TEXT_TYPE
    if shape == "errors":
        if fields:
            items = [{"code": code, "message": m, "field": f} for f, m in fields.items()]
            return {"errors": items}, JSON_TYPE
        return {"errors": [{"code": code, "message": message}]}, JSON_TYPE
    if shape == "errorCode":
        body: dict[str, Any] = {"errorCode": code, "message": message}
        if fields:
            body["errors"] = _list_fields(fields)
        return body, JSON_TYPE
    if shape == "code":
        body = {"code": code, "message": message}
        if fields:
            body["fieldErrors"] = _list_fields(fields)
        return body, JSON_TYPE
    if shape == "error":
        body = {"error": code, "message": message}
        if fields:
            body["modelState"] = _dict_fields(fields)
        return body, JSON_TYPE
    if shape == "problem":
        body = {
            "type": f"https://httpstatuses.io/{status}",
            "title": message,
            "status": status,
            "detail": message,
            "errorCode": code,
        }
        if fields:
            body["errors"] = _dict_fields(fields)
        return body, PROBLEM_TYPE
    if shape == "aspnet":
        # ASP.NET Core's ValidationProblemDetails: no error code at all, by design.
        body = {
            "type": "https://tools.ietf.org/html/rfc9110",
            "title": message,
            "status": status,
            "traceId": "00-emulator-0000000000000000-00",
        }
        if fields:
            body["errors"] = _dict_fields(fields)
        return body, PROBLEM_TYPE
    raise ValueError(f"unknown error shape {shape!r}; expected one of {', '.join(SHAPES)}")


def error_response(
    status: int,
    shape: str,
    code: str | None = None,
    message: str | None = None,
    fields: Mapping[str, str] | None = None,
    extra: Mapping[str, Any] | None = None,
    headers: Sequence[tuple[str, str]] = (),
) -> Response:
    """An Engage error answer; ``extra`` adds top-level keys (e.g. ``multipleMatchesFound``)."""
    default_code, default_message = default_error(status)
    body, content_type = error_body(
        status, code or default_code, message or default_message, shape, fields
    )
    if isinstance(body, str):
        return Response(status, body.encode("utf-8"), content_type, tuple(headers))
    body.update(extra or {})
    encoded = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(status, encoded, content_type, tuple(headers))


def html_page(status: int, padding: int = 0) -> Response:
    """The kind of page a reverse proxy sends when Engage behind it is unwell."""
    reason = {502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Time-out"}.get(
        status, "Error"
    )
    filler = "<!-- " + "x" * padding + " -->\n" if padding else ""
    page = (
        f"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
        f"<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n"
        f"{filler}</body>\r\n</html>\r\n"
    )
    return Response(status, page.encode("ascii"), HTML_TYPE)
