"""OutboxStore: signups kept on disk until Engage has confirmed them, encrypted.

One SQLite file (WAL, ``synchronous=FULL``): :meth:`OutboxStore.add` returns only after
the entry is on disk, so a signup survives a crash or a power cut from that moment on.
The personal payload (the create body, the problem Engage named) is sealed with AES-GCM
(``sealing.py``); only what scheduling needs stays in clear: state, times, counts,
origin and the name of the last error, never a key value or a name.

States: ``pending`` (never sent), ``attempted`` (a POST may have reached Engage: set and
committed before each POST, so after a crash the key is looked up before posting again),
``needs_person`` (Engage's answer needs staff; carries the problem). A confirmed entry is
deleted with its data; ``secure_delete`` zeroes the freed space and a TRUNCATE checkpoint
empties the WAL (at once when the outbox is empty, else within CHECKPOINT_SECONDS), so no
copy of it lingers in the database's files.

Thread-safe (one connection behind a lock): the GUI thread adds, the sender thread sends.
Claims, held in memory, keep two parties off one entry: the caller that sends a signup
itself right after :meth:`add` (``sending_now=True``) holds it until it confirms or
releases it; the sender claims the entry it is sending. A restart drops every claim. A
held entry wakes no listener when added or confirmed (the sender could not take it, the
header does not count it); releasing it does.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from posapp.form.request import SignupRequest
from posapp.outbox.data_key import DataKey, load_data_key
from posapp.outbox.errors import EntryBusy, OutboxError, OutboxKeyError
from posapp.outbox.owner_lock import OwnerLock
from posapp.outbox.problem import Problem
from posapp.outbox.sealing import Sealer, SealError

if TYPE_CHECKING:
    from posapp.config import OutboxSettings

log = logging.getLogger("posapp.outbox")

APP_NAME = "posapp"
FILE_NAME = "outbox.sqlite3"
SCHEMA_VERSION = 1
#: While entries remain, deleted ones leave the WAL at least this often.
CHECKPOINT_SECONDS = 30.0

EntryState = Literal["pending", "attempted", "needs_person"]
ENTRY_STATES: tuple[EntryState, ...] = get_args(EntryState)
#: States the sender sends from.
QUEUED: tuple[EntryState, ...] = ("pending", "attempted")
Owner = Literal["caller", "sender"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'attempted', 'needs_person')),
    origin TEXT NOT NULL,
    created_at REAL NOT NULL,
    next_attempt_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    payload BLOB NOT NULL,
    problem BLOB
);
CREATE INDEX IF NOT EXISTS entries_by_due ON entries (state, next_attempt_at);
"""
_COLUMNS = ("id, state, origin, created_at, next_attempt_at, attempts, failures, last_error, "
            "payload, problem")


def default_path() -> Path:
    """``outbox.sqlite3`` in the platform's user data directory
    (``~/.local/share/posapp`` on Linux, ``%LOCALAPPDATA%\\posapp`` on Windows)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / FILE_NAME


@dataclass(frozen=True)
class OutboxEntry:
    """One waiting signup, decrypted. Times are seconds since the epoch."""

    id: int
    signup: SignupRequest
    state: EntryState
    attempts: int
    failures: int
    created_at: float
    next_attempt_at: float
    #: Why staff must look at it (state ``needs_person``), else None.
    problem: Problem | None
    #: The last error's name (``CannotConnect``, ``HTTP 503`` …): no personal data.
    last_error: str | None

    @property
    def origin(self) -> str:
        return self.signup.origin


@dataclass(frozen=True)
class OutboxCounts:
    """How many signups wait: ``queued`` to be sent, ``needs_person`` for staff."""

    queued: int = 0
    needs_person: int = 0

    @property
    def waiting(self) -> int:
        return self.queued + self.needs_person


def _payload_context(entry_id: int) -> str:
    return f"posapp-outbox/entry/{entry_id}/payload"


def _problem_context(entry_id: int) -> str:
    return f"posapp-outbox/entry/{entry_id}/problem"


_KEY_CHECK_CONTEXT = "posapp-outbox/key-check"
_KEY_CHECK_PLAIN = b"posapp outbox data key"


class OutboxStore:
    """The durable, encrypted outbox of one till; see the module docstring."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        key: DataKey | bytes | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = (path or default_path()).expanduser()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._owner = OwnerLock(self.path)  # one process at a time: see owner_lock.py
        try:
            self._open_database(key, clock)
        except BaseException:
            self._owner.release()
            raise

    def _open_database(self, key: DataKey | bytes | None,
                       clock: Callable[[], float]) -> None:
        """The key, the cipher and the database, with the owner lock already held."""
        if key is None:
            key = load_data_key(self.path)
        self.key_source = key.source if isinstance(key, DataKey) else "given"
        self._sealer = Sealer(key.value if isinstance(key, DataKey) else key)
        self.clock = clock
        self._lock = threading.RLock()
        self._claims: dict[int, Owner] = {}
        self._listeners: list[Callable[[], None]] = []
        self._checkpointed = time.monotonic()
        self._db = self._connect()
        try:
            self._prepare()
        except BaseException:
            self._db.close()
            raise

    @classmethod
    def from_settings(cls, settings: OutboxSettings) -> OutboxStore:
        """The store at ``[outbox] path``, else at :func:`default_path`."""
        return cls(Path(settings.path) if settings.path else None)

    # -- opening ---------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if not self.path.exists():
            # User-only from the start; SQLite gives its -wal and -shm files the same mode.
            with contextlib.suppress(FileExistsError):
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                             timeout=10.0)
        mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            db.close()
            raise OutboxError(f"{self.path}: SQLite cannot use a write-ahead log here ({mode})")
        for pragma in ("synchronous=FULL", "secure_delete=ON", "fullfsync=ON",
                       "checkpoint_fullfsync=ON"):
            db.execute(f"PRAGMA {pragma}")
        return db

    def _prepare(self) -> None:
        with self._transaction() as db:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            rows = dict(db.execute("SELECT name, value FROM meta").fetchall())
            version = rows.get("schema")
            if version is not None and int(version) != SCHEMA_VERSION:
                raise OutboxError(f"{self.path}: outbox schema {version} is not "
                                  f"{SCHEMA_VERSION} (written by another posapp version)")
            check = rows.get("key_check")
            if check is None:
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
                db.execute("INSERT INTO meta VALUES ('key_check', ?)",
                           (self._sealer.seal(_KEY_CHECK_PLAIN, _KEY_CHECK_CONTEXT),))
            else:
                try:
                    self._sealer.open(bytes(check), _KEY_CHECK_CONTEXT)
                except SealError:
                    raise OutboxKeyError(
                        f"{self.path}: the outbox data key ({self.key_source}) does not open "
                        "this database; its signups cannot be read") from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed (and, with synchronous=FULL, synced) write transaction."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        """Checkpoint and close the database; the store cannot be used afterwards."""
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self._checkpoint(force=True)
            self._db.close()
            self._owner.release()

    def __enter__(self) -> OutboxStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- listening -------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener()`` after every change (on the changing thread); returns the
        function that unsubscribes it. A listener's exception is logged, never raised."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock, contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def _changed(self) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener()
            except Exception:
                log.exception("outbox: a change listener failed")

    # -- adding ----------------------------------------------------------------------------

    def add(self, signup: SignupRequest, *, sending_now: bool = False) -> int:
        """Keep ``signup`` on disk (committed and synced when this returns); its entry id.

        ``sending_now=True``: the caller POSTs it itself right away, so it is stored as
        ``attempted`` and held for the caller (the sender leaves it alone) until the
        caller calls :meth:`confirm`, :meth:`release`, :meth:`take_back` or
        :meth:`set_needs_person`. A restart ends the hold: the sender looks it up first.
        """
        now = self.clock()
        plain = signup.to_json().encode("utf-8")
        state: EntryState = "attempted" if sending_now else "pending"
        with self._transaction() as db:
            entry_id = int(db.execute(
                "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'entries'),"
                " 0), COALESCE((SELECT MAX(id) FROM entries), 0)) + 1").fetchone()[0])
            db.execute(
                "INSERT INTO entries (id, state, origin, created_at, next_attempt_at, attempts,"
                " payload) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (entry_id, state, signup.origin, now, now, 1 if sending_now else 0,
                 self._sealer.seal(plain, _payload_context(entry_id))))
            if sending_now:
                self._claims[entry_id] = "caller"
        log.info("outbox: signup kept as entry %d (%s)", entry_id, signup.origin)
        if not sending_now:  # a held entry is nobody else's business until it is released
            self._changed()
        return entry_id

    # -- reading ---------------------------------------------------------------------------

    def get(self, entry_id: int) -> OutboxEntry | None:
        """One entry, decrypted; None when there is none with this id."""
        with self._lock:
            row = self._db.execute(f"SELECT {_COLUMNS} FROM entries WHERE id = ?",
                                   (entry_id,)).fetchone()
        return self._entry(row) if row else None

    def list_waiting(self) -> list[OutboxEntry]:
        """Every entry not yet confirmed (queued and waiting for staff), oldest first."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM entries ORDER BY created_at, id").fetchall()
        return [self._entry(row) for row in rows]

    def list_needs_person(self) -> list[OutboxEntry]:
        """The entries for the "Waiting signups" view, oldest first."""
        return [e for e in self.list_waiting() if e.state == "needs_person"]

    def find_waiting(self, contact_type: str, value: str) -> OutboxEntry | None:
        """The waiting entry of this contact type whose key has ``value``, if any.

        Key values are encrypted, so this opens each entry: a till has a handful.
        """
        for entry in self.list_waiting():
            signup = entry.signup
            if signup.contact_type == contact_type and signup.key_value == value:
                return entry
        return None

    def waiting_count(self) -> int:
        """How many signups are not yet confirmed by Engage (queued or for staff)."""
        return self.counts().waiting

    def counts(self, *, held: bool = True) -> OutboxCounts:
        """Queued and needs-person counts, without decrypting anything.

        ``held=False`` leaves out the entries their caller is sending right now
        (``add(sending_now=True)``, until confirmed or released): what the header counts,
        so that it does not say "1 waiting" for a moment at every normal save.
        """
        with self._lock:
            rows = self._db.execute(
                "SELECT state = 'needs_person', COUNT(*) FROM entries GROUP BY 1").fetchall()
            by_kind = {bool(kind): int(count) for kind, count in rows}
            callers = [] if held else [
                i for i, owner in self._claims.items() if owner == "caller"]
            if callers:
                marks = ", ".join("?" * len(callers))
                (sending,) = self._db.execute(
                    "SELECT COUNT(*) FROM entries WHERE state != 'needs_person'"
                    f" AND id IN ({marks})", callers).fetchone()
                by_kind[False] = by_kind.get(False, 0) - int(sending)
        return OutboxCounts(queued=by_kind.get(False, 0), needs_person=by_kind.get(True, 0))

    def _entry(self, row: tuple[Any, ...]) -> OutboxEntry:
        entry_id, state, _origin, created, due, attempts, failures, error, payload, problem = row
        signup = SignupRequest.from_json(self._open(payload, _payload_context(entry_id)))
        return OutboxEntry(
            id=entry_id, signup=signup, state=state, attempts=attempts, failures=failures,
            created_at=created, next_attempt_at=due, last_error=error,
            problem=Problem.from_json(self._open(problem, _problem_context(entry_id)))
            if problem is not None else None,
        )

    def _open(self, sealed: bytes, context: str) -> bytes:
        try:
            return self._sealer.open(bytes(sealed), context)
        except SealError as exc:
            raise OutboxError(f"{self.path}: an outbox entry cannot be read ({exc})") from None

    # -- the sender's side -----------------------------------------------------------------

    def claim_due(self, now: float | None = None) -> OutboxEntry | None:
        """The queued entry due first (nobody else holding it), claimed for the sender."""
        now = self.clock() if now is None else now
        with self._lock:
            rows = self._db.execute(
                "SELECT id FROM entries WHERE state IN ('pending', 'attempted')"
                " AND next_attempt_at <= ? ORDER BY next_attempt_at, id", (now,)).fetchall()
            for (entry_id,) in rows:
                if entry_id in self._claims:
                    continue
                entry = self.get(entry_id)
                if entry is not None:
                    self._claims[entry_id] = "sender"
                    return entry
        return None

    def next_due_at(self) -> float | None:
        """When the first unclaimed queued entry is due (it may be in the past); None if none."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, next_attempt_at FROM entries WHERE state IN ('pending', 'attempted')"
                " ORDER BY next_attempt_at, id").fetchall()
            return next((float(due) for entry_id, due in rows if entry_id not in self._claims),
                        None)

    def mark_attempted(self, entry_id: int) -> bool:
        """Record, durably, that a POST of this entry is about to be sent; False if it is gone.

        Call it right before every POST: after a crash the sender then looks the key up
        before posting again, so the customer cannot be created twice.
        """
        with self._transaction() as db:
            changed = db.execute(
                "UPDATE entries SET state = 'attempted', attempts = attempts + 1"
                " WHERE id = ? AND state IN ('pending', 'attempted')", (entry_id,)).rowcount
        return changed == 1

    def confirm(self, entry_id: int) -> bool:
        """Engage has the contact: delete the entry and its data; False if it was gone.
        An entry its caller held was never counted nor sendable: no listener is told."""
        with self._lock:
            held = self._claims.get(entry_id) == "caller"
            found = self._delete(entry_id)
        if found:
            log.info("outbox: entry %d confirmed by Engage and deleted", entry_id)
            if not held:
                self._changed()
        return found

    def retry_later(self, entry_id: int, at: float, error: str, *, failed: bool = True,
                    never_landed: bool = False) -> bool:
        """Release the entry, to be sent again at ``at``; ``failed`` counts a failure for its
        back-off (a 429 or a paused queue is not the entry's). ``never_landed``: no POST of
        it can have reached Engage (it was pending, and this one was refused unprocessed),
        so it goes back to ``pending`` and is not looked up first. False if it is gone."""
        with self._transaction() as db:
            changed = db.execute(
                "UPDATE entries SET next_attempt_at = ?, failures = failures + ?,"
                " last_error = ?, state = CASE WHEN ? THEN 'pending' ELSE state END"
                " WHERE id = ? AND state IN ('pending', 'attempted')",
                (at, 1 if failed else 0, error[:80], never_landed, entry_id)).rowcount
            self._claims.pop(entry_id, None)
        self._changed()
        return changed == 1

    def release(self, entry_id: int, *, error: str | None = None,
                retry_at: float | None = None) -> bool:
        """The caller gives its held entry to the sender (its own tries are spent): due at
        ``retry_at`` (default now). False if it is gone."""
        at = self.clock() if retry_at is None else retry_at
        with self._transaction() as db:
            changed = db.execute(
                "UPDATE entries SET next_attempt_at = ?, last_error = COALESCE(?, last_error)"
                " WHERE id = ?", (at, error[:80] if error else None, entry_id)).rowcount
            self._claims.pop(entry_id, None)
        self._changed()
        return changed == 1

    def set_needs_person(self, entry_id: int, problem: Problem) -> bool:
        """Engage's answer needs staff: keep the entry, with the problem, for the
        "Waiting signups" view; the sender no longer sends it. False if it is gone."""
        sealed = self._sealer.seal(problem.to_json().encode("utf-8"), _problem_context(entry_id))
        with self._transaction() as db:
            changed = db.execute(
                "UPDATE entries SET state = 'needs_person', problem = ?, last_error = ?"
                " WHERE id = ?", (sealed, problem.kind, entry_id)).rowcount
            self._claims.pop(entry_id, None)
        if changed:
            log.info("outbox: entry %d waits for staff (%s)", entry_id, problem.kind)
            self._changed()
        return changed == 1

    # -- staff's side ----------------------------------------------------------------------

    def take_back(self, entry_id: int) -> SignupRequest | None:
        """Remove an entry to edit it in the form, and return its signup (None if gone).

        Only an entry that waits for staff, or one the caller holds (``sending_now``);
        EntryBusy for one that is queued or being sent.
        """
        with self._lock:
            entry = self._removable(entry_id)
            if entry is None:
                return None
            self._delete(entry_id)
        log.info("outbox: entry %d taken back for editing", entry_id)
        self._changed()
        return entry.signup

    def discard(self, entry_id: int) -> bool:
        """Staff delete an entry that waits for them (e.g. the customer was a member
        already); same rule as :meth:`take_back`. False if it was gone."""
        with self._lock:
            if self._removable(entry_id) is None:
                return False
            self._delete(entry_id)
        log.warning("outbox: entry %d discarded by staff", entry_id)
        self._changed()
        return True

    def _removable(self, entry_id: int) -> OutboxEntry | None:
        entry = self.get(entry_id)
        if entry is None:
            return None
        owner = self._claims.get(entry_id)
        if owner == "sender" or (entry.state != "needs_person" and owner != "caller"):
            raise EntryBusy(f"entry {entry_id} is queued for sending")
        return entry

    def purge(self, older_than: timedelta | float) -> int:
        """Delete entries kept longer than ``older_than`` (a timedelta or seconds), whatever
        their state, except one being sent now: the retention limit. Logs the count."""
        seconds = older_than.total_seconds() if isinstance(older_than, timedelta) else older_than
        cutoff = self.clock() - seconds
        with self._lock:
            rows = self._db.execute("SELECT id FROM entries WHERE created_at < ?",
                                    (cutoff,)).fetchall()
            old = [entry_id for (entry_id,) in rows if entry_id not in self._claims]
            if old:
                with self._transaction() as db:
                    db.executemany("DELETE FROM entries WHERE id = ?", [(i,) for i in old])
                self._checkpoint()
        if old:
            log.warning("outbox: purged %d signup(s) kept longer than %.0f days (retention)",
                        len(old), seconds / 86400)
            self._changed()
        return len(old)

    # -- deleting --------------------------------------------------------------------------

    def _delete(self, entry_id: int) -> bool:
        """Delete one entry; the caller holds the lock."""
        with self._transaction() as db:
            found = db.execute("DELETE FROM entries WHERE id = ?", (entry_id,)).rowcount == 1
            self._claims.pop(entry_id, None)
        if found:
            self._checkpoint()
        return found

    def _checkpoint(self, *, force: bool = False) -> None:
        """After deletes: copy the WAL into the database and truncate it, so that with
        secure_delete on a deleted entry's bytes are zeroed in the database and gone from
        the WAL. At once when the outbox is empty (at a till, nearly always), else at most
        every CHECKPOINT_SECONDS while a backlog drains (each costs two fsyncs)."""
        now = time.monotonic()
        if not force and now - self._checkpointed < CHECKPOINT_SECONDS and self._db.execute(
                "SELECT EXISTS (SELECT 1 FROM entries)").fetchone()[0]:
            return
        busy, _, _ = self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            log.debug("outbox: checkpoint postponed (another connection is reading)")
            return
        self._checkpointed = now
        # Start the next WAL now, with a page of nothing personal: the first commit into
        # an empty WAL syncs twice (its header, then the commit), and the next one is
        # add() on the signup path.
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('checkpointed', ?)", (now,))
