"""The configuration: the reference file loads; every kind of mistake gets one clear line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from posapp.config import (
    ConfigError,
    ConfigProblem,
    ProblemCode,
    api_key_from_env,
    demo_settings,
    find_config_path,
    load_settings,
    settings_from_mapping,
)
from posapp.config_schema import Problem

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "config-example.toml"
GOOD = {
    "engage": {"base_url": "https://acme.staging.voyado.com"},
    "store": {"external_id": "600"},
    "contact_types": [{"id": "Member", "key": "mobilePhone", "required": ["countryCode"]}],
}


def test_reference_example_loads(tmp_path: Path) -> None:
    if not REFERENCE.exists():
        pytest.skip("shared/reference is not beside this checkout")
    settings = load_settings(REFERENCE)
    assert settings.engage.timeout_seconds == 8
    assert settings.store.external_id == "600" and settings.store.country == "SE"
    member = settings.contact_type("Member")
    assert member.key == "mobilePhone"
    assert settings.contact_type("Contact").required[0] == "socialSecurityNumber"
    assert settings.kiosk.create_as_unapproved is True


def test_key_is_always_required() -> None:
    settings = settings_from_mapping(GOOD)
    assert settings.contact_types[0].required == ("mobilePhone", "countryCode")


def _error(data: dict) -> str:
    with pytest.raises(ConfigError) as caught:
        settings_from_mapping(data, "till.toml")
    return str(caught.value)


def _with(section: str, **values: object) -> dict:
    data = {k: (dict(v) if isinstance(v, dict) else list(v)) for k, v in GOOD.items()}
    data[section] = {**data[section], **values}  # type: ignore[dict-item]
    return data


@pytest.mark.parametrize(("data", "expected"), [
    (_with("engage", base_url="http://acme.voyado.com"),
     "till.toml: [engage] base_url: must use https://"),
    (_with("store", external_id=""), "till.toml: [store] external_id: must not be empty"),
    (_with("store", country="XX"), "[store] country: must be a two-letter country code"),
    (_with("store", language="de"), "[store] language: must be"),
    (_with("engage", timeout=3), "[engage] timeout: is not a known setting"),
    ({**GOOD, "contact_types": [{"id": "M", "key": "phone"}]},
     "[[contact_types]] #1 (M) key: must be 'mobilePhone'"),
    ({**GOOD, "contact_types": [{"id": "M", "key": "email", "required": ["shoeSize"]}]},
     "unknown attribute 'shoeSize'"),
    ({**GOOD, "contact_types": []}, "contact_types: needs at least one entry"),
    ({"store": {"external_id": "1"}, "contact_types": GOOD["contact_types"]},
     "engage: is missing"),
])
def test_bad_settings_get_one_clear_line(data: dict, expected: str) -> None:
    assert expected in _error(data)


def test_http_to_loopback_is_allowed() -> None:
    for url in ("http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9"):
        assert settings_from_mapping(_with("engage", base_url=url)).engage.base_url == url


def test_broken_toml_and_missing_file(tmp_path: Path) -> None:
    broken = tmp_path / "c.toml"
    broken.write_text("[engage\nbase_url = 1", encoding="utf-8")
    with pytest.raises(ConfigError, match="is not valid TOML"):
        load_settings(broken)
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "missing.toml")


def test_config_path_precedence(tmp_path: Path) -> None:
    env = {"POSAPP_CONFIG": str(tmp_path / "env.toml")}
    assert find_config_path("cli.toml", env) == tmp_path / "env.toml"
    assert find_config_path("cli.toml", {}) == Path("cli.toml")


def test_api_key_from_env_only() -> None:
    assert api_key_from_env({"POSAPP_API_KEY": " k "}) == "k"
    assert api_key_from_env({}) is None


def test_demo_settings() -> None:
    settings = demo_settings("http://127.0.0.1:5000")
    assert settings.demo and {t.id for t in settings.contact_types} == {"Member", "Contact"}


def test_cli_refuses_a_bad_file_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "c.toml"
    bad.write_text('[engage]\nbase_url = "http://acme.voyado.com"\n[store]\nexternal_id = ""\n'
                   '[[contact_types]]\nid = "M"\nkey = "phone"\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "posapp", "--check-config", "--config", str(bad)],
        capture_output=True, text=True, timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "[engage] base_url: must use https://" in result.stderr
    assert "[store] external_id: must not be empty" in result.stderr
    assert "key: must be" in result.stderr


@pytest.mark.parametrize(("data", "expected"), [
    (_with("engage", timeout_seconds=0), "[engage] timeout_seconds: must be greater than 0"),
    (_with("engage", timeout_seconds=61), "[engage] timeout_seconds: must be at most 60"),
    (_with("engage", timeout_seconds="8"), "[engage] timeout_seconds: must be a number"),
    (_with("engage", lookup_attempts=2.5), "[engage] lookup_attempts: must be a whole number"),
    (_with("engage", lookup_attempts=True), "[engage] lookup_attempts: must be a whole number"),
    (_with("store", external_id=600), "[store] external_id: must be text in quotes"),
    ({**GOOD, "kiosk": {"enabled": "yes"}}, "[kiosk] enabled: must be true or false"),
    ({**GOOD, "kiosk": {"idle_seconds": 5}}, "[kiosk] idle_seconds: must be at least 10"),
    ({**GOOD, "store": "600"}, "store: must be a table of settings"),
    ({**GOOD, "contact_types": [{"id": "M", "key": "email", "required": "email"}]},
     "[[contact_types]] #1 (M) required: must be a list"),
    ({**GOOD, "contact_types": [{"id": "M", "key": "email", "label": 3}]},
     "[[contact_types]] #1 (M) label: must be text in quotes or a table"),
    ({**GOOD, "contact_types": [{"id": "M", "key": "email", "required": ["email"],
                                 "optional": ["email"]}]},
     "[[contact_types]] #1 (M): 'email' is both required and optional"),
    ({**GOOD, "contact_types": [GOOD["contact_types"][0]] * 2},
     "contact_types: contact type 'Member' is listed twice"),
])
def test_wrong_types_and_ranges_get_one_clear_line(data: dict, expected: str) -> None:
    assert expected in _error(data)


def test_every_problem_is_named_at_once() -> None:
    data = _with("engage", timeout_seconds=0, colour="red")
    data["store"] = {"external_id": "", "language": "de"}
    lines = _error(data).splitlines()
    assert lines == [
        "till.toml: [engage] timeout_seconds: must be greater than 0",
        "till.toml: [engage] colour: is not a known setting (check the spelling)",
        "till.toml: [store] external_id: must not be empty",
        "till.toml: [store] language: must be 'sv', 'fi', 'nb', 'da' or 'en'",
    ]


def test_text_is_trimmed_and_the_store_country_upper_cased() -> None:
    settings = settings_from_mapping(_with("store", external_id=" 600 ", country="fi"))
    assert settings.store.external_id == "600" and settings.store.country == "FI"


def test_settings_are_immutable_and_copied_with_changes() -> None:
    import dataclasses

    settings = settings_from_mapping(GOOD)
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.store.external_id = "601"  # type: ignore[misc]
    changed = settings.model_copy(update={"demo": True})
    assert changed.demo and not settings.demo and changed.store is settings.store


def test_loading_the_configuration_does_not_load_pydantic() -> None:
    code = ("import sys; from posapp.config import settings_from_mapping as s; "
            f"s({GOOD!r}); print('pydantic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.strip() == "False"


def _problems(data: dict) -> tuple[ConfigProblem, ...]:
    with pytest.raises(ConfigError) as caught:
        settings_from_mapping(data, "till.toml")
    problems = caught.value.problems
    assert "\n".join(p.line for p in problems) == str(caught.value)  # the same, as data
    return problems


@pytest.mark.parametrize(("data", "loc", "code"), [
    (_with("engage", base_url="acme.voyado.com"), ("engage", "base_url"), ProblemCode.NOT_URL),
    (_with("engage", base_url="http://acme.voyado.com"), ("engage", "base_url"),
     ProblemCode.NEEDS_HTTPS),
    (_with("engage", base_url="https://acme.voyado.com#x"), ("engage", "base_url"),
     ProblemCode.HAS_QUERY),
    (_with("engage", ca_bundle="/no/such.pem"), ("engage", "ca_bundle"),
     ProblemCode.NO_SUCH_FILE),
    (_with("engage", timeout_seconds=0), ("engage", "timeout_seconds"), ProblemCode.TOO_SMALL),
    (_with("engage", timeout_seconds=61), ("engage", "timeout_seconds"),
     ProblemCode.TOO_LARGE),
    (_with("engage", timeout_seconds="8"), ("engage", "timeout_seconds"),
     ProblemCode.NOT_NUMBER),
    (_with("engage", lookup_attempts=2.5), ("engage", "lookup_attempts"),
     ProblemCode.NOT_INTEGER),
    (_with("engage", timeout=3), ("engage", "timeout"), ProblemCode.UNKNOWN_SETTING),
    (_with("store", external_id=""), ("store", "external_id"), ProblemCode.EMPTY),
    (_with("store", external_id=600), ("store", "external_id"), ProblemCode.NOT_TEXT),
    (_with("store", country="XX"), ("store", "country"), ProblemCode.BAD_COUNTRY),
    (_with("store", language="de"), ("store", "language"), ProblemCode.NOT_CHOICE),
    ({**GOOD, "kiosk": {"enabled": "yes"}}, ("kiosk", "enabled"), ProblemCode.NOT_BOOL),
    ({**GOOD, "kiosk": {"pin_hash": "1234"}}, ("kiosk", "pin_hash"), ProblemCode.NOT_PIN_HASH),
    ({**GOOD, "store": "600"}, ("store",), ProblemCode.NOT_TABLE),
    ({"store": {"external_id": "1"}, "contact_types": GOOD["contact_types"]}, ("engage",),
     ProblemCode.MISSING),
    ({**GOOD, "contact_types": []}, ("contact_types",), ProblemCode.NO_ENTRIES),
    ({**GOOD, "contact_types": [GOOD["contact_types"][0]] * 2}, ("contact_types",),
     ProblemCode.REPEATED_CONTACT_TYPE),
    ({**GOOD, "contact_types": [{"id": "M", "key": "email", "required": "email"}]},
     ("contact_types", 0, "required"), ProblemCode.NOT_LIST),
    ({**GOOD, "contact_types": [{"id": "M", "key": "email", "required": ["shoeSize"]}]},
     ("contact_types", 0, "required"), ProblemCode.UNKNOWN_ATTRIBUTE),
    ({**GOOD, "contact_types": [{"id": "M", "key": "email", "required": ["email", "email"]}]},
     ("contact_types", 0, "required"), ProblemCode.REPEATED_ATTRIBUTE),
    ({**GOOD, "contact_types": [{"id": "M", "key": "email", "required": ["email"],
                                 "optional": ["email"]}]},
     ("contact_types", 0), ProblemCode.REQUIRED_AND_OPTIONAL),
    ({**GOOD, "contact_types": [{"id": "M", "key": "email", "label": 3}]},
     ("contact_types", 0, "label"), ProblemCode.WRONG_TYPE),
    # Neither text nor a table of texts: both kinds say "must be text in quotes".
    ({**GOOD, "contact_types": [{"id": "M", "key": "email", "label": {"en": 3}}]},
     ("contact_types", 0, "label"), ProblemCode.NOT_TEXT),
])
def test_every_problem_has_a_code_where_it_is(data: dict, loc: tuple, code: ProblemCode) -> None:
    (problem,) = _problems(data)
    assert (problem.loc, problem.code, problem.source) == (loc, code, "till.toml")


def test_a_check_that_names_no_code_is_reported_as_invalid() -> None:
    from dataclasses import dataclass

    from posapp.config_schema import Section, SettingsError, setting

    def odd(value: str) -> str:
        raise ValueError("is odd")

    @dataclass(frozen=True)
    class Odd(Section):
        value: str = setting(check=odd)

    with pytest.raises(SettingsError) as caught:
        Odd.from_mapping({"value": "x"})
    assert caught.value.problems == [Problem(("value",), ProblemCode.INVALID, "is odd")]


def test_a_file_that_cannot_be_used_has_its_code(tmp_path: Path) -> None:
    for name, content, code in (("missing.toml", None, ProblemCode.FILE_MISSING),
                                ("latin.toml", b"\xff\xfe", ProblemCode.NOT_UTF8),
                                ("broken.toml", b"[engage", ProblemCode.NOT_TOML)):
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        with pytest.raises(ConfigError) as caught:
            load_settings(path)
        (problem,) = caught.value.problems
        assert (problem.code, problem.loc, problem.line) == (code, (), str(caught.value))
