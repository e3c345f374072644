"""What every figure shares: the Figure record, alternating rounds, child processes, the
emulator in a process of its own, and resident memory."""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
#: What a child prints before its JSON result, so that stray output cannot be mistaken for it.
RESULT_MARK = "benchmark-result "


@dataclass
class Figure:
    """One measured figure against its target."""

    name: str
    value: float
    unit: str
    target: str
    passed: bool
    details: dict[str, Any] = field(default_factory=dict)
    #: Printed after the verdict: what the figure is made of (the absolute times of a ratio).
    note: str = ""

    def line(self) -> str:
        """``name: value unit (target …) PASS [— note]``."""
        unit = f" {self.unit}" if self.unit else ""
        verdict = "PASS" if self.passed else "FAIL"
        note = f" — {self.note}" if self.note else ""
        return f"{self.name}: {self.value:.3g}{unit} (target {self.target}) {verdict}{note}"

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "unit": self.unit,
                "target": self.target, "passed": self.passed, "note": self.note,
                "details": self.details}


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def alternate(first: Callable[[], float], second: Callable[[], float], rounds: int,
              warm_up: int = 1) -> tuple[list[float], list[float]]:
    """Run the two sides in turn (A B A B …); the warm-up rounds are measured and dropped."""
    a: list[float] = []
    b: list[float] = []
    for index in range(warm_up + rounds):
        x, y = first(), second()
        if index >= warm_up:
            a.append(x)
            b.append(y)
    return a, b


# -- child processes -----------------------------------------------------------------------

_PYC_DIR = Path(tempfile.mkdtemp(prefix="posapp-bench-pyc-"))
_HOME_DIR = Path(tempfile.mkdtemp(prefix="posapp-bench-home-"))


def qt_platform() -> str:
    """QT_QPA_PLATFORM as given, else offscreen (the same on every machine, headless too)."""
    return os.environ.get("QT_QPA_PLATFORM") or "offscreen"


def child_env(**extra: str) -> dict[str, str]:
    """The environment of every child: the same Qt platform, compiled bytecode, a private home.

    A till runs an installed posapp (a wheel or a PyInstaller bundle), whose modules come
    compiled. PYTHONDONTWRITEBYTECODE would make every child compile posapp from source,
    so children share one bytecode cache of their own (warm after the warm-up round).
    Config, log, cache and data directories point at a temporary folder, and keyring at
    its fail backend: nothing of the machine's own posapp set-up is read or written.
    """
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "POSAPP_CONFIG", "POSAPP_API_KEY")}
    env.update({
        "QT_QPA_PLATFORM": qt_platform(),
        "PYTHONPYCACHEPREFIX": str(_PYC_DIR),
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(_HOME_DIR / "config"),
        "XDG_STATE_HOME": str(_HOME_DIR / "state"),
        "XDG_CACHE_HOME": str(_HOME_DIR / "cache"),
        "XDG_DATA_HOME": str(_HOME_DIR / "data"),
        "PYTHONUNBUFFERED": "1",
        # The outbox's data key in a key file beside its database, as on a till without a
        # credential store: no benchmark's throwaway key lands in the tester's keyring.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    })
    env.update(extra)
    return env


def scratch_dir() -> Path:
    """A temporary folder that lives as long as this benchmark run."""
    return _HOME_DIR


def run_child(module: str, *args: str, timeout: float = 600.0,
              env: dict[str, str] | None = None) -> dict[str, Any]:
    """``python -m tests.benchmarks.<module> --child ARGS``; its JSON result."""
    command = [PYTHON, "-m", f"tests.benchmarks.{module}", "--child", *args]
    done = subprocess.run(command, cwd=ROOT, env=env or child_env(), capture_output=True,
                          text=True, timeout=timeout, check=False)
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            result: dict[str, Any] = json.loads(line[len(RESULT_MARK):])
            return result
    raise RuntimeError(f"{module} child failed (exit {done.returncode}):\n"
                       f"{done.stdout[-2000:]}\n{done.stderr[-4000:]}")


def report(result: dict[str, Any]) -> None:
    """Print a child's result for the parent (last line of stdout)."""
    print(RESULT_MARK + json.dumps(result), flush=True)


# -- the emulator in its own process -------------------------------------------------------

class EmulatorProcess:
    """``python -m posapp.emulator`` on a free port, rate limit off (or ``rate_limit`` per
    second), steered over HTTP.

    A process of its own, so that its request handling never competes with the measured
    app for the GIL.
    """

    def __init__(self, rate_limit: int = 1_000_000) -> None:
        self.base_url = ""
        self.rate_limit = rate_limit
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> EmulatorProcess:
        self._process = subprocess.Popen(
            [PYTHON, "-m", "posapp.emulator", "--port", "0", "--rate-limit",
             str(self.rate_limit)],
            cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True)
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        found = re.search(r"http://[0-9.]+:[0-9]+", line)
        if found is None:
            self._process.kill()
            raise RuntimeError(f"the emulator did not start: {line!r}")
        self.base_url = found.group(0)
        # Keep reading its stdout so that it never blocks on a full pipe.
        threading.Thread(target=self._process.stdout.read, daemon=True).start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(5)
            except subprocess.TimeoutExpired:
                self._process.kill()


def control(base_url: str, method: str, name: str, body: Any = None) -> Any:
    """Call the emulator's ``/_emulator/<name>`` back door."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"{base_url}/_emulator/{name}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read() or b"null")


# -- memory and threads --------------------------------------------------------------------

def resident_mb() -> float:
    """This process's resident memory now (Linux /proc; elsewhere the peak so far)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576
    except (OSError, ValueError, IndexError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1_048_576 if sys.platform == "darwin" else 1024)


def os_threads() -> int:
    """Threads of this process as the OS sees them (Qt's included)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Threads:"):
                return int(line.split()[1])
    except OSError:
        pass
    return threading.active_count()


@contextmanager
def stopwatch() -> Iterator[Callable[[], float]]:
    """Milliseconds since entering, as a callable."""
    started = time.perf_counter()
    yield lambda: (time.perf_counter() - started) * 1000
