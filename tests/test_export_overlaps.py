"""Read back from the SVG: flow labels never cover arrowheads or drop-off markers, markers apart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journeymapper.export.options import ExportOptions
from journeymapper.export.svg import export_svg
from journeymapper.layout import Rect, get_theme
from journeymapper.layout.text import measure
from journeymapper.model import FlowKind
from journeymapper.templates import build_template

NUMBER = r"(-?[\d.]+)"


def _points(text: str) -> list[tuple[float, float]]:
    return [(float(a), float(b)) for a, b in re.findall(NUMBER + "," + NUMBER, text)]


@pytest.mark.parametrize("language", ["en", "lv"])
def test_flow_labels_leave_arrowheads_and_drop_off_markers_in_view(
    tmp_path: Path, language: str
) -> None:
    journey = build_template("e-shop", language)
    out = tmp_path / "map.svg"
    export_svg(journey, out, ExportOptions())
    svg = out.read_text(encoding="utf-8")
    theme = get_theme("light")
    flow_colours = set(theme.flow_colours.values())
    heads = [
        _points(points)
        for points, fill in re.findall(r'<polygon points="([^"]+)" fill="(#[0-9a-f]{6})"', svg)
        if fill in flow_colours and len(_points(points)) == 3
    ]
    assert len(heads) >= 10
    exits = [
        Rect(float(x) - float(r), float(y) - float(r), 2 * float(r), 2 * float(r))
        for x, y, r in re.findall(
            r'<circle cx="' + NUMBER + '" cy="' + NUMBER + '" r="' + NUMBER + '" fill="#ffffff" '
            f'stroke="{theme.flow_colours[FlowKind.EXIT]}"',
            svg,
        )
    ]
    assert len(exits) == 2
    labels = [f.label for f in journey.flows() if f.label] + [
        f"{f.percent:g}%" for f in journey.flows() if f.percent is not None
    ]
    boxes = []
    for x, y, size, text in re.findall(
        r'<text x="' + NUMBER + '" y="' + NUMBER + '" font-size="' + NUMBER + r'"[^>]*>([^<]*)<',
        svg,
    ):
        if any(label in text for label in labels):
            s = float(size)
            boxes.append((text, Rect(float(x), float(y) - s * 0.76, measure(text, s), s)))
    assert len(boxes) >= 6
    for text, box in boxes:
        for head in heads:
            xs, ys = [p[0] for p in head], [p[1] for p in head]
            head_box = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            assert not box.intersects(head_box), f"{text!r} hides an arrowhead"
        for marker in exits:
            assert not box.intersects(marker), f"{text!r} covers a drop-off marker"


def test_personas_at_the_same_value_keep_both_markers_visible(tmp_path: Path) -> None:
    journey = build_template("e-shop", "en")
    personas = journey.personas()
    tp = journey.touchpoints()[0]
    for persona in personas:  # both personas at +1 as is and to be here
        journey.set_emotion(tp.id, persona.id, 1, 1)
    out = tmp_path / "map.svg"
    export_svg(journey, out, ExportOptions(theme="print"))
    svg = out.read_text(encoding="utf-8")
    centres: list[tuple[float, float]] = []
    for points in re.findall(r'<polygon points="([^"]+)"', svg):
        pts = _points(points)
        centres.append((sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)))
    centres += [
        (float(x), float(y))
        for x, y in re.findall(r'<circle cx="' + NUMBER + '" cy="' + NUMBER, svg)
    ]
    rounded = [(round(x), round(y)) for x, y in centres]
    duplicates = {c for c in rounded if rounded.count(c) > 2}
    assert not duplicates  # at most an as-is dot inside its own to-be ring
