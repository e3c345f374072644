"""The outbox: every signup kept on disk, encrypted, until Engage has confirmed it.

Plain Python, no Qt (the UI wires it in with a signal). ``store.OutboxStore`` keeps the
entries (SQLite, WAL, synchronous=FULL, AES-GCM), ``sender.OutboxSender`` sends them on
a thread of its own with back-off and jitter, ``outcomes.py`` decides what each of
Engage's answers means for an entry, ``data_key.py`` keeps the key in the OS credential
store or a user-only key file.

    store = OutboxStore.from_settings(settings.outbox)
    entry_id = store.add(signup, sending_now=True)   # durable before the first request
    ...                                              # the till's own POST, then:
    store.confirm(entry_id)  # or store.release(entry_id): the sender takes over
    sender = OutboxSender(store, lambda: background_client(settings.engage, api_key),
                          on_change=emit_status,
                          retention=timedelta(days=settings.outbox.retention_days))
    sender.start(); ...; sender.stop()
"""

from posapp.outbox.background import background_client
from posapp.outbox.backoff import Backoff
from posapp.outbox.data_key import DataKey, load_data_key
from posapp.outbox.errors import EntryBusy, OutboxError, OutboxKeyError
from posapp.outbox.outcomes import Verdict, verdict_for
from posapp.outbox.problem import Problem, ProblemKind
from posapp.outbox.sender import OutboxSender, OutboxStatus, SendResult
from posapp.outbox.store import OutboxCounts, OutboxEntry, OutboxStore, default_path

__all__ = [
    "Backoff",
    "DataKey",
    "EntryBusy",
    "OutboxCounts",
    "OutboxEntry",
    "OutboxError",
    "OutboxKeyError",
    "OutboxSender",
    "OutboxStatus",
    "OutboxStore",
    "Problem",
    "ProblemKind",
    "SendResult",
    "Verdict",
    "background_client",
    "default_path",
    "load_data_key",
    "verdict_for",
]
