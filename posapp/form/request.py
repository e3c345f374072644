"""What a finished signup form hands over: the create body and how to send it.

Plain data, JSON-shaped: the same object goes to the worker thread, and could be kept on
disk as it is. The Engage client checks ``body`` against Engage's formats once more
(``ContactDraft``) before anything leaves the till.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from posapp.engage.attributes import KeyField

Origin = Literal["till", "kiosk"]


@dataclass(frozen=True, eq=True)
class SignupRequest:
    """One signup, ready for ``POST /api/v3/contacts``."""

    #: The create body: flat attributes, ``preferences`` (and later ``consents``).
    body: Mapping[str, Any]
    #: The tenant's key attribute for the contact type (looked up before re-sending).
    key: KeyField
    contact_type: str
    #: Query parameters: ``source``, ``storeExternalId``, ``createAsUnapproved``.
    source: str
    store_external_id: str
    create_as_unapproved: bool
    origin: Origin

    @property
    def key_value(self) -> str:
        """The value of the key attribute (the form never hands over a request without)."""
        return str(self.body[self.key])
