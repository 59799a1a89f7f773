"""``python -m journeymapper.platform_check``: can Qt open a window here? One clear line if not.

Run by ``make run`` before the editor starts. With an X display, Qt's xcb platform needs
libraries a minimal Debian lacks; this names the packages to install (exit 1). Offscreen,
Wayland and non-Linux systems pass (exit 0). Only the standard library is imported.
"""

from __future__ import annotations

import ctypes
import os
import sys

# Shared library Qt's xcb platform loads -> the Debian package that provides it.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
}


def uses_xcb(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Whether Qt will try the X11 (xcb) platform in this environment."""
    if not sys.platform.startswith("linux"):
        return False
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].startswith("xcb")
    if environ.get("WAYLAND_DISPLAY"):
        return False
    return bool(environ.get("DISPLAY"))


def missing_packages(libraries: dict[str, str] = XCB_LIBRARIES) -> list[str]:
    """The Debian packages whose libraries cannot be loaded, in a stable order."""
    missing = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def main() -> int:
    if not uses_xcb():
        return 0
    missing = missing_packages()
    if not missing:
        return 0
    sys.stderr.write(
        "error: Qt cannot open a window on this X display because system libraries are "
        f"missing; install them with: sudo apt-get install {' '.join(missing)}\n"
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
