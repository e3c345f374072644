"""An httpx transport whose in-flight requests can be broken off from another thread.

A blocking httpx request cannot be interrupted, and its timeouts are per socket operation,
not a total deadline: a server that drips bytes keeps a "5-second" request alive for
minutes. This transport knows every socket it opened and which thread is using it, so the
client can enforce a real deadline and the UI can abandon a request at once on quit
(``shutdown()`` wakes a blocked ``recv`` immediately).

It relies on ``HTTPTransport._pool`` (httpx 0.27–0.28, pinned in pyproject.toml): the pool is
rebuilt with a tracking network backend; everything else is httpx's own code.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import certifi
import httpcore
import httpx

from posapp.engage.loopback import is_loopback_host


class _TrackedStream(httpcore.NetworkStream):
    """A network stream that records which thread is reading or writing it."""

    def __init__(self, inner: httpcore.NetworkStream, backend: _TrackingBackend) -> None:
        self._inner = inner
        self._backend = backend
        self.owner: int | None = None

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.owner = threading.get_ident()
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.owner = threading.get_ident()
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._backend.forget(self)
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        self.owner = threading.get_ident()
        self._inner = self._inner.start_tls(ssl_context, server_hostname, timeout)
        return self

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)

    def break_off(self) -> None:
        """Shut the socket down so that a blocked read or write fails at once."""
        sock = self._inner.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class _TrackingBackend(httpcore.NetworkBackend):
    """httpcore's blocking backend, remembering each stream it opened."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()
        self._lock = threading.Lock()
        self._streams: set[_TrackedStream] = set()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = _TrackedStream(
            self._inner.connect_tcp(host, port, timeout, local_address, socket_options), self
        )
        stream.owner = threading.get_ident()
        with self._lock:
            self._streams.add(stream)
        return stream

    def forget(self, stream: _TrackedStream) -> None:
        with self._lock:
            self._streams.discard(stream)

    def break_off(self, thread_id: int | None) -> int:
        """Break the streams last used by ``thread_id`` (all when None); returns how many."""
        with self._lock:
            streams = [s for s in self._streams if thread_id is None or s.owner == thread_id]
        for stream in streams:
            stream.break_off()
        return len(streams)


class AbortableTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` plus :meth:`abort`; direct connections only (no proxy)."""

    def __init__(self, *, ssl_context: ssl.SSLContext, limits: httpx.Limits) -> None:
        super().__init__(verify=ssl_context, trust_env=False, limits=limits)
        self._backend = _TrackingBackend()
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=self._backend,
        )

    def abort(self, thread_id: int | None = None) -> int:
        """Break off what ``thread_id`` (every thread when None) is waiting for."""
        return self._backend.break_off(thread_id)


def make_ssl_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """Certificate verification always on, TLS 1.2 or newer; trusted: certifi's authorities
    and the configured CA file, nothing else.

    Not ``httpx.create_ssl_context()`` nor ``ssl.create_default_context()`` without a
    file: they read ``SSL_CERT_FILE``/``SSL_CERT_DIR`` from the environment (httpx itself,
    or OpenSSL's ``set_default_verify_paths``), so anything that can set a variable on the
    till could make posapp trust its own certificate authority and read the API key.
    Given a ``cafile``, ``create_default_context`` loads only that file.
    """
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=certifi.where())
    if ca_bundle:
        context.load_verify_locations(cafile=ca_bundle)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def require_safe_base_url(base_url: str) -> None:
    """Refuse anything but ``https://``, or ``http://`` to this machine (the emulator), and
    any URL carrying a user name or password (``https://user:pass@host``).

    The API key travels in every request's headers: over plain http it could be read on
    the store's network. The configuration refuses such URLs already; the client checks
    again so that no other path (a test tool, a future caller) can send the key in clear.
    """
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if parts.username is not None or parts.password is not None:
        # It would go out as an Authorization header; the API key is the only credential.
        raise ValueError("Engage's base URL must not contain a user name or password")
    if parts.scheme == "https" and host:
        return
    if parts.scheme == "http" and host and is_loopback_host(host):
        return
    raise ValueError("Engage's base URL must use https:// (plain http:// only to a loopback "
                     "address)")
