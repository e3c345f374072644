"""validation_p99_ms: the validator alone, per keystroke, in the phone and personal-number
fields (the keystroke figure adds the widgets on top). long_paste_ms: cleaning a 30,000
character paste (tests/validation/test_text.py checks what comes out). Measured here, not
asserted in a test: a timed assertion fails on a loaded machine and blocks everyone's
landing."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date

from posapp.form.attributes import validate_field
from posapp.validation import FieldContext, clean_input
from tests.benchmarks.harness import Figure, median
from tests.validation._numbers import hetu, swedish

TARGET_MS = 2.0
#: What tests/validation/test_text.py asserted until it moved here.
LONG_PASTE_TARGET_MS = 500.0
#: No-break spaces and en dashes, the characters that clean_input rewrites.
LONG_PASTE = "\u00a07\u2013" * 10_000

PHONES = [
    "070-174 06 05",
    "+46 70 174 06 05",
    "0046 70 174 06 05",
    "08-123 456 78",
    "+46 (0)70-174 06 05",
    "46701740605",
    "+358 40 123 4567",
    "+1 650 253 0000",
    "+44 7400 123456",
    "0739 12 34 56",
    "076-123 45 67",
]
PERSONAL_NUMBERS = [
    swedish(f"{y:02d}{m:02d}{d:02d}", f"{s:03d}", century="19", sign="-")
    for y, m, d, s in ((85, 3, 15, 123), (52, 10, 13, 308), (99, 12, 31, 1))
]
PERSONAL_NUMBERS += [
    "200001012384",
    "000101-2384",
    hetu("131052", "-", "308"),
    hetu("150405", "A", "123"),
]
WARM_UP = {
    "mobilePhone": ["0701", "+358 4", "+1 2", "+44 7", "+46 8"],
    "socialSecurityNumber": ["19000101-", "010101A"],
}


def _keystrokes(values: list[str]) -> Iterator[str]:
    for value in values:
        for end in range(1, len(value) + 1):
            yield value[:end]


def _p99_ms(attribute: str, values: list[str]) -> tuple[float, list[float]]:
    ctx = FieldContext(today=date(2026, 11, 25))
    # Warm-up as the running app would be: metadata loaded, patterns compiled, but none of
    # the measured texts seen before (the prefix cache would otherwise answer them).
    for text in WARM_UP[attribute]:
        validate_field(attribute, text, ctx)
    samples: list[float] = []
    for text in _keystrokes(values):
        started = time.perf_counter()
        validate_field(attribute, text, ctx)
        samples.append((time.perf_counter() - started) * 1000)
    ordered = sorted(samples)
    return ordered[int(len(ordered) * 0.99)], samples


def _long_paste_ms(rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        clean_input(LONG_PASTE)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def measure(quick: bool) -> list[Figure]:
    """Two figures: the worse p99 of the two fields (each new to the process), and the
    median time to clean a long paste."""
    phone, phone_samples = _p99_ms("mobilePhone", PHONES)
    pin, pin_samples = _p99_ms("socialSecurityNumber", PERSONAL_NUMBERS)
    worst = max(phone, pin)
    return [Figure("validation_p99_ms", round(worst, 3), "ms", f"≤ {TARGET_MS}",
                   worst <= TARGET_MS,
                   {"mobilePhone_p99_ms": round(phone, 3),
                    "socialSecurityNumber_p99_ms": round(pin, 3),
                    "samples_ms": {"mobilePhone": [round(x, 4) for x in phone_samples],
                                   "socialSecurityNumber": [round(x, 4)
                                                            for x in pin_samples]}}),
            _long_paste_figure(_long_paste_ms(3 if quick else 7))]


def _long_paste_figure(samples: list[float]) -> Figure:
    value = median(samples)
    return Figure("long_paste_ms", round(value, 3), "ms", f"≤ {LONG_PASTE_TARGET_MS:g}",
                  value <= LONG_PASTE_TARGET_MS,
                  {"characters": len(LONG_PASTE), "samples_ms": [round(x, 3) for x in samples]})
