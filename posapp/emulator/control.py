"""``/_emulator/…``: the back door for tests that run the emulator in another process.

No API key, no faults, not recorded: these requests are the test talking to the
emulator, not the client talking to Engage.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from posapp.emulator.faults import Fault
from posapp.emulator.recording import RecordedRequest
from posapp.emulator.responses import Response, json_response

if TYPE_CHECKING:
    from posapp.emulator.server import EmulatorServer

PREFIX = "/_emulator/"


def _problem(status: int, message: str) -> Response:
    return json_response(status, {"error": message})


def _add_fault(emulator: EmulatorServer, request: RecordedRequest) -> Response:
    try:
        data: Any = json.loads(request.body.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("the body must be a JSON object describing a fault")
        fault = Fault.from_json(data)
    except (ValueError, TypeError) as exc:
        return _problem(400, str(exc))
    emulator.faults.add(fault)
    return json_response(201, {"added": fault.to_json()})


def _count(emulator: EmulatorServer, request: RecordedRequest) -> Response:
    key, value = request.query.get("key"), request.query.get("value")
    if not key or value is None:
        return _problem(400, "give key=ATTRIBUTE and value=VALUE")
    count = emulator.count(key, value, request.query.get("contactType"))
    return json_response(200, {"count": count})


def _reset(emulator: EmulatorServer, request: RecordedRequest) -> Response:
    emulator.reset()
    return json_response(200, {"reset": True})


def _clear_faults(emulator: EmulatorServer, request: RecordedRequest) -> Response:
    emulator.faults.clear()
    return json_response(200, {"cleared": True})


def _faults(emulator: EmulatorServer, request: RecordedRequest) -> Response:
    return json_response(200, [f.to_json() for f in emulator.faults.pending()])


def _requests(emulator: EmulatorServer, request: RecordedRequest) -> Response:
    return json_response(200, [r.to_json() for r in emulator.requests])


def _clear_requests(emulator: EmulatorServer, request: RecordedRequest) -> Response:
    emulator.clear_requests()
    return json_response(200, {"cleared": True})


def _contacts(emulator: EmulatorServer, request: RecordedRequest) -> Response:
    return json_response(200, emulator.contacts())


_ROUTES = {
    ("POST", "faults"): _add_fault,
    ("DELETE", "faults"): _clear_faults,
    ("GET", "faults"): _faults,
    ("GET", "count"): _count,
    ("POST", "reset"): _reset,
    ("GET", "requests"): _requests,
    ("DELETE", "requests"): _clear_requests,
    ("GET", "contacts"): _contacts,
}


def handle_control(emulator: EmulatorServer, request: RecordedRequest) -> Response:
    """Answer one control request."""
    name = request.path[len(PREFIX):].strip("/")
    route = _ROUTES.get((request.method, name))
    if route is not None:
        return route(emulator, request)
    if any(known == name for _, known in _ROUTES):
        return _problem(405, f"method {request.method} not allowed here")
    return _problem(404, f"no control endpoint {name!r}")
