"""LibreOffice breaks the deck's text where the PDF deck does: no box is narrower than its line."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from journeymapper.export.options import ExportOptions
from journeymapper.export.pdf import export_pdf
from journeymapper.export.pptx import export_pptx
from journeymapper.model import JourneyMap, LaneKind, sequential_ids
from tests.pptx_helpers import soffice_pdf, words_on_page

NAMES = ("Signup замовлення žurnāls", "Review size checkout", "Loyalty ģimene оплата")


def _six_stages() -> JourneyMap:
    """Six stages beside a curve on the overview, long mixed-script names, pains and ideas."""
    journey = JourneyMap("Reflow", id_generator=sequential_ids("r"))
    for kind in (LaneKind.TOUCHPOINTS, LaneKind.EMOTION, LaneKind.PAIN_POINTS,
                 LaneKind.OPPORTUNITIES):  # fmt: skip
        journey.add_lane(kind, kind.value)
    anna = journey.add_persona("Anna")
    for s in range(6):
        stage = journey.add_stage(f"Stage {s + 1}: Size chart")
        for k in range(5):
            card = journey.add_touchpoint(stage.id, NAMES[(s + k) % 3])
            journey.set_emotion(card.id, anna.id, (s + k) % 5 - 2)
            if k < 2:
                journey.add_annotation("opportunity", card.id, "Idea")
            if k < 3:
                journey.add_annotation("pain_point", card.id, "Pain")
    return journey


def _lines(pdf: Path, page: int) -> dict[str, list[float]]:
    """Each word with letters on ``page`` and the tops of the lines it sits on."""
    tops: dict[str, list[float]] = defaultdict(list)
    for word, top in words_on_page(pdf, page):
        if any(c.isalpha() for c in word):
            tops[word].append(round(top))
    return {word: sorted(found) for word, found in tops.items()}


def test_libreoffice_wraps_the_overview_as_the_pdf_deck_does(tmp_path: Path) -> None:
    journey = _six_stages()
    ours = tmp_path / "deck.pdf"
    export_pdf(journey, ours, ExportOptions(layout="slides"))
    deck = tmp_path / "office" / "deck.pptx"
    deck.parent.mkdir()
    export_pptx(journey, deck, ExportOptions())
    drawn = soffice_pdf(deck)
    expected, seen = _lines(ours, 2), _lines(drawn, 2)  # the whole journey, cards in columns
    assert "Opportunities:" in expected and "замовлення" in expected
    moved = {
        word: (tops, seen.get(word))
        for word, tops in expected.items()
        if len(seen.get(word, [])) != len(tops)
        or any(abs(a - b) > 3 for a, b in zip(tops, seen[word], strict=True))
    }
    assert not moved, moved  # a word on another line: a box too narrow for its text
