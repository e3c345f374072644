"""The API key: POSAPP_API_KEY first, then the credential store; never a file; clear words
when there is no store. Real keyring backends, installed programmatically."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from posapp.api_key_store import (
    SERVICE,
    ApiKey,
    CredentialStoreFailed,
    NoCredentialStore,
    delete_api_key,
    has_credential_store,
    read_api_key,
    save_api_key,
    store_name,
    stored_api_key,
)
from tests.keyrings import LockedKeyring, MemoryKeyring

URL = "https://acme.voyado.com"
KEY = "k3y-0f-the-t3nant-5ecret"


def test_saved_key_is_read_back_per_tenant(memory_keyring: MemoryKeyring) -> None:
    save_api_key(URL + "/", f"  {KEY}\n")
    assert memory_keyring.entries == {(SERVICE, URL): KEY}
    assert keyring.get_password("posapp", URL) == KEY  # what other keyring tools see
    assert read_api_key(URL, environ={}) == ApiKey(KEY, "credential store")
    assert read_api_key("https://other.voyado.com", environ={}) is None
    assert has_credential_store() and store_name()


def test_environment_wins_over_the_store(memory_keyring: MemoryKeyring) -> None:
    save_api_key(URL, KEY)
    assert read_api_key(URL, environ={"POSAPP_API_KEY": " from-env "}) == ApiKey(
        "from-env", "environment")


def test_no_store_says_what_to_do_and_never_writes_a_file(no_keyring: object,
                                                          tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    monkeypatch.chdir(tmp_path)
    assert not has_credential_store() and store_name() is None
    with pytest.raises(NoCredentialStore) as caught:
        save_api_key(URL, KEY)
    assert str(caught.value) == ("this machine has no credential store: set POSAPP_API_KEY "
                                 "for the posapp service")
    with pytest.raises(NoCredentialStore):
        read_api_key(URL, environ={})
    assert read_api_key(URL, environ={"POSAPP_API_KEY": KEY}) == ApiKey(KEY, "environment")
    assert list(tmp_path.iterdir()) == []


def test_null_backend_counts_as_no_store() -> None:
    import keyring.backends.null

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.null.Keyring())
    try:
        with pytest.raises(NoCredentialStore):
            save_api_key(URL, KEY)
    finally:
        keyring.set_keyring(previous)


def test_a_locked_store_is_reported_without_the_key() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        with pytest.raises(CredentialStoreFailed) as caught:
            save_api_key(URL, KEY)
        assert "locked" in str(caught.value) and KEY not in str(caught.value)
        with pytest.raises(CredentialStoreFailed):
            stored_api_key(URL)
    finally:
        keyring.set_keyring(previous)


def test_delete_and_empty_keys(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(ValueError, match="empty"):
        save_api_key(URL, "   ")
    save_api_key(URL, KEY)
    assert delete_api_key(URL) is True
    assert delete_api_key(URL) is False
    assert stored_api_key(URL) is None


def test_the_key_never_shows_in_a_repr(memory_keyring: MemoryKeyring) -> None:
    save_api_key(URL, KEY)
    found = read_api_key(URL, environ={})
    assert found is not None and KEY not in repr(found)
