"""The parts every PowerPoint deck shares: python-pptx's default template, stretched to 16:9.

The slide master, layouts and themes, the notes master, the presentation part around its
slide list and the XML a notes slide starts from, exactly as python-pptx writes them
(``build_skeleton``). They are kept in ``resources/pptx_skeleton.zip`` so an export reads
them without loading python-pptx; ``python -m journeymapper.export.pptx_skeleton`` writes
that file again, and a test checks it still matches what python-pptx builds.
"""

from __future__ import annotations

import functools
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..layout.slides import SLIDE_H, SLIDE_W
from ..resources import FOLDER
from .pptx_shapes import EMU

CT = "application/vnd.openxmlformats-officedocument"
DEFAULTS = {  # content types by extension: parts named so need no override
    "rels": "application/vnd.openxmlformats-package.relationships+xml",
    "xml": "application/xml",
    "jpeg": "image/jpeg",
    "xlsx": f"{CT}.spreadsheetml.sheet",
}
TEMPLATE_WIDTH = 9144000  # the template's 4:3 width in EMU; 16:9 keeps its height
TITLE_LAYOUT, TITLE_ONLY_LAYOUT = 0, 5  # in python-pptx's default template
TITLE_MARGIN = 40.0  # where the slide layout puts page titles
NOTES_MARKER = "<a:p><a:r><a:t>\ue000</a:t></a:r></a:p>"
RESOURCE = "pptx_skeleton.zip"
STAMP = (2026, 1, 1, 0, 0, 0)  # the resource's member dates, so writing it again is stable


@dataclass(frozen=True)
class Skeleton:
    """What every deck shares, as python-pptx writes it (built once: ``skeleton()``)."""

    parts: tuple[tuple[str, str, bytes], ...]  # (member name, content type, bytes), rels too
    notes_parts: tuple[tuple[str, str, bytes], ...]  # the notes master's, for decks with notes
    presentation: tuple[str, str]  # presentation.xml before and after its slide id list
    relationships: tuple[tuple[bool, str], ...]  # the presentation's own: (of notes, XML)
    layouts: tuple[str, str]  # the cover's and the other slides' layout, as rels targets
    notes_master: str  # the notes master, as a notes slide's rels target
    notes: tuple[str, str]  # a notes slide's XML before and after its paragraphs


def _widescreen(deck: Any) -> None:
    """16:9 slides (13.33 × 7.5 in), the template's masters and layouts stretched to match."""
    from pptx.enum.shapes import PP_PLACEHOLDER
    from pptx.oxml.ns import qn
    from pptx.util import Emu, Pt

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


def _notes_template() -> tuple[str, str]:
    """The XML of a notes slide python-pptx makes (its master's placeholders), around the
    body's paragraphs."""
    from pptx import Presentation

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY_LAYOUT])
    frame = slide.notes_slide.notes_text_frame
    assert frame is not None
    frame.text = "\ue000"
    xml = slide.notes_slide.part.blob.decode("utf-8")
    head, tail = xml.split(NOTES_MARKER)
    return head, tail


def build_skeleton() -> Skeleton:
    """The skeleton as python-pptx makes it (needs python-pptx; ``skeleton()`` reads it)."""
    from pptx import Presentation

    deck = Presentation()
    _widescreen(deck)
    deck.notes_master  # noqa: B018 - made on first use, with its own theme
    presentation = deck.part
    presentation._element.get_or_add_sldIdLst()  # noqa: SLF001
    head, tail = presentation.blob.decode("utf-8").split("<p:sldIdLst/>")
    notes_master = presentation.notes_master_part
    of_notes = {notes_master, *(rel.target_part for rel in notes_master.rels.values())}
    parts: list[tuple[str, str, bytes]] = []
    notes_parts: list[tuple[str, str, bytes]] = []
    for part in presentation.package.iter_parts():
        name = str(part.partname)
        if name == "/ppt/presentation.xml" or name.startswith("/docProps/"):
            continue  # written per deck
        into = notes_parts if part in of_notes else parts
        into.append((part.partname.membername, part.content_type, part.blob))
        if len(part.rels):
            into.append((part.partname.rels_uri.membername, DEFAULTS["rels"], part.rels.xml))
    relationships = tuple(
        (
            rel.reltype.endswith("/notesMaster"),
            f'<Relationship Id="{rel.rId}" Type="{rel.reltype}" Target="{rel.target_ref}"/>',
        )
        for rel in presentation.rels.values()
    )
    layouts = tuple(
        "../" + deck.slide_layouts[i].part.partname.membername.removeprefix("ppt/")
        for i in (TITLE_LAYOUT, TITLE_ONLY_LAYOUT)
    )
    master = "../" + notes_master.partname.membername.removeprefix("ppt/")
    return Skeleton(
        tuple(parts),
        tuple(notes_parts),
        (head, tail),
        relationships,
        (layouts[0], layouts[1]),
        master,
        _notes_template(),
    )


def save_skeleton(skeleton: Skeleton, path: Path) -> None:
    """Write ``skeleton`` as the resource ``skeleton()`` reads."""
    manifest = {
        "parts": [[name, kind] for name, kind, _data in skeleton.parts],
        "notes_parts": [[name, kind] for name, kind, _data in skeleton.notes_parts],
        "presentation": list(skeleton.presentation),
        "relationships": [list(rel) for rel in skeleton.relationships],
        "layouts": list(skeleton.layouts),
        "notes_master": skeleton.notes_master,
        "notes": list(skeleton.notes),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr(zipfile.ZipInfo("skeleton.json", STAMP), json.dumps(manifest, indent=1))
        for name, _kind, data in skeleton.parts + skeleton.notes_parts:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, data)


def _read(data: bytes) -> Skeleton:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        manifest: dict[str, Any] = json.loads(package.read("skeleton.json"))

        def parts(key: str) -> tuple[tuple[str, str, bytes], ...]:
            return tuple((name, kind, package.read(name)) for name, kind in manifest[key])

        return Skeleton(
            parts("parts"),
            parts("notes_parts"),
            (manifest["presentation"][0], manifest["presentation"][1]),
            tuple((bool(notes), str(xml)) for notes, xml in manifest["relationships"]),
            (manifest["layouts"][0], manifest["layouts"][1]),
            manifest["notes_master"],
            (manifest["notes"][0], manifest["notes"][1]),
        )


@functools.cache
def skeleton() -> Skeleton:
    """The shipped skeleton (read once per process)."""
    return _read((Path(FOLDER) / RESOURCE).read_bytes())


if __name__ == "__main__":
    save_skeleton(build_skeleton(), Path(FOLDER) / RESOURCE)
