"""The Engage client: plain Python (no Qt), usable and testable on its own.

The names below are loaded on first use (PEP 562): the window imports the outcome
classes and models on its start-up path, and httpx, TLS and the client itself cost tens
of milliseconds that belong after the first paint, when the first request is made.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from posapp.engage.client import EngageClient
    from posapp.engage.errors import (
        AlreadyMember,
        ApiKeyRejected,
        BeingCreated,
        CannotConnect,
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
    from posapp.engage.models import Contact, ContactChanges, ContactDraft, Preferences

_HOMES = {
    "EngageClient": "posapp.engage.client",
    "AlreadyMember": "posapp.engage.errors",
    "ApiKeyRejected": "posapp.engage.errors",
    "BeingCreated": "posapp.engage.errors",
    "CannotConnect": "posapp.engage.errors",
    "ConnectionDropped": "posapp.engage.errors",
    "EngageError": "posapp.engage.errors",
    "EngageTimedOut": "posapp.engage.errors",
    "InvalidDraft": "posapp.engage.errors",
    "InvalidFields": "posapp.engage.errors",
    "InvalidRequest": "posapp.engage.errors",
    "MultipleMatches": "posapp.engage.errors",
    "NoAnswer": "posapp.engage.errors",
    "NoData": "posapp.engage.errors",
    "NotFound": "posapp.engage.errors",
    "OutcomeUnknown": "posapp.engage.errors",
    "RateLimited": "posapp.engage.errors",
    "ServerError": "posapp.engage.errors",
    "UnreadableResponse": "posapp.engage.errors",
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
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'posapp.engage' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # the next lookup is an ordinary one
    return value
