"""Writing config.toml from the set-up dialog: config.py's rules, comments and unknown
sections kept, never an API key."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from posapp.config import ConfigError, load_settings
from posapp.config_writer import (
    SetupValues,
    apply_values,
    check,
    current_values,
    load_document,
    write_document,
)

VALUES = SetupValues(base_url="https://acme.voyado.com/", external_id="601", source="POS",
                     country="fi", language="fi")

HAND_WRITTEN = '''# Till 7, written by hand — keep this comment
[engage]
base_url = "https://old.voyado.com"  # staging until May
lookup_timeout_seconds = 5

[store]
external_id = "600"

[[contact_types]]
id = "Member"
key = "mobilePhone"

[kiosk]   # the self-service screen by the door
idle_seconds = 90
'''


def test_a_new_file_starts_from_the_example(tmp_path: Path) -> None:
    path = tmp_path / "posapp" / "config.toml"
    document = apply_values(load_document(path), VALUES)
    settings, problems = check(document, str(path))
    assert not problems and settings is not None
    write_document(path, document)
    text = path.read_text(encoding="utf-8")
    assert "# The API key is never stored here" in text  # the example's explanations
    loaded = load_settings(path)
    assert loaded.engage.base_url == "https://acme.voyado.com"
    assert (loaded.store.external_id, loaded.store.country, loaded.store.language) == (
        "601", "FI", "fi")
    assert [t.id for t in loaded.contact_types] == ["Member", "Contact"]
    assert not list(path.parent.glob("*.tmp"))


def test_an_existing_file_keeps_comments_and_the_settings_the_dialog_does_not_edit(
        tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    document = load_document(path)
    assert current_values(document)["base_url"] == "https://old.voyado.com"
    updated = apply_values(document, VALUES)
    assert not check(updated, str(path))[1]
    write_document(path, updated)
    text = path.read_text(encoding="utf-8")
    assert "# Till 7, written by hand — keep this comment" in text
    assert "# the self-service screen by the door" in text
    assert '"https://acme.voyado.com"  # staging until May' in text
    data = tomllib.loads(text)
    assert data["engage"]["lookup_timeout_seconds"] == 5
    assert data["kiosk"] == {"idle_seconds": 90}
    assert data["store"] == {"external_id": "601", "source": "POS", "country": "FI",
                             "language": "fi"}
    assert text.index("[engage]") < text.index("[store]") < text.index("[kiosk]")


@pytest.mark.parametrize(("values", "field", "message"), [
    (SetupValues("http://acme.voyado.com", "600", "POS", "SE", "sv"), "base_url",
     "must use https://"),
    (SetupValues("acme.voyado.com", "600", "POS", "SE", "sv"), "base_url",
     "must be a URL such as https://acme.voyado.com"),
    (SetupValues("https://acme.voyado.com?x=1", "600", "POS", "SE", "sv"), "base_url",
     "must not contain a query or fragment"),
    (SetupValues("https://acme.voyado.com", " ", "POS", "SE", "sv"), "external_id",
     "must not be empty"),
    (SetupValues("https://acme.voyado.com", "600", "", "SE", "sv"), "source",
     "must not be empty"),
    (SetupValues("https://acme.voyado.com", "600", "POS", "XX", "sv"), "country",
     "must be a two-letter country code"),
    (SetupValues("https://acme.voyado.com", "600", "POS", "SE", "de"), "language", "must be"),
])
def test_each_field_gets_config_pys_own_message(tmp_path: Path, values: SetupValues,
                                                field: str, message: str) -> None:
    path = tmp_path / "config.toml"
    settings, problems = check(apply_values(load_document(path), values), str(path))
    assert settings is None
    assert problems.fields[field].startswith(message)
    assert not problems.other


def test_problems_elsewhere_in_the_file_are_reported_as_such(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(HAND_WRITTEN.replace('key = "mobilePhone"', 'key = "phone"')
                    + "[x_chain_tools]\ninventory = true\n", encoding="utf-8")
    settings, problems = check(apply_values(load_document(path), VALUES), str(path))
    assert settings is None and not problems.fields
    assert problems.other[0].startswith(f"{path}: [[contact_types]] #1 (Member) key: must be")
    assert problems.other[1] == f"{path}: x_chain_tools: is not a known setting (check the " \
                                "spelling)"


def test_an_unparseable_file_is_refused_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[engage\nbase_url = ", encoding="utf-8")
    with pytest.raises(ConfigError, match="is not valid TOML"):
        load_document(path)
    assert path.read_text(encoding="utf-8") == "[engage\nbase_url = "
