"""TLS and transport: certificate verification is always on, a custom CA can be configured,
and plain http:// is refused to anything but this machine.

The HTTPS server is the emulator itself with TLS put on each accepted connection, serving a
self-signed certificate made for this test with the openssl command-line tool.
"""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from posapp.config import (
    DEMO_CONTACT_TYPES,
    ConfigError,
    EngageSettings,
    settings_from_mapping,
)
from posapp.emulator import EmulatorServer
from posapp.emulator import server as emulator_server
from posapp.engage import CannotConnect, EngageClient
from tests.conftest import fast_client

PHONE = "+46701740631"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost, and its key."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command-line tool is needed to make a certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=posapp test", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True)
    return cert, key


class _TlsEmulatorHTTPServer(emulator_server.EmulatorHTTPServer):
    """The emulator's server, speaking TLS on every connection it accepts."""

    tls: ssl.SSLContext

    def get_request(self) -> tuple[Any, Any]:
        connection, address = super().get_request()
        connection.settimeout(5)
        return self.tls.wrap_socket(connection, server_side=True), address


@pytest.fixture
def https_emulator(certificate: tuple[Path, Path],
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[EmulatorServer, str]]:
    """The emulator behind TLS with the self-signed certificate, and its https:// URL."""
    cert, key = certificate
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    monkeypatch.setattr(_TlsEmulatorHTTPServer, "tls", context, raising=False)
    monkeypatch.setattr(emulator_server, "EmulatorHTTPServer", _TlsEmulatorHTTPServer)
    with EmulatorServer() as emulator:
        yield emulator, f"https://127.0.0.1:{emulator.port}"


def _create(client: EngageClient) -> None:
    client.create_contact({"contactType": "Member", "mobilePhone": PHONE, "countryCode": "SE"},
                          source="POS", store_external_id="600")


def test_a_self_signed_certificate_is_refused(https_emulator: tuple[EmulatorServer, str]
                                              ) -> None:
    emulator, url = https_emulator
    with fast_client(url) as client, pytest.raises(CannotConnect) as refused:
        _create(client)
    assert "CERTIFICATE_VERIFY_FAILED" in str(refused.value)
    assert refused.value.created is False
    assert emulator.requests == []  # nothing, the API key included, went over the wire
    assert emulator.count("mobilePhone", PHONE) == 0


def test_a_configured_certificate_authority_is_trusted(
        https_emulator: tuple[EmulatorServer, str], certificate: tuple[Path, Path]) -> None:
    emulator, url = https_emulator
    engage = EngageSettings(base_url=url, ca_bundle=str(certificate[0]))
    with EngageClient.from_settings(engage, "demo-api-key") as client:
        _create(client)
    assert emulator.count("mobilePhone", PHONE) == 1
    assert emulator.requests[0].headers["apikey"] == "demo-api-key"


def test_the_configured_ca_adds_to_the_system_ones_and_verification_stays_on(
        certificate: tuple[Path, Path]) -> None:
    from posapp.engage.transport import make_ssl_context

    context = make_ssl_context(str(certificate[0]))
    assert context.verify_mode is ssl.CERT_REQUIRED and context.check_hostname
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
    assert len(context.get_ca_certs()) > 1  # the system's authorities are still there


@pytest.mark.parametrize("url", ["http://acme.voyado.com", "http://10.0.0.5:8080",
                                 "http://[2001:db8::1]", "ftp://acme.voyado.com"])
def test_plain_http_to_another_host_is_refused(url: str) -> None:
    with pytest.raises(ConfigError, match="https://"):
        settings_from_mapping({**_mapping(), "engage": {"base_url": url}})
    with pytest.raises(ValueError, match="https://"):
        EngageClient(url, "demo-api-key")


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost:8080",
                                 "http://[::1]:8080", "https://acme.voyado.com"])
def test_loopback_http_and_https_are_allowed(url: str) -> None:
    settings_from_mapping({**_mapping(), "engage": {"base_url": url}})
    EngageClient(url, "demo-api-key").close()


def _mapping() -> dict[str, Any]:
    return {
        "engage": {"base_url": "http://127.0.0.1:1"},
        "store": {"external_id": "600"},
        "contact_types": [dict(t) for t in DEMO_CONTACT_TYPES],
    }
