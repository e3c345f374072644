"""Every view (till window and dialogs, set-up, kiosk) at 200 % in Finnish (the longest
words): no text cut off, squeezed or outside its window.

Qt's scale factor is fixed when the application starts, so the check runs in a process of
its own (``tests.ui.screenshots``, which also saves the screenshots of every language).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clipping import clipped
from tests.ui.screenshots import run_scale


def test_every_view_holds_at_200_percent_in_finnish() -> None:
    result = run_scale(2, ("fi",), None, timeout=120)
    assert "0 clipped texts at 200 %" in result.stdout, result.stdout + result.stderr[-2000:]
    assert result.returncode == 0


def test_the_check_sees_a_cut_off_label_and_button(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Vahvista jäsenyys linkistä, jonka lähetämme sähköpostiisi", window)
    label.setObjectName("steps")
    wrapped = QLabel("Kun napautat Liity-painiketta, sinusta tulee asiakasklubimme jäsen " * 3,
                     window)
    wrapped.setObjectName("terms")
    wrapped.setWordWrap(True)
    button = QPushButton("Tyhjennä tietoni nyt", window)
    button.setObjectName("clearNow")
    for widget, height in ((label, 0), (wrapped, 40), (button, 100)):
        widget.setGeometry(0, height, 120, 20)
    window.resize(300, 140)
    window.show()
    qtbot.waitExposed(window)
    found = "\n".join(clipped("sample", window))
    assert "steps" in found and "terms" in found and "clearNow" in found
