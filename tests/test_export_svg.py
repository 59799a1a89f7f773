"""SVG export parsed with xml.etree: well-formed, real text elements, escaped user text."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from journeymapper.export.options import ExportOptions
from journeymapper.export.svg import export_svg
from journeymapper.model import JourneyMap
from tests.export_helpers import LV_NAME, RU_NAME, UK_NAME, mixed_map

SVG = "{http://www.w3.org/2000/svg}"


def texts(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [t.text or "" for t in root.iter(f"{SVG}text")]


def test_svg_holds_the_names_as_text(tmp_path: Path) -> None:
    out = tmp_path / "map.svg"
    export_svg(mixed_map(), out, ExportOptions())
    found = " ".join(texts(out))
    for name in (LV_NAME, RU_NAME, UK_NAME, "Jānis", "Корзина", "Длинная форма заказа"):
        assert name in found
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg" and float(root.get("viewBox", "0 0 0 0").split()[2]) > 0
    assert any(t.endswith("…") for t in texts(out))  # the 10,000 characters are elided


def test_markup_in_user_text_is_escaped(tmp_path: Path) -> None:
    journey = JourneyMap('<b>&"Карта"</b>')
    journey.add_lane("touchpoints", "Cards")
    stage = journey.add_stage("a < b & c > d")
    journey.add_touchpoint(stage.id, "<script>alert(1)</script>")
    out = tmp_path / "escaped.svg"
    export_svg(journey, out, ExportOptions(theme="print"))
    found = texts(out)
    assert '<b>&"Карта"</b>' in found and "a < b & c > d" in found
    assert "<script>alert(1)</script>" in found


def test_empty_map_svg(tmp_path: Path) -> None:
    out = tmp_path / "empty.svg"
    export_svg(JourneyMap("Пусто", language="uk"), out, ExportOptions())
    assert any("Карта порожня" in t for t in texts(out))
