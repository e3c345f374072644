"""The Engage client: plain Python (no Qt), usable and testable on its own.

The outcome classes (``errors``) load with the package. The client (httpx, TLS) and the
request and response models (pydantic) load on first use (PEP 562): they cost tens of
milliseconds that belong after the window's first paint, when the first request is made.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from posapp.engage.errors import (
    AlreadyMember,
    ApiKeyRejected,
    BeingCreated,
    CannotConnect,
    CertificateRejected,
    ConnectionDropped,
    EngageError,
    EngageTimedOut,
    InvalidDraft,
    InvalidFields,
    InvalidRequest,
    MultipleMatches,
    NoAnswer,
    NoData,
    NotFound,
    OutcomeUnknown,
    RateLimited,
    ServerError,
    UnreadableResponse,
)

if TYPE_CHECKING:
    from posapp.engage.client import EngageClient
    from posapp.engage.models import Contact, ContactChanges, ContactDraft, Preferences

#: The names loaded on first use, and the module each comes from.
_LAZY = {
    "EngageClient": "posapp.engage.client",
    "Contact": "posapp.engage.models",
    "ContactChanges": "posapp.engage.models",
    "ContactDraft": "posapp.engage.models",
    "Preferences": "posapp.engage.models",
}

__all__ = [
    "AlreadyMember",
    "ApiKeyRejected",
    "BeingCreated",
    "CannotConnect",
    "CertificateRejected",
    "ConnectionDropped",
    "Contact",
    "ContactChanges",
    "ContactDraft",
    "EngageClient",
    "EngageError",
    "EngageTimedOut",
    "InvalidDraft",
    "InvalidFields",
    "InvalidRequest",
    "MultipleMatches",
    "NoAnswer",
    "NoData",
    "NotFound",
    "OutcomeUnknown",
    "Preferences",
    "RateLimited",
    "ServerError",
    "UnreadableResponse",
]


def __getattr__(name: str) -> Any:
    home = _LAZY.get(name)
    if home is None:
        raise AttributeError(f"module 'posapp.engage' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # the next lookup is an ordinary one
    return value
