"""The compare picture as a file: SVG, PNG, a one-page PDF, or an HTML page (written atomically)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image

from ..compare.changes import MapDiff
from ..compare.effects import Effects
from ..compare.overlay import build_overlay
from ..compare.report import language_of, to_json
from ..compare.words import Words
from ..io.atomic import write_atomic
from ..layout import LayoutOptions, compute_layout, get_theme
from ..layout.fonts import font_name, register_fonts
from ..render.compare_draw import CompareFrame, compare_frame, draw_compare, parts_of
from ..render.draw_map import persona_colours
from ..render.painter import Painter, hex_rgb
from ..words.labels import channel_names, metric_names
from .gcpause import gc_paused
from .pdf_painter import PdfPainter
from .raster import PillowPainter
from .svg import FONT_FAMILY, SvgPainter

MAX_PIXELS = 16_000_000
PNG_DPI = 110


class _Picture:
    """Everything needed to draw one compare, laid out once."""

    def __init__(self, diff: MapDiff, found: Effects, names: tuple[str, str]) -> None:
        self.diff, self.found, self.names = diff, found, names
        self.overlay = build_overlay(diff)
        journey = self.overlay.journey
        self.theme = get_theme("light")
        language = journey.language.value
        options = LayoutOptions(
            channel_labels=channel_names(language), metric_labels=metric_names(language)
        )
        self.layout = compute_layout(journey, options)
        self.colours = persona_colours(journey, self.theme)
        self.frame: CompareFrame = compare_frame(self.layout, parts_of(diff, found), self.theme)
        self.words = Words(language_of(diff))
        self.title = self.words("file_title", old=names[0], new=names[1])

    def draw(self, painter: Painter) -> None:
        painter.rect(0, 0, self.frame.width, self.frame.height, self.theme.background, None, 0)
        draw_compare(
            painter, self.diff, self.found, self.overlay, self.layout, self.theme,
            self.colours, self.names, self.frame,
        )  # fmt: skip


def _svg(picture: _Picture) -> str:
    painter = SvgPainter()
    picture.draw(painter)
    w, h = picture.frame.width, picture.frame.height
    title = escape(picture.title)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0f}pt" height="{h:.0f}pt" '
        f'viewBox="0 0 {w:.2f} {h:.2f}" font-family="{FONT_FAMILY}">\n<title>{title}</title>\n'
        + "\n".join(painter.parts)
        + "\n</svg>\n"
    )


def _png(picture: _Picture, dpi: int = PNG_DPI) -> bytes:
    scale = dpi / 72
    pixels = picture.frame.width * picture.frame.height * scale * scale
    if pixels > MAX_PIXELS:
        scale *= (MAX_PIXELS / pixels) ** 0.5
    size = (max(1, round(picture.frame.width * scale)), max(1, round(picture.frame.height * scale)))
    image = Image.new("RGB", size, hex_rgb(picture.theme.background))
    picture.draw(PillowPainter(image, scale))
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(round(scale * 72), round(scale * 72)))
    return out.getvalue()


def _pdf(picture: _Picture) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    out = io.BytesIO()
    size = (picture.frame.width, picture.frame.height)
    canvas = Canvas(out, pagesize=size, pageCompression=1, invariant=1,
                    initialFontName=font_name(False))  # fmt: skip
    canvas.setTitle(picture.title)
    canvas.setCreator("JourneyMapper")
    picture.draw(PdfPainter(canvas, size[1]))
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _html(picture: _Picture) -> str:
    data = to_json(picture.diff, picture.names[0], picture.names[1], picture.found)
    items = []
    for section in data["sections"]:
        lines = "".join(
            f'<li class="{escape(line["op"])}">{escape(line["text"])}</li>'
            for line in section["lines"]
        )
        items.append(f"<section><h2>{escape(section['title'])}</h2><ul>{lines}</ul></section>")
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    title = escape(picture.title)
    return (
        f'<!DOCTYPE html>\n<html lang="{picture.words.language}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>body{{font-family:{FONT_FAMILY};margin:24px;color:#1d2430}}"
        "svg{max-width:100%;height:auto}li.added{color:#1e8e3e}li.removed{color:#c5221f}"
        "li.changed{color:#b06000}li.moved{color:#1a73e8}</style></head><body>"
        f'<h1>{title}</h1>{_svg(picture)}<div id="changes">{"".join(items)}</div>'
        f'<script type="application/json" id="compare-data">{payload}</script></body></html>\n'
    )


def render_picture(
    diff: MapDiff, found: Effects, suffix: str, names: tuple[str, str], dpi: int = PNG_DPI
) -> bytes:
    """The compare picture's bytes for ``suffix`` (.svg, .png, .pdf or .html)."""
    with gc_paused():
        picture = _Picture(diff, found, names)
        if suffix == ".png":
            return _png(picture, dpi)
        if suffix == ".pdf":
            return _pdf(picture)
        text = _html(picture) if suffix == ".html" else _svg(picture)
    return text.encode("utf-8")


def write_picture(diff: MapDiff, found: Effects, out: Path, old: str, new: str) -> None:
    """Draw the compare to ``out`` atomically (format from its suffix)."""
    write_atomic(out, render_picture(diff, found, out.suffix.lower(), (old, new)))
