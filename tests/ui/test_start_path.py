"""What the till loads before its first paint, and what waits until after it.

The start-up figure (issue 8) was dominated by imports: the Engage client (httpx, TLS,
the CA bundle), pydantic's request models, the credential store and the find-member page
are not needed to draw the form, so they must stay off that path. Checked in a fresh
interpreter, as a till starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from posapp.config import Settings
from posapp.ui.first_paint import after_first_paint
from posapp.ui.main_window import MainWindow

PROBE = r"""
import json, sys
from posapp.cli import api_key_for, build_parser, resolve_settings
from posapp.ui.app import create_application
from posapp.ui.main_window import MainWindow

from posapp.logging_setup import setup_logging_deferred

settings = resolve_settings(build_parser().parse_args(["--config", sys.argv[1]]))
api_key_for(settings)
setup_logging_deferred()
create_application(settings.store.language)
window = MainWindow(settings, lambda: None)
window.show()
LATER = ("httpx", "httpcore", "keyring", "pydantic", "phonenumbers", "stdnum", "babel",
         "posapp.engage.client", "posapp.ui.find_member_page", "logging.handlers", "platformdirs",
         "posapp.ui.dialogs.already_member_dialog", "posapp.ui.dialogs.problem_dialog")
print(json.dumps(sorted(m for m in LATER if m in sys.modules)), flush=True)
window.runner.shutdown()
"""

CONFIG = """\
[engage]
base_url = "https://acme.staging.voyado.com"

[store]
external_id = "600"

[[contact_types]]
id = "Member"
key = "mobilePhone"
required = ["countryCode"]
"""


def test_the_window_is_built_without_the_client_or_the_credential_store(
        tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(CONFIG, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "POSAPP_API_KEY": "k"}
    done = subprocess.run([sys.executable, "-c", PROBE, str(config)], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_the_client_is_built_after_the_first_paint(qtbot: QtBot, settings: Settings) -> None:
    from posapp.engage.client import EngageClient

    built: list[EngageClient] = []

    def build() -> EngageClient:
        built.append(EngageClient.from_settings(settings.engage, "demo-api-key"))
        return built[-1]

    window = MainWindow(settings, build)
    qtbot.addWidget(window)
    after_first_paint(window, window.runner.warm_up)
    assert built == []
    window.show()
    qtbot.waitUntil(lambda: len(built) == 1, timeout=10_000)  # httpx, TLS, CA bundle
    assert window.runner.client is built[0]  # built once, then kept
    window.runner.shutdown()
    window.runner.close_client()


def test_a_client_that_cannot_be_built_fails_the_request_not_the_app(
        qtbot: QtBot, settings: Settings) -> None:
    """The client is built after the window shows: if that fails (a broken CA file), the
    first request says so like any failure, and the window stays usable."""
    from posapp.engage.client import EngageClient

    def build() -> EngageClient:
        raise OSError("the CA bundle cannot be read")

    window = MainWindow(settings, build)
    qtbot.addWidget(window)
    window.runner.warm_up()  # logged, not raised
    failures: list[object] = []
    window.runner.failed.connect(lambda _id, error: failures.append(error))
    window.runner.run(lambda client: client)
    qtbot.waitUntil(lambda: bool(failures), timeout=2000)
    assert isinstance(failures[0], OSError) and not window.runner.busy
    window.runner.shutdown()


RUNNING = r"""
import gc, json, linecache, sys
from posapp import collector
collector.pause()  # as posapp's entry point does
from posapp.cli import api_key_for, build_parser, resolve_settings
from posapp.ui.app import _client_factory, create_application, defer_until_painted
from posapp.ui.main_window import MainWindow
from PySide6.QtCore import QEventLoop, QTimer

settings = resolve_settings(build_parser().parse_args(["--config", sys.argv[1]]))
app = create_application(settings.store.language)
factory = _client_factory(settings, api_key_for(settings))
built = []  # the client is built by the app, after the first paint; never asked for here
window = MainWindow(settings, lambda: built.append(True) or factory())
defer_until_painted(window, window.runner)
window.show()
loop = QEventLoop()
def check():
    if built and not collector.paused():
        loop.quit()
timer = QTimer(interval=20, timeout=check)
timer.start()
QTimer.singleShot(20000, loop.quit)
loop.exec()
from posapp.form.attributes import validate_field
validate_field("lang", "sv")
print(json.dumps({"client": built == [True], "babel": "babel" in sys.modules,
                  "collector_on": gc.isenabled(), "frozen": gc.get_freeze_count(),
                  "cached_sources": len(linecache.cache)}), flush=True)
window.runner.shutdown()
"""


def test_the_running_till_keeps_no_locale_data_nor_module_sources(tmp_path: Path) -> None:
    """After the first paint the validators and the client load, the collector resumes
    and freezes start-up's objects; babel (~6 MB) and cached module sources (~13 MB,
    posapp/feature_scan.py) stay out of the running till."""
    config = tmp_path / "config.toml"
    config.write_text(CONFIG, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "POSAPP_API_KEY": "k"}
    done = subprocess.run([sys.executable, "-c", RUNNING, str(config)], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    state = json.loads(done.stdout.strip().splitlines()[-1])
    assert state["client"] and state["collector_on"] and state["frozen"] > 20_000
    assert not state["babel"]
    assert state["cached_sources"] < 10
