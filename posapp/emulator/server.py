"""EmulatorServer: start a loopback Engage in a background thread, inspect it, stop it fast.

``stop()`` must return promptly even while a fault is holding a request (tests tear the
emulator down with a hang in progress), so every wait inside the emulator watches one
stop event and every open connection is shut down on stop.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import socketserver
import threading
from http.server import ThreadingHTTPServer
from types import TracebackType
from typing import Any

from posapp.config import (
    DEMO_API_KEY,
    DEMO_CONTACT_TYPES,
    ContactTypeSettings,
)
from posapp.emulator.api import EngageApi
from posapp.emulator.faults import FaultPlan
from posapp.emulator.handler import EmulatorHandler
from posapp.emulator.ratelimit import RateLimiter
from posapp.emulator.recording import RecordedRequest, RequestLog
from posapp.emulator.responses import SHAPES
from posapp.emulator.store import ContactStore
from posapp.engage.loopback import is_loopback_host

logger = logging.getLogger("posapp.emulator")


def demo_contact_types() -> tuple[ContactTypeSettings, ...]:
    """The contact types of demo mode, as typed settings."""
    return tuple(ContactTypeSettings.model_validate(t) for t in DEMO_CONTACT_TYPES)


class EmulatorHTTPServer(ThreadingHTTPServer):
    """A threading HTTP server that knows its connections, so stop() can cut them."""

    daemon_threads = True
    block_on_close = False
    #: socketserver's default listen backlog is 5: hundreds of tills connecting at once
    #: (tests/benchmarks/fleet_drain.py) were refused or reset, which Engage does not do.
    request_queue_size = 512

    def __init__(self, address: tuple[str, int], emulator: EmulatorServer) -> None:
        self.emulator = emulator
        self._connections: set[socket.socket] = set()
        self._resets: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, EmulatorHandler)

    def server_bind(self) -> None:
        """Bind without HTTPServer's reverse DNS lookup of the host (slow on some machines)."""
        socketserver.TCPServer.server_bind(self)
        self.server_name = str(self.server_address[0])
        self.server_port = int(self.server_address[1])

    def track(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._connections.add(connection)

    def untrack(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._connections.discard(connection)

    def mark_reset(self, connection: socket.socket) -> None:
        """Close this connection without the usual FIN first, so the RST is all that's seen."""
        with self._connections_lock:
            self._resets.add(connection)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            reset = request in self._resets
            self._resets.discard(request)
        if reset:
            self.close_request(request)
        else:
            super().shutdown_request(request)

    def drop_connections(self) -> None:
        """Shut every open connection, waking threads blocked reading or writing on it."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away mid-answer is normal here; never print a traceback."""
        logger.debug("emulator: error while serving a request", exc_info=True)


class EmulatorServer:
    """A local Engage for demo mode and tests; see ``posapp/emulator/__init__.py``."""

    def __init__(
        self,
        contact_types: tuple[ContactTypeSettings, ...] | None = None,
        api_key: str = DEMO_API_KEY,
        host: str = "127.0.0.1",
        port: int = 0,
        rate_limit_per_second: int = 200,
        create_time_limit: float = 5.0,
    ) -> None:
        if not is_loopback_host(host):
            raise ValueError(f"the emulator only listens on loopback, not on {host!r}")
        self.contact_types = (
            tuple(contact_types) if contact_types is not None else demo_contact_types()
        )
        if not self.contact_types:
            raise ValueError("the emulator needs at least one contact type")
        self.api_key = api_key
        self.host = host
        self.create_time_limit = create_time_limit
        self.faults = FaultPlan()
        self.store = ContactStore()
        self.limiter = RateLimiter(rate_limit_per_second)
        self.api = EngageApi(self.store, self.contact_types, api_key, self.limiter,
                             lambda: self._error_shape)
        self._error_shape = "errors"
        self._port = port
        self._log = RequestLog()
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._httpd: EmulatorHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------------------

    def start(self) -> EmulatorServer:
        """Listen and serve in a daemon thread; listening when this returns."""
        with self._lock:
            if self._httpd is not None or self._stopping.is_set():
                raise RuntimeError("an emulator can be started only once")
            self._httpd = EmulatorHTTPServer((self.host, self._port), self)
            self._port = self._httpd.server_port
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                name=f"engage-emulator-{self._port}", daemon=True,
            )
            self._thread.start()
        logger.debug("emulator listening on port %d", self._port)
        return self

    def stop(self) -> None:
        """Stop serving, cut open connections and end every fault's wait; idempotent."""
        with self._lock:
            if self._stopping.is_set():
                return
            self._stopping.set()
            httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        stopper = threading.Thread(target=httpd.shutdown, daemon=True)
        stopper.start()
        self._wake()
        stopper.join(timeout=1.0)
        httpd.drop_connections()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=1.0)

    def _wake(self) -> None:
        """Connect once so the serve loop sees the shutdown now, not at its next poll."""
        with contextlib.suppress(OSError):
            socket.create_connection((self.host, self._port), timeout=0.2).close()

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; False as soon as the emulator stops (faults use this)."""
        if seconds <= 0:
            return not self._stopping.is_set()
        return not self._stopping.wait(seconds)

    # -- where and how --------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The port listened on (known once started)."""
        if self._httpd is None:
            raise RuntimeError("the emulator is not started")
        return self._port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``, what posapp's ``engage.base_url`` is set to."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def error_shape(self) -> str:
        """The shape of every error body not shaped by a fault (one of ``SHAPES``)."""
        return self._error_shape

    @error_shape.setter
    def error_shape(self, shape: str) -> None:
        if shape not in SHAPES:
            raise ValueError(f"unknown error shape {shape!r}; expected one of {SHAPES}")
        self._error_shape = shape

    # -- what happened --------------------------------------------------------------------

    def record(self, request: RecordedRequest) -> None:
        """Remember an API request (the handler calls this)."""
        self._log.append(request)

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every API request received so far (control requests excluded), oldest first."""
        return self._log.snapshot()

    def clear_requests(self) -> None:
        """Forget the recorded requests."""
        self._log.clear()

    def count(self, key_field: str, value: str, contact_type: str | None = None) -> int:
        """How many stored contacts have ``value`` in ``key_field`` (compared normalised)."""
        return self.store.count(key_field, value, contact_type)

    def contacts(self) -> list[dict[str, Any]]:
        """A snapshot of every stored contact, in Engage's response shape."""
        return self.store.all()

    def seed(
        self, attributes: dict[str, Any], contact_type: str = "Member",
        allow_duplicate: bool = False,
    ) -> str:
        """Store a contact directly (no format checks) and return its id."""
        for settings in self.contact_types:
            if settings.id == contact_type:
                return self.store.seed(attributes, contact_type, settings.key, allow_duplicate)
        raise ValueError(f"unknown contact type {contact_type!r}")

    def reset(self) -> None:
        """Forget contacts, faults, recorded requests and the rate-limit window."""
        self.store.clear()
        self.faults.clear()
        self._log.clear()
        self.limiter.reset()
