"""Operation time budgets: how long a create or a look-up takes in all when Engage misbehaves.

Each scenario starts a fresh emulator in a process of its own, plans its faults through the
control endpoints, and times one call of a client built from the default settings (only
``base_url`` given), as the till makes it: from the call to its outcome, every attempt,
wait and reconciling look-up included. Target: within the operation's total budget
(``[engage] create_budget_seconds`` / ``lookup_budget_seconds``), with 0.25 s for the last
exchange to unwind. ``--quick`` runs the two look-up scenarios only.

Engage answers a create within 10 s or with 504 RequestTimeOut (rolled back): the
``engage_504`` scenario is that, every time; ``hang`` is an Engage that never answers.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from posapp.config import DEMO_API_KEY, DEMO_CONTACT_TYPES, EngageSettings, settings_from_mapping
from posapp.engage import EngageError
from posapp.engage.budgets import ENGAGE_CREATE_LIMIT_SECONDS
from posapp.engage.client import EngageClient
from posapp.engage.models import ContactDraft
from tests.benchmarks.harness import EmulatorProcess, Figure, control

#: Longer than any budget: a request that never gets an answer.
FOREVER = 120.0
#: Time allowed past the budget for the last broken-off exchange to unwind.
SLACK = 0.25
PHONE = "+46701740690"


@dataclass(frozen=True)
class Scenario:
    name: str
    operation: str  # "create" or "find"
    faults: tuple[dict[str, Any], ...]
    what: str


SCENARIOS = (
    Scenario("create_engage_504_s", "create",
             ({"kind": "engage_timeout", "method": "POST", "delay": ENGAGE_CREATE_LIMIT_SECONDS,
               "times": 0},),
             "every create answered 504 RequestTimeOut after Engage's 10 s"),
    Scenario("create_hang_s", "create",
             ({"kind": "engage_timeout", "method": "POST", "delay": FOREVER, "times": 0},),
             "no create ever answered; look-ups answer"),
    Scenario("create_all_hang_s", "create",
             ({"kind": "engage_timeout", "method": "POST", "delay": FOREVER, "times": 0},
              {"kind": "latency", "method": "GET", "delay": FOREVER, "times": 0}),
             "nothing ever answered, creates nor look-ups"),
    Scenario("create_drip_s", "create",
             ({"kind": "drip", "method": "POST", "delay": 2.0, "times": 0},),
             "every create answered 16 bytes every 2 s: no read times out, the whole "
             "answer would take minutes"),
    Scenario("lookup_hang_s", "find",
             ({"kind": "latency", "method": "GET", "delay": FOREVER, "times": 0},),
             "find member: no look-up ever answered"),
    Scenario("lookup_slow_s", "find",
             ({"kind": "latency", "method": "GET", "delay": 5.0, "times": 0},),
             "find member: every look-up answers after 5 s"),
)


def _engage(base_url: str) -> EngageSettings:
    return settings_from_mapping({
        "engage": {"base_url": base_url},
        "store": {"external_id": "600"},
        "contact_types": list(DEMO_CONTACT_TYPES),
    }).engage


def _call(client: EngageClient, operation: str) -> Callable[[], object]:
    if operation == "create":
        draft = ContactDraft(contactType="Member", mobilePhone=PHONE, countryCode="SE")
        return lambda: client.create_contact(draft, source="POS", store_external_id="600",
                                             key="mobilePhone")
    return lambda: client.find_contact("mobilePhone", PHONE, "Member")


def run(scenario: Scenario) -> Figure:
    """One scenario against a fresh emulator; its figure."""
    with EmulatorProcess() as emulator:
        engage = _engage(emulator.base_url)
        budget = (engage.create_budget_seconds if scenario.operation == "create"
                  else engage.lookup_budget_seconds)
        for fault in scenario.faults:
            control(emulator.base_url, "POST", "faults", fault)
        with EngageClient.from_settings(engage, DEMO_API_KEY) as client:
            call = _call(client, scenario.operation)
            started = time.monotonic()
            try:
                call()
                outcome = "ok"
            except EngageError as exc:
                outcome = type(exc).__name__
            elapsed = time.monotonic() - started
        requests = control(emulator.base_url, "GET", "requests")
    sent = [f"{r['method']} {r['path'].rsplit('/', 1)[-1]}" for r in requests]
    return Figure(scenario.name, round(elapsed, 2), "s",
                  f"≤ {scenario.operation} budget {budget:g} s", elapsed <= budget + SLACK,
                  {"what": scenario.what, "outcome": outcome, "budget_s": budget,
                   "requests": sent})


def measure(quick: bool) -> list[Figure]:
    chosen = [s for s in SCENARIOS if not quick or s.operation == "find"]
    return [run(scenario) for scenario in chosen]


if __name__ == "__main__":
    import sys

    names = sys.argv[1:]
    for scenario in SCENARIOS:
        if names and scenario.name not in names:
            continue
        figure = run(scenario)
        print(figure.line(), figure.details["outcome"], " ".join(figure.details["requests"]),
              flush=True)
