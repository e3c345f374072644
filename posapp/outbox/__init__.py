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

This package's ``__init__`` imports nothing: SQLite and cryptography load when the outbox
is opened, after the window's first paint (posapp/ui/outbox_link.py), not whenever a
module names one of the light ones (``send_now``, ``errors``). Import from the module that
defines a name.
"""
