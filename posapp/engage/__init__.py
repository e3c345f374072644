"""The Engage client: plain Python (no Qt), usable and testable on its own.

The package re-exports only the outcome classes (``errors``, no third-party import). The
client (``client.EngageClient``: httpx, TLS) and the request and response models
(``models``: pydantic) are imported from their modules, by code that runs after the
window's first paint (README: what may load before the first paint).
"""

from __future__ import annotations

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

__all__ = [
    "AlreadyMember",
    "ApiKeyRejected",
    "BeingCreated",
    "CannotConnect",
    "CertificateRejected",
    "ConnectionDropped",
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
    "RateLimited",
    "ServerError",
    "UnreadableResponse",
]

