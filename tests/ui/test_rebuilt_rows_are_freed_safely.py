"""Rebuilding the form's fields (contact-type switch) leaves nothing for the cycle collector
to destroy later: PySide crashed when it did (a segfault at the next garbage collection).

Run in a child process, so that a regression fails this test instead of killing the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import gc, os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEventLoop, QTimer
    from posapp.config import DEMO_API_KEY, demo_settings
    from posapp.emulator import EmulatorServer
    from posapp.engage.client import EngageClient
    from posapp.ui.app import create_application
    from posapp.ui.main_window import MainWindow

    def spin():
        loop = QEventLoop(); QTimer.singleShot(5, loop.quit); loop.exec()

    app = create_application("en")
    with EmulatorServer() as emulator:
        settings = demo_settings(emulator.base_url, "en")
        for _ in range(3):
            with EngageClient(emulator.base_url, DEMO_API_KEY) as client:
                window = MainWindow(settings, client)
                window.show()
                spin()
                for turn in range(3):
                    window.form.type_picker.setCurrentIndex((turn + 1) % 2)
                    window.show_find_member()
                    window.find_page.key_kind.setCurrentIndex(turn + 1)
                    window.show_signup()
                    spin()
                window.close()
                spin()
                del window
                gc.collect()
    print("survived")
""")


def test_switching_contact_types_then_collecting_garbage_survives() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-c", SCRIPT],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
