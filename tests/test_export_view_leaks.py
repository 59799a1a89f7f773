"""An export with a saved view or a persona carries only what it shows; --no-embed keeps the
map out of a PNG altogether."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from journeymapper.cli import run_headless
from journeymapper.io.errors import MapFileError
from journeymapper.io.jmap import load_map, save_map
from journeymapper.model import JourneyMap
from journeymapper.templates import build_template

VIEW = "Executives: main path"


@pytest.fixture
def shop(tmp_path: Path) -> tuple[JourneyMap, Path]:
    journey = build_template("e-shop", "en")
    path = tmp_path / "shop.jmap"
    save_map(journey, path)
    return journey, path


def _hidden(journey: JourneyMap) -> tuple[list[str], list[str]]:
    """Names of the lanes and personas the executives' view hides."""
    view = next(v for v in journey.views() if v.name == VIEW)
    assert view.lanes is not None and view.personas is not None
    lanes = [lane.name for lane in journey.lanes() if lane.id not in view.lanes]
    personas = [p.name for p in journey.personas() if p.id not in view.personas]
    return lanes, personas


def _export(path: Path, out: Path, *args: str) -> None:
    assert run_headless(["export", str(path), str(out), "--dpi", "20", *args]) == 0


def test_a_view_png_embeds_only_what_it_shows(
    shop: tuple[JourneyMap, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journey, path = shop
    out = tmp_path / "view.png"
    _export(path, out, "--view", VIEW)
    with Image.open(out) as image:
        chunk = image.text["journeymapper"]  # type: ignore[attr-defined]
    hidden_lanes, hidden_personas = _hidden(journey)
    assert hidden_lanes and hidden_personas
    for name in hidden_lanes + hidden_personas + [VIEW]:
        assert json.dumps(name)[1:-1] not in chunk, name
    shown = load_map(out)
    assert len(shown.lanes()) == 4 and len(shown.personas()) == 1
    capsys.readouterr()
    assert run_headless(["info", str(out), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["personas"] == 1 and info["stages"] == len(journey.stages())


def test_a_persona_png_embeds_only_that_persona(
    shop: tuple[JourneyMap, Path], tmp_path: Path
) -> None:
    journey, path = shop
    emma, max_ = journey.personas()
    out = tmp_path / "emma.png"
    _export(path, out, "--persona", emma.name)
    shown = load_map(out)
    assert [p.name for p in shown.personas()] == [emma.name]
    assert all(max_.id not in tp.emotions for tp in shown.touchpoints())
    assert shown.views() == []


def test_no_embed_leaves_the_map_out(shop: tuple[JourneyMap, Path], tmp_path: Path) -> None:
    _journey, path = shop
    out = tmp_path / "plain.png"
    _export(path, out, "--no-embed")
    with Image.open(out) as image:
        assert "journeymapper" not in image.text  # type: ignore[attr-defined]
        assert image.size[0] > 50
    with pytest.raises(MapFileError, match="without an embedded map"):
        load_map(out)


def test_a_view_svg_and_csv_carry_only_the_view(
    shop: tuple[JourneyMap, Path], tmp_path: Path
) -> None:
    journey, path = shop
    hidden_lanes, hidden_personas = _hidden(journey)
    svg = tmp_path / "view.svg"
    _export(path, svg, "--view", VIEW)
    text = svg.read_text(encoding="utf-8")
    for name in hidden_lanes + hidden_personas:
        assert name not in text, name
    table = tmp_path / "view.csv"
    _export(path, table, "--view", VIEW)
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert rows
    assert {r["persona"] for r in rows} <= {"", *[p.name for p in journey.personas()]} - set(
        hidden_personas
    )
    whole = tmp_path / "whole.csv"
    _export(path, whole)
    assert hidden_personas[0] in whole.read_text(encoding="utf-8-sig")
