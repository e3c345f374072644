"""What Engage checks on every request: API key, Content-Type, rate limit, routes."""

from __future__ import annotations

import httpx
import pytest

from posapp.emulator import EmulatorServer
from posapp.engage.errors import parse_error_body

from .helpers import CONTACTS, LOOKUP, PHONE, client_for, member


@pytest.mark.parametrize("headers", [{}, {"apikey": "wrong-key"}, {"apikey": ""}])
def test_missing_or_wrong_api_key_is_401(emu: EmulatorServer, headers: dict[str, str]) -> None:
    with httpx.Client(base_url=emu.base_url, headers=headers) as api:
        for response in (api.post(CONTACTS, json=member()),
                         api.get(LOOKUP, params={"mobilePhone": PHONE})):
            assert response.status_code == 401
            assert parse_error_body(response.text).code == "Unauthorized"
    assert emu.contacts() == []


def test_the_api_key_is_configurable() -> None:
    with EmulatorServer(api_key="tenant-key") as emu:
        with client_for(emu) as demo:
            assert demo.post(CONTACTS, json=member()).status_code == 401
        with httpx.Client(base_url=emu.base_url, headers={"apikey": "tenant-key"}) as api:
            assert api.post(CONTACTS, json=member()).status_code == 201


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded"])
def test_body_without_json_content_type_is_500(
    api: httpx.Client, emu: EmulatorServer, content_type: str | None
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = api.post(CONTACTS, content=b'{"mobilePhone": "+46701740605"}', headers=headers)
    assert response.status_code == 500
    assert parse_error_body(response.text).message == "An error has occurred"
    contact_id = emu.seed(member())
    patch = api.patch(f"{CONTACTS}/{contact_id}", content=b'{"firstName": "X"}',
                      headers=headers)
    assert patch.status_code == 500
    assert emu.contacts()[0]["attributes"].get("firstName") is None


def test_json_content_type_with_charset_is_accepted(api: httpx.Client) -> None:
    response = api.post(CONTACTS, content=b'{"mobilePhone": "+46701740605", "countryCode": "SE"}',
                        headers={"Content-Type": "application/json; charset=utf-8"})
    assert response.status_code == 201


def test_rate_limit_answers_429_with_retry_after() -> None:
    with EmulatorServer(rate_limit_per_second=5) as emu, client_for(emu) as api:
        statuses = [api.get(LOOKUP, params={"mobilePhone": PHONE}).status_code
                    for _ in range(8)]
        assert statuses[:5] == [404] * 5
        assert statuses[5:] == [429] * 3
        limited = api.get(LOOKUP, params={"mobilePhone": PHONE})
        assert limited.status_code == 429
        assert int(limited.headers["Retry-After"]) >= 1
        assert parse_error_body(limited.text).code == "TooManyRequests"


def test_unknown_path_is_404_and_wrong_method_405(api: httpx.Client) -> None:
    assert api.get("/api/v3/members").status_code == 404
    assert api.get(f"{CONTACTS}/a/b").status_code == 404
    not_allowed = api.get(CONTACTS)
    assert not_allowed.status_code == 405
    assert not_allowed.headers["Allow"] == "POST"
    assert api.delete(f"{CONTACTS}/some-id").status_code == 405
    assert api.put(f"{CONTACTS}/some-id", json={}).status_code == 405
    assert api.post(LOOKUP, json={}).status_code == 405


def test_connection_is_kept_alive_and_content_length_always_sent(emu: EmulatorServer) -> None:
    with client_for(emu) as api:
        first = api.get(LOOKUP, params={"mobilePhone": PHONE})
        second = api.post(CONTACTS, json=member())
    for response in (first, second):
        assert response.http_version == "HTTP/1.1"
        assert int(response.headers["Content-Length"]) == len(response.content)
        assert response.headers.get("Connection", "keep-alive") != "close"
    assert len({r.client_port for r in emu.requests}) == 1
    assert emu.requests[0].client_port > 0
