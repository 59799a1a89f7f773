"""The PDF poster page: title on top, stages in rows that fill the page, auto page size, tiles."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymapper.export.options import ExportOptions
from journeymapper.export.pdf import PAGE_SIZES, export_pdf
from journeymapper.model import JourneyMap
from journeymapper.templates import build_template
from tests.test_export_slides import type_sizes


def _words(path: Path) -> list[tuple[float, float, float, float, str]]:
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pattern = r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [
        (float(a), float(b), float(c), float(d), t) for a, b, c, d, t in re.findall(pattern, html)
    ]


@pytest.mark.parametrize("page", ["A4", "A3", "16:9"])
@pytest.mark.parametrize("language", ["en", "ru"])
def test_map_starts_right_under_the_title_and_fills_the_page(
    tmp_path: Path, page: str, language: str
) -> None:
    out = tmp_path / "poster.pdf"
    journey = build_template("e-shop", language)
    export_pdf(journey, out, ExportOptions(layout="poster", page=page))
    reader = PdfReader(out)
    width, height = PAGE_SIZES[page]
    assert float(reader.pages[0].mediabox.height) == pytest.approx(height)
    tops = [float(entry.top) - 10 for entry in reader.outline]  # stage bookmarks: header tops
    assert len(tops) == len(journey.stages())
    assert height - 110 < max(tops) < height - 30  # the first row right under the title
    text = reader.pages[0].extract_text()
    assert journey.title in text
    words = _words(out)
    lowest = max(w[3] for w in words)
    widest = max(w[2] for w in words)
    # the map and its legend reach the bottom or the right edge of the page
    assert lowest > height * 0.85 or widest > width * 0.85


def test_long_maps_wrap_into_rows_and_auto_picks_a_page_with_legible_text(tmp_path: Path) -> None:
    journey = build_template("e-shop", "en")
    for i in range(12):
        stage = journey.add_stage(f"Extra stage {i}")
        journey.add_touchpoint(stage.id, f"Extra card {i}")
    out = tmp_path / "poster.pdf"
    export_pdf(journey, out, ExportOptions(layout="poster", page="auto"))
    page = PdfReader(out).pages[0]
    name = next(
        n for n, size in PAGE_SIZES.items() if size[0] == pytest.approx(float(page.mediabox.width))
    )
    assert name in ("A2", "A1", "A0")
    sizes = [size for size, _y, _t in type_sizes(PdfReader(out))[0]]
    assert min(sizes) >= 6 - 0.01
    tops = sorted({round(float(e.top)) for e in PdfReader(out).outline})
    assert len(tops) >= 2  # stages in more than one row
    small = tmp_path / "a3.pdf"
    export_pdf(journey, small, ExportOptions(layout="poster", page="A3"))
    assert min(s for s, _y, _t in type_sizes(PdfReader(small))[0]) < 6  # why auto went bigger


def test_title_and_legend_grow_with_the_page(tmp_path: Path) -> None:
    journey = build_template("saas-trial", "lv")
    found = {}
    for page in ("A3", "A1"):
        out = tmp_path / f"{page}.pdf"
        export_pdf(journey, out, ExportOptions(layout="poster", page=page))
        runs = type_sizes(PdfReader(out))[0]
        found[page] = (
            max(s for s, _y, t in runs if journey.title.startswith(t.strip())),
            max(s for s, _y, t in runs if t.strip() == journey.personas()[0].name),
        )
    assert found["A1"][0] >= found["A3"][0] * 1.8
    assert found["A1"][1] >= found["A3"][1] * 1.8


def test_emotion_lane_grows_with_the_personas() -> None:
    from journeymapper.export.poster_page import poster_options
    from journeymapper.layout import LayoutOptions, compute_layout, get_theme

    journey = build_template("e-shop", "en")
    theme = get_theme("light")
    before = compute_layout(journey, poster_options(journey, LayoutOptions(), theme)).emotion
    for i in range(10):
        journey.add_persona(f"Extra {i}")
    after = compute_layout(journey, poster_options(journey, LayoutOptions(), theme)).emotion
    assert before is not None and after is not None
    assert after.rect.h >= before.rect.h + 100


def test_tiles_split_a_big_poster_with_overlap_crop_marks_and_labels(tmp_path: Path) -> None:
    out = tmp_path / "tiles.pdf"
    journey = build_template("e-shop", "uk")
    export_pdf(journey, out, ExportOptions(layout="poster", page="A1", tile="A4"))
    reader = PdfReader(out)
    assert len(reader.pages) >= 8  # A1 is eight A4 sheets without overlap
    for page in reader.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert sorted((round(w), round(h))) == [595, 842]
    first = reader.pages[0].extract_text()
    assert "1/" in first and journey.title in first
    assert "overlap 10 mm" in reader.pages[-1].extract_text()


def test_empty_map_poster(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    export_pdf(JourneyMap("Empty"), out, ExportOptions(layout="poster", page="auto"))
    assert "empty" in PdfReader(out).pages[0].extract_text()
