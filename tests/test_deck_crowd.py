"""The room's crowd curve on the slide deck, as stakeholders see it: PDF deck and PowerPoint."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pypdf import PdfReader
from PySide6.QtGui import QColor

from journeymapper.export.dispatch import export_file
from journeymapper.export.options import ExportOptions
from journeymapper.model import JourneyMap
from journeymapper.templates import build_template
from tests.pptx_helpers import walk

BAND = (0xD2, 0xD9, 0xE6)  # the light theme's crowd band, as the poster draws it
LEGEND = {
    "ru": "Комната (4): среднее по этапу, полоса — разброс (±1σ)",
    "lv": "Telpa (4): vidējais posmā, josla — izkliede (±1σ)",
}


def _rated(language: str, personas_felt: bool = True) -> JourneyMap:
    """The e-shop map with the room's ratings on its first three stages (4 answers at most)."""
    journey = build_template("e-shop", language)
    if not personas_felt:
        for tp in journey.touchpoints():
            for persona in journey.personas():
                journey.set_emotion(tp.id, persona.id, None)
    first, second, third = journey.stages()[:3]
    for who, value in (("a", 2), ("b", 1), ("c", 2)):
        journey.set_crowd_rating(first.id, who, value)
    for who, value in (("a", -2), ("b", -2), ("c", 1), ("d", -1)):
        journey.set_crowd_rating(second.id, who, value)
    for who, value in (("a", 0), ("b", 1)):
        journey.set_crowd_rating(third.id, who, value)
    return journey


def _overview_text(path: Path) -> str:
    return " ".join(PdfReader(path).pages[1].extract_text().split())


def _band_pixels(pdf: Path, tmp_path: Path) -> int:
    """How many pixels of the overview slide's chart half wear the crowd band's colour."""
    from PySide6.QtGui import QImage

    stem = tmp_path / "overview"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "2", "-l", "2", str(pdf), str(stem)], check=True
    )
    image = QImage(str(next(tmp_path.glob("overview*.png"))))
    count = 0
    for y in range(image.height() // 2, image.height()):
        for x in range(0, image.width(), 2):
            if _is_band(image.pixelColor(x, y)):
                count += 1
    return count


def _is_band(c: QColor) -> bool:
    return max(abs(c.red() - BAND[0]), abs(c.green() - BAND[1]), abs(c.blue() - BAND[2])) < 6


needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler")


@needs_poppler
@pytest.mark.parametrize("language", ["ru", "lv"])
def test_pdf_overview_draws_the_crowd_band_and_names_it_in_the_maps_language(
    tmp_path: Path, language: str, qapp: object
) -> None:
    rated, plain = tmp_path / "rated.pdf", tmp_path / "plain.pdf"
    export_file(_rated(language), rated, ExportOptions(layout="slides"))
    export_file(build_template("e-shop", language), plain, ExportOptions(layout="slides"))
    assert LEGEND[language] in _overview_text(rated)
    assert "±1σ" not in _overview_text(plain)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    drawn = _band_pixels(rated, tmp_path / "a")
    assert drawn > 200, "no spread band under the curves"
    assert _band_pixels(plain, tmp_path / "b") < drawn / 20


def test_pdf_overview_keeps_a_chart_for_the_room_when_no_persona_felt_anything(
    tmp_path: Path,
) -> None:
    out = tmp_path / "deck.pdf"
    export_file(_rated("lv", personas_felt=False), out, ExportOptions(layout="slides"))
    text = _overview_text(out)
    assert LEGEND["lv"] in text
    assert "+2" in text and "−2" in text  # the scale of the chart the curve is drawn on


def test_powerpoint_overview_holds_the_crowd_curve_as_one_group_behind_the_chart(
    tmp_path: Path,
) -> None:
    out = tmp_path / "deck.pptx"
    export_file(_rated("ru"), out, ExportOptions())
    slide = Presentation(str(out)).slides[1]
    texts = " ".join(s.text_frame.text for s in walk(slide.shapes) if s.has_text_frame)
    assert LEGEND["ru"] in " ".join(texts.split())
    shapes = list(slide.shapes)
    group = next(s for s in shapes if s.name == "Crowd: Комната (4)")
    chart = next(i for i, s in enumerate(shapes) if s.has_chart)
    assert shapes.index(group) < chart  # the band lies under the personas' native curves
    parts = list(group.shapes)  # band, dotted mean, a whisker and a ring per rated stage
    fills = [str(p.fill.fore_color.rgb) for p in parts if p.fill.type == 1]
    assert "D2D9E6" in fills
    assert all(p.shape_type == MSO_SHAPE_TYPE.FREEFORM for p in parts)
    rings = [p for p in parts if p.width == p.height]
    assert len(rings) == 3
    series = [s.name for plot in shapes[chart].chart.plots for s in plot.series]
    assert series and not any("Комната" in name for name in series)


def test_decks_of_a_map_without_room_ratings_say_nothing_of_a_room(tmp_path: Path) -> None:
    journey = build_template("e-shop", "ru")
    out = tmp_path / "deck.pptx"
    export_file(journey, out, ExportOptions())
    deck = Presentation(str(out))
    for slide in deck.slides:
        assert not any(s.name.startswith("Crowd") for s in walk(slide.shapes))
        texts = [s.text_frame.text for s in walk(slide.shapes) if s.has_text_frame]
        assert not any("Комната" in t for t in texts)


def test_the_presentation_draws_the_rooms_ratings_as_they_arrive(qtbot: Any) -> None:
    from journeymapper.workshop.presentation import PresentationWindow

    journey = build_template("e-shop", "lv")
    presentation = PresentationWindow(journey)
    presentation.resize(1280, 720)
    presentation.start(full_screen=False)
    qtbot.waitExposed(presentation)
    presentation.next()  # "the whole journey"

    def band() -> int:
        image = presentation.canvas.grab().toImage()
        return sum(
            1
            for y in range(image.height() // 2, image.height(), 2)
            for x in range(0, image.width(), 2)
            if _is_band(image.pixelColor(x, y))
        )

    assert band() < 20
    first, second = journey.stages()[:2]
    for who, value in (("a", 2), ("b", 1), ("c", 2), ("d", 0)):  # the phones rate, live
        journey.set_crowd_rating(first.id, who, value)
        journey.set_crowd_rating(second.id, who, -value)

    def shown() -> bool:
        page = presentation.current()
        return page is not None and any(
            line.text.startswith("Telpa (4):") for line in page.text_lines()
        )

    qtbot.waitUntil(shown, timeout=3000)
    assert presentation.current().kind == "overview"
    assert band() > 200
    presentation.close()
