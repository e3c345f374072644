"""The error-body parser reads every documented shape and never raises on anything else."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from posapp.engage.errors import parse_error_body


def test_voyado_example_shape() -> None:
    body = parse_error_body('{"errors": [{"code": "NoData", "message": "No data"}]}')
    assert (body.code, body.message) == ("NoData", "No data")


def test_aspnet_pascal_case_field_names_map_to_attributes() -> None:
    body = parse_error_body(json.dumps({
        "title": "One or more validation errors occurred.", "status": 422,
        "errors": {"Contact.MobilePhone": ["Invalid"], "$.email": ["Bad"]}}))
    assert body.fields == {"mobilePhone": "Invalid", "email": "Bad"}
    assert body.message == "One or more validation errors occurred."


def test_numeric_code_gives_way_to_a_word() -> None:
    body = parse_error_body('{"code": 400, "errors": [{"code": "NoData"}]}')
    assert body.code == "NoData"


def test_multiple_matches_ids() -> None:
    body = parse_error_body('{"errorCode": "MultipleMatches", "multipleMatchesFound": ["a","b"]}')
    assert body.match_ids == ("a", "b")


def test_html_and_truncated_json_read_as_nothing() -> None:
    assert not parse_error_body("<html><body>502 Bad Gateway</body></html>").is_json
    assert parse_error_body('{"errorCode": "Valid').code is None
    assert parse_error_body(b"\xff\xfe").code is None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.binary(), json_values.map(json.dumps)))
def test_never_raises(payload: str | bytes) -> None:
    body = parse_error_body(payload)
    assert body.code is None or isinstance(body.code, str)
    assert all(isinstance(k, str) for k in body.fields)
