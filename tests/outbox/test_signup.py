"""SignupRequest and Problem: JSON round trips, and only complete signups."""

from __future__ import annotations

import pytest

from posapp.form.request import SignupRequest
from posapp.outbox.problem import Problem

from .conftest import member, person


@pytest.mark.parametrize("signup", [member(), person(), member(origin="kiosk")])
def test_a_signup_survives_a_json_round_trip(signup: SignupRequest) -> None:
    again = SignupRequest.from_json(signup.to_json())
    assert again == signup
    assert again.body == signup.body and again.key_value == signup.key_value


def test_a_problem_survives_a_json_round_trip() -> None:
    problem = Problem("invalid_fields", {"email": "is not valid"}, "Validation failed", 422,
                      "ValidationError", None)
    assert Problem.from_json(problem.to_json()) == problem


@pytest.mark.parametrize(("change", "message"), [
    ({"key": "firstName"}, "not a key attribute"),
    ({"body": {"contactType": "Member", "countryCode": "SE"}}, "only complete signups"),
    ({"body": {"contactType": "Member", "mobilePhone": "  "}}, "only complete signups"),
    ({"contact_type": "Contact"}, "differs"),
    ({"origin": "web"}, "origin"),
])
def test_an_incomplete_or_inconsistent_signup_is_refused(change: dict[str, object],
                                                         message: str) -> None:
    fields = {"body": member().body, "key": "mobilePhone", "contact_type": "Member",
              "source": "POS", "store_external_id": "600", "create_as_unapproved": False,
              "origin": "till", **change}
    with pytest.raises(ValueError, match=message):
        SignupRequest(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["[]", '{"body": {}}', '"x"'])
def test_garbage_is_not_a_signup(text: str) -> None:
    with pytest.raises(ValueError):
        SignupRequest.from_json(text)
