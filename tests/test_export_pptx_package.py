"""The PowerPoint package as Office opens it: typed parts, resolvable links, unique ids, and
chart data a spreadsheet opens ("Edit Data")."""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path

import openpyxl
import pytest
from lxml import etree

from journeymapper.export.options import ExportOptions
from journeymapper.export.pptx import export_pptx
from journeymapper.export.pptx_skeleton import build_skeleton, skeleton
from journeymapper.model import JourneyMap
from journeymapper.templates import build_template

CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
FOLDERS = {  # where each kind of part lives and the end of its content type
    "ppt/slides/": "presentationml.slide+xml",
    "ppt/notesSlides/": "presentationml.notesSlide+xml",
    "ppt/charts/": "drawingml.chart+xml",
    "ppt/embeddings/": "spreadsheetml.sheet",
    "ppt/slideLayouts/": "presentationml.slideLayout+xml",
    "ppt/presentation.xml": "presentationml.presentation.main+xml",
}


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("package") / "deck.pptx"
    export_pptx(build_template("e-shop", "en"), out, ExportOptions())
    return out


def _rels_of(name: str) -> str:
    folder, base = posixpath.split(name)
    return posixpath.join(folder, "_rels", base + ".rels")


@pytest.mark.parametrize("empty", [False, True])
def test_every_part_is_typed_and_every_link_resolves(deck: Path, tmp_path: Path, empty: bool):
    path = deck
    if empty:
        path = tmp_path / "empty.pptx"
        export_pptx(JourneyMap("Empty"), path, ExportOptions())
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
        names = package.namelist()
        assert len(names) == len(set(names))
        types = etree.fromstring(package.read("[Content_Types].xml"))
        defaults = {e.get("Extension"): e.get("ContentType") for e in types.iter(f"{CT}Default")}
        overrides = {e.get("PartName"): e.get("ContentType") for e in types.iter(f"{CT}Override")}
        assert {name.lstrip("/") for name in overrides} <= set(names)  # no type for a ghost
        for name in names:
            kind = overrides.get(f"/{name}") or defaults.get(name.rsplit(".", 1)[-1])
            if name.endswith(".xml") and name != "[Content_Types].xml":
                assert kind and kind.endswith("+xml"), name  # not plain application/xml
            for folder, ending in FOLDERS.items():
                if name.startswith(folder) and "/_rels/" not in name:
                    assert kind and kind.endswith(ending), (name, kind)
            if name != "[Content_Types].xml":
                assert kind, name
        linked = 0
        for name in (n for n in names if n.endswith(".rels")):
            source = name.replace("_rels/", "").removesuffix(".rels")
            for rel in etree.fromstring(package.read(name)).iter(f"{REL}Relationship"):
                target = posixpath.normpath(
                    posixpath.join(posixpath.dirname(source), rel.get("Target"))
                )
                assert target in names, (name, rel.get("Target"))
                linked += 1
            if source and not source.endswith("/"):
                assert source in names, name  # no relationships of a missing part
        assert linked > (10 if empty else 60)


def test_ids_are_unique_per_slide_and_in_the_deck(deck: Path) -> None:
    with zipfile.ZipFile(deck) as package:
        slides = [n for n in package.namelist() if n.startswith("ppt/slides/slide")]
        presentation = etree.fromstring(package.read("ppt/presentation.xml"))
        ids = [int(e.get("id")) for e in presentation.iter(f"{P}sldId")]
        assert len(ids) == len(set(ids)) == len(slides) and min(ids) >= 256
        for name in slides:
            root = etree.fromstring(package.read(name))
            shape_ids = [e.get("id") for e in root.iter(f"{P}cNvPr")]
            assert len(shape_ids) == len(set(shape_ids)) > 5, name


def test_chart_data_opens_as_a_workbook_holding_what_the_chart_shows(deck: Path) -> None:
    with zipfile.ZipFile(deck) as package:
        charts = sorted(n for n in package.namelist() if n.startswith("ppt/charts/chart"))
        assert charts
        for name in charts:
            chart = etree.fromstring(package.read(name))
            rels = etree.fromstring(package.read(_rels_of(name)))
            target = next(rels.iter(f"{REL}Relationship")).get("Target")
            book = package.read(posixpath.normpath(posixpath.join("ppt/charts", target)))
            sheet = openpyxl.load_workbook(io.BytesIO(book)).active
            assert sheet is not None and sheet.title == "Sheet1"
            rows = list(sheet.iter_rows(values_only=True))
            series = list(chart.iter(f"{C}ser"))
            names = [s.find(f"{C}tx").findtext(f".//{C}v") for s in series]
            assert list(rows[0][1:]) == names
            categories = [pt.findtext(f"{C}v") for pt in series[0].find(f"{C}cat").iter(f"{C}pt")]
            assert [row[0] for row in rows[1:]] == categories
            for column, ser in enumerate(series, start=1):
                shown = {
                    int(pt.get("idx")): float(pt.findtext(f"{C}v"))
                    for pt in ser.find(f"{C}val").iter(f"{C}pt")
                }
                cells = {
                    i: row[column] for i, row in enumerate(rows[1:]) if row[column] is not None
                }
                assert cells == shown and shown  # the same points, gaps stay gaps


def test_the_shipped_template_parts_are_what_python_pptx_builds() -> None:
    assert skeleton() == build_skeleton(), "python -m journeymapper.export.pptx_skeleton"
