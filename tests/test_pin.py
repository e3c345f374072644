"""Staff PIN hashing."""

import pytest

from posapp.pin import hash_pin, is_pin_hash, verify_pin


def test_round_trip_and_salt() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second  # salted
    assert verify_pin("2468", first) and verify_pin("2468", second)
    assert not verify_pin("2469", first)
    assert "2468" not in first


@pytest.mark.parametrize("bad", ["", "123", "12a4"])
def test_weak_pins_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        hash_pin(bad)


@pytest.mark.parametrize("stored", [None, "", "plain", "scrypt$1$1$1$x$y", "scrypt$a$b$c$d$e"])
def test_malformed_hashes_never_verify(stored: str | None) -> None:
    assert not verify_pin("2468", stored)
    assert stored is None or not is_pin_hash(stored)
