"""The X11 pre-flight check names the Debian packages Qt's xcb plugin is missing."""

from __future__ import annotations

import ctypes.util

import pytest

from posapp import platform_check


def test_names_missing_packages_on_x11(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    present = {"xcb-icccm", "xkbcommon-x11"}
    monkeypatch.setattr(ctypes.util, "find_library",
                        lambda name: f"lib{name}.so" if name in present else None)
    assert platform_check.missing_x11_packages() == ["libxcb-cursor0", "libxcb-keysyms1"]


def test_silent_off_x11(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert platform_check.missing_x11_packages() == []
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("DISPLAY", raising=False)
    assert platform_check.missing_x11_packages() == []
