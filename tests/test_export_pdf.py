"""PDF export read back with pypdf: texts, embedded fonts, pages, sizes, bookmarks, errors."""

from __future__ import annotations

import io
import os
import random
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from journeymapper.export.options import ExportOptions
from journeymapper.export.pdf import PAGE_SIZES, export_pdf
from journeymapper.export.pdf_painter import GridPdfPainter, PdfPainter, ShapeCache
from journeymapper.io.errors import MapFileError
from journeymapper.model import JourneyMap
from journeymapper.templates import build_template
from tests.export_helpers import LV_NAME, RU_NAME, UK_NAME, mixed_map


def fonts_used(reader: PdfReader) -> set[str]:
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None:
                assert "/FontFile2" in descriptor.get_object(), "font is not embedded"
    return names


def all_text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def test_slides_hold_cyrillic_and_latvian_text_in_embedded_dejavu(tmp_path: Path) -> None:
    out = tmp_path / "deck.pdf"
    export_pdf(mixed_map(), out, ExportOptions())
    reader = PdfReader(out)
    text = all_text(reader)
    for name in (LV_NAME, RU_NAME, UK_NAME, "Jānis", "Длинная форма заказа", "Sāpju punkti"):
        assert name in text
    fonts = fonts_used(reader)
    assert fonts and all("DejaVuSans" in f for f in fonts)
    assert not any("Helvetica" in f for f in fonts)
    # title, map, 3 stage slides (the first continued over pages for 10,000 characters),
    # ranking, persona
    assert len(reader.pages) >= 9
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(960)
        assert float(page.mediabox.height) == pytest.approx(540)
    assert reader.metadata is not None
    assert reader.metadata.title == "Kartes nosaukums — Карта"
    assert reader.metadata.author == "Līga Bērziņa"


def test_elided_text_goes_in_full_to_the_appendix(tmp_path: Path) -> None:
    out = tmp_path / "deck.pdf"
    journey = mixed_map()
    export_pdf(journey, out, ExportOptions())
    text = all_text(PdfReader(out)).replace("\n", " ")
    assert text.count("diakritiskām") >= 150  # the whole 10,000 characters, not four lines


def test_bookmarks_per_stage(tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    export_pdf(mixed_map(), out, ExportOptions(layout="poster"))
    titles = [item.title for item in PdfReader(out).outline if not isinstance(item, list)]
    assert titles == [LV_NAME, RU_NAME, UK_NAME]
    deck = tmp_path / "deck.pdf"
    export_pdf(mixed_map(), deck, ExportOptions())
    deck_titles = [i.title for i in PdfReader(deck).outline if not isinstance(i, list)]
    assert LV_NAME in deck_titles and RU_NAME in deck_titles


@pytest.mark.parametrize("page", list(PAGE_SIZES))
def test_poster_is_one_landscape_page_of_the_asked_size(tmp_path: Path, page: str) -> None:
    out = tmp_path / "poster.pdf"
    export_pdf(build_template("e-shop", "uk"), out, ExportOptions(layout="poster", page=page))
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    width, height = PAGE_SIZES[page]
    assert float(box.width) == pytest.approx(width, abs=0.5)
    assert float(box.height) == pytest.approx(height, abs=0.5)
    assert float(box.width) > float(box.height)


def test_forty_stages_on_one_poster(tmp_path: Path) -> None:
    journey = JourneyMap("Forty", language="ru")
    journey.add_lane("touchpoints", "Точки")
    for i in range(40):
        stage = journey.add_stage(f"Этап номер {i + 1} с довольно длинным названием")
        journey.add_touchpoint(stage.id, f"Точка {i + 1}")
    out = tmp_path / "forty.pdf"
    export_pdf(journey, out, ExportOptions(layout="poster", page="A1"))
    text = all_text(PdfReader(out))
    assert "Точка 40" in text and "Этап номер 40" in text


def test_empty_map_makes_a_page_that_says_so(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    export_pdf(JourneyMap("Пусто", language="ru"), out, ExportOptions(layout="poster"))
    assert "Карта пуста" in all_text(PdfReader(out))
    export_pdf(JourneyMap("Tukšs", language="lv"), out, ExportOptions())
    assert "Karte ir tukša" in all_text(PdfReader(out))


@pytest.mark.parametrize("theme", ["light", "print", "projector"])
def test_themes_and_views(tmp_path: Path, theme: str) -> None:
    journey = build_template("e-shop", "ru")
    view = journey.views()[0]
    out = tmp_path / "view.pdf"
    export_pdf(journey, out, ExportOptions(view=view.name, theme=theme))
    text = all_text(PdfReader(out))
    shown = (
        journey.personas()[0].name
        if view.personas is None
        else journey.persona(view.personas[0]).name
    )
    assert shown in text


def test_unknown_view_or_persona_is_a_clear_error(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(MapFileError, match="no saved view named 'Nope'"):
        export_pdf(mixed_map(), out, ExportOptions(view="Nope"))
    with pytest.raises(MapFileError, match="no persona named 'Nobody'"):
        export_pdf(mixed_map(), out, ExportOptions(persona="Nobody"))
    assert not out.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_raises_oserror_and_keeps_the_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    out = folder / "deck.pdf"
    out.write_bytes(b"old")
    folder.chmod(0o500)
    try:
        with pytest.raises(OSError):
            export_pdf(mixed_map(), out, ExportOptions())
        assert out.read_bytes() == b"old"
    finally:
        folder.chmod(0o700)


def test_missing_folder_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        export_pdf(mixed_map(), tmp_path / "no" / "such" / "deck.pdf", ExportOptions())


def test_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    out = tmp_path / "deck.pdf"
    out.write_bytes(b"old content")
    export_pdf(mixed_map(), out, ExportOptions())
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pdf"]


def _shapes(painter: PdfPainter, seed: int) -> str:
    """Boxes, circles, polygons and lines, often at the same places, zeros of both signs."""
    rng = random.Random(seed)
    places = [0.0, -0.0, 0, 0.004, -0.004, 1.125, 37.5, -12.345, 480.0]
    for _ in range(3000):
        scale, dx, dy = rng.choice([1.0, 0.5, 2.0]), rng.choice([0.0, -0.0, 3.5]), -0.0
        with painter.transformed(scale, dx, dy):
            v = [rng.choice(places) for _ in range(8)]
            kind = rng.randrange(4)
            if kind == 0:
                painter.rect(
                    v[0], v[1], v[2], v[3], "#102030", rng.choice([None, "#405060"]), 1, v[4]
                )
            elif kind == 1:
                painter.circle(v[0], v[1], abs(v[2]), "#102030", "#405060", 0.8)
            elif kind == 2:
                painter.polygon([(v[0], v[1]), (v[2], v[3]), (v[4], v[5])], "#ffffff", "#000000")
            else:
                painter.polyline([(v[0], v[1]), (v[2], v[3])], "#123456", 2.0)
    return "\n".join(painter.code)


def test_the_decks_painter_writes_what_the_plain_painter_writes() -> None:
    """The deck's painter keeps each shape's path by place; the page must not change by it."""
    shapes: ShapeCache = {}  # one document's cache, pages of two heights
    for seed, height in ((0, 540.0), (1, 540.0), (1, 300.0)):
        plain = _shapes(PdfPainter(Canvas(io.BytesIO()), height), seed)
        grid = _shapes(GridPdfPainter(Canvas(io.BytesIO()), height, {}, shapes), seed)
        assert grid == plain
