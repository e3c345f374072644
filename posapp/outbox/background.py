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
    """An EngageClient for ``posapp.config.EngageSettings``: its limits, one attempt each."""
    from dataclasses import replace

    from posapp.engage.client import EngageClient

    budgets = engage.budgets()
    return EngageClient(
        engage.base_url,
        api_key,
        budgets=replace(budgets,
                        create_retry=replace(budgets.create_retry, attempts=1),
                        lookup_retry=replace(budgets.lookup_retry, attempts=1)),
        ca_bundle=engage.ca_bundle,
    )
