"""PDF export with reportlab: vector shapes, selectable text, the bundled DejaVu fonts embedded.

Two layouts. ``slides`` (the default for ``.pdf``, because stakeholders read decks) is
a 16:9 deck: title, the whole map, a slide per stage or group of stages, the ranked
pain points and opportunities, a slide per persona and an appendix with every text
the map had to shorten. ``poster`` puts the whole map with title and legend on one
landscape page (``--page A4|A3|A2|A1|16:9``), scaled to fit. Both carry the map's
title and author as metadata and one bookmark per stage.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from ..io.atomic import write_atomic
from ..layout import compute_layout, get_theme
from ..layout.fonts import font_name, register_fonts
from ..model import JourneyMap
from ..render.draw_map import persona_colours
from .deck import build_deck
from .gcpause import gc_paused
from .options import ExportOptions
from .pdf_painter import PdfPainter, TextCache
from .poster import draw_poster_page
from .resolve import layout_options
from .slides import SLIDE_H, SLIDE_W, appendix_pages, deck_context, draw_slide

DEFAULT_LAYOUT = "slides"
MM = 72 / 25.4
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (297 * MM, 210 * MM),
    "A3": (420 * MM, 297 * MM),
    "A2": (594 * MM, 420 * MM),
    "A1": (841 * MM, 594 * MM),
    "16:9": (SLIDE_W, SLIDE_H),
}
PAGE_MARGIN = 18.0


def _canvas(journey: JourneyMap, out: io.BytesIO, size: tuple[float, float]) -> Canvas:
    register_fonts()
    canvas = Canvas(
        out, pagesize=size, pageCompression=1, invariant=1, initialFontName=font_name(False)
    )
    canvas.setTitle(journey.title)
    canvas.setAuthor(journey.author)
    canvas.setSubject(journey.description[:500])
    canvas.setCreator("JourneyMapper")
    return canvas


def render_poster(journey: JourneyMap, options: ExportOptions) -> bytes:
    theme = get_theme(options.theme)
    layout = compute_layout(journey, layout_options(journey, options))
    width, height = PAGE_SIZES[options.page]
    out = io.BytesIO()
    canvas = _canvas(journey, out, (width, height))
    painter = PdfPainter(canvas, height)
    if not options.transparent:
        painter.rect(0, 0, width, height, theme.background, None, 0)
    colours = persona_colours(journey, theme)
    place = draw_poster_page(painter, journey, layout, theme, colours, (width, height), PAGE_MARGIN)
    for header in layout.stage_headers:
        key = f"stage-{header.stage_id}"
        left = place.x + header.rect.x * place.scale
        top = height - (place.y + header.rect.y * place.scale)
        canvas.bookmarkPage(key, fit="XYZ", left=left, top=top + 10)
        canvas.addOutlineEntry(journey.stage(header.stage_id).name, key, level=0)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def render_slides(journey: JourneyMap, options: ExportOptions) -> bytes:
    ctx = deck_context(journey, options)
    out = io.BytesIO()
    canvas = _canvas(journey, out, (SLIDE_W, SLIDE_H))
    number = 0
    texts: TextCache = {}
    for index, slide in enumerate(build_deck(journey, ctx.layout, ctx.options)):
        pages = appendix_pages(ctx) if slide.kind == "appendix" else [[]]
        for page in pages:
            number += 1
            draw_slide(PdfPainter(canvas, SLIDE_H, texts), slide, ctx, number, page)
            if page is pages[0]:
                key = f"slide-{index}"
                canvas.bookmarkPage(key)
                canvas.addOutlineEntry(slide.title, key, level=0)
                for stage_id in slide.stage_ids if len(slide.stage_ids) > 1 else ():
                    canvas.addOutlineEntry(journey.stage(stage_id).name, key, level=1)
            canvas.showPage()
    canvas.save()
    return out.getvalue()


def export_pdf(journey: JourneyMap, path: Path, options: ExportOptions) -> list[str]:
    """Write the PDF deck (or poster) atomically; returns notes for the user."""
    layout = options.layout or DEFAULT_LAYOUT
    options = dataclasses.replace(options, layout=layout)
    layout_options(journey, options)  # refuse unknown names before any work
    with gc_paused():
        data = (
            render_poster(journey, options)
            if layout == "poster"
            else render_slides(journey, options)
        )
    write_atomic(path, data)
    return []
