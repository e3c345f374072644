"""The fault plan: what should go wrong, for which requests, how many times.

Tests add :class:`Fault` entries; each incoming API request takes the first matching
entry atomically, so with concurrent requests a ``times=1`` fault hits exactly one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from posapp.emulator.responses import SHAPES

#: Every kind of fault, with what it does (the handler implements them).
KINDS: dict[str, str] = {
    "latency": "wait `delay`, then handle normally (a valid create holds its key meanwhile)",
    "status": "answer `status` with an Engage error body; nothing stored",
    "engage_timeout": "wait the create time limit (or `delay`), then 504; nothing stored "
                      "(a valid create holds its key meanwhile)",
    "being_created": "409 ContactWithKeyIsBeingCreated; nothing stored",
    "reset": "read the request, store nothing, close with a TCP RST",
    "reset_after_store": "handle normally (the contact is stored), then close with a TCP RST",
    "hang_after_store": "handle normally, send nothing for `delay`, then close",
    "html": "a proxy's HTML error page with `status` (default 502); nothing stored",
    "truncated_json": "handle normally, send the JSON body cut in the middle",
    "empty_body": "handle normally, send an empty body",
    "huge_body": "answer `status` (default 500) with a 10 MB body; nothing stored",
    "wrong_shape": "handle normally, send valid JSON of the wrong shape",
    "drip": "handle normally, send the answer a few bytes every `delay` seconds",
}

#: ``shape`` values of a wrong_shape fault (default ``list``).
WRONG_SHAPES = ("list", "no_id", "string")
#: ``shape`` values of a huge_body fault (default ``json``).
HUGE_SHAPES = ("json", "html")


@dataclass(frozen=True)
class Fault:
    """One planned fault; see :data:`KINDS`.

    ``method`` (any case) and ``path`` (a prefix) narrow the requests it applies to;
    ``key_value`` too: a query value or a top-level string in the JSON body must equal it
    exactly. ``times=0`` means every match until cleared. ``delay`` is waited before the
    answer (for hang_after_store: the hang; for drip: between chunks). ``shape`` is the
    error-body shape (``SHAPES``), or for wrong_shape ``list``/``no_id``/``string`` and
    for huge_body ``json``/``html``.
    """

    kind: str
    method: str | None = None
    path: str | None = None
    key_value: str | None = None
    times: int = 1
    delay: float = 0.0
    status: int | None = None
    shape: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {sorted(KINDS)}")
        if self.times < 0:
            raise ValueError("times must be 0 (always) or more")
        if self.delay < 0:
            raise ValueError("delay must not be negative")
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError(f"status {self.status} is not an HTTP status")
        if self.kind == "status" and self.status is None:
            raise ValueError("a 'status' fault needs a status")
        allowed = {"wrong_shape": WRONG_SHAPES, "huge_body": HUGE_SHAPES}.get(self.kind, SHAPES)
        if self.shape is not None and self.shape not in allowed:
            raise ValueError(f"shape {self.shape!r} is not one of {', '.join(allowed)}")

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Fault:
        """A fault from the control endpoint's JSON; unknown keys are an error."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown fault field {unknown[0]!r}")
        if not isinstance(data.get("kind"), str):
            raise ValueError("kind is missing")
        return cls(**data)

    def to_json(self) -> dict[str, Any]:
        """The fault as JSON, the inverse of :meth:`from_json`."""
        return asdict(self)

    def matches(self, method: str, path: str, values: Iterable[str]) -> bool:
        """Whether a request with this method, path and carried values is affected."""
        if self.method is not None and self.method.upper() != method.upper():
            return False
        if self.path is not None and not path.startswith(self.path):
            return False
        return self.key_value is None or self.key_value in set(values)


@dataclass
class _Entry:
    fault: Fault
    remaining: int | None  # None: unlimited


class FaultPlan:
    """The faults in force, in the order they were added; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[_Entry] = []

    def add(self, fault: Fault) -> Fault:
        """Plan ``fault``; returns it so a test can keep a handle."""
        if not isinstance(fault, Fault):
            raise TypeError("expected a Fault")
        with self._lock:
            self._entries.append(_Entry(fault, fault.times or None))
        return fault

    def clear(self) -> None:
        """Remove every planned fault."""
        with self._lock:
            self._entries.clear()

    def pending(self) -> list[Fault]:
        """The faults that still apply."""
        with self._lock:
            return [entry.fault for entry in self._entries]

    def take(self, method: str, path: str, values: Iterable[str]) -> Fault | None:
        """The first fault matching this request, used up by one; None when none matches."""
        carried = set(values)
        with self._lock:
            for entry in self._entries:
                if not entry.fault.matches(method, path, carried):
                    continue
                if entry.remaining is not None:
                    entry.remaining -= 1
                    if entry.remaining <= 0:
                        self._entries.remove(entry)
                return entry.fault
        return None
