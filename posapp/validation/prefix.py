"""Can a partly typed string of digits still grow into a match of a regular expression?

phonenumbers answers "is this number valid" but not "can these first digits still become a
valid *mobile* number": Python's ``re`` has no partial matching. Without that answer the
phone field could only say "Enter more digits" until the last digit and then suddenly
"Not a mobile number"; with it, "08-12" (a Stockholm landline) is flagged at once while
"070-1" stays a quiet hint.

phonenumbers' metadata patterns use a tiny regex subset (literals, character classes,
alternation, bounded repeats), so this module reads them with the standard library's own
regex parser and runs them as a set-of-positions simulation, which is exact for that
subset. Anything it does not understand makes it answer "yes, could still match", so the
worst case is a missed early warning, never a false error.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

# ``re._parser`` is CPython's regex parser (``sre_parse`` before 3.11). It is private, so
# every use is guarded: if it is missing or changes shape we fall back to "could match".
try:
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - only on an interpreter without it
    _parser = None

_DIGITS = frozenset("0123456789")

# A compiled node is one of:
#   ("set", frozenset[str])                  one character from the set
#   ("alt", tuple[Seq, ...])                 alternation
#   ("rep", min, max | None, Seq)            repetition
Node = tuple[Any, ...]
Seq = tuple[Node, ...]


class UnsupportedPattern(ValueError):
    """The pattern uses regex features this simulation does not model."""


def _op_name(op: object) -> str:
    return str(getattr(op, "name", op))


def _charset(items: list[tuple[Any, Any]]) -> frozenset[str]:
    """The digits an ``IN`` (character class) node accepts; input is only ever digits."""
    chars: set[str] = set()
    negate = False
    for op, av in items:
        name = _op_name(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            chars.add(chr(av))
        elif name == "RANGE":
            low, high = av
            chars.update(d for d in _DIGITS if low <= ord(d) <= high)
        elif name == "CATEGORY":
            category = _op_name(av)
            if category in (
                "CATEGORY_DIGIT",
                "CATEGORY_WORD",
                "CATEGORY_UNI_DIGIT",
                "CATEGORY_UNI_WORD",
            ):
                chars.update(_DIGITS)
            elif category not in (
                "CATEGORY_NOT_DIGIT",
                "CATEGORY_SPACE",
                "CATEGORY_UNI_NOT_DIGIT",
                "CATEGORY_UNI_SPACE",
            ):
                raise UnsupportedPattern(category)
        else:
            raise UnsupportedPattern(name)
    digits = frozenset(chars) & _DIGITS
    return _DIGITS - digits if negate else digits


def _compile_seq(parsed: Any) -> Seq:
    nodes: list[Node] = []
    for op, av in parsed:
        name = _op_name(op)
        if name == "LITERAL":
            nodes.append(("set", frozenset(chr(av)) & _DIGITS))
        elif name == "NOT_LITERAL":
            nodes.append(("set", _DIGITS - {chr(av)}))
        elif name == "ANY":
            nodes.append(("set", _DIGITS))
        elif name == "IN":
            nodes.append(("set", _charset(av)))
        elif name == "BRANCH":
            nodes.append(("alt", tuple(_compile_seq(branch) for branch in av[1])))
        elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
            body = av[-1] if name == "SUBPATTERN" else av
            nodes.append(("alt", (_compile_seq(body),)))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = av
            upper = None if high == _parser.MAXREPEAT else int(high)
            nodes.append(("rep", int(low), upper, _compile_seq(body)))
        elif name == "AT":
            continue  # ^ and $ anchors: the patterns are always used as full matches
        else:
            raise UnsupportedPattern(name)
    return tuple(nodes)


@lru_cache(maxsize=2048)
def compile_pattern(pattern: str) -> Seq:
    """Parse ``pattern`` once into the node form above (raises :class:`UnsupportedPattern`)."""
    if _parser is None:  # pragma: no cover
        raise UnsupportedPattern("no regex parser")
    try:
        parsed = _parser.parse(pattern)
    except Exception as exc:  # the private parser's own error type is not public
        raise UnsupportedPattern(str(exc)) from exc
    return _compile_seq(parsed)


class _Run:
    """One simulation over one input: positions are indexes into ``text``."""

    __slots__ = ("consumed", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.consumed = len(text) == 0  # the empty prefix can always still match

    def seq(self, seq: Seq, positions: frozenset[int]) -> frozenset[int]:
        end = len(self.text)
        for node in seq:
            if not positions:
                return positions
            positions = self.node(node, positions)
            if end in positions:
                self.consumed = True
        return positions

    def node(self, node: Node, positions: frozenset[int]) -> frozenset[int]:
        kind = node[0]
        text = self.text
        end = len(text)
        if kind == "set":
            allowed: frozenset[str] = node[1]
            return frozenset(i + 1 for i in positions if i < end and text[i] in allowed)
        if kind == "alt":
            out: set[int] = set()
            for branch in node[1]:
                out.update(self.seq(branch, positions))
            return frozenset(out)
        low: int = node[1]
        high: int | None = node[2]
        body: Seq = node[3]
        result: set[int] = set()
        current = positions
        count = 0
        while True:
            if count >= low:
                result.update(current)
            if (high is not None and count >= high) or not current:
                break
            following = self.seq(body, current)
            count += 1
            if count > low and following <= result:
                break  # nothing new can be reached by repeating further
            current = following
        return frozenset(result)


def could_complete(pattern: str, digits: str) -> bool:
    """True if ``digits`` is a prefix of (or equal to) some full match of ``pattern``.

    Unsupported patterns answer True: "could still be valid" is the safe mistake.
    """
    return _could_complete_cached(pattern, digits)


@lru_cache(maxsize=4096)
def _could_complete_cached(pattern: str, digits: str) -> bool:
    try:
        tree = compile_pattern(pattern)
    except UnsupportedPattern:
        return True
    run = _Run(digits)
    run.seq(tree, frozenset({0}))
    return run.consumed


def full_match(pattern: str, digits: str) -> bool:
    """Whether ``digits`` matches ``pattern`` completely: the simulation's own cross-check
    against :func:`re.fullmatch` in the tests."""
    run = _Run(digits)
    return len(digits) in run.seq(compile_pattern(pattern), frozenset({0}))
