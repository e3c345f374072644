"""The X11 pre-flight check names the Debian packages Qt's xcb plugin is missing."""

from __future__ import annotations

import pytest

from posapp import platform_check


def test_names_missing_packages_on_x11(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    # Two of the four as sonames that cannot exist: the loader is asked for real.
    monkeypatch.setattr(platform_check, "XCB_LIBRARIES", {
        "libc.so.6": "libc6", "libxcb-cursor.so.999": "libxcb-cursor0",
        "libm.so.6": "libc6-m", "libxcb-keysyms.so.999": "libxcb-keysyms1"})
    assert platform_check.missing_x11_packages() == ["libxcb-cursor0", "libxcb-keysyms1"]


def test_the_loader_is_the_judge() -> None:
    assert platform_check.loadable("libc.so.6")
    assert not platform_check.loadable("libposapp-does-not-exist.so.1")


def test_silent_off_x11(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_check, "loadable", lambda soname: False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert platform_check.missing_x11_packages() == []
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("DISPLAY", raising=False)
    assert platform_check.missing_x11_packages() == []
