"""The test helpers themselves, checked against published numbers."""

from __future__ import annotations

from ._numbers import hetu, luhn_digit, swedish


def test_luhn_reproduces_skatteverket_test_numbers() -> None:
    # Skatteverket's open test data: 200001012384, 200001022383.
    assert swedish("000101", "238", century="20") == "200001012384"
    assert swedish("000102", "238", century="20") == "200001022383"


def test_luhn_reproduces_stdnum_doc_example() -> None:
    assert luhn_digit("880320001") == "6"  # 880320-0016


def test_hetu_reproduces_published_numbers() -> None:
    assert hetu("131052", "-", "308") == "131052-308T"  # DVV's documentation example
    assert hetu("010594", "Y", "903") == "010594Y9032"  # DVV test data (temporary range)
    assert hetu("010516", "B", "903") == "010516B903X"  # DVV test data (temporary range)
