"""PowerPoint export read back with python-pptx: native shapes that hold the texts."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from journeymapper.export.options import ExportOptions
from journeymapper.export.pptx import export_pptx
from journeymapper.model import JourneyMap
from journeymapper.templates import build_template
from tests.export_helpers import LV_NAME, RU_NAME, UK_NAME, mixed_map


def shape_texts(path: Path) -> list[str]:
    deck = Presentation(str(path))
    return [s.text_frame.text for slide in deck.slides for s in slide.shapes if s.has_text_frame]


def test_pptx_is_the_deck_with_native_shapes(tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    export_pptx(mixed_map(), out, ExportOptions())
    deck = Presentation(str(out))
    assert len(deck.slides) == 9  # the same pages as the PDF deck
    assert deck.slide_width == 960 * 12700 and deck.slide_height == 540 * 12700
    kinds = {s.shape_type for slide in deck.slides for s in slide.shapes}
    assert MSO_SHAPE_TYPE.PICTURE not in kinds
    assert MSO_SHAPE_TYPE.FREEFORM in kinds  # curves and arrows
    found = " ".join(shape_texts(out))
    for name in (LV_NAME, RU_NAME, UK_NAME, "Jānis", "Длинная форма заказа", "Sāpju punkti"):
        assert name in found
    assert deck.core_properties.title == "Kartes nosaukums — Карта"


def test_full_texts_go_to_the_notes(tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    export_pptx(mixed_map(), out, ExportOptions())
    deck = Presentation(str(out))
    notes = [s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide]
    assert any(len(n) >= 10_000 for n in notes)


def test_template_decks_in_every_language(tmp_path: Path) -> None:
    for language, word in (
        ("en", "Pain points"),
        ("ru", "Болевые точки"),
        ("uk", "Больові"),
        ("lv", "Sāpju"),
    ):
        out = tmp_path / f"{language}.pptx"
        export_pptx(build_template("saas-trial", language), out, ExportOptions())
        assert any(word in t for t in shape_texts(out))


def test_empty_map_deck(tmp_path: Path) -> None:
    out = tmp_path / "empty.pptx"
    export_pptx(JourneyMap("Empty"), out, ExportOptions())
    assert any("This map is empty" in t for t in shape_texts(out))
