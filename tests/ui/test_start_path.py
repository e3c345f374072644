"""What the till and the kiosk load before their first paint, and what waits until after it.

The rule is the README's "What may load before the first paint": PySide6, the standard
library, posapp's settings, form rules and the widgets of the first frame; no other
third-party package (httpx, pydantic, keyring, cryptography, SQLite, phonenumbers,
python-stdnum, babel) and nothing that imports one (the Engage client and models, the
outbox's store, the dialogs). Checked in a fresh interpreter, as a till starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from posapp.config import Settings
from posapp.pin import hash_pin
from posapp.ui.first_paint import after_first_paint
from posapp.ui.main_window import MainWindow

#: Loaded only after the first paint (README: what may load before the first paint).
LATER = ("httpx", "httpcore", "keyring", "pydantic", "phonenumbers", "stdnum", "babel",
         "cryptography", "sqlite3", "posapp.engage.client", "posapp.engage.models",
         "posapp.outbox.store", "posapp.outbox.sender", "posapp.outbox.data_key",
         "posapp.ui.find_member_page", "logging.handlers", "platformdirs",
         "posapp.ui.dialogs.already_member_dialog", "posapp.ui.dialogs.problem_dialog")

PROBE = r"""
import json, sys
from posapp.cli import api_key_for, build_parser, resolve_settings
from posapp.ui.app import create_application

from posapp.logging_setup import setup_logging_deferred

settings = resolve_settings(build_parser().parse_args(["--config", sys.argv[1]]))
api_key_for(settings)
setup_logging_deferred()
create_application(settings.store.language)
if sys.argv[2] == "kiosk":
    from posapp.ui.kiosk.kiosk_window import KioskWindow
    window = KioskWindow(settings, lambda: None)
else:
    from posapp.ui.main_window import MainWindow
    window = MainWindow(settings, lambda: None)
window.show()
if sys.argv[3] == "qt":  # PySide6 builds its Qt namespace (94 enums) when first touched
    import PySide6.QtCore
    print(json.dumps("Qt" in vars(PySide6.QtCore)), flush=True)
else:
    print(json.dumps(sorted(m for m in sys.argv[3].split(",") if m in sys.modules)), flush=True)
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


def loaded_before_painting(tmp_path: Path, window: str, what: str = ",".join(LATER)) -> object:
    """Which of LATER a fresh interpreter has loaded once ``window`` is built and shown
    (``what="qt"``: whether PySide6's ``Qt`` namespace was touched)."""
    config = tmp_path / "config.toml"
    # A kiosk without a PIN warns at start, and a warning opens the log file at once.
    kiosk = f'\n[kiosk]\npin_hash = "{hash_pin("2468")}"\n' if window == "kiosk" else ""
    config.write_text(CONFIG + kiosk, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "POSAPP_API_KEY": "k",
           "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", PROBE, str(config), window, what],
                          env=env, capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_is_built_without_the_client_or_the_credential_store(
        tmp_path: Path) -> None:
    assert loaded_before_painting(tmp_path, "till") == []


def test_the_kiosk_loads_what_the_till_loads_before_its_first_paint(tmp_path: Path) -> None:
    """The kiosk once loaded pydantic's models with its flow; now it defers the same."""
    assert loaded_before_painting(tmp_path, "kiosk") == []


def test_the_first_frame_builds_no_qt_classes_it_does_not_draw_with(tmp_path: Path) -> None:
    """PySide6 6.12 builds the whole ``Qt`` namespace (~94 Python enums, ~12 ms) the first
    time anything touches it; the till's first frame sets Qt's enums as ints instead
    (posapp/ui/qt_names.py) and imports ``Qt`` only in handlers that run later."""
    assert loaded_before_painting(tmp_path, "till", "qt") is False


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
import json, linecache, sys
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
    if built:  # the client is built last, after the validators (ui/app.py)
        loop.quit()
timer = QTimer(interval=20, timeout=check)
timer.start()
QTimer.singleShot(20000, loop.quit)
loop.exec()
from posapp.form.attributes import validate_field
validate_field("lang", "sv")
print(json.dumps({"client": built == [True], "babel": "babel" in sys.modules,
                  "phone": "phonenumbers" in sys.modules,
                  "cached_sources": len(linecache.cache)}), flush=True)
window.runner.shutdown()
"""


def test_the_running_till_keeps_no_locale_data_nor_module_sources(tmp_path: Path) -> None:
    """After the first paint the validators and the client load; babel (~6 MB) and
    cached module sources (~12 MB, posapp/feature_scan.py) stay out of the running till."""
    config = tmp_path / "config.toml"
    config.write_text(CONFIG, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "POSAPP_API_KEY": "k"}
    done = subprocess.run([sys.executable, "-c", RUNNING, str(config)], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    state = json.loads(done.stdout.strip().splitlines()[-1])
    assert state["client"] and state["phone"]
    assert not state["babel"]
    assert state["cached_sources"] < 10
