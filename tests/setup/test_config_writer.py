"""Writing config.toml from the set-up dialog: config.py's rules, comments and unknown
sections kept, never an API key. (How each problem is worded: test_setup_model.py.)"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from posapp.config import ConfigError, ProblemCode, load_settings
from posapp.config_writer import load_document, text_at, with_values, write_document
from posapp.setup.fields import SetupValues, apply_values
from posapp.setup.problems import check

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
    checked = check(document, str(path))
    assert not checked.fields and not checked.other and checked.settings is not None
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
    assert SetupValues.in_document(document).base_url == "https://old.voyado.com"
    assert text_at(document, ("engage", "lookup_timeout_seconds")) == "5"
    assert text_at(document, ("kiosk", "pin_hash")) == text_at(document, ("nowhere", "x")) == ""
    updated = apply_values(document, VALUES)
    assert check(updated, str(path)).settings is not None
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


def test_problems_elsewhere_in_the_file_are_reported_as_such(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(HAND_WRITTEN.replace('key = "mobilePhone"', 'key = "phone"')
                    + "[x_chain_tools]\ninventory = true\n", encoding="utf-8")
    checked = check(apply_values(load_document(path), VALUES), str(path))
    assert checked.settings is None and not checked.fields
    assert checked.other[0].startswith(f"{path}: [[contact_types]] #1 (Member) key: must be")
    assert checked.other[1] == f"{path}: x_chain_tools: is not a known setting (check the " \
                               "spelling)"


def test_an_unparseable_file_is_refused_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[engage\nbase_url = ", encoding="utf-8")
    with pytest.raises(ConfigError, match="is not valid TOML") as caught:
        load_document(path)
    assert [p.code for p in caught.value.problems] == [ProblemCode.NOT_TOML]
    assert path.read_text(encoding="utf-8") == "[engage\nbase_url = "


def test_with_values_puts_each_value_in_its_place_and_makes_missing_tables(
        tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[engage]  # the tenant\nbase_url = "https://old.voyado.com"\n',
                    encoding="utf-8")
    document = load_document(path)
    updated = with_values(document, {("engage", "base_url"): "https://new.voyado.com",
                                     ("store", "external_id"): "7"})
    write_document(path, updated)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('[engage]  # the tenant\nbase_url = "https://new.voyado.com"\n')
    assert tomllib.loads(text)["store"] == {"external_id": "7"}
    assert text_at(document, ("engage", "base_url")) == "https://old.voyado.com"  # a copy
