"""The outbox's own failures; every message is for IT and never holds personal data."""

from __future__ import annotations


class OutboxError(Exception):
    """The outbox cannot do what was asked."""


class OutboxKeyError(OutboxError):
    """The data key cannot be had, or it does not open this database."""


class EntryBusy(OutboxError):
    """The entry is queued or being sent: only a signup that waits for a person (or the
    caller's own, while it sends it) can be taken back or discarded."""


class OutboxInUse(OutboxError):
    """Another process (another posapp window on this till) has the outbox open."""
