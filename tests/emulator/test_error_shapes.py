"""Every error-body shape the emulator produces is readable by posapp's parser.

Engage's error-body shape is undocumented, so the client's ``parse_error_body`` must read
code, message and a 422's field names from each plausible shape the emulator can send.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from posapp.emulator import SHAPES, EmulatorServer, Fault
from posapp.emulator.responses import error_response
from posapp.engage.errors import parse_error_body

from .helpers import LOOKUP, PHONE, member

Create = Callable[..., httpx.Response]
JSON_SHAPES = [shape for shape in SHAPES if shape != "text"]
#: ASP.NET's ValidationProblemDetails carries no error code: only the status tells.
WITH_CODE = [shape for shape in JSON_SHAPES if shape != "aspnet"]


@pytest.mark.parametrize("shape", WITH_CODE)
@pytest.mark.parametrize(
    ("status", "code"),
    [(400, "NoData"), (401, "Unauthorized"), (409, "ContactWithKeyIsBeingCreated"),
     (500, "InternalServerError"), (504, "RequestTimeOut")],
)
def test_code_and_message_are_read_from_every_shape(shape: str, status: int, code: str) -> None:
    response = error_response(status, shape, code, "Something went wrong.")
    body = parse_error_body(response.body)
    assert body.is_json
    assert body.code == code
    assert body.message == "Something went wrong."


@pytest.mark.parametrize("shape", JSON_SHAPES)
def test_field_errors_are_read_from_every_shape(shape: str) -> None:
    fields = {"mobilePhone": "must be in international form", "countryCode": "is required"}
    response = error_response(422, shape, "ValidationError", "Validation failed.", fields)
    body = parse_error_body(response.body)
    assert body.fields == fields
    assert body.message
    assert body.code == (None if shape == "aspnet" else "ValidationError")


def test_aspnet_shape_has_the_title_as_message_and_no_code() -> None:
    body = parse_error_body(error_response(409, "aspnet", "X", "Conflict.").body)
    assert body.code is None
    assert body.message == "Conflict."


def test_problem_shape_is_problem_json() -> None:
    response = error_response(504, "problem")
    assert response.content_type is not None
    assert response.content_type.startswith("application/problem+json")


def test_text_shape_is_plain_text_the_parser_cannot_read() -> None:
    response = error_response(500, "text", "InternalServerError", "An error has occurred")
    assert response.body == b"An error has occurred"
    assert response.content_type is not None
    assert response.content_type.startswith("text/plain")
    assert parse_error_body(response.body).is_json is False


def test_multiple_matches_ids_are_read_from_every_json_shape() -> None:
    for shape in JSON_SHAPES:
        response = error_response(409, shape, "MultipleMatches",
                                  extra={"multipleMatchesFound": ["a", "b"]})
        assert parse_error_body(response.body).match_ids == ("a", "b")


@pytest.mark.parametrize("shape", SHAPES)
def test_the_server_wide_shape_applies_to_real_answers(
    create: Create, api: httpx.Client, emu: EmulatorServer, shape: str
) -> None:
    emu.error_shape = shape
    invalid = create(member(countryCode="se"))
    missing = api.get(LOOKUP, params={"mobilePhone": PHONE})
    assert invalid.status_code == 422
    assert missing.status_code == 404
    if shape == "text":
        assert missing.text == "The contact was not found."
        return
    assert "countryCode" in parse_error_body(invalid.text).fields
    if shape != "aspnet":
        assert parse_error_body(missing.text).code == "ContactNotFound"


def test_a_fault_shape_overrides_the_server_wide_one(create: Create, emu: EmulatorServer) -> None:
    emu.faults.add(Fault("status", status=409, shape="errorCode"))
    response = create(member())
    assert response.json()["errorCode"] == "ApprovedContactWithKeyExists"


def test_unknown_server_wide_shape_is_refused(emu: EmulatorServer) -> None:
    with pytest.raises(ValueError):
        emu.error_shape = "xml"
