"""PowerPoint export with python-pptx: the PDF deck as native, editable shapes and text boxes.

Every card, cell, curve and arrow is a native shape (rectangles and freeforms; each
emotion curve is one freeform of smooth Bézier pieces), every card, cell and paragraph
ONE text box in DejaVu Sans with a paragraph per line (see ``pptx_shapes``). Full
texts of shortened cards go into the speaker notes of their stage slide and onto the
appendix slides.
"""

from __future__ import annotations

import io
from pathlib import Path

from pptx import Presentation
from pptx.parts.slide import SlidePart
from pptx.slide import Slide as PptxSlide
from pptx.util import Emu

from ..io.atomic import write_atomic
from ..io.safe_text import xml_clean
from ..model import JourneyMap
from .deck import build_deck
from .gcpause import gc_paused
from .options import ExportOptions
from .pptx_shapes import EMU, PptxPainter
from .slides import SLIDE_H, SLIDE_W, appendix_pages, deck_context, draw_slide

XML_DECLARATION = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
# A blank slide as python-pptx makes it (layout 6 has no placeholders), shapes go between.
SLIDE_HEAD = (
    '<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/>'
    "</p:nvGrpSpPr><p:grpSpPr/>"
)
SLIDE_TAIL = "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"


class _RawSlidePart(SlidePart):
    """A slide part saved from XML text we wrote, never parsed into an element tree.

    A 1,000-card deck is ~100,000 XML elements; as lxml trees they cost hundreds of MB.
    """

    raw = b""

    @property
    def blob(self) -> bytes:
        return self.raw

    @blob.setter
    def blob(self, value: bytes) -> None:
        self.raw = value


def _fill(slide: PptxSlide, shapes: str) -> None:
    """Give the new blank ``slide`` its shapes (its notes must be written already)."""
    part = slide.part
    part.__class__ = _RawSlidePart
    assert isinstance(part, _RawSlidePart)
    part.raw = (XML_DECLARATION + SLIDE_HEAD + shapes + SLIDE_TAIL).encode("utf-8")


def render_pptx(journey: JourneyMap, options: ExportOptions) -> bytes:
    ctx = deck_context(journey, options)
    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(round(SLIDE_W * EMU)), Emu(round(SLIDE_H * EMU))
    deck.core_properties.title = xml_clean(journey.title)[:255]  # the property's limit
    deck.core_properties.author = xml_clean(journey.author)[:255]
    deck.core_properties.language = journey.language.value
    blank = deck.slide_layouts[6]
    number = 0
    for slide in build_deck(journey, ctx.layout, ctx.options):
        pages = appendix_pages(ctx) if slide.kind == "appendix" else [[]]
        for page in pages:
            number += 1
            target = deck.slides.add_slide(blank)
            painter = PptxPainter(journey.language.value)
            draw_slide(painter, slide, ctx, number, page)
            if slide.notes:
                target.notes_slide.notes_text_frame.text = xml_clean(slide.notes)
            _fill(target, painter.shapes())
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def export_pptx(journey: JourneyMap, path: Path, options: ExportOptions) -> list[str]:
    """Write the PowerPoint deck atomically; returns notes for the user (none)."""
    with gc_paused():
        data = render_pptx(journey, options)
    write_atomic(path, data)
    return []
