"""The HTTP side: read a request, record it, apply a planned fault, write the answer.

Responses are written as raw bytes (always with Content-Length, keep-alive by default)
because half of the faults are about *how* an answer arrives — cut short, a few bytes at
a time, never, or as a TCP reset — which ``send_response`` cannot express.
"""

from __future__ import annotations

import contextlib
import http
import json
import logging
import socket
import struct
import sys
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import parse_qsl, urlsplit

from posapp.emulator.control import PREFIX, handle_control
from posapp.emulator.faults import Fault
from posapp.emulator.recording import RecordedRequest
from posapp.emulator.responses import Response, error_response, html_page, json_response

if TYPE_CHECKING:
    from posapp.emulator.server import EmulatorHTTPServer, EmulatorServer

logger = logging.getLogger("posapp.emulator")

MAX_BODY = 1_000_000
HUGE_BODY = 10 * 1024 * 1024
DRIP_CHUNK = 16


def body_values(request: RecordedRequest) -> list[str]:
    """The strings a request carries (query values, top-level body values): fault matching."""
    values = list(request.query.values())
    try:
        data = request.json()
    except (UnicodeDecodeError, ValueError):
        return values
    if isinstance(data, dict):
        values.extend(v for v in data.values() if isinstance(v, str))
    return values


def loggable(path: str) -> str:
    """The route, never a value: a client bug could put a phone number in the path."""
    if path in ("/api/v3/contacts", "/api/v3/contacts/id"):
        return path
    if path.startswith("/api/v3/contacts/") and path.count("/") == 4:
        return "/api/v3/contacts/{id}"
    return "(another path)"


def wrong_shape(body: bytes, shape: str | None) -> bytes:
    """Valid JSON that is not what the client expects."""
    try:
        data: Any = json.loads(body.decode("utf-8")) if body else None
    except ValueError:
        data = None
    if shape == "no_id":
        wrong: Any = {k: v for k, v in data.items() if k != "id"} if isinstance(
            data, dict) else {"result": data}
    elif shape == "string":
        wrong = "OK"
    else:
        wrong = [data]
    return json.dumps(wrong).encode("utf-8")


def huge_body(status: int, shape: str | None) -> Response:
    """A 10 MB error answer: a proxy's page or a stack trace the client must not keep."""
    if shape == "html":
        return html_page(status, padding=HUGE_BODY)
    trace = "   at Voyado.Engage.Api.Contacts.Create()\\r\\n" * (HUGE_BODY // 44)
    body = ('{"errorCode":"InternalServerError","message":"An error has occurred",'
            f'"stackTrace":"{trace}"}}')
    return Response(status, body.encode("ascii"))


class EmulatorHandler(BaseHTTPRequestHandler):
    """One connection; keep-alive, so it may serve many requests."""

    protocol_version = "HTTP/1.1"
    server_version = "EngageEmulator/1.0"
    sys_version = ""
    #: An idle kept-alive connection is closed after this many seconds.
    timeout = 30

    # -- plumbing -------------------------------------------------------------------------

    @property
    def httpd(self) -> EmulatorHTTPServer:
        return cast("EmulatorHTTPServer", self.server)

    @property
    def emulator(self) -> EmulatorServer:
        return self.httpd.emulator

    def setup(self) -> None:
        super().setup()
        self.httpd.track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        finally:
            self.httpd.untrack(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """Silenced: the request line carries phone numbers and e-mails in its query."""

    def log_error(self, format: str, *args: Any) -> None:
        logger.debug("emulator: malformed request or connection error")

    def do_GET(self) -> None:
        self._dispatch()

    do_POST = do_PATCH = do_PUT = do_DELETE = do_GET

    # -- one request ----------------------------------------------------------------------

    def _dispatch(self) -> None:
        request = self._read_request()
        if request is None:
            return
        if request.path.startswith(PREFIX):
            self._send(handle_control(self.emulator, request))
            return
        self.emulator.record(request)
        fault = self.emulator.faults.take(request.method, request.path, body_values(request))
        if fault is None:
            status = self._send(self.emulator.api.handle(request))
        else:
            status = self._apply(fault, request)
        logger.debug("%s %s -> %s%s", request.method, loggable(request.path),
                     status or "no answer",
                     f" (fault {fault.kind})" if fault else "")

    def _read_request(self) -> RecordedRequest | None:
        """The request with its body; None when it was malformed (already answered)."""
        parts = urlsplit(self.path)
        headers = {name.lower(): value for name, value in self.headers.items()}
        try:
            body = self._read_body(headers)
        except ValueError as exc:
            self.close_connection = True
            self._send(json_response(400, {"error": str(exc)}))
            return None
        return RecordedRequest(
            method=self.command,
            path=parts.path,
            query=dict(parse_qsl(parts.query, keep_blank_values=True)),
            headers=headers,
            body=body,
            time=time.time(),
            client_port=int(self.client_address[1]),
        )

    def _read_body(self, headers: dict[str, str]) -> bytes:
        if "chunked" in headers.get("transfer-encoding", "").lower():
            return self._read_chunked()
        length_text = headers.get("content-length", "0").strip() or "0"
        if not length_text.isdigit():
            raise ValueError("bad Content-Length")
        length = int(length_text)
        if length > MAX_BODY:
            raise ValueError("body too large")
        return self.rfile.read(length)

    def _read_chunked(self) -> bytes:
        body = bytearray()
        while True:
            size_line = self.rfile.readline(100).split(b";")[0].strip()
            try:
                size = int(size_line, 16)
            except ValueError:
                raise ValueError("bad chunked encoding") from None
            if size == 0:
                while self.rfile.readline(1000).strip():
                    pass  # trailers
                return bytes(body)
            if len(body) + size > MAX_BODY:
                raise ValueError("body too large")
            body += self.rfile.read(size)
            self.rfile.readline(10)

    # -- writing --------------------------------------------------------------------------

    def _raw(self, response: Response) -> bytes:
        """Status line, headers and body, ready for the socket."""
        try:
            reason = http.HTTPStatus(response.status).phrase
        except ValueError:
            reason = "Unknown"
        lines = [
            f"HTTP/1.1 {response.status} {reason}",
            f"Server: {self.server_version}",
            f"Date: {self.date_time_string()}",
        ]
        if response.content_type:
            lines.append(f"Content-Type: {response.content_type}")
        lines.append(f"Content-Length: {len(response.body)}")
        lines.extend(f"{name}: {value}" for name, value in response.headers)
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        return head + response.body

    def _send(self, response: Response | None) -> int | None:
        """Write an answer; None (the emulator is stopping) closes without one."""
        if response is None:
            self.close_connection = True
            return None
        try:
            self.wfile.write(self._raw(response))
        except OSError:
            self.close_connection = True
        return response.status

    def _wait(self, seconds: float) -> bool:
        """Sleep unless the emulator stops first; False when it stopped."""
        return self.emulator.wait(seconds)

    def _pause(self, seconds: float) -> Callable[[], bool]:
        return lambda: self._wait(seconds)

    def _reset_connection(self) -> None:
        """Close with a TCP RST (SO_LINGER 0): what a crashing load balancer looks like."""
        linger = struct.pack("HH" if sys.platform == "win32" else "ii", 1, 0)
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
        self.httpd.mark_reset(self.connection)
        self.close_connection = True

    # -- faults ---------------------------------------------------------------------------

    def _apply(self, fault: Fault, request: RecordedRequest) -> int | None:
        """Carry out one fault; the status sent, or None when no answer went out."""
        return _FAULTS[fault.kind](self, fault, request)

    def _latency(self, fault: Fault, request: RecordedRequest) -> int | None:
        return self._send(self.emulator.api.handle(request, pause=self._pause(fault.delay)))

    def _engage_timeout(self, fault: Fault, request: RecordedRequest) -> int | None:
        limit = fault.delay or self.emulator.create_time_limit
        return self._send(
            self.emulator.api.handle(request, pause=self._pause(limit), commit=False)
        )

    def _status(self, fault: Fault, request: RecordedRequest) -> int | None:
        status = fault.status or 500
        shape = fault.shape or self.emulator.error_shape
        code: str | None = None
        extra: dict[str, Any] = {}
        headers: list[tuple[str, str]] = []
        if status == 409 and request.method == "GET":
            code, extra = "MultipleMatches", {"multipleMatchesFound": [
                "2e40b702-2767-4abe-ae99-aa510108e22b", "5f1c7a3e-0d5b-4c8e-9a55-ab3100c0ffee"]}
        fields = {"mobilePhone": "is not valid"} if status == 422 else None
        if status == 429:
            headers.append(("Retry-After", "1"))
        if not self._wait(fault.delay):
            return self._send(None)
        return self._send(error_response(status, shape, code, None, fields, extra, headers))

    def _being_created(self, fault: Fault, request: RecordedRequest) -> int | None:
        if not self._wait(fault.delay):
            return self._send(None)
        shape = fault.shape or self.emulator.error_shape
        return self._send(error_response(409, shape, "ContactWithKeyIsBeingCreated",
                                         "A contact with this key is being created."))

    def _reset(self, fault: Fault, request: RecordedRequest) -> int | None:
        self._wait(fault.delay)
        self._reset_connection()
        return None

    def _reset_after_store(self, fault: Fault, request: RecordedRequest) -> int | None:
        self.emulator.api.handle(request)
        self._wait(fault.delay)
        self._reset_connection()
        return None

    def _hang_after_store(self, fault: Fault, request: RecordedRequest) -> int | None:
        self.emulator.api.handle(request)
        self._wait(fault.delay)
        return self._send(None)

    def _html(self, fault: Fault, request: RecordedRequest) -> int | None:
        if not self._wait(fault.delay):
            return self._send(None)
        return self._send(html_page(fault.status or 502))

    def _huge_body(self, fault: Fault, request: RecordedRequest) -> int | None:
        if not self._wait(fault.delay):
            return self._send(None)
        return self._send(huge_body(fault.status or 500, fault.shape))

    def _mangled(
        self, fault: Fault, request: RecordedRequest, mangle: Callable[[bytes], bytes]
    ) -> int | None:
        """Handle normally (storing), then send the answer with its body mangled."""
        response = self.emulator.api.handle(request)
        if response is None or not self._wait(fault.delay):
            return self._send(None)
        return self._send(response.with_body(mangle(response.body)))

    def _truncated_json(self, fault: Fault, request: RecordedRequest) -> int | None:
        return self._mangled(fault, request, lambda body: body[: len(body) // 2])

    def _empty_body(self, fault: Fault, request: RecordedRequest) -> int | None:
        return self._mangled(fault, request, lambda body: b"")

    def _wrong_shape(self, fault: Fault, request: RecordedRequest) -> int | None:
        return self._mangled(fault, request, lambda body: wrong_shape(body, fault.shape))

    def _drip(self, fault: Fault, request: RecordedRequest) -> int | None:
        """The whole answer, DRIP_CHUNK bytes every ``delay`` seconds."""
        response = self.emulator.api.handle(request)
        if response is None:
            return self._send(None)
        raw = self._raw(response)
        try:
            for start in range(0, len(raw), DRIP_CHUNK):
                if start and not self._wait(fault.delay):
                    return self._send(None)
                self.wfile.write(raw[start:start + DRIP_CHUNK])
        except OSError:
            self.close_connection = True
            return None
        return response.status


_FAULTS: dict[str, Callable[[EmulatorHandler, Fault, RecordedRequest], int | None]] = {
    "latency": EmulatorHandler._latency,
    "engage_timeout": EmulatorHandler._engage_timeout,
    "status": EmulatorHandler._status,
    "being_created": EmulatorHandler._being_created,
    "reset": EmulatorHandler._reset,
    "reset_after_store": EmulatorHandler._reset_after_store,
    "hang_after_store": EmulatorHandler._hang_after_store,
    "html": EmulatorHandler._html,
    "truncated_json": EmulatorHandler._truncated_json,
    "empty_body": EmulatorHandler._empty_body,
    "huge_body": EmulatorHandler._huge_body,
    "wrong_shape": EmulatorHandler._wrong_shape,
    "drip": EmulatorHandler._drip,
}
