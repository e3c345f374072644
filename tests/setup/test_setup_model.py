"""The set-up dialog's rules without a widget: each field's problem worded by its code and
found by its place, which API key is tested and kept, and why a file was not written.
Real files in tmp_path and real keyring backends (tests/keyrings.py); no Qt."""

from __future__ import annotations

import errno
import subprocess
import sys
import tomllib
from pathlib import Path

import keyring
import pytest

from posapp.config import DEMO_API_KEY, ProblemCode, load_settings
from posapp.config_writer import load_document
from posapp.connection_check import Diagnosis, Outcome
from posapp.setup import keys, problems, write_problems
from posapp.setup.fields import SetupValues, apply_values, form_values
from posapp.setup.keys import KeptKey, KeyOutcome, KeyPolicy
from posapp.setup.message import Message
from posapp.setup.model import (
    FieldsWrong,
    FileWrong,
    KeyMissing,
    NotWritten,
    ReadyToTest,
    Saved,
    SetupModel,
    field_to_correct,
)
from posapp.setup.problems import FIELD_TEMPLATES, UNUSABLE, check, field_message
from tests.keyrings import LockedKeyring, MemoryKeyring

URL = "https://acme.voyado.com"
OTHER_URL = "https://other.voyado.com"
GOOD = SetupValues(base_url=URL, external_id="601", source="POS", country="SE", language="sv")
KEY = "the-typed-key-0042"
STORED = "the-stored-key-0099"


def values(**changes: str) -> SetupValues:
    return SetupValues(**{**GOOD.as_dict(), **changes})


def test_importing_the_set_up_rules_loads_no_qt() -> None:
    code = ("import sys\n"
            "import posapp.setup.model, posapp.setup.keys, posapp.setup.problems\n"
            "import posapp.setup.fields, posapp.setup.write_problems\n"
            "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.strip() == ""


# -- each field's problems -------------------------------------------------------------------

@pytest.mark.parametrize(("form", "field", "code"), [
    (values(base_url="acme.voyado.com"), "base_url", ProblemCode.NOT_URL),
    (values(base_url="http://acme.voyado.com"), "base_url", ProblemCode.NEEDS_HTTPS),
    (values(base_url="https://acme.voyado.com?x=1"), "base_url", ProblemCode.HAS_QUERY),
    (values(base_url=" "), "base_url", ProblemCode.NOT_URL),
    (values(external_id=" "), "external_id", ProblemCode.EMPTY),
    (values(source=""), "source", ProblemCode.EMPTY),
    (values(country="XX"), "country", ProblemCode.BAD_COUNTRY),
])
def test_each_fields_problem_gets_the_words_of_its_code(tmp_path: Path, form: SetupValues,
                                                        field: str, code: ProblemCode) -> None:
    path = tmp_path / "config.toml"
    checked = check(apply_values(load_document(path), form), str(path))
    assert checked.settings is None and not checked.other
    assert checked.fields == {field: Message(FIELD_TEMPLATES[code])}


def test_a_problem_without_words_of_its_own_is_a_detail_for_it(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    checked = check(apply_values(load_document(path), values(language="de")), str(path))
    assert checked.fields == {"language": Message(
        UNUSABLE, detail="must be 'sv', 'fi', 'nb', 'da' or 'en'")}


def test_the_words_follow_the_code_not_the_english_text() -> None:
    assert field_message(ProblemCode.NEEDS_HTTPS, "anything at all") == Message(
        FIELD_TEMPLATES[ProblemCode.NEEDS_HTTPS])
    # config.py's English for one problem, under another code: no words are borrowed.
    assert field_message(ProblemCode.INVALID, "must be a URL such as https://x") == Message(
        UNUSABLE, detail="must be a URL such as https://x")
    assert field_message(ProblemCode.MISSING, "") == field_message(ProblemCode.EMPTY, "")
    assert FIELD_TEMPLATES[ProblemCode.EMPTY] == problems.REQUIRED == "Required."


def test_a_problem_is_sorted_to_a_field_by_its_table_and_key(tmp_path: Path) -> None:
    """[kiosk] source is not the form's source, though its key and its problem match."""
    path = tmp_path / "config.toml"
    path.write_text('[kiosk]\nsource = ""\n[[contact_types]]\nid = "M"\nkey = "email"\n',
                    encoding="utf-8")
    checked = check(apply_values(load_document(path), GOOD), str(path))
    assert checked.fields == {}
    assert checked.other == (f"{path}: [kiosk] source: must not be empty",)


def test_the_first_problem_of_a_field_is_the_one_shown(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    form = values(base_url="http://acme.voyado.com", external_id="", source="")
    checked = check(apply_values(load_document(path), form), str(path))
    assert list(checked.fields) == ["base_url", "external_id", "source"]


# -- what is written where --------------------------------------------------------------------

def test_values_are_written_trimmed_to_their_tables(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    form = SetupValues(" https://acme.voyado.com/ ", " 601 ", " POS ", "fi", "fi")
    assert form.written() == {("engage", "base_url"): URL, ("store", "external_id"): "601",
                              ("store", "source"): "POS", ("store", "country"): "FI",
                              ("store", "language"): "fi"}
    data = tomllib.loads(apply_values(load_document(path), form).as_string())
    assert data["engage"]["base_url"] == URL
    assert {k: data["store"][k] for k in ("external_id", "country")} == {
        "external_id": "601", "country": "FI"}


def test_the_form_starts_with_the_file_or_config_pys_defaults(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    new = form_values(load_document(path), new_file=True)  # the example's, less its tenant
    assert (new.base_url, new.external_id) == ("", "")
    path.write_text(f'[engage]\nbase_url = "{URL}"\n[store]\nexternal_id = 600\n'
                    'country = "fi"\n', encoding="utf-8")
    found = form_values(load_document(path), new_file=False)
    assert found == SetupValues(URL, "600", "POS", "FI", "sv")


# -- the key Test connection uses ---------------------------------------------------------------

@pytest.fixture
def stored(memory_keyring: MemoryKeyring) -> MemoryKeyring:
    """A store holding a key for URL."""
    memory_keyring.set_password("posapp", URL, STORED)
    return memory_keyring


def test_the_typed_key_is_tested_first(stored: MemoryKeyring) -> None:
    policy = KeyPolicy({"POSAPP_API_KEY": "from-the-environment"})
    assert policy.for_test(f" {KEY} ", URL) == KEY


def test_then_the_environment_variable(stored: MemoryKeyring) -> None:
    policy = KeyPolicy({"POSAPP_API_KEY": " from-the-environment "})
    assert policy.for_test("", URL) == "from-the-environment"


def test_then_the_key_stored_for_the_typed_or_the_loaded_address(stored: MemoryKeyring) -> None:
    policy = KeyPolicy({})
    assert policy.for_test("", URL, OTHER_URL) == STORED
    assert policy.for_test("", OTHER_URL, URL) == STORED  # the address was changed
    assert policy.for_test("", OTHER_URL, "") is None


def test_no_key_to_test_is_said_under_the_key_field(tmp_path: Path,
                                                    memory_keyring: MemoryKeyring) -> None:
    model = SetupModel(tmp_path / "config.toml", {})
    plan = model.plan_test(GOOD, "  ")
    assert isinstance(plan, KeyMissing)
    assert plan.message == Message(keys.ENTER_KEY_TO_TEST)
    assert plan.fields.checked == ("base_url",) and not plan.fields


def test_a_test_is_planned_with_the_key_stored_for_the_loaded_address(
        tmp_path: Path, stored: MemoryKeyring) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f'[engage]\nbase_url = "{URL}"\n', encoding="utf-8")
    model = SetupModel(path, {})
    plan = model.plan_test(values(base_url=OTHER_URL + "/"), "")
    assert isinstance(plan, ReadyToTest)
    assert (plan.key, plan.host, plan.engage.base_url) == (STORED, "other.voyado.com",
                                                          OTHER_URL)
    assert STORED not in repr(plan)


def test_a_test_checks_only_the_address_then_the_engage_settings(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[engage]\nlookup_timeout_seconds = 0\n", encoding="utf-8")
    model = SetupModel(path, {})
    wrong = model.plan_test(values(base_url="http://acme.voyado.com", external_id=""), KEY)
    assert isinstance(wrong, FieldsWrong)
    assert dict(wrong.fields.problems) == {
        "base_url": Message(FIELD_TEMPLATES[ProblemCode.NEEDS_HTTPS])}
    engage = model.plan_test(values(external_id=""), KEY)
    assert isinstance(engage, FileWrong)
    assert engage.lines == ("[engage] lookup_timeout_seconds: must be greater than 0",)


# -- what Save does with the key -------------------------------------------------------------------

def test_a_typed_key_is_kept_in_the_store(memory_keyring: MemoryKeyring) -> None:
    kept = KeyPolicy({}).keep(URL, f" {KEY} ", None)
    assert kept == KeptKey(KeyOutcome.KEPT) and kept.ok
    assert memory_keyring.entries == {("posapp", URL): KEY}
    assert kept.message.english() == "The API key is kept in the system's credential store."


def test_the_stored_key_moves_with_the_address(stored: MemoryKeyring) -> None:
    policy = KeyPolicy({})
    existing = policy.stored(OTHER_URL, URL)
    assert policy.keep(OTHER_URL, "", existing).outcome is KeyOutcome.KEPT
    assert stored.entries == {("posapp", URL): STORED, ("posapp", OTHER_URL): STORED}


def test_a_key_stored_at_the_same_address_is_not_written_again(stored: MemoryKeyring) -> None:
    class Counting(MemoryKeyring):
        writes = 0

        def set_password(self, service: str, username: str, password: str) -> None:
            Counting.writes += 1
            super().set_password(service, username, password)

    counting = Counting()
    counting.entries = dict(stored.entries)
    keyring.set_keyring(counting)  # the memory_keyring fixture puts the previous one back
    assert KeyPolicy({}).keep(URL, "", STORED).outcome is KeyOutcome.KEPT
    assert Counting.writes == 0
    assert KeyPolicy({}).keep(URL, KEY, STORED).outcome is KeyOutcome.KEPT
    assert Counting.writes == 1 and counting.entries == {("posapp", URL): KEY}


def test_with_the_environment_variable_set_it_is_the_key_said(
        memory_keyring: MemoryKeyring) -> None:
    policy = KeyPolicy({"POSAPP_API_KEY": "from-the-environment"})
    kept = policy.keep(URL, KEY, None)
    assert kept == KeptKey(KeyOutcome.FROM_ENV) and kept.ok
    assert memory_keyring.entries == {("posapp", URL): KEY}  # kept all the same
    assert kept.message.english() == ("POSAPP_API_KEY is set on this computer: it is used as "
                                      "the API key.")
    assert policy.keep(URL, "", None) == KeptKey(KeyOutcome.FROM_ENV)


def test_without_a_credential_store_no_key_is_kept(no_keyring: object) -> None:
    kept = KeyPolicy({}).keep(URL, KEY, None)
    assert kept == KeptKey(KeyOutcome.NO_STORE) and not kept.ok
    assert kept.message.english() == ("The API key was not saved: this machine has no "
                                      "credential store. Set POSAPP_API_KEY for the posapp "
                                      "service.")
    assert KeyPolicy({"POSAPP_API_KEY": "x"}).keep(URL, KEY, None).outcome is \
        KeyOutcome.FROM_ENV


def test_a_refusing_store_is_said_with_its_own_words_for_it() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        kept = KeyPolicy({}).keep(URL, KEY, None)
        assert kept.outcome is KeyOutcome.REFUSED and not kept.ok
        assert "locked" in kept.detail and KEY not in kept.detail
        assert kept.message.detail == kept.detail
        assert "collection" not in kept.message.english()  # the store's words: only for IT
        assert KeyPolicy({"POSAPP_API_KEY": "x"}).keep(URL, KEY, None) == KeptKey(
            KeyOutcome.FROM_ENV)
        assert KeyPolicy({}).stored(URL) is None  # a store that refuses holds no key here
    finally:
        keyring.set_keyring(previous)


def test_save_asks_for_a_key_only_when_one_could_be_kept(tmp_path: Path,
                                                         memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "config.toml"
    result = SetupModel(path, {}).save(GOOD, "")
    assert isinstance(result, KeyMissing) and result.message == Message(keys.ENTER_KEY)
    assert not path.exists()
    assert isinstance(SetupModel(path, {"POSAPP_API_KEY": "x"}).save(GOOD, ""), Saved)


def test_without_a_store_save_goes_on_without_a_key(tmp_path: Path, no_keyring: object) -> None:
    result = SetupModel(tmp_path / "config.toml", {}).save(GOOD, "")
    assert isinstance(result, Saved) and result.key == KeptKey(KeyOutcome.NO_STORE)


@pytest.mark.parametrize(("environ", "store", "note", "warning"), [
    ({"POSAPP_API_KEY": "x"}, True, "POSAPP_API_KEY is set on this computer: it is used "
     "instead of a key saved here.", False),
    ({}, False, "This machine has no credential store: set POSAPP_API_KEY for the posapp "
     "service.", True),
    ({}, True, "Kept in the system's credential store (keyrings MemoryKeyring), never in the "
     "file.",
     False),
])
def test_the_note_under_the_key_field(environ: dict[str, str], store: bool, note: str,
                                      warning: bool) -> None:
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring() if store else keyring.backends.fail.Keyring())
    try:
        state = KeyPolicy(environ).note("")
    finally:
        keyring.set_keyring(previous)
    assert (state.note.english(), state.warning) == (note, warning)
    assert state.placeholder == Message(keys.PLACEHOLDER_NEW)


def test_the_placeholder_says_a_key_is_saved_for_the_loaded_address(
        stored: MemoryKeyring) -> None:
    assert KeyPolicy({}).note(URL).placeholder == Message(keys.PLACEHOLDER_SAVED)
    assert KeyPolicy({}).note(OTHER_URL).placeholder == Message(keys.PLACEHOLDER_NEW)


def test_keys_are_redacted_from_a_detail() -> None:
    policy = KeyPolicy({"POSAPP_API_KEY": "env-key-1234"})
    assert policy.redact(f"sent {KEY} and env-key-1234, not abc", f" {KEY} ") == \
        "sent *** and ***, not abc"
    assert policy.redact("a b c", "b") == "a b c"  # too short to be a key


# -- saving ---------------------------------------------------------------------------------------

def test_save_writes_the_file_keeps_the_key_and_remembers_what_it_saved(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "posapp" / "config.toml"
    model = SetupModel(path, {})
    result = model.save(values(base_url=URL + "/"), DEMO_API_KEY)
    assert isinstance(result, Saved) and result.key.ok
    assert result.fields.checked == ("base_url", "external_id", "source", "country",
                                     "language")
    assert result.settings == load_settings(path)
    assert memory_keyring.entries == {("posapp", URL): DEMO_API_KEY}
    assert DEMO_API_KEY not in path.read_text(encoding="utf-8")
    assert model.loaded == values(base_url=URL + "/")
    assert model.key_note().placeholder == Message(keys.PLACEHOLDER_SAVED)


def test_save_writes_nothing_while_a_field_is_wrong(tmp_path: Path,
                                                   memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "config.toml"
    result = SetupModel(path, {}).save(values(country="XX"), KEY)
    assert isinstance(result, FieldsWrong)
    assert dict(result.fields.problems) == {
        "country": Message(FIELD_TEMPLATES[ProblemCode.BAD_COUNTRY])}
    assert not path.exists() and memory_keyring.entries == {}


def test_save_names_the_wrong_lines_elsewhere_in_the_file(tmp_path: Path,
                                                         memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[kiosk]\nidle_seconds = 1\n[[contact_types]]\nid = "M"\nkey = "email"\n',
                    encoding="utf-8")
    result = SetupModel(path, {}).save(GOOD, KEY)
    assert isinstance(result, FileWrong)
    assert result.lines == (f"{path}: [kiosk] idle_seconds: must be at least 10",)
    assert memory_keyring.entries == {}


def test_an_unreadable_file_is_kept_beside_the_new_one(tmp_path: Path,
                                                      memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"\xff\xfe not text")
    model = SetupModel(path, {})
    assert model.file_problem == f"{path}: cannot be read (not UTF-8 text)"
    assert isinstance(model.save(GOOD, KEY), Saved)
    assert (tmp_path / "config.toml.bak").read_bytes() == b"\xff\xfe not text"
    assert model.file_problem is None


def test_a_failed_write_says_why_and_keeps_no_key(tmp_path: Path,
                                                  memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "config.toml"
    path.mkdir()
    result = SetupModel(path, {}).save(GOOD, KEY)
    assert isinstance(result, NotWritten)
    assert result.problem.template == write_problems.WRITE_PROBLEMS[4][1]
    assert result.problem.detail.endswith("(EISDIR)")
    assert memory_keyring.entries == {}


@pytest.mark.parametrize(("number", "index"), [
    (errno.EACCES, 0), (errno.EPERM, 0), (errno.EROFS, 1), (errno.ENOSPC, 2),
    (errno.ENOENT, 3), (errno.ENOTDIR, 3), (errno.EISDIR, 4),
])
def test_each_write_problem_has_its_sentence(number: int, index: int) -> None:
    problem = write_problems.write_problem(OSError(number, "the system's words"))
    assert problem.template == write_problems.WRITE_PROBLEMS[index][1]
    assert problem.detail == f"the system's words ({errno.errorcode[number]})"


def test_any_other_write_problem_has_the_general_sentence() -> None:
    problem = write_problems.write_problem(OSError(errno.EIO, "I/O error"))
    assert problem == Message(write_problems.WRITE_OTHER, detail="I/O error (EIO)")
    assert write_problems.write_problem(OSError()).detail == "OSError"


@pytest.mark.parametrize(("outcome", "field"), [
    (Outcome.KEY_REJECTED, "api_key"), (Outcome.UNKNOWN_HOST, "base_url"),
    (Outcome.REFUSED, "base_url"), (Outcome.NOT_ENGAGE, "base_url"),
    (Outcome.CERT_WRONG_HOST, "base_url"), (Outcome.TLS_FAILED, "base_url"),
    (Outcome.SERVER_ERROR, None), (Outcome.NO_ANSWER, None),
])
def test_a_failed_test_names_the_field_that_holds_the_fix(outcome: Outcome,
                                                          field: str | None) -> None:
    assert field_to_correct(Diagnosis(outcome, "acme.voyado.com")) == field
