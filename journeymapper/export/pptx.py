"""PowerPoint export: the deck's slides as native, editable PowerPoint.

Each slide draws with ``PptxPainter`` from the same slide drawing as the PDF deck; titles
sit in the title placeholder of a "Title Only" (or "Title Slide") layout, cards, lanes and
stage headers are groups, and emotion curves are native line charts (``pptx_chart``). The
package says what it is: a 16:9 slide size, core properties from the map (title, author,
language; cleaned and cut to 255 characters), JourneyMapper as the application, a
thumbnail of the first slide, and speaker notes with every detail the view shows
(``pptx_notes``). The package is written as text (``pptx_package``), not through
python-pptx's object model, which cost more than the drawing on a big deck.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Hashable
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image

from .. import __version__
from ..io.atomic import write_atomic
from ..layout import get_theme
from ..layout.slides import SLIDE_H, SLIDE_W, SlidePage
from ..model import JourneyMap
from ..render.painter import hex_rgb
from ..render.slide_render import paint_page
from .gcpause import gc_paused
from .options import ExportOptions
from .pptx_chart import chart_frame, chart_workbook, chart_xml
from .pptx_notes import shown_in_view, slide_notes
from .pptx_package import DeckPackage
from .pptx_page import paint_pptx_page
from .pptx_shapes import Drawn, PptxPainter
from .pptx_text import clean_multiline, core_property
from .raster import PillowPainter
from .resolve import layout_options
from .slides import slide_pages

SLIDE_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    '<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/>'
    "</p:nvGrpSpPr><p:grpSpPr/>"
)
SLIDE_TAIL = "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
THUMBNAIL_WIDTH = 256
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
CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title>'
    "<dc:subject></dc:subject><dc:creator>{author}</dc:creator><cp:keywords></cp:keywords>"
    "<dc:description>{comments}</dc:description><cp:lastModifiedBy>{author}</cp:lastModifiedBy>"
    '<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{now}'
    '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
    "<cp:category></cp:category><dc:language>{language}</dc:language>"
    "<cp:lastPrinted>{now}</cp:lastPrinted></cp:coreProperties>"
)


def app_version() -> str:
    """Our version in the ``XX.YYYY`` form Office expects (0.1.0 → 00.0100)."""
    numbers = [int(part) if part.isdigit() else 0 for part in __version__.split(".")[:3]]
    major, minor, patch = (numbers + [0, 0, 0])[:3]
    return f"{major % 100:02d}.{minor % 100:02d}{patch % 100:02d}"


def _core(journey: JourneyMap) -> str:
    """The core properties: title, author, language and description, cleaned and cut."""
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return CORE_XML.format(
        title=escape(core_property(journey.title)),
        author=escape(core_property(journey.author)),
        comments=escape(core_property(journey.description)),
        language=escape(journey.language.value),
        now=now,
    )


def _thumbnail(first: SlidePage, theme: str) -> bytes:
    """The first slide, drawn small, as the package thumbnail file browsers show."""
    scale = THUMBNAIL_WIDTH / SLIDE_W
    size = (THUMBNAIL_WIDTH, round(SLIDE_H * scale))
    image = Image.new("RGB", size, hex_rgb(get_theme(theme).background))
    paint_page(PillowPainter(image, scale), first)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def render_pptx(journey: JourneyMap, options: ExportOptions) -> bytes:
    pages = slide_pages(journey, options)
    language = journey.language.value
    shown = shown_in_view(journey, layout_options(journey, options))
    drawn: dict[Hashable, Drawn] = {}  # what recurs from slide to slide (the legend)
    out = io.BytesIO()
    with DeckPackage(out) as package:
        for page in pages:
            cover = page.kind == "title"
            painter = PptxPainter(language, SLIDE_W, centred_title=cover, drawn=drawn)
            paint_pptx_page(painter, page, (SLIDE_W, SLIDE_H), journey.description)
            notes = slide_notes(journey, shown, page) if not page.continued else ""
            shapes = painter.shapes()
            charts = []
            for request in painter.charts:
                charts.append(
                    package.add_chart(chart_xml(request, language), chart_workbook(request))
                )
                frame = chart_frame(request, f"rId{len(charts) + 1}")
                shapes = shapes.replace(request.key, frame)
            lines = clean_multiline(notes) if notes.strip() else None
            package.add_slide(SLIDE_HEAD + shapes + SLIDE_TAIL, cover, charts, lines)
        app = APP_XML.format(slides=len(pages), notes=package.notes, version=app_version())
        package.close(_core(journey), app, _thumbnail(pages[0], options.theme) if pages else None)
    return out.getvalue()


def export_pptx(journey: JourneyMap, path: Path, options: ExportOptions) -> list[str]:
    """Write the PowerPoint deck atomically; returns notes for the user (none)."""
    with gc_paused():
        data = render_pptx(journey, options)
    write_atomic(path, data)
    return []
