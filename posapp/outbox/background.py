"""The Engage client the sender should be given: the tenant's settings, one attempt a call.

The till's own client retries within a budget while the cashier waits; in the background
the sender does the waiting (back-off, jitter, Retry-After), and its bookkeeping counts
one POST per call: a client that re-sent a create by itself could land a POST the sender
does not know of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from posapp.engage.client import EngageClient


def background_client(engage: Any, api_key: str) -> EngageClient:
    """An EngageClient for ``posapp.config.EngageSettings``: its timeouts, one attempt each."""
    from posapp.engage.client import EngageClient, Timeouts
    from posapp.engage.retry import RetryPolicy

    return EngageClient(
        engage.base_url,
        api_key,
        timeouts=Timeouts(connect=engage.connect_timeout_seconds,
                          create=engage.timeout_seconds,
                          lookup=engage.lookup_timeout_seconds),
        lookup_retry=RetryPolicy(attempts=1, budget_seconds=engage.lookup_budget_seconds),
        create_retry=RetryPolicy(attempts=1, budget_seconds=engage.create_budget_seconds),
        ca_bundle=engage.ca_bundle,
    )
