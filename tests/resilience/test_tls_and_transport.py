"""TLS and transport: certificate verification is always on, a custom CA can be configured,
the environment cannot add trust, and plain http:// is refused to anything but this machine.

The HTTPS server is the emulator itself with TLS put on each accepted connection, serving a
self-signed certificate made for this test with the openssl command-line tool.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from pytestqt.qtbot import QtBot

from posapp.config import (
    DEMO_CONTACT_TYPES,
    ConfigError,
    EngageSettings,
    Settings,
    demo_settings,
    settings_from_mapping,
)
from posapp.emulator import EmulatorServer
from posapp.emulator import server as emulator_server
from posapp.engage import CertificateRejected
from posapp.engage.client import EngageClient
from posapp.form.error_meaning import meaning_of
from posapp.ui.dialogs.problem_dialog import ProblemDialog
from posapp.ui.main_window import MainWindow
from tests.conftest import fast_client
from tests.resilience.conftest import fill_in, form_state, press_enter

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
    with fast_client(url) as client, pytest.raises(CertificateRejected) as refused:
        _create(client)
    assert "CERTIFICATE_VERIFY_FAILED" in str(refused.value)
    assert refused.value.problem == "self_signed"
    assert refused.value.created is False and not meaning_of(refused.value).retry
    assert emulator.requests == []  # nothing, the API key included, went over the wire
    assert emulator.count("mobilePhone", PHONE) == 0


def test_a_refused_certificate_is_named_in_the_log_and_not_retried(
        https_emulator: tuple[EmulatorServer, str], caplog: pytest.LogCaptureFixture) -> None:
    _emulator, url = https_emulator
    caplog.set_level("INFO", logger="posapp.engage")
    with fast_client(url) as client, pytest.raises(CertificateRejected):
        client.find_contact_id("mobilePhone", PHONE)
    lines = [r.getMessage() for r in caplog.records if r.name == "posapp.engage"]
    assert len(lines) == 1, lines  # one attempt: the same certificate would be refused again
    assert "CertificateRejected (a self-signed certificate)" in lines[0]


@pytest.fixture
def ca_signed_emulator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                       ) -> Iterator[tuple[EmulatorServer, str, Path]]:
    """The emulator behind TLS with a certificate from a private CA; its URL, the CA's file."""
    authority = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(ca_file))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    monkeypatch.setattr(_TlsEmulatorHTTPServer, "tls", context, raising=False)
    monkeypatch.setattr(emulator_server, "EmulatorHTTPServer", _TlsEmulatorHTTPServer)
    with EmulatorServer() as emulator:
        yield emulator, f"https://127.0.0.1:{emulator.port}", ca_file


def _der(ca_file: Path) -> bytes:
    return ssl.PEM_cert_to_DER_cert(ca_file.read_text())


def test_ssl_cert_file_and_dir_in_the_environment_do_not_widen_trust(
        ca_signed_emulator: tuple[EmulatorServer, str, Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    emulator, url, ca_file = ca_signed_emulator
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    monkeypatch.setenv("SSL_CERT_DIR", str(ca_file.parent))
    # What the variables do to a context built the usual ways (so this test can fail):
    assert _der(ca_file) in ssl.create_default_context().get_ca_certs(binary_form=True)
    assert _der(ca_file) in httpx.create_ssl_context().get_ca_certs(binary_form=True)
    with fast_client(url) as client, pytest.raises(CertificateRejected) as refused:
        _create(client)
    assert refused.value.problem == "untrusted"
    assert emulator.requests == []


def test_the_configured_ca_is_trusted_whatever_the_environment_says(
        ca_signed_emulator: tuple[EmulatorServer, str, Path],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    emulator, url, ca_file = ca_signed_emulator
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    with fast_client(url, ca_bundle=str(ca_file)) as client:
        _create(client)
    assert emulator.count("mobilePhone", PHONE) == 1


def test_a_configured_certificate_authority_is_trusted(
        https_emulator: tuple[EmulatorServer, str], certificate: tuple[Path, Path]) -> None:
    emulator, url = https_emulator
    engage = EngageSettings(base_url=url, ca_bundle=str(certificate[0]))
    with EngageClient.from_settings(engage, "demo-api-key") as client:
        _create(client)
    assert emulator.count("mobilePhone", PHONE) == 1
    assert emulator.requests[0].headers["apikey"] == "demo-api-key"


def test_the_configured_ca_adds_to_certifis_and_verification_stays_on(
        certificate: tuple[Path, Path]) -> None:
    from posapp.engage.transport import make_ssl_context

    context = make_ssl_context(str(certificate[0]))
    assert context.verify_mode is ssl.CERT_REQUIRED and context.check_hostname
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
    loaded = context.get_ca_certs(binary_form=True)
    assert _der(certificate[0]) in loaded
    assert len(loaded) == len(make_ssl_context().get_ca_certs()) + 1  # certifi's, and it


@pytest.mark.parametrize("url", ["https://user:secret-pw@acme.voyado.com",
                                 "https://user@acme.voyado.com",
                                 "https://:secret-pw@acme.voyado.com",
                                 "http://user:secret-pw@127.0.0.1:8080"])
def test_a_base_url_with_a_user_or_password_is_refused(url: str) -> None:
    with pytest.raises(ConfigError, match="user name or password") as by_config:
        settings_from_mapping({**_mapping(), "engage": {"base_url": url}})
    with pytest.raises(ValueError, match="user name or password") as by_client:
        EngageClient(url, "demo-api-key")
    assert "secret-pw" not in str(by_config.value) + str(by_client.value)


def _resolving_to(monkeypatch: pytest.MonkeyPatch, *addresses: str) -> None:
    """Name resolution answering ``addresses`` for every name (no DNS is set up for tests)."""
    def getaddrinfo(host: str, *args: object, **kwargs: object) -> list[tuple[Any, ...]]:
        if not addresses:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "",
                 (a, 0)) for a in addresses]
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.mark.parametrize(("addresses", "allowed"), [
    (("127.0.0.1",), True),
    (("127.0.0.1", "::1"), True),
    (("10.0.0.5",), False),
    (("127.0.0.1", "10.0.0.5"), False),
    ((), False),
])
def test_a_localhost_name_is_loopback_only_when_it_resolves_to_loopback(
        monkeypatch: pytest.MonkeyPatch, addresses: tuple[str, ...], allowed: bool) -> None:
    url = "http://till.localhost:8080"
    _resolving_to(monkeypatch, *addresses)
    if allowed:
        settings_from_mapping({**_mapping(), "engage": {"base_url": url}})
        EngageClient(url, "demo-api-key").close()
        return
    with pytest.raises(ConfigError, match="https://"):
        settings_from_mapping({**_mapping(), "engage": {"base_url": url}})
    with pytest.raises(ValueError, match="https://"):
        EngageClient(url, "demo-api-key")


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


def test_the_till_names_a_refused_certificate_and_offers_no_retry(
        qtbot: QtBot, https_emulator: tuple[EmulatorServer, str],
        open_window: Callable[[Settings, EngageClient], MainWindow]) -> None:
    emulator, url = https_emulator
    with fast_client(url) as client:
        window = open_window(demo_settings(url, "en"), client)
        fill_in(qtbot, window, "0701740631")
        typed = form_state(window)
        press_enter(qtbot, window)
        qtbot.waitUntil(lambda: isinstance(window.flow.dialog, ProblemDialog), timeout=10_000)
        dialog = window.flow.dialog
        assert isinstance(dialog, ProblemDialog)
        texts = " ".join(label.text() for label in (dialog.title, dialog.happened,
                                                     dialog.saved, dialog.advice))
        assert dialog.title.text() == "Engage's certificate was not accepted"
        assert "network cable" not in texts and "Wi-Fi" not in texts
        assert dialog.saved.text() == "Nothing was saved."
        assert dialog.retry_button is None
        assert dialog.details.isVisibleTo(dialog)
        assert "CertificateRejected · a self-signed certificate" in dialog.details.text()
        dialog.reject()
        assert form_state(window) == typed
    assert emulator.requests == []


def test_the_kiosk_tells_the_customer_calmly_without_try_again() -> None:
    from posapp.engage import ApiKeyRejected
    from posapp.ui.kiosk.kiosk_texts import notice_for

    notice = notice_for(CertificateRejected(problem="expired"))
    assert notice.retry is False
    assert notice == notice_for(ApiKeyRejected())  # the calm "ask a member of staff" words
    assert "certificate" not in (notice.title + notice.body).lower()
