"""Every view stays readable in a high-contrast palette, white on black and black on white.

Each visible label, field and button text is measured against what is drawn behind it
(WCAG contrast at least 4.5:1). ``POSAPP_SCREENSHOTS=1`` also saves every view into
``screenshots/high-contrast/``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from posapp.engage.client import EngageClient
from posapp.ui.app import create_application
from posapp.ui.style import MIN_CONTRAST, colours_for, contrast
from tests.ui.contrast import PALETTES, palette_applied, texts_below_contrast
from tests.ui.views import UNUSED_URL, kiosk_views, till_views

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "high-contrast"


@pytest.fixture
def offline_client(qapp: QApplication) -> Iterator[EngageClient]:
    """A client that is never used: every view is filled in by hand."""
    if not qapp.styleSheet():
        create_application("en")
    with EngageClient(UNUSED_URL, "unused") as client:
        yield client


def test_every_view_is_readable_in_both_high_contrast_palettes(
        qtbot: QtBot, qapp: QApplication, offline_client: EngageClient,
        tmp_path: Path) -> None:
    """The till's views, its dialogs, the set-up dialog and every kiosk screen."""
    normal = qapp.styleSheet()
    problems = []
    for name, palette in PALETTES.items():
        with palette_applied(palette):
            qtbot.waitUntil(lambda: qapp.styleSheet() != normal)  # the style followed
            for views in (till_views(offline_client, tmp_path), kiosk_views(offline_client)):
                for view, top in views:
                    qtbot.waitExposed(top)
                    problems += [str(found) for found in texts_below_contrast(view, top)]
                    if os.environ.get("POSAPP_SCREENSHOTS"):
                        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                        top.grab().save(str(SCREENSHOTS / f"{name}-{view}.png"))
    qtbot.waitUntil(lambda: qapp.styleSheet() == normal)  # and came back
    assert problems == []


@pytest.mark.parametrize("name", [*PALETTES, "default"])
def test_posapps_own_colours_are_readable_on_the_palette(qapp: QApplication,
                                                        name: str) -> None:
    palette = PALETTES.get(name) or QPalette(qapp.palette())
    colours = colours_for(palette)
    backgrounds = [palette.color(role) for role in (QPalette.ColorRole.Base,
                                                     QPalette.ColorRole.Window)]
    for colour in (colours.valid, colours.invalid, colours.demo, colours.muted):
        for background in backgrounds:
            assert contrast(QColor(colour), background) >= MIN_CONTRAST, (name, colour)
    on_primary = palette.color(QPalette.ColorRole.HighlightedText)
    assert contrast(QColor(colours.primary), on_primary) >= MIN_CONTRAST
