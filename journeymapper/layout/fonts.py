"""The bundled DejaVu fonts: file locations and their reportlab registration (pure Python)."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def font_name(bold: bool = False) -> str:
    """The registered name of the regular or bold bundled font."""
    return BOLD if bold else REGULAR


def font_path(bold: bool = False) -> Path:
    """The file of the bundled font (the package is installed as plain files)."""
    root = resources.files("journeymapper.resources").joinpath("fonts", _FILES[font_name(bold)])
    return Path(str(root))


@functools.cache
def font(bold: bool = False) -> TTFont:
    """The bundled font, registered with reportlab once per process."""
    name = font_name(bold)
    ttf = TTFont(name, str(font_path(bold)))
    pdfmetrics.registerFont(ttf)
    if not bold:
        font(True)
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    return ttf


def register_fonts() -> tuple[str, str]:
    """Register both bundled fonts with reportlab; returns (regular, bold) names."""
    font(False)
    font(True)
    return REGULAR, BOLD
