"""``python -m journeymapper.platform_check``: which environments need the xcb libraries."""

from __future__ import annotations

import subprocess
import sys

from journeymapper import platform_check


def test_offscreen_and_wayland_do_not_need_xcb() -> None:
    assert not platform_check.uses_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"})
    assert not platform_check.uses_xcb({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"})
    assert not platform_check.uses_xcb({})


def test_an_x_display_needs_xcb() -> None:
    if sys.platform.startswith("linux"):
        assert platform_check.uses_xcb({"DISPLAY": ":0"})
        assert platform_check.uses_xcb({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"})


def test_missing_libraries_are_named_by_their_debian_package() -> None:
    fake = {"libjourneymapper-missing.so.9": "libjm-missing9", "libc.so.6": "libc6"}
    assert platform_check.missing_packages(fake) == ["libjm-missing9"]


def test_the_module_runs_without_importing_qt() -> None:
    code = (
        "import sys, journeymapper.platform_check as p; "
        "assert not any(m.startswith('PySide6') for m in sys.modules); print(p.main())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0"
