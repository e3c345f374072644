"""What the emulator received, kept so tests can assert on what the client really sent."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received: header names lower-case, query values URL-decoded.

    ``query`` keeps the last value of a repeated parameter; ``time`` is ``time.time()``.
    """

    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    time: float = 0.0
    #: The client's TCP port: equal ports mean one kept-alive connection.
    client_port: int = 0

    def json(self) -> Any:
        """The body parsed as JSON (ValueError when it is not JSON)."""
        return json.loads(self.body.decode("utf-8"))

    def to_json(self) -> dict[str, Any]:
        """For the control endpoint: the body as text, undecodable bytes replaced."""
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "headers": self.headers,
            "body": self.body.decode("utf-8", errors="replace"),
            "time": self.time,
            "client_port": self.client_port,
        }


class RequestLog:
    """Every API request received, in arrival order; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[RecordedRequest] = []

    def append(self, request: RecordedRequest) -> None:
        """Record one request."""
        with self._lock:
            self._items.append(request)

    def snapshot(self) -> list[RecordedRequest]:
        """A copy of the list: later requests do not change it."""
        with self._lock:
            return list(self._items)

    def clear(self) -> None:
        """Forget every recorded request."""
        with self._lock:
            self._items.clear()
