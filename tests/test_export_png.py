"""PNG export read back with Pillow: real pixels, dpi and size, the map inside, bad paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from journeymapper.export.options import ExportOptions
from journeymapper.export.png import export_png
from journeymapper.io.jmap import dumps_map, load_map
from journeymapper.model import JourneyMap
from journeymapper.templates import build_template
from tests.export_helpers import mixed_map


def test_png_has_drawn_pixels_and_reopens_as_the_same_map(tmp_path: Path) -> None:
    journey = mixed_map()
    out = tmp_path / "map.png"
    export_png(journey, out, ExportOptions(dpi=72))
    with Image.open(out) as image:
        image.load()
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 50  # anti-aliased, not blank
        assert image.getpixel((0, 0))[:3] == (255, 255, 255)
        assert "journeymapper" in image.text
    assert dumps_map(load_map(out)) == dumps_map(journey)


def test_dpi_and_scale_set_the_pixel_size(tmp_path: Path) -> None:
    journey = build_template("e-shop", "lv")
    small, large = tmp_path / "small.png", tmp_path / "large.png"
    export_png(journey, small, ExportOptions(dpi=72))
    export_png(journey, large, ExportOptions(dpi=72, scale=2))
    with Image.open(small) as a, Image.open(large) as b:
        assert b.size[0] == pytest.approx(2 * a.size[0], abs=2)
        assert b.size[1] == pytest.approx(2 * a.size[1], abs=2)
        assert round(a.info["dpi"][0]) == 72


def test_transparent_background(tmp_path: Path) -> None:
    out = tmp_path / "clear.png"
    export_png(build_template("saas-trial", "uk"), out, ExportOptions(dpi=50, transparent=True))
    with Image.open(out) as image:
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0
        assert image.getchannel("A").getextrema()[1] == 255


def test_empty_map_png_is_valid(tmp_path: Path) -> None:
    out = tmp_path / "empty.png"
    export_png(JourneyMap("Tukšs", language="lv"), out, ExportOptions(dpi=72))
    with Image.open(out) as image:
        assert image.size[0] > 100
    assert load_map(out).title == "Tukšs"


def test_huge_map_is_capped_with_a_note(tmp_path: Path) -> None:
    journey = JourneyMap("Wide")
    journey.add_lane("touchpoints", "Cards")
    for i in range(60):
        stage = journey.add_stage(f"Stage {i}")
        for j in range(3):
            journey.add_touchpoint(stage.id, f"Card {i}.{j}")
    notes = export_png(journey, tmp_path / "wide.png", ExportOptions(dpi=600))
    assert notes and "dpi" in notes[0]


def test_output_that_is_a_folder_raises_oserror(tmp_path: Path) -> None:
    folder = tmp_path / "taken.png"
    folder.mkdir()
    with pytest.raises(OSError):
        export_png(mixed_map(), folder, ExportOptions(dpi=30))
    assert folder.is_dir() and [p.name for p in tmp_path.iterdir()] == ["taken.png"]
