"""The PowerPoint package written straight into its zip: template parts, then our slides.

python-pptx's object model costs more than drawing a big deck (a part object, a relationship
scan and an element tree per slide, notes slide and chart). Here the parts every deck shares
come from ``pptx_skeleton`` (python-pptx's template, as python-pptx writes it); our slides,
notes slides, charts and their workbooks are written as they come, as text, and the
package's relationships, content types and properties at the end.
"""

from __future__ import annotations

import zipfile
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import IO

from ..io.safe_text import xml_text
from .pptx_skeleton import DEFAULTS, skeleton

QUEUED = 32  # parts waiting to be packed at most, so a slow disk does not fill memory
DEFLATE_LEVEL = 3  # all of zlib's fast levels: a third of level 6's time, ~20 % larger
NS = "http://schemas.openxmlformats.org"
RT = f"{NS}/officeDocument/2006/relationships"
PRT = f"{NS}/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FIRST_SLIDE_ID = 256  # the lowest slide id PowerPoint allows
SLIDE_CT = f"{CT}.presentationml.slide+xml"
CORE_CT = "application/vnd.openxmlformats-package.core-properties+xml"
NOTES_CT = f"{CT}.presentationml.notesSlide+xml"
CHART_CT = f"{CT}.drawingml.chart+xml"


def rels_xml(relationships: list[tuple[str, str]]) -> bytes:
    """A part's relationships file: (type, target) pairs get rId1, rId2…"""
    body = "".join(
        f'<Relationship Id="rId{i}" Type="{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(relationships, 1)
    )
    return (
        f'{XML_HEAD}<Relationships xmlns="{NS}/package/2006/relationships">{body}</Relationships>'
    ).encode()


@dataclass
class DeckPackage:
    """The zip of one deck; parts go in as they are made, ``close`` adds the rest.

    A thread of its own compresses them (zlib lets go of the interpreter meanwhile), so
    the next slide is drawn while the last one is packed. Use it in a ``with`` block.
    """

    stream: IO[bytes]
    zip: zipfile.ZipFile = field(init=False)
    packer: ThreadPoolExecutor = field(init=False)
    queued: deque[Future[None]] = field(default_factory=deque)
    batch: list[tuple[str, str | bytes]] = field(default_factory=list)
    overrides: list[tuple[str, str]] = field(default_factory=list)
    slides: int = 0
    charts: int = 0
    notes: int = 0

    def __post_init__(self) -> None:
        self.zip = zipfile.ZipFile(
            self.stream, "w", zipfile.ZIP_DEFLATED, compresslevel=DEFLATE_LEVEL
        )
        self.packer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pptx-zip")

    def __enter__(self) -> DeckPackage:
        return self

    def __exit__(self, *error: object) -> None:
        self.packer.shutdown(wait=True, cancel_futures=True)

    def _pack(self, name: str, data: str | bytes) -> None:
        """Member ``name`` into the zip, in order, with the next batch (``_send``)."""
        self.batch.append((name, data))

    def _send(self) -> None:
        """The members packed since the last batch, to the packing thread."""
        batch, self.batch = self.batch, []
        self.queued.append(self.packer.submit(self._write_all, batch))
        while len(self.queued) > QUEUED or (self.queued and self.queued[0].done()):
            self.queued.popleft().result()  # raises what packing it raised

    def _write_all(self, batch: list[tuple[str, str | bytes]]) -> None:
        for name, data in batch:
            self.zip.writestr(name, data)

    def write(self, name: str, content_type: str, data: bytes) -> None:
        """Part ``name`` (a member name, no leading slash) with its content type."""
        self._pack(name, data)
        if DEFAULTS.get(name.rsplit(".", 1)[-1]) != content_type:
            self.overrides.append((name, content_type))

    def add_chart(self, chart_xml: str, workbook: bytes) -> str:
        """A chart part and its embedded workbook; returns the chart's target from a slide."""
        self.charts += 1
        n = self.charts
        self.write(f"ppt/charts/chart{n}.xml", CHART_CT, chart_xml.encode("utf-8"))
        self.write(
            f"ppt/charts/_rels/chart{n}.xml.rels",
            DEFAULTS["rels"],
            rels_xml([(f"{RT}/package", f"../embeddings/Microsoft_Excel_Sheet{n}.xlsx")]),
        )
        self.write(f"ppt/embeddings/Microsoft_Excel_Sheet{n}.xlsx", DEFAULTS["xlsx"], workbook)
        return f"../charts/chart{n}.xml"

    def add_slide(self, xml: str, cover: bool, charts: list[str], notes: str | None) -> None:
        """The next slide (its chart targets in rId2…, as its XML refers to them) and its
        notes slide, a paragraph a line of ``notes``, when they are not None."""
        base = skeleton()
        self.slides += 1
        n = self.slides
        name = f"ppt/slides/slide{n}.xml"
        self.write(name, SLIDE_CT, xml.encode("utf-8"))
        relationships = [(f"{RT}/slideLayout", base.layouts[0 if cover else 1])]
        relationships += [(f"{RT}/chart", target) for target in charts]
        if notes is not None:
            self.notes += 1
            k = self.notes
            relationships.append((f"{RT}/notesSlide", f"../notesSlides/notesSlide{k}.xml"))
            body = "".join(
                f"<a:p><a:r><a:t>{line}</a:t></a:r></a:p>" if line else "<a:p/>"
                for line in xml_text(notes).split("\n")
            )
            head, tail = base.notes
            self.write(
                f"ppt/notesSlides/notesSlide{k}.xml", NOTES_CT, (head + body + tail).encode()
            )
            self.write(
                f"ppt/notesSlides/_rels/notesSlide{k}.xml.rels",
                DEFAULTS["rels"],
                rels_xml(
                    [(f"{RT}/notesMaster", base.notes_master), (f"{RT}/slide", f"../{name[4:]}")]
                ),
            )
        self.write(f"ppt/slides/_rels/slide{n}.xml.rels", DEFAULTS["rels"], rels_xml(relationships))
        self._send()

    def close(self, core: str, app: str, thumbnail: bytes | None) -> None:
        """The template's parts, the presentation with its slide list, the properties, the
        package's relationships and content types."""
        base = skeleton()
        for name, content_type, data in base.parts + (base.notes_parts if self.notes else ()):
            self.write(name, content_type, data)
        relationships = [xml for of_notes, xml in base.relationships if self.notes or not of_notes]
        first = max(int(xml.split('"rId')[1].split('"')[0]) for xml in relationships) + 1
        ids = "".join(
            f'<p:sldId id="{FIRST_SLIDE_ID + i}" r:id="rId{first + i}"/>'
            for i in range(self.slides)
        )
        head, tail = base.presentation
        self.write(
            "ppt/presentation.xml",
            f"{CT}.presentationml.presentation.main+xml",
            (head + (f"<p:sldIdLst>{ids}</p:sldIdLst>" if ids else "") + tail).encode(),
        )
        slides = "".join(
            f'<Relationship Id="rId{first + i}" Type="{RT}/slide" '
            f'Target="slides/slide{i + 1}.xml"/>'
            for i in range(self.slides)
        )
        self.write(
            "ppt/_rels/presentation.xml.rels",
            DEFAULTS["rels"],
            (
                f'{XML_HEAD}<Relationships xmlns="{PRT}">'
                + "".join(relationships)
                + slides
                + "</Relationships>"
            ).encode(),
        )
        self.write("docProps/core.xml", CORE_CT, core.encode())
        self.write("docProps/app.xml", f"{CT}.extended-properties+xml", app.encode())
        package = [
            (f"{RT}/officeDocument", "ppt/presentation.xml"),
            (f"{PRT}/metadata/core-properties", "docProps/core.xml"),
            (f"{RT}/extended-properties", "docProps/app.xml"),
        ]
        if thumbnail is not None:
            self.write("docProps/thumbnail.jpeg", "image/jpeg", thumbnail)
            package.append((f"{PRT}/metadata/thumbnail", "docProps/thumbnail.jpeg"))
        self.write("_rels/.rels", DEFAULTS["rels"], rels_xml(package))
        defaults = "".join(
            f'<Default Extension="{ext}" ContentType="{ct}"/>' for ext, ct in DEFAULTS.items()
        )
        overrides = "".join(
            f'<Override PartName="/{name}" ContentType="{ct}"/>' for name, ct in self.overrides
        )
        self._pack(
            "[Content_Types].xml",
            f'{XML_HEAD}<Types xmlns="{NS}/package/2006/content-types">{defaults}{overrides}'
            "</Types>",
        )
        self._send()
        self.queued.append(self.packer.submit(self.zip.close))
        while self.queued:
            self.queued.popleft().result()
