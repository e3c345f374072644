"""Typed, checked settings sections without pydantic: dataclasses plus a small checker.

The configuration is read on the start-up path, before the window's first paint.
pydantic cost about 70 ms and 20 MB there (its import and the schema of every model);
the TOML file has a handful of scalar settings, so a checker of ~150 lines does the job.
Each field's constraints are in :func:`setting`; a section may add a whole-section rule
in :meth:`Section.checked`. Every problem is collected with where it is, so that IT gets
all of them at once.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

Loc = tuple[int | str, ...]
S = TypeVar("S", bound="Section")


class ConfigError(Exception):
    """The configuration cannot be used; the message is meant for IT, one line per problem."""


class SettingsError(ValueError):
    """Problems found in a mapping: ``(where, what)`` pairs, ``where`` a key path."""

    def __init__(self, problems: list[tuple[Loc, str]]) -> None:
        super().__init__("; ".join(f"{'.'.join(map(str, loc))}: {msg}" for loc, msg in problems))
        self.problems = problems


def setting(default: Any = dataclasses.MISSING, *, factory: Callable[[], Any] | None = None,
            min_length: int | None = None, gt: float | None = None, ge: float | None = None,
            le: float | None = None, check: Callable[[Any], Any] | None = None) -> Any:
    """A field with its constraints; ``check`` may normalise the value or raise ValueError."""
    metadata = {"min_length": min_length, "gt": gt, "ge": ge, "le": le, "check": check}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


@dataclasses.dataclass(frozen=True)
class Section:
    """Base of every settings section: built from a mapping, checked, immutable."""

    @classmethod
    def from_mapping(cls: type[S], data: Any) -> S:
        """Check ``data`` (a parsed TOML table); raise SettingsError naming every problem."""
        problems: list[tuple[Loc, str]] = []
        built = _section(cls, data, (), problems)
        if problems or built is None:
            raise SettingsError(problems or [((), "cannot be used")])
        return built

    # The names pydantic gives these, so that callers read the same as before.
    model_validate = from_mapping

    def model_copy(self: S, *, update: Mapping[str, Any] | None = None) -> S:
        """A copy with some fields replaced (not checked again, as with pydantic)."""
        return dataclasses.replace(self, **dict(update or {}))

    def checked(self: S) -> S:
        """Rules across fields; raise ValueError. Returns the section (possibly amended)."""
        return self


class _Reported(ValueError):
    """Problems inside a list or table were recorded already, each where it is."""


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _section(cls: type[S], data: Any, loc: Loc, problems: list[tuple[Loc, str]]) -> S | None:
    if not isinstance(data, Mapping):
        problems.append((loc, "must be a table of settings"))
        return None
    before = len(problems)
    hints = _hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for name, field in fields.items():
        if name not in data:
            if field.default is dataclasses.MISSING and (
                    field.default_factory is dataclasses.MISSING):
                problems.append(((*loc, name), "is missing"))
            continue
        try:
            values[name] = _field(hints[name], data[name], field.metadata, (*loc, name),
                                  problems)
        except _Reported:
            continue
        except ValueError as exc:
            problems.append(((*loc, name), str(exc)))
    problems.extend(((*loc, str(name)), "is not a known setting (check the spelling)")
                    for name in data if name not in fields)
    if len(problems) > before:
        return None
    try:
        return cls(**values).checked()
    except ValueError as exc:
        problems.append((loc, str(exc)))
        return None


def _field(kind: Any, value: Any, meta: Mapping[str, Any], loc: Loc,
           problems: list[tuple[Loc, str]]) -> Any:
    before = len(problems)
    value = _value(kind, value, loc, problems)
    if len(problems) > before:
        raise _Reported
    value = _limits(value, meta)
    check = meta.get("check")
    return check(value) if check is not None else value


def _value(kind: Any, value: Any, loc: Loc, problems: list[tuple[Loc, str]]) -> Any:
    origin = get_origin(kind)
    if kind is str:
        if not isinstance(value, str):
            raise ValueError("must be text in quotes")
        return value.strip()
    if kind is bool:
        if not isinstance(value, bool):
            raise ValueError("must be true or false")
        return value
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int | float) or (
                isinstance(value, float) and not value.is_integer()):
            raise ValueError("must be a whole number")
        return int(value)
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("must be a number")
        return float(value)
    if origin is Literal:
        options = get_args(kind)
        if value not in options:
            quoted = [repr(option) for option in options]
            raise ValueError("must be " + ", ".join(quoted[:-1]) + " or " + quoted[-1])
        return value
    if origin in (Union, types.UnionType):
        return _union(get_args(kind), value, loc, problems)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise ValueError("must be a list such as [\"a\", \"b\"]")
        item_kind = get_args(kind)[0]
        items = []
        for index, item in enumerate(value):
            try:
                items.append(_value(item_kind, item, (*loc, index), problems))
            except _Reported:
                continue
            except ValueError as exc:
                problems.append(((*loc, index), str(exc)))
        return tuple(items)
    if origin is dict:
        key_kind, item_kind = get_args(kind)
        if not isinstance(value, Mapping):
            raise ValueError("must be a table")
        return {_value(key_kind, k, loc, problems): _value(item_kind, v, (*loc, k), problems)
                for k, v in value.items()}
    if isinstance(kind, type) and issubclass(kind, Section):
        built = _section(kind, value, loc, problems)
        if built is None:
            raise _Reported
        return built
    raise TypeError(f"no checker for {kind!r}")  # a programming error in a section


def _union(kinds: tuple[Any, ...], value: Any, loc: Loc, problems: list[tuple[Loc, str]]) -> Any:
    if value is None and type(None) in kinds:
        return None
    reasons = []
    for kind in kinds:
        if kind is type(None):
            continue
        trial: list[tuple[Loc, str]] = []
        try:
            result = _value(kind, value, loc, trial)
        except ValueError as exc:
            reasons.append(str(exc))
            continue
        if not trial:
            return result
        reasons.append(trial[0][1])
    unique = list(dict.fromkeys(reasons))
    # "must be text in quotes" + "must be a table" → "must be text in quotes or a table"
    tail = [r.removeprefix("must be ") for r in unique[1:]]
    raise ValueError(" or ".join([unique[0], *tail]))


def _limits(value: Any, meta: Mapping[str, Any]) -> Any:
    min_length = meta.get("min_length")
    if min_length is not None and len(value) < min_length:
        raise ValueError("must not be empty" if isinstance(value, str)
                         else "needs at least one entry")
    if meta.get("gt") is not None and not value > meta["gt"]:
        raise ValueError(f"must be greater than {meta['gt']:g}")
    if meta.get("ge") is not None and not value >= meta["ge"]:
        raise ValueError(f"must be at least {meta['ge']:g}")
    if meta.get("le") is not None and not value <= meta["le"]:
        raise ValueError(f"must be at most {meta['le']:g}")
    return value
