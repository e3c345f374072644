"""signup_overhead_ratio: median click-to-confirmation of signups through the real window,
÷ median raw httpx POST of the same body on a kept-alive client.

Both against the emulator (its own process, no added latency), alternating one signup and
one raw POST, each with a phone number of its own. The raw side is the floor: what the
network and Engage cost without posapp.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from tests.benchmarks.harness import EmulatorProcess, Figure, median, report, run_child

TARGET = 2.0


def measure(quick: bool) -> list[Figure]:
    count = 20 if quick else 50
    with EmulatorProcess() as emulator:
        result = run_child("signup_overhead", emulator.base_url, str(count))
    ratio = float(result["ratio"])
    return [Figure("signup_overhead_ratio", ratio, "×", f"≤ {TARGET}", ratio <= TARGET,
                   {k: v for k, v in result.items() if k != "ratio"},
                   note=f"signup {result['signup_median_ms']:.2f} ms, raw POST "
                        f"{result['raw_post_median_ms']:.2f} ms")]


def _child(base_url: str, count: int) -> None:
    import httpx

    from posapp.config import DEMO_API_KEY
    from tests.benchmarks.driving import (
        open_window,
        phone_e164,
        settle,
        sign_up,
        till_settings,
    )

    till = open_window(till_settings(base_url))
    window = till.window
    raw = httpx.Client(base_url=base_url, headers={
        "apikey": DEMO_API_KEY, "User-Agent": "benchmark/1", "Content-Type": "application/json",
        "Accept": "application/json"})
    params = {"createAsUnapproved": "false", "source": "POS", "storeExternalId": "600"}

    def raw_post(number: int) -> float:
        body = json.dumps({"contactType": "Member", "mobilePhone": phone_e164(number),
                           "countryCode": "SE",
                           "preferences": {"acceptsEmail": False, "acceptsSms": False}})
        started = time.perf_counter()
        answer = raw.post("/api/v3/contacts", params=params, content=body)
        elapsed = (time.perf_counter() - started) * 1000
        if answer.status_code != 201:
            raise RuntimeError(f"raw POST answered {answer.status_code}")
        return elapsed

    ui: list[float] = []
    direct: list[float] = []
    warm_up = 5
    for index in range(warm_up + count):
        ui_ms = sign_up(window, 2 * index)
        settle(window)  # the raw POST alone, as the signup's own request was
        raw_ms = raw_post(2 * index + 1)
        if index >= warm_up:
            ui.append(ui_ms)
            direct.append(raw_ms)
    raw.close()
    till.close()
    report({
        "ratio": round(median(ui) / median(direct), 3),
        "signup_median_ms": round(median(ui), 3),
        "raw_post_median_ms": round(median(direct), 3),
        "signups": count,
        "signup_ms": [round(x, 3) for x in ui],
        "raw_post_ms": [round(x, 3) for x in direct],
    })


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", action="store_true")
    parser.add_argument("base_url")
    parser.add_argument("count", type=int)
    args = parser.parse_args(argv)
    _child(args.base_url, args.count)


if __name__ == "__main__":
    main(sys.argv[1:])
