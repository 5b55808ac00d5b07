"""The platform seam (platform/): each concern answers for the system it runs on."""

from __future__ import annotations

import importlib
import os
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from tearconsole.platform import display, fonts, runtime_dir, video_window
from tearconsole.ui.app import make_application


def test_a_display_is_there_by_the_session_or_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert not display.has_display()  # ssh, cron: no window can open
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert display.has_display()
    monkeypatch.delenv("WAYLAND_DISPLAY")
    for system in ("win32", "darwin"):
        monkeypatch.setattr(sys, "platform", system)
        assert display.has_display()


@pytest.mark.parametrize(
    ("system", "first"),
    [("linux", "Noto Sans CJK JP"), ("darwin", "Hiragino Sans"), ("win32", "Yu Gothic UI")],
)
def test_each_system_looks_for_its_own_japanese_face_first(
    monkeypatch: pytest.MonkeyPatch, system: str, first: str
) -> None:
    monkeypatch.setattr(sys, "platform", system)
    try:
        assert importlib.reload(fonts).JAPANESE_FAMILIES[0] == first
    finally:
        monkeypatch.undo()
        importlib.reload(fonts)


def test_libvlc_gets_a_private_runtime_folder_when_the_session_has_none(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    runtime_dir.ensure_runtime_dir()
    folder = Path(os.environ["XDG_RUNTIME_DIR"])
    assert folder.parent == tmp_path and folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/somewhere/else")  # the session's own wins
    runtime_dir.ensure_runtime_dir()
    assert os.environ["XDG_RUNTIME_DIR"] == "/somewhere/else"


def test_films_are_drawn_into_a_window_only_where_libvlc_can(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_application()  # offscreen: no native window for libVLC on Linux
    monkeypatch.setattr(sys, "platform", "linux")
    assert not video_window.can_embed_video()
    monkeypatch.setattr(sys, "platform", "win32")
    assert video_window.can_embed_video()

    class Player:
        calls: list[tuple[str, int]] = []

        def set_hwnd(self, handle: int) -> None:
            self.calls.append(("hwnd", handle))

        def set_nsobject(self, handle: int) -> None:
            self.calls.append(("nsobject", handle))

    video_window.draw_into(Player(), 7)
    monkeypatch.setattr(sys, "platform", "darwin")
    video_window.draw_into(Player(), 8)
    assert Player.calls == [("hwnd", 7), ("nsobject", 8)]
