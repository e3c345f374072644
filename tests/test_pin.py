"""Staff PIN hashing."""

import subprocess
import sys
from pathlib import Path

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


@pytest.mark.parametrize("pin", ["2468", "739164285017"])
def test_four_to_twelve_digits(pin: str) -> None:
    assert verify_pin(pin, hash_pin(pin))


@pytest.mark.parametrize("bad", ["7391642850179", "١٢٣٤"])  # 13 digits; Arabic-Indic digits
def test_longer_or_other_digits_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="4 to 12 digits"):
        hash_pin(bad)


def test_hash_pin_on_the_command_line_says_the_lengths(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "posapp", "--hash-pin"]
    good = subprocess.run(command, input="739164285017\n", capture_output=True, text=True,
                          timeout=60, cwd=tmp_path, check=False)
    assert good.returncode == 0 and good.stdout.startswith('pin_hash = "scrypt$')
    bad = subprocess.run(command, input="7391642850179\n", capture_output=True, text=True,
                         timeout=60, cwd=tmp_path, check=False)
    assert bad.returncode == 2
    assert bad.stderr.strip() == "posapp: a PIN is 4 to 12 digits"
