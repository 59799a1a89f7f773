"""The participants' page: static files shipped in the package, read once, served from memory."""

from __future__ import annotations

from functools import cache
from importlib import resources

FILES = {
    "/": ("index.html", "text/html"),
    "/room.css": ("room.css", "text/css"),
    "/room.js": ("room.js", "text/javascript"),
    "/i18n.js": ("i18n.js", "text/javascript"),
    "/icon.svg": ("icon.svg", "image/svg+xml"),
}


@cache
def page_file(name: str) -> bytes:
    """The bytes of one page file from ``journeymapper/resources/room``."""
    return resources.files("journeymapper.resources").joinpath("room", name).read_bytes()
