"""A consent as the customer answers it: the proof Engage keeps of a legal act.

Each of the tenant's consents (``[[consents]]`` in the configuration) starts unanswered and
unticked. A tick, or an untick after it, is an answer with its moment (the till's local
time with its UTC offset); only answered consents are sent, as Engage's
``{id, value, date, source, comment}``, the comment naming the terms' version so that what
the customer agreed to can be shown later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from posapp.config import ConsentSettings


def local_now() -> datetime:
    """Now, in the till's time zone, with its UTC offset."""
    return datetime.now().astimezone()


@dataclass
class ConsentAnswer:
    """One consent on a form: unanswered (``value`` None), given, or refused."""

    setting: ConsentSettings
    value: bool | None = None
    answered_at: datetime | None = None

    def answer(self, value: bool, at: datetime) -> None:
        """The box was ticked (True) or unticked (False) at ``at``."""
        if at.tzinfo is None:
            raise ValueError("a consent's moment needs its UTC offset")
        self.value = value
        self.answered_at = at

    def clear(self) -> None:
        """Unanswered again (the next customer)."""
        self.value = None
        self.answered_at = None

    @property
    def comment(self) -> str:
        """What the consent's comment says: the version of the terms agreed to."""
        version = self.setting.terms_version
        return f"terms version {version}" if version else ""

    def sent(self, source: str) -> dict[str, Any]:
        """The consent as Engage's create body carries it (it must have been answered)."""
        if self.value is None or self.answered_at is None:
            raise ValueError(f"consent {self.setting.id!r} was not answered")
        sent: dict[str, Any] = {
            "id": self.setting.id,
            "value": self.value,
            "date": self.answered_at.isoformat(timespec="seconds"),
            "source": source,
        }
        if self.comment:
            sent["comment"] = self.comment
        return sent
