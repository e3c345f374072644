"""Fixtures for set-up, key storage and connection tests: real keyring backends, and real
TLS servers on loopback with good, expired, self-signed and foreign certificates."""

from __future__ import annotations

import datetime
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
import trustme
from keyring.backend import KeyringBackend

from tests.keyrings import MemoryKeyring


def _install(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An empty, working credential store."""
    backend = MemoryKeyring()
    yield from _install(backend)  # type: ignore[misc]


@pytest.fixture
def no_keyring() -> Iterator[KeyringBackend]:
    """What keyring chooses on a till without a Secret Service: its fail backend."""
    yield from _install(keyring.backends.fail.Keyring())


class TlsServer:
    """Accepts TLS handshakes with one certificate, then closes: enough to fail or pass TLS."""

    def __init__(self, cert_chain_pem: Path) -> None:
        self._context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._context.load_cert_chain(str(cert_chain_pem))
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self.port = self._socket.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except OSError:
                continue
            try:
                connection.settimeout(2)
                self._context.wrap_socket(connection, server_side=True).close()
            except OSError:
                connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self._socket.close()


class Certificates:
    """A private CA, its file, and servers presenting certificates of each kind."""

    def __init__(self, folder: Path) -> None:
        self.ca = trustme.CA()
        self.folder = folder
        self.ca_file = folder / "ca.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_file))
        self._servers: list[TlsServer] = []

    def _serve(self, name: str, pem: bytes) -> int:
        path = self.folder / f"{name}.pem"
        path.write_bytes(pem)
        server = TlsServer(path)
        self._servers.append(server)
        return server.port

    def _leaf(self, name: str, *hosts: str, **dates: datetime.datetime) -> int:
        cert = self.ca.issue_cert(*hosts, **dates)
        pem = b"".join(blob.bytes() for blob in (cert.private_key_pem, *cert.cert_chain_pems))
        return self._serve(name, pem)

    def expired(self) -> int:
        now = datetime.datetime.now(datetime.UTC)
        return self._leaf("expired", "localhost", not_before=now - datetime.timedelta(days=60),
                          not_after=now - datetime.timedelta(days=1))

    def not_yet_valid(self) -> int:
        now = datetime.datetime.now(datetime.UTC)
        return self._leaf("future", "localhost", not_before=now + datetime.timedelta(days=2),
                          not_after=now + datetime.timedelta(days=60))

    def other_host(self) -> int:
        return self._leaf("other", "other.example")

    def good(self) -> int:
        return self._leaf("good", "localhost")

    def self_signed(self) -> int:
        """The CA's own (self-signed) certificate presented as the server's."""
        return self._serve("self", self.ca.private_key_pem.bytes() + self.ca.cert_pem.bytes())

    def close(self) -> None:
        for server in self._servers:
            server.close()


@pytest.fixture
def certificates(tmp_path: Path) -> Iterator[Certificates]:
    certs = Certificates(tmp_path)
    yield certs
    certs.close()
