"""The bundled DejaVu fonts: file locations and their reportlab registration (pure Python)."""

from __future__ import annotations

import functools
import struct
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


def _line_metrics(path: Path) -> tuple[float, float]:
    """The font's hhea ascender and descender in 1/1000 em.

    reportlab writes the OS/2 typographic values (0.76 / -0.24 em for DejaVu) into the
    font descriptor; PDF readers size word boxes from it, so 12 pt text read as 10 pt.
    The hhea line metrics are what the glyphs use and what other PDF producers write.
    """
    data = path.read_bytes()
    (tables,) = struct.unpack(">H", data[4:6])
    offsets = {
        data[12 + 16 * i : 16 + 16 * i]: struct.unpack(">I", data[20 + 16 * i : 24 + 16 * i])[0]
        for i in range(tables)
    }
    head, hhea = offsets[b"head"], offsets[b"hhea"]
    (units,) = struct.unpack(">H", data[head + 18 : head + 20])
    ascender, descender = struct.unpack(">hh", data[hhea + 4 : hhea + 8])
    return ascender * 1000 / units, descender * 1000 / units


@functools.cache
def font(bold: bool = False) -> TTFont:
    """The bundled font, registered with reportlab once per process."""
    name = font_name(bold)
    ttf = TTFont(name, str(font_path(bold)))
    ttf.face.ascent, ttf.face.descent = _line_metrics(font_path(bold))
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
