"""The [outbox] settings: retention and path, with defaults when the section is absent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from posapp.config import ConfigError, demo_settings, settings_from_mapping
from posapp.outbox.background import background_client
from posapp.outbox.store import OutboxStore
from tests.keyrings import MemoryKeyring


def _settings(outbox: dict[str, Any] | None) -> Any:
    data: dict[str, Any] = {
        "engage": {"base_url": "https://acme.voyado.com"},
        "store": {"external_id": "600"},
        "contact_types": [{"id": "Member", "key": "mobilePhone"}],
    }
    if outbox is not None:
        data["outbox"] = outbox
    return settings_from_mapping(data)


def test_defaults_without_a_section() -> None:
    settings = _settings(None)
    assert settings.outbox.retention_days == 30 and settings.outbox.path is None
    assert demo_settings("http://127.0.0.1:1").outbox.retention_days == 30


def test_a_section_is_read(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "till" / "signups.sqlite3"
    settings = _settings({"retention_days": 14, "path": str(path)})
    assert settings.outbox.retention_days == 14
    with OutboxStore.from_settings(settings.outbox) as store:
        assert store.path == path
    assert path.exists()


@pytest.mark.parametrize(("outbox", "message"), [
    ({"retention_days": 0}, "[outbox] retention_days: must be at least 1"),
    ({"retention_days": 400}, "[outbox] retention_days: must be at most 365"),
    ({"path": ""}, "[outbox] path: must be a file path"),
    ({"keep": True}, "[outbox] keep: is not a known setting"),
])
def test_bad_values_are_named(outbox: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _settings(outbox)
    assert message in str(caught.value)


def test_the_background_client_makes_one_attempt_per_call() -> None:
    settings = _settings(None)
    client = background_client(settings.engage, "key")
    try:
        budgets = client.budgets
        assert budgets.create_retry.attempts == 1 and budgets.lookup_retry.attempts == 1
        assert budgets.create_read_seconds == settings.engage.timeout_seconds
        assert client.base_url == "https://acme.voyado.com"
    finally:
        client.close()
