"""Fixtures for the emulator's own tests: a fresh emulator and a plain httpx client.

The emulator is tested with httpx directly, not with posapp's EngageClient, so that
its behaviour is pinned down independently of the client it is there to test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from posapp.emulator import EmulatorServer

from .helpers import CONTACTS, client_for


@pytest.fixture
def emu() -> Iterator[EmulatorServer]:
    """A fresh emulator with a short create time limit, so engage_timeout tests are quick."""
    with EmulatorServer(create_time_limit=0.3) as server:
        yield server


@pytest.fixture
def api(emu: EmulatorServer) -> Iterator[httpx.Client]:
    """A keep-alive httpx client pointed at ``emu``."""
    with client_for(emu) as client:
        yield client


@pytest.fixture
def create(api: httpx.Client) -> Callable[..., httpx.Response]:
    """POST a create with the usual query string; extra keyword arguments go to httpx."""

    def post(body: Any, **kwargs: Any) -> httpx.Response:
        params = kwargs.pop("params", {"source": "POS", "storeExternalId": "600"})
        return api.post(CONTACTS, json=body, params=params, **kwargs)

    return post
