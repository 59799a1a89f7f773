"""The PDF deck as a stakeholder reads it: type floor, no colliding words, legends, ToUnicode."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from journeymapper.export.options import ExportOptions
from journeymapper.export.pdf import export_pdf
from journeymapper.export.slides import slide_pages
from journeymapper.layout import Rect, get_theme
from journeymapper.layout.persona_style import persona_styles
from journeymapper.model import JourneyMap, LaneKind, sequential_ids
from journeymapper.templates import build_template

LANGUAGES = ("en", "ru", "uk", "lv")
TEMPLATES = ("e-shop", "saas-trial")
FOOTER_SHARE = 0.06  # the bottom 6% of a page is the footer, allowed under the floor


def type_sizes(reader: PdfReader) -> list[list[tuple[float, float, str]]]:
    """Per page: (font size, y from the top, text) of every shown string, read from the PDF."""
    pages = []
    for page in reader.pages:
        height = float(page.mediabox.height)
        found: list[tuple[float, float, str]] = []

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            font: object,
            size: float,
            found: list[tuple[float, float, str]] = found,
            height: float = height,
        ) -> None:
            if text.strip():
                found.append((size * tm[0], height - tm[5], text))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def word_boxes(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pattern = r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [
        [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in re.findall(pattern, p)]
        for p in re.split(r"<page ", html)[1:]
    ]


def colliding(words: list[tuple[float, float, float, float, str]]) -> list[tuple[str, str]]:
    """Pairs of words whose boxes overlap by more than a third of the smaller one."""
    pairs = []
    for i, (x0, y0, x1, y1, a) in enumerate(words):
        for u0, v0, u1, v1, b in words[i + 1 :]:
            w, h = min(x1, u1) - max(x0, u0), min(y1, v1) - max(y0, v0)
            small = min((x1 - x0) * (y1 - y0), (u1 - u0) * (v1 - v0)) or 1
            if w > 0 and h > 0 and w * h > small / 3:
                pairs.append((a, b))
    return pairs


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_deck_page_keeps_the_type_floor_and_no_words_collide(
    tmp_path: Path, template: str, language: str
) -> None:
    out = tmp_path / "deck.pdf"
    export_pdf(build_template(template, language), out, ExportOptions(story=True))
    reader = PdfReader(out)
    assert len(reader.pages) >= 10
    for number, page in enumerate(type_sizes(reader), start=1):
        body = [(size, text) for size, y, text in page if y < 540 * (1 - FOOTER_SHARE)]
        assert body, f"page {number} has no text"
        small = [(size, text) for size, text in body if size < 12 - 0.01]
        assert small == [], f"page {number}: text under 12 pt"
    if shutil.which("pdftotext"):
        for number, words in enumerate(word_boxes(out), start=1):
            assert colliding(words) == [], f"page {number}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_projector_slides_never_go_under_16_pt_and_no_text_boxes_overlap(language: str) -> None:
    for template in TEMPLATES:
        journey = build_template(template, language)
        for theme in ("projector", "print"):
            floor = 16.0 if theme == "projector" else 12.0
            for page in slide_pages(journey, ExportOptions(theme=theme, story=True)):
                lines = [t for t in page.text_lines() if t.role != "footer"]
                assert min(t.size for t in lines) >= floor
                boxes = [Rect(b.x, b.y + 0.05, b.w, b.h - 0.1) for b in (t.box for t in lines)]
                for i, a in enumerate(boxes):
                    hits = [
                        lines[j].text
                        for j, b in enumerate(boxes[i + 1 :], i + 1)
                        if a.intersects(b)
                    ]
                    assert hits == [], (
                        f"{page.kind} {page.title}: {lines[i].text!r} overlaps {hits}"
                    )
                    assert a.x >= 0 and a.right <= 960 and a.y >= 0 and a.bottom <= 540


def test_the_deck_tells_the_story_with_keys_and_legends(tmp_path: Path) -> None:
    journey = build_template("e-shop", "en")
    pages = slide_pages(journey, ExportOptions(story=True))
    kinds = [p.kind for p in pages]
    assert kinds[0] == "title" and kinds[1] == "overview"
    assert kinds.count("stage") >= len(journey.stages())
    texts = {i: " ".join(t.text for t in p.text_lines()) for i, p in enumerate(pages)}
    persona_names = [p.name for p in journey.personas()]
    for i, page in enumerate(pages):
        if page.kind in ("overview", "persona"):
            assert all(name in texts[i] for name in persona_names if page.kind == "overview")
            assert "as is" in texts[i] and "to be" in texts[i], page.title
    ranking = next(i for i, p in enumerate(pages) if p.kind == "ranking")
    assert "●●●●○ = severity 4 of 5" in texts[ranking]
    assert "No size chart on half of the models" in texts[ranking]
    stage = next(
        i for i, p in enumerate(pages) if p.kind == "stage" and p.title == "Orders and pays"
    )
    stage_text = " ".join(texts[j] for j, p in enumerate(pages) if p.title == "Orders and pays")
    for expected in ("Checkout form", "Why so many fields?", "severity 4/5", "drop-off", "Emma"):
        assert expected in stage_text, expected
    assert pages[stage].continued == 0
    persona = next(p for p in pages if p.kind == "persona")
    axis = [t.text for t in persona.text_lines() if t.role == "axis"]
    assert "Landing page" in axis  # touchpoints named along the x axis
    assert any(t.role == "callout" for t in persona.text_lines())  # lowest moments called out
    stories = [p for p in pages if p.kind == "story"]
    assert stories and stories[0].title.startswith("Lowest moment: ")
    assert [p.kind for p in slide_pages(journey, ExportOptions())].count("story") == 0


def test_long_text_continues_on_the_next_slide_at_full_size() -> None:
    journey = build_template("e-shop", "en")
    tp = journey.touchpoints()[0]
    words = " ".join(f"word{i}" for i in range(1500))
    journey.update(tp.id, description=words)
    pages = [p for p in slide_pages(journey, ExportOptions()) if p.stage_ids == (tp.stage_id,)]
    stage_pages = [p for p in pages if p.kind == "stage"]
    assert len(stage_pages) >= 3 and stage_pages[1].continued == 1
    text = " ".join(t.text for p in stage_pages for t in p.text_lines())
    assert "word0 " in text and "word1499" in text
    assert min(t.size for p in stage_pages for t in p.text_lines() if t.role != "footer") >= 12


def test_twelve_personas_differ_in_marker_and_dash_in_grey_print() -> None:
    journey = JourneyMap("Many", id_generator=sequential_ids())
    journey.add_lane(LaneKind.EMOTION, "Emotions")
    personas = [journey.add_persona(f"P{i}") for i in range(12)]  # all circles by default
    styles = persona_styles(personas, get_theme("print"))
    assert len({(s.marker, s.dash) for s in styles.values()}) == 12


def _first_stage_text(data: bytes) -> str:
    return PdfReader(io.BytesIO(data)).pages[2].extract_text()


def test_text_survives_rewriting_and_ghostscript(tmp_path: Path) -> None:
    out = tmp_path / "deck.pdf"
    export_pdf(build_template("e-shop", "uk"), out, ExportOptions())
    expected = "Допис друга про нову пару"
    writer = PdfWriter(clone_from=PdfReader(out))
    buffer = io.BytesIO()
    writer.write(buffer)
    assert expected in _first_stage_text(buffer.getvalue())
    if shutil.which("gs") is None:
        pytest.skip("Ghostscript is not installed")
    redone = tmp_path / "gs.pdf"
    subprocess.run(
        [
            "gs",
            "-q",
            "-dNOPAUSE",
            "-dBATCH",
            "-sDEVICE=pdfwrite",
            f"-sOutputFile={redone}",
            str(out),
        ],
        check=True,
        timeout=120,
    )
    assert expected in _first_stage_text(redone.read_bytes())


def test_a_stage_slide_ranks_the_pains_on_the_stage_and_its_cards_and_no_others(
    tmp_path: Path,
) -> None:
    journey = JourneyMap("Pains", id_generator=sequential_ids())
    journey.add_lane(LaneKind.TOUCHPOINTS, "Touchpoints")
    journey.add_lane(LaneKind.PAIN_POINTS, "Pain points")
    door, other = journey.add_stage("At the door"), journey.add_stage("Elsewhere")
    card = journey.add_touchpoint(door.id, "Ticket machine")
    slow = journey.add_touchpoint(door.id, "Turnstile")
    far = journey.add_touchpoint(other.id, "Cloakroom")
    journey.add_annotation("pain_point", door.id, "Queue outside", severity=2)
    journey.add_annotation("pain_point", card.id, "Machine crashes", severity=5)
    journey.add_annotation("pain_point", slow.id, "Gate is slow", severity=3, votes=2)
    journey.add_annotation("pain_point", far.id, "Coats lost", severity=4)
    out = tmp_path / "pains.pdf"
    export_pdf(journey, out, ExportOptions(layout="slides"))
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]
    door_page = next(text for text in pages if text.startswith("At the door"))
    found = [door_page.find(t) for t in ("Gate is slow", "Machine crashes", "Queue outside")]
    assert -1 not in found and found == sorted(found)  # 3 × (1 + 2 votes) > 5 > 2: worst first
    assert "Coats lost" not in door_page
    assert "Coats lost" in next(text for text in pages if text.startswith("Elsewhere"))
    overview = next(text for text in pages if "Pain points: 3" in text)
    assert "Pain points: 1" in overview  # the overview counts them per stage


def test_the_same_map_lays_out_to_equal_pages_whose_items_hash_alike() -> None:
    """Writers may recognise a run of items they drew before (PowerPoint copies a legend that
    recurs on every slide): items are values, equal and hashed alike when laid out again."""
    journey = build_template("saas-trial", "lv")
    first = slide_pages(journey, ExportOptions(story=True))
    again = slide_pages(journey, ExportOptions(story=True))
    assert [p.items for p in first] == [p.items for p in again]
    assert [hash(tuple(p.items)) for p in first] == [hash(tuple(p.items)) for p in again]


def test_the_overview_keeps_each_stages_counts_whole_in_every_language(tmp_path: Path) -> None:
    for language in ("en", "ru", "uk", "lv"):
        journey = build_template("e-shop", language)
        out = tmp_path / f"{language}.pdf"
        export_pdf(journey, out, ExportOptions(layout="slides"))
        text = " ".join(PdfReader(out).pages[1].extract_text().split())
        for kind in ("pain_point", "opportunity"):
            expected = []
            for stage in journey.stages():
                on = {stage.id} | {tp.id for tp in journey.touchpoints(stage.id)}
                notes = [a for a in journey.annotations() if a.kind.value == kind]
                expected.append(sum(a.target in on for a in notes))
            label = {"pain_point": "Pain points", "opportunity": "Opportunities"}[kind]
            if language != "en":  # the word may be cut ("Больові точ…"), its count never
                label = {"ru": ("Болевые", "Возможности"), "uk": ("Больові", "Можливості"),
                         "lv": ("Sāpju", "Iespējas")}[language][kind == "opportunity"]  # fmt: skip
            found = re.findall(re.escape(label) + r"[^:]{0,20}: (\d+)", text)
            assert [int(n) for n in found] == expected, (language, kind, text)
