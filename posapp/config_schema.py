"""Typed, checked settings sections without pydantic: dataclasses plus a small checker.

The configuration is read on the start-up path, before the window's first paint.
pydantic cost about 70 ms and 20 MB there (its import and the schema of every model);
the TOML file has a handful of scalar settings, so a checker of ~150 lines does the job.
Each field's constraints are in :func:`setting`; a section may add a whole-section rule
in :meth:`Section.checked`. Every problem is collected with where it is, so that IT gets
all of them at once, and with a :class:`ProblemCode`, so that a program (the set-up dialog)
acts on what is wrong without reading the English words meant for IT.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

Loc = tuple[int | str, ...]
S = TypeVar("S", bound="Section")


class ProblemCode(enum.StrEnum):
    """What is wrong with a setting, stable for programs; the English message is for IT.

    One table for every code, config.py's own checks and the file's included, so that
    whoever reads problems needs one import.
    """

    # The checker's own.
    MISSING = "missing"
    UNKNOWN_SETTING = "unknown_setting"
    NOT_TABLE = "not_table"
    NOT_TEXT = "not_text"
    NOT_BOOL = "not_bool"
    NOT_INTEGER = "not_integer"
    NOT_NUMBER = "not_number"
    NOT_CHOICE = "not_choice"
    NOT_LIST = "not_list"
    #: None of the kinds a setting may be (``str | dict``): the message names them all.
    WRONG_TYPE = "wrong_type"
    EMPTY = "empty"
    NO_ENTRIES = "no_entries"
    TOO_SMALL = "too_small"
    TOO_LARGE = "too_large"
    #: A check raised a plain ValueError, which names no code.
    INVALID = "invalid"
    # config.py's checks.
    NOT_URL = "not_url"
    NEEDS_HTTPS = "needs_https"
    HAS_QUERY = "has_query"
    HAS_CREDENTIALS = "has_credentials"
    NO_SUCH_FILE = "no_such_file"
    BAD_COUNTRY = "bad_country"
    UNKNOWN_ATTRIBUTE = "unknown_attribute"
    REPEATED_ATTRIBUTE = "repeated_attribute"
    REQUIRED_AND_OPTIONAL = "required_and_optional"
    REPEATED_CONTACT_TYPE = "repeated_contact_type"
    NOT_PIN_HASH = "not_pin_hash"
    NO_CONSENT_TEXT = "no_consent_text"
    REPEATED_CONSENT = "repeated_consent"
    # The file as a whole.
    FILE_MISSING = "file_missing"
    FILE_UNREADABLE = "file_unreadable"
    NOT_UTF8 = "not_utf8"
    NOT_TOML = "not_toml"


class InvalidSetting(ValueError):
    """Raised by a ``check=`` function or :meth:`Section.checked`: IT's words and a code."""

    def __init__(self, code: ProblemCode, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclasses.dataclass(frozen=True)
class Problem:
    """One problem in a mapping: where (a key path), what (a code) and IT's words."""

    loc: Loc
    code: ProblemCode
    message: str


@dataclasses.dataclass(frozen=True)
class ConfigProblem:
    """One line of a :class:`ConfigError`: the file, where in it ("" for the whole file),
    the key path, the code and IT's words."""

    source: str
    where: str
    loc: Loc
    code: ProblemCode
    message: str

    @property
    def line(self) -> str:
        """``till.toml: [engage] base_url: must use https://...``, as IT reads it."""
        return ": ".join(part for part in (self.source, self.where, self.message) if part)


class ConfigError(Exception):
    """The configuration cannot be used; the message is meant for IT, one line per problem.

    ``problems`` holds the same lines as data (empty when raised with a message only).
    """

    def __init__(self, message: str, problems: Sequence[ConfigProblem] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)

    @classmethod
    def of(cls, problems: Sequence[ConfigProblem]) -> ConfigError:
        """The error whose message is the problems' lines."""
        return cls("\n".join(problem.line for problem in problems), problems)


class SettingsError(ValueError):
    """Problems found in a mapping, each with its key path, code and message."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{'.'.join(map(str, p.loc))}: {p.message}"
                                   for p in problems))
        self.problems = problems


def setting(default: Any = dataclasses.MISSING, *, factory: Callable[[], Any] | None = None,
            min_length: int | None = None, gt: float | None = None, ge: float | None = None,
            le: float | None = None, check: Callable[[Any], Any] | None = None) -> Any:
    """A field with its constraints; ``check`` may normalise the value or raise
    InvalidSetting (a plain ValueError is reported with the code INVALID)."""
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
        problems: list[Problem] = []
        built = _section(cls, data, (), problems)
        if problems or built is None:
            raise SettingsError(problems or [Problem((), ProblemCode.INVALID, "cannot be used")])
        return built

    # The names pydantic gives these, so that callers read the same as before.
    model_validate = from_mapping

    def model_copy(self: S, *, update: Mapping[str, Any] | None = None) -> S:
        """A copy with some fields replaced (not checked again, as with pydantic)."""
        return dataclasses.replace(self, **dict(update or {}))

    def checked(self: S) -> S:
        """Rules across fields; raise InvalidSetting. Returns the section (possibly amended)."""
        return self


class _Reported(ValueError):
    """Problems inside a list or table were recorded already, each where it is."""


def _problem(loc: Loc, exc: ValueError) -> Problem:
    """A check's ValueError as a problem at ``loc``; INVALID when it names no code."""
    code = exc.code if isinstance(exc, InvalidSetting) else ProblemCode.INVALID
    return Problem(loc, code, str(exc))


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _section(cls: type[S], data: Any, loc: Loc, problems: list[Problem]) -> S | None:
    if not isinstance(data, Mapping):
        problems.append(Problem(loc, ProblemCode.NOT_TABLE, "must be a table of settings"))
        return None
    before = len(problems)
    hints = _hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for name, field in fields.items():
        if name not in data:
            if field.default is dataclasses.MISSING and (
                    field.default_factory is dataclasses.MISSING):
                problems.append(Problem((*loc, name), ProblemCode.MISSING, "is missing"))
            continue
        try:
            values[name] = _field(hints[name], data[name], field.metadata, (*loc, name),
                                  problems)
        except _Reported:
            continue
        except ValueError as exc:
            problems.append(_problem((*loc, name), exc))
    problems.extend(Problem((*loc, str(name)), ProblemCode.UNKNOWN_SETTING,
                            "is not a known setting (check the spelling)")
                    for name in data if name not in fields)
    if len(problems) > before:
        return None
    try:
        return cls(**values).checked()
    except ValueError as exc:
        problems.append(_problem(loc, exc))
        return None


def _field(kind: Any, value: Any, meta: Mapping[str, Any], loc: Loc,
           problems: list[Problem]) -> Any:
    before = len(problems)
    value = _value(kind, value, loc, problems)
    if len(problems) > before:
        raise _Reported
    value = _limits(value, meta)
    check = meta.get("check")
    return check(value) if check is not None else value


def _value(kind: Any, value: Any, loc: Loc, problems: list[Problem]) -> Any:
    origin = get_origin(kind)
    if kind is str:
        if not isinstance(value, str):
            raise InvalidSetting(ProblemCode.NOT_TEXT, "must be text in quotes")
        return value.strip()
    if kind is bool:
        if not isinstance(value, bool):
            raise InvalidSetting(ProblemCode.NOT_BOOL, "must be true or false")
        return value
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int | float) or (
                isinstance(value, float) and not value.is_integer()):
            raise InvalidSetting(ProblemCode.NOT_INTEGER, "must be a whole number")
        return int(value)
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidSetting(ProblemCode.NOT_NUMBER, "must be a number")
        return float(value)
    if origin is Literal:
        options = get_args(kind)
        if value not in options:
            quoted = [repr(option) for option in options]
            raise InvalidSetting(ProblemCode.NOT_CHOICE,
                                 "must be " + ", ".join(quoted[:-1]) + " or " + quoted[-1])
        return value
    if origin in (Union, types.UnionType):
        return _union(get_args(kind), value, loc, problems)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise InvalidSetting(ProblemCode.NOT_LIST, "must be a list such as [\"a\", \"b\"]")
        item_kind = get_args(kind)[0]
        items = []
        for index, item in enumerate(value):
            try:
                items.append(_value(item_kind, item, (*loc, index), problems))
            except _Reported:
                continue
            except ValueError as exc:
                problems.append(_problem((*loc, index), exc))
        return tuple(items)
    if origin is dict:
        key_kind, item_kind = get_args(kind)
        if not isinstance(value, Mapping):
            raise InvalidSetting(ProblemCode.NOT_TABLE, "must be a table")
        return {_value(key_kind, k, loc, problems): _value(item_kind, v, (*loc, k), problems)
                for k, v in value.items()}
    if isinstance(kind, type) and issubclass(kind, Section):
        built = _section(kind, value, loc, problems)
        if built is None:
            raise _Reported
        return built
    raise TypeError(f"no checker for {kind!r}")  # a programming error in a section


def _union(kinds: tuple[Any, ...], value: Any, loc: Loc, problems: list[Problem]) -> Any:
    if value is None and type(None) in kinds:
        return None
    reasons: list[Problem] = []
    for kind in kinds:
        if kind is type(None):
            continue
        trial: list[Problem] = []
        try:
            result = _value(kind, value, loc, trial)
        except ValueError as exc:
            reasons.append(_problem(loc, exc))
            continue
        if not trial:
            return result
        reasons.append(trial[0])
    unique = list(dict.fromkeys(reason.message for reason in reasons))
    codes = {reason.code for reason in reasons}
    # "must be text in quotes" + "must be a table" → "must be text in quotes or a table"
    tail = [r.removeprefix("must be ") for r in unique[1:]]
    raise InvalidSetting(codes.pop() if len(codes) == 1 else ProblemCode.WRONG_TYPE,
                         " or ".join([unique[0], *tail]))


def _limits(value: Any, meta: Mapping[str, Any]) -> Any:
    min_length = meta.get("min_length")
    if min_length is not None and len(value) < min_length:
        if isinstance(value, str):
            raise InvalidSetting(ProblemCode.EMPTY, "must not be empty")
        raise InvalidSetting(ProblemCode.NO_ENTRIES, "needs at least one entry")
    if meta.get("gt") is not None and not value > meta["gt"]:
        raise InvalidSetting(ProblemCode.TOO_SMALL, f"must be greater than {meta['gt']:g}")
    if meta.get("ge") is not None and not value >= meta["ge"]:
        raise InvalidSetting(ProblemCode.TOO_SMALL, f"must be at least {meta['ge']:g}")
    if meta.get("le") is not None and not value <= meta["le"]:
        raise InvalidSetting(ProblemCode.TOO_LARGE, f"must be at most {meta['le']:g}")
    return value
