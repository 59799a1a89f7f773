"""PDF export with reportlab: vector shapes, selectable text, the bundled DejaVu fonts embedded.

Two layouts. ``slides`` (the default for ``.pdf``, because stakeholders read decks) is
the 16:9 deck of ``layout.slides`` (title, overview, a slide per stage, the ranked pain
points and opportunities, a chart per persona, optionally the story), each page one
bookmark. ``poster`` puts the whole map with title and legend on one
landscape page (``--page A4|A3|A2|A1|A0|16:9|auto``), its stages wrapped into rows
that fill the page, optionally tiled onto A4 or A3 sheets (``--tile``). Both carry the map's
title and author as metadata; the poster has one bookmark per stage.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from ..io.atomic import write_atomic
from ..layout import get_theme
from ..layout.fonts import font_name, register_fonts
from ..model import JourneyMap
from ..render.draw_map import persona_colours
from .gcpause import gc_paused
from .options import ExportOptions
from .pdf_painter import GridPdfPainter, PdfPainter, ShapeCache, TextCache
from .poster_page import ISO_PAGES, auto_page, draw_plan, plan_poster
from .reportlab_tuning import install as tune_reportlab
from .resolve import layout_options
from .tiles import draw_tiles

DEFAULT_LAYOUT = "slides"
PAGE_SIZES: dict[str, tuple[float, float]] = {**ISO_PAGES, "16:9": (960.0, 540.0)}  # SLIDE_W × H
PAGE_MARGIN = 18.0


def _canvas(journey: JourneyMap, out: io.BytesIO, size: tuple[float, float]) -> Canvas:
    register_fonts()
    tune_reportlab()
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
    base = layout_options(journey, options)
    if options.page == "auto":
        plan = auto_page(journey, base, theme, PAGE_MARGIN)
    else:
        plan = plan_poster(journey, base, theme, PAGE_SIZES[options.page], PAGE_MARGIN)
    width, height = plan.page
    out = io.BytesIO()
    canvas = _canvas(journey, out, (width, height))
    if options.tile:
        canvas.beginForm("poster", 0, 0, width, height)
    painter = PdfPainter(canvas, height)
    if not options.transparent:
        painter.rect(0, 0, width, height, theme.background, None, 0)
    draw_plan(painter, journey, plan, theme, persona_colours(journey, theme), PAGE_MARGIN)
    if options.tile:
        canvas.endForm()
        draw_tiles(canvas, "poster", (width, height), options.tile, journey.title)
        canvas.save()
        return out.getvalue()
    for layout, x, y in plan.rows:
        for header in layout.stage_headers:
            key = f"stage-{header.stage_id}"
            left = x + header.rect.x * plan.scale
            top = height - (y + header.rect.y * plan.scale)
            canvas.bookmarkPage(key, fit="XYZ", left=left, top=top + 10)
            canvas.addOutlineEntry(journey.stage(header.stage_id).name, key, level=0)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def render_slides(journey: JourneyMap, options: ExportOptions) -> bytes:
    from ..layout.slides import SLIDE_H, SLIDE_W  # the poster loads no slide layout
    from ..render.slide_render import paint_page
    from .slides import slide_pages

    out = io.BytesIO()
    canvas = _canvas(journey, out, (SLIDE_W, SLIDE_H))
    texts: TextCache = {}
    shapes: ShapeCache = {}  # every page repeats the deck's grid: each place formatted once
    for index, page in enumerate(slide_pages(journey, options)):
        paint_page(GridPdfPainter(canvas, SLIDE_H, texts, shapes), page)
        if not page.continued:
            key = f"slide-{index}"
            canvas.bookmarkPage(key)
            canvas.addOutlineEntry(page.title, key, level=0)
            for stage_id in page.stage_ids if len(page.stage_ids) > 1 else ():
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
