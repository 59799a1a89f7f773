"""PowerPoint export with python-pptx: the PDF deck as native, editable shapes and text boxes.

Every card, cell, curve and arrow is a native shape (rectangles, ovals and
freeforms; the emotion curves are freeform lines), every line of text its own
text box in DejaVu Sans. Full texts of shortened cards go into the speaker notes
of their stage slide and onto the appendix slides.
"""

from __future__ import annotations

import io
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Emu, Pt

from ..io.atomic import write_atomic
from ..layout.text import measure
from ..model import JourneyMap
from .deck import build_deck
from .options import ExportOptions
from .painter import Point, hex_rgb
from .pdf import deck_context
from .slides import SLIDE_H, SLIDE_W, appendix_pages, draw_slide

FONT = "DejaVu Sans"
EMU_PER_PT = 12700
MIN_TEXT = 1.0


def _emu(value: float) -> Emu:
    return Emu(round(value * EMU_PER_PT))


def _rgb(colour: str) -> RGBColor:
    return RGBColor(*hex_rgb(colour))  # type: ignore[no-untyped-call]


class PptxPainter:
    """Adds native shapes to one slide; coordinates are points from the top left."""

    def __init__(self, slide: object) -> None:
        self.shapes = slide.shapes  # type: ignore[attr-defined]

    def _style(
        self,
        shape: object,
        fill: str | None,
        stroke: str | None,
        width: float,
        dash: tuple[float, ...] = (),
    ) -> None:
        if fill:
            shape.fill.solid()  # type: ignore[attr-defined]
            shape.fill.fore_color.rgb = _rgb(fill)  # type: ignore[attr-defined]
        else:
            shape.fill.background()  # type: ignore[attr-defined]
        line = shape.line  # type: ignore[attr-defined]
        if stroke:
            line.color.rgb = _rgb(stroke)
            line.width = _emu(max(width, 0.25))
            if dash:
                line.dash_style = MSO_LINE_DASH_STYLE.DASH
        else:
            line.fill.background()
        shape.shadow.inherit = False  # type: ignore[attr-defined]

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: str | None,
        stroke: str | None,
        width: float = 1.0,
        radius: float = 0.0,
    ) -> None:
        kind = MSO_SHAPE.ROUNDED_RECTANGLE if radius > 0 else MSO_SHAPE.RECTANGLE
        shape = self.shapes.add_shape(kind, _emu(x), _emu(y), _emu(max(w, 0.1)), _emu(max(h, 0.1)))
        if radius > 0 and min(w, h) > 0:
            shape.adjustments[0] = min(0.5, radius / min(w, h))
        self._style(shape, fill, stroke, width)

    def _freeform(self, points: list[Point], close: bool) -> object:
        builder = self.shapes.build_freeform(_emu(points[0][0]), _emu(points[0][1]), scale=1.0)
        builder.add_line_segments([(_emu(x), _emu(y)) for x, y in points[1:]], close=close)
        return builder.convert_to_shape()

    def polyline(
        self, points: list[Point], colour: str, width: float, dash: tuple[float, ...] = ()
    ) -> None:
        if len(points) < 2:
            return
        self._style(self._freeform(points, False), None, colour, width, dash)

    def polygon(
        self, points: list[Point], fill: str | None, stroke: str | None = None, width: float = 1.0
    ) -> None:
        self._style(self._freeform(points, True), fill, stroke, width)

    def circle(
        self, x: float, y: float, r: float, fill: str | None, stroke: str | None, width: float = 1.0
    ) -> None:
        shape = self.shapes.add_shape(
            MSO_SHAPE.OVAL, _emu(x - r), _emu(y - r), _emu(2 * r), _emu(2 * r)
        )
        self._style(shape, fill, stroke, width)

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool, colour: str
    ) -> None:
        if size < MIN_TEXT or not text:
            return
        width = measure(text, size, bold) * 1.04 + 2
        top = baseline - size * 0.93
        box = self.shapes.add_textbox(_emu(x), _emu(top), _emu(width), _emu(size * 1.2))
        frame = box.text_frame
        frame.word_wrap = False
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        run = frame.paragraphs[0].add_run()
        run.text = text
        run.font.name = FONT
        run.font.size = Pt(round(size * 2) / 2)
        run.font.bold = bold
        run.font.color.rgb = _rgb(colour)


def render_pptx(journey: JourneyMap, options: ExportOptions) -> bytes:
    ctx = deck_context(journey, options)
    deck = Presentation()
    deck.slide_width, deck.slide_height = _emu(SLIDE_W), _emu(SLIDE_H)
    deck.core_properties.title = journey.title
    deck.core_properties.author = journey.author
    deck.core_properties.language = journey.language.value
    blank = deck.slide_layouts[6]
    number = 0
    for slide in build_deck(journey, ctx.layout, ctx.options):
        pages = appendix_pages(ctx) if slide.kind == "appendix" else [[]]
        for page in pages:
            number += 1
            target = deck.slides.add_slide(blank)
            draw_slide(PptxPainter(target), slide, ctx, number, page)
            if slide.notes:
                target.notes_slide.notes_text_frame.text = slide.notes
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def export_pptx(journey: JourneyMap, path: Path, options: ExportOptions) -> list[str]:
    """Write the PowerPoint deck atomically; returns notes for the user (none)."""
    write_atomic(path, render_pptx(journey, options))
    return []
