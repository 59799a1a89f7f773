"""PowerPoint shapes: one text box per card with a paragraph per line, curves as Béziers."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from journeymapper.export.options import ExportOptions
from journeymapper.export.pptx import export_pptx
from journeymapper.templates import build_template
from tests.export_helpers import mixed_map


def test_one_text_box_holds_every_line_of_a_card(tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    export_pptx(mixed_map(), out, ExportOptions())
    deck = Presentation(str(out))
    boxes = [s for sl in deck.slides for s in sl.shapes if s.has_text_frame and s.text_frame.text]
    card = [b for b in boxes if "Кладёт пару" in b.text_frame.text]
    assert len(card) == 1  # name and description in the same box
    paragraphs = [p.text for p in card[0].text_frame.paragraphs]
    assert "Корзина" in paragraphs and any("Кладёт пару" in p for p in paragraphs)
    assert card[0].shape_type == MSO_SHAPE_TYPE.TEXT_BOX


def test_texts_are_findable_and_shapes_are_few(tmp_path: Path) -> None:
    journey = build_template("e-shop", "ru")
    out = tmp_path / "deck.pptx"
    export_pptx(journey, out, ExportOptions())
    deck = Presentation(str(out))
    whole_map = deck.slides[1]
    texts = " ".join(s.text_frame.text for s in whole_map.shapes if s.has_text_frame)
    for tp in journey.touchpoints():
        assert tp.name.split()[0] in texts
    cards = len(list(journey.touchpoints()))
    text_boxes = [s for s in whole_map.shapes if s.has_text_frame and s.text_frame.text]
    assert len(text_boxes) < cards * 2 + 60  # not a box per line
    xml = whole_map.shapes._spTree.xml  # noqa: SLF001
    assert "<a:cubicBezTo>" in xml  # smooth emotion curves
