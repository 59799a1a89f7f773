"""PowerPoint export with python-pptx: the deck's slides as native, editable PowerPoint.

Each slide draws with ``PptxPainter`` from the same slide drawing as the PDF deck; titles
sit in the title placeholder of a "Title Only" (or "Title Slide") layout, cards, lanes and
stage headers are groups, and emotion curves are native line charts (``pptx_chart``). The
package says what it is: a 16:9 slide size, core properties from the map (title, author,
language; cleaned and cut to 255 characters), JourneyMapper as the application, a
thumbnail of the first slide, and speaker notes with every detail the view shows
(``pptx_notes``).
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.parts.slide import SlidePart
from pptx.presentation import Presentation as Deck
from pptx.slide import Slide as PptxSlide
from pptx.slide import SlideLayout
from pptx.util import Emu, Pt

from .. import __version__
from ..io.atomic import write_atomic
from ..io.safe_text import xml_text
from ..layout import compute_layout, get_theme
from ..layout.slides import SLIDE_H, SLIDE_W, SlidePage
from ..model import JourneyMap
from ..render.painter import hex_rgb
from ..render.slide_render import paint_page
from .gcpause import gc_paused
from .options import ExportOptions
from .pptx_chart import add_chart
from .pptx_groups import PptxGroups
from .pptx_notes import slide_notes
from .pptx_page import paint_pptx_page
from .pptx_shapes import EMU, PptxPainter
from .pptx_text import clean_multiline, core_property
from .raster import PillowPainter
from .resolve import layout_options
from .slides import slide_pages

XML_DECLARATION = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
SLIDE_HEAD = (
    '<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    '<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/>'
    "</p:nvGrpSpPr><p:grpSpPr/>"
)
SLIDE_TAIL = "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
TITLE_LAYOUT, TITLE_ONLY_LAYOUT = 0, 5  # in python-pptx's default template
TEMPLATE_WIDTH = 9144000  # the template's 4:3 width in EMU; 16:9 keeps its height
THUMBNAIL_WIDTH = 256
TITLE_MARGIN = 40.0  # where the slide layout puts page titles
APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<TotalTime>0</TotalTime><Application>JourneyMapper</Application>"
    "<PresentationFormat>Widescreen</PresentationFormat><Slides>{slides}</Slides>"
    "<Notes>{notes}</Notes><HiddenSlides>0</HiddenSlides><ScaleCrop>false</ScaleCrop>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>{version}</AppVersion></Properties>"
)


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
    """Give the new ``slide`` its shapes (its notes and charts must be made already)."""
    part = slide.part
    part.__class__ = _RawSlidePart
    assert isinstance(part, _RawSlidePart)
    part.raw = (XML_DECLARATION + SLIDE_HEAD + shapes + SLIDE_TAIL).encode("utf-8")


NOTES_PARTNAME = "/ppt/notesSlides/notesSlide%d.xml"
# parts the template has none of and the deck only adds, so each is numbered by a counter
COUNTED_PARTS = (
    NOTES_PARTNAME, "/ppt/charts/chart%d.xml", "/ppt/embeddings/Microsoft_Excel_Sheet%d.xlsx"
)
FIRST_SLIDE_ID = 256  # the lowest slide id PowerPoint allows


def _add_slide(deck: Deck, layout: SlideLayout, number: int) -> PptxSlide:
    """``deck.slides.add_slide(layout)`` for slide ``number`` of a new deck, in constant time.

    python-pptx scans every slide id and relationship for each new slide (quadratic: a third
    of a 2,000-slide deck's time) and copies the layout's placeholders, which ``_fill`` replaces.
    """
    part = deck.part
    partname = PackURI(f"/ppt/slides/slide{number}.xml")
    slide_part = SlidePart.new(partname, part.package, layout.part)  # type: ignore[no-untyped-call]
    rid = part._rels._add_relationship(RT.SLIDE, slide_part)  # noqa: SLF001 - a new part
    slide_ids = part._element.get_or_add_sldIdLst()  # noqa: SLF001
    slide_ids._add_sldId(id=FIRST_SLIDE_ID - 1 + number, rId=rid)  # noqa: SLF001
    slide: PptxSlide = slide_part.slide
    return slide


def _set_notes(slide: PptxSlide, text: str) -> None:
    """``slide``'s speaker notes: one paragraph a line, as ``notes_text_frame.text = text``
    writes them, but parsed in one piece rather than element by element."""
    frame = slide.notes_slide.notes_text_frame
    assert frame is not None  # python-pptx's notes master always has the body placeholder
    body = frame._txBody  # noqa: SLF001
    body.clear_content()  # type: ignore[no-untyped-call]
    paragraphs = "".join(
        f"<a:p><a:r><a:t>{xml_text(line)}</a:t></a:r></a:p>" if line else "<a:p/>"
        for line in text.split("\n")
    )
    body.extend(parse_xml(f"<a:txBody {nsdecls('a')}>{paragraphs}</a:txBody>"))


def _number_notes_in_order(deck: Deck) -> None:
    """Name notes slides (and charts and their workbooks) 1, 2, 3… without python-pptx's walk
    over every part for each new one.

    That walk made adding notes quadratic: a 2,000-slide deck spent minutes in it.
    """
    package = deck.part.package
    original = package.next_partname
    counts = {template: itertools.count(1) for template in COUNTED_PARTS}

    def next_partname(tmpl: str) -> PackURI:
        count = counts.get(tmpl)
        return PackURI(tmpl % next(count)) if count is not None else original(tmpl)

    package.next_partname = next_partname  # type: ignore[method-assign]


def app_version() -> str:
    """Our version in the ``XX.YYYY`` form Office expects (0.1.0 → 00.0100)."""
    numbers = [int(part) if part.isdigit() else 0 for part in __version__.split(".")[:3]]
    major, minor, patch = (numbers + [0, 0, 0])[:3]
    return f"{major % 100:02d}.{minor % 100:02d}{patch % 100:02d}"


def _widescreen(deck: Deck) -> None:
    """16:9 slides (13.33 × 7.5 in), the template's masters and layouts stretched to match."""
    deck.slide_width, deck.slide_height = Emu(round(SLIDE_W * EMU)), Emu(round(SLIDE_H * EMU))
    size = deck.part._element.find(qn("p:sldSz"))  # noqa: SLF001
    if size is not None and "type" in size.attrib:
        del size.attrib["type"]  # "screen4x3" would contradict the size; absent means custom
    factor = round(SLIDE_W * EMU) / TEMPLATE_WIDTH
    master = deck.slide_master
    for element in (master._element, *(layout._element for layout in deck.slide_layouts)):  # noqa: SLF001
        for off in element.iter(qn("a:off")):
            off.set("x", str(round(int(off.get("x", "0")) * factor)))
        for ext in element.iter(qn("a:ext")):
            if ext.get("cx") is not None:
                ext.set("cx", str(round(int(ext.get("cx", "0")) * factor)))
    titles = [*master.shapes, *deck.slide_layouts[TITLE_ONLY_LAYOUT].shapes]
    for shape in titles:
        if shape.is_placeholder and shape.placeholder_format.type == PP_PLACEHOLDER.TITLE:
            # where our slides draw their titles, so "Reset slide" keeps them in place
            shape.left, shape.top = Pt(TITLE_MARGIN), Pt(20)
            shape.width, shape.height = Pt(SLIDE_W - 2 * TITLE_MARGIN), Pt(36)


def _properties(deck: Deck, journey: JourneyMap, slides: int, notes: int) -> None:
    props = deck.core_properties
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.title = core_property(journey.title)
    props.author = core_property(journey.author)
    props.last_modified_by = core_property(journey.author)
    props.language = journey.language.value
    props.subject = ""
    props.comments = core_property(journey.description)
    props.keywords = ""
    props.category = ""
    props.revision = 1
    props.created = props.modified = now
    props.last_printed = now
    app = next(p for p in deck.part.package.iter_parts() if p.partname == "/docProps/app.xml")
    app._blob = APP_XML.format(  # noqa: SLF001
        slides=slides, notes=notes, version=app_version()
    ).encode("utf-8")


def _thumbnail(deck: Deck, first: SlidePage, theme: str) -> None:
    """The first slide, drawn small, as the package thumbnail file browsers show."""
    scale = THUMBNAIL_WIDTH / SLIDE_W
    size = (THUMBNAIL_WIDTH, round(SLIDE_H * scale))
    image = Image.new("RGB", size, hex_rgb(get_theme(theme).background))
    paint_page(PillowPainter(image, scale), first)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    package = deck.part.package
    old = next((p for p in package.iter_parts() if p.partname == "/docProps/thumbnail.jpeg"), None)
    if old is not None:
        old._blob = out.getvalue()  # noqa: SLF001
        return
    part = Part(PackURI("/docProps/thumbnail.jpeg"), "image/jpeg", package, out.getvalue())
    package.relate_to(part, RT.THUMBNAIL)


def render_pptx(journey: JourneyMap, options: ExportOptions) -> bytes:
    pages = slide_pages(journey, options)
    deck = Presentation()
    _number_notes_in_order(deck)
    _widescreen(deck)
    language = journey.language.value
    shown = compute_layout(journey, layout_options(journey, options))  # what the view shows
    with_notes = 0
    layouts = deck.slide_layouts
    for number, page in enumerate(pages, 1):
        cover = page.kind == "title"
        target = _add_slide(deck, layouts[TITLE_LAYOUT if cover else TITLE_ONLY_LAYOUT], number)
        painter = PptxPainter(language, SLIDE_W, centred_title=cover)
        groups = PptxGroups(painter, journey)
        paint_pptx_page(painter, groups, page, (SLIDE_W, SLIDE_H), journey.description)
        notes = slide_notes(journey, shown, page) if not page.continued else ""
        if notes.strip():
            _set_notes(target, clean_multiline(notes))
            with_notes += 1
        shapes = painter.shapes()
        for request in painter.charts:
            frame = add_chart(target, request, language)
            shapes = shapes.replace(request.key, etree.tostring(frame, encoding="unicode"))
        _fill(target, shapes)
    _properties(deck, journey, len(pages), with_notes)
    if pages:
        _thumbnail(deck, pages[0], options.theme)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def export_pptx(journey: JourneyMap, path: Path, options: ExportOptions) -> list[str]:
    """Write the PowerPoint deck atomically; returns notes for the user (none)."""
    with gc_paused():
        data = render_pptx(journey, options)
    write_atomic(path, data)
    return []
