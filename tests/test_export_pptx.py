"""PowerPoint export read back with python-pptx: a deck PowerPoint users edit as their own."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pypdf import PdfReader

from journeymapper.export.options import ExportOptions
from journeymapper.export.pdf import export_pdf
from journeymapper.export.pptx import export_pptx
from journeymapper.model import JourneyMap, LaneKind
from journeymapper.templates import build_template
from tests.export_helpers import LV_NAME, RU_NAME, UK_NAME, mixed_map
from tests.pptx_helpers import A, groups, slide_xml, walk


def texts(path: Path) -> list[str]:
    deck = Presentation(str(path))
    return [s.text_frame.text for sl in deck.slides for s in walk(sl.shapes) if s.has_text_frame]


def test_every_extent_and_offset_is_valid(tmp_path: Path) -> None:
    for journey in (build_template("e-shop", "ru"), mixed_map()):
        out = tmp_path / "deck.pptx"
        export_pptx(journey, out, ExportOptions())
        checked = 0
        for name, root in slide_xml(out):
            for element in root.iter(f"{A}ext", f"{A}chExt"):
                if element.get("cx") is None:
                    continue  # an extension list entry, not an extent
                cx, cy = int(element.get("cx", "-1")), int(element.get("cy", "-1"))
                assert 0 <= cx <= 51206400 and 0 <= cy <= 51206400, (name, cx, cy)
                checked += 1
            for element in root.iter(f"{A}off", f"{A}chOff"):
                x, y = int(element.get("x", "x")), int(element.get("y", "y"))
                assert abs(x) < 2**31 and abs(y) < 2**31, (name, x, y)
        assert checked > 100


def test_package_says_what_it_is(tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    export_pptx(mixed_map(), out, ExportOptions())
    deck = Presentation(str(out))
    assert deck.slide_width == 12192000 and deck.slide_height == 6858000  # 16:9 widescreen
    props = deck.core_properties
    assert props.title == "Kartes nosaukums — Карта"
    assert props.author == "Līga Bērziņa" and props.language == "lv"
    assert props.created is not None and props.created.year >= 2025
    with zipfile.ZipFile(out) as package:
        presentation = package.read("ppt/presentation.xml").decode()
        app = package.read("docProps/app.xml").decode()
        core = package.read("docProps/core.xml").decode()
        thumbnail = Image.open(io.BytesIO(package.read("docProps/thumbnail.jpeg")))
    assert "screen4x3" not in presentation
    assert "<Application>JourneyMapper</Application>" in app and "Widescreen" in app
    assert "python-pptx" not in core + app and "Steve Canny" not in core
    assert thumbnail.width == 256 and abs(thumbnail.width / thumbnail.height - 16 / 9) < 0.02
    colours = thumbnail.convert("L").getextrema()
    assert colours[1] - colours[0] > 100  # the title slide, not a blank picture


def test_titles_sit_in_title_placeholders(tmp_path: Path) -> None:
    journey = build_template("e-shop", "uk")
    out = tmp_path / "deck.pptx"
    export_pptx(journey, out, ExportOptions())
    deck = Presentation(str(out))
    first = deck.slides[0]
    assert first.slide_layout.name == "Title Slide"
    assert first.shapes.title is not None and first.shapes.title.text == journey.title
    stage_names = [s.name for s in journey.stages()]
    for slide in list(deck.slides)[1:]:
        assert slide.slide_layout.name == "Title Only"
        title = slide.shapes.title
        assert title is not None and title.text.strip()
    titles = [s.shapes.title.text for s in deck.slides]  # type: ignore[union-attr]
    assert stage_names[0] in titles and "Увесь шлях клієнта" in titles


def test_cards_lanes_and_stages_are_groups_with_reflowing_text(tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    export_pptx(mixed_map(), out, ExportOptions())
    deck = Presentation(str(out))
    stage = next(s for s in deck.slides if s.shapes.title and s.shapes.title.text == RU_NAME)
    cards = groups(stage, "Card: Корзина")
    assert len(cards) == 1
    inner = list(cards[0].shapes)
    boxes = [s for s in inner if s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE]
    text = [s for s in inner if s.has_text_frame and s.text_frame.text]
    assert boxes and len(text) == 1  # box and text move together; one text body
    frame = text[0].text_frame
    assert frame.word_wrap is True  # reflows when edited or resized
    paragraphs = [p.text for p in frame.paragraphs]
    assert "Корзина" in paragraphs and "Кладёт пару в корзину" in paragraphs
    whole = deck.slides[1]
    assert groups(whole, f"Stage: {RU_NAME}") and groups(whole, "Card: Корзина")
    loose = [s for s in whole.shapes if s.shape_type != MSO_SHAPE_TYPE.GROUP]
    assert len(loose) < 40  # not hundreds of loose shapes


def test_emotion_curves_are_a_native_line_chart(tmp_path: Path) -> None:
    journey = build_template("e-shop", "en")
    out = tmp_path / "deck.pptx"
    export_pptx(journey, out, ExportOptions())
    deck = Presentation(str(out))
    frames = [s for s in deck.slides[1].shapes if s.has_chart]
    assert len(frames) == 1
    chart = frames[0].chart
    assert chart.value_axis.minimum_scale == -2 and chart.value_axis.maximum_scale == 2
    categories = list(chart.plots[0].categories)
    named = [i for i, c in enumerate(categories) if c.strip()]
    assert [categories[i] for i in named] == [tp.name for tp in journey.touchpoints()]
    people = {p.name: p for p in journey.personas()}
    series = {s.name: s for s in chart.plots[0].series}
    assert set(series) == {f"{n} ({w})" for n in people for w in ("as is", "to be")}
    for name, person in people.items():
        for state in ("as_is", "to_be"):
            values = series[f"{name} ({state.replace('_', ' ')})"].values
            expected = []
            for tp in journey.touchpoints():
                emotion = tp.emotions.get(person.id)
                expected.append(getattr(emotion, state) if emotion else None)
            assert [values[i] for i in named] == expected


def test_speaker_notes_hold_card_details_and_the_ranking(tmp_path: Path) -> None:
    journey = build_template("e-shop", "en")
    out = tmp_path / "deck.pptx"
    export_pptx(journey, out, ExportOptions())
    deck = Presentation(str(out))
    notes = {
        s.shapes.title.text: s.notes_slide.notes_text_frame.text  # type: ignore[union-attr]
        for s in deck.slides
        if s.has_notes_slide
    }
    checkout = next(tp for tp in journey.touchpoints() if tp.name == "Checkout form")
    stage_notes = notes[journey.stage(checkout.stage_id).name]
    for line in (
        "What happens: Fills in 14 fields; an account is required to continue.",
        "Customer need: Order as a guest in under a minute",
        "Tools we use: Web shop checkout",
        "Owner: E-commerce team",
        "Evidence: observed",
        "Metrics: drop-off 22",
        "Emotion · Emma, first-time buyer: as is very negative (-2); to be positive (1)",
    ):
        assert line in stage_notes
    ranking = notes["Pain points and opportunities, worst first"]
    for pain in (a for a in journey.annotations() if a.kind.value == "pain_point"):
        assert pain.text in ranking
    assert "severity 5/5" in ranking


def test_notes_of_a_view_carry_only_what_it_shows(tmp_path: Path) -> None:
    journey = build_template("e-shop", "en")
    out = tmp_path / "deck.pptx"
    export_pptx(journey, out, ExportOptions(view="Executives: main path"))
    deck = Presentation(str(out))
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide)
    assert "Emma, first-time buyer" in notes
    assert "Max, loyal sneakerhead" not in notes  # the view shows Emma only
    out = tmp_path / "max.pptx"
    export_pptx(journey, out, ExportOptions(persona="Max, loyal sneakerhead"))
    deck = Presentation(str(out))
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide)
    assert "Max, loyal sneakerhead" in notes and "Emma, first-time buyer" not in notes


def test_any_valid_map_exports_with_well_formed_text(tmp_path: Path) -> None:
    journey = JourneyMap("x")
    journey.set_setting("title", "\x1b[2J Title \u202eevil\u202c " + "T" * 300)
    journey.set_setting("author", "A" * 400)
    journey.add_lane(LaneKind.TOUCHPOINTS, "Touchpoints")
    stage = journey.add_stage("Stage \x07 one \ud800")  # a lone surrogate passes validate
    journey.add_touchpoint(stage.id, "Pay 💳 now\x0b", description="שלום עולם — مرحبا 🙂")
    out = tmp_path / "deck.pptx"
    export_pptx(journey, out, ExportOptions())
    for _name, _root in slide_xml(out):
        pass  # every slide parses as XML
    deck = Presentation(str(out))
    assert len(deck.core_properties.title) <= 255 and len(deck.core_properties.author) <= 255
    assert deck.core_properties.title.startswith("[2J Title evil")
    found = " ".join(texts(out))
    assert "Pay 💳 now" in found and "שלום עולם — مرحبا 🙂" in found
    assert "\x1b" not in found and "\u202e" not in found and "\x07" not in found


def test_template_decks_in_every_language(tmp_path: Path) -> None:
    for language, word in (
        ("en", "Pain points"),
        ("ru", "Болевые точки"),
        ("uk", "Больові"),
        ("lv", "Sāpju"),
    ):
        out = tmp_path / f"{language}.pptx"
        export_pptx(build_template("saas-trial", language), out, ExportOptions())
        assert any(word in t for t in texts(out))


def test_mixed_scripts_and_the_empty_map(tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    export_pptx(mixed_map(), out, ExportOptions())
    found = " ".join(texts(out))
    for name in (LV_NAME, RU_NAME, UK_NAME, "Jānis", "Длинная форма заказа", "Sāpju punkti"):
        assert name in found
    export_pptx(JourneyMap("Empty"), out, ExportOptions())
    assert any("This map is empty" in t for t in texts(out))


def test_pptx_has_the_pdf_decks_pages_as_native_shapes(tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    export_pptx(mixed_map(), out, ExportOptions())
    deck = Presentation(str(out))
    pdf = tmp_path / "deck.pdf"
    export_pdf(mixed_map(), pdf, ExportOptions())
    assert len(deck.slides) == len(PdfReader(pdf).pages)  # the same pages as the PDF deck
    kinds = {s.shape_type for slide in deck.slides for s in walk(slide.shapes)}
    assert MSO_SHAPE_TYPE.PICTURE not in kinds
    assert MSO_SHAPE_TYPE.FREEFORM in kinds  # curves and arrows
    found = " ".join(texts(out))
    for name in (LV_NAME, RU_NAME, UK_NAME, "Jānis", "Длинная форма заказа", "Sāpju punkti"):
        assert name in found


def test_the_type_floor_holds_in_powerpoint(tmp_path: Path) -> None:
    """No run under 12 pt (16 pt projector); only the footer, in the bottom strip, is smaller."""
    journey = build_template("saas-trial", "ru")
    for theme, floor in (("light", 12.0), ("projector", 16.0)):
        out = tmp_path / f"{theme}.pptx"
        export_pptx(journey, out, ExportOptions(theme=theme))
        deck = Presentation(str(out))
        footer_top = deck.slide_height * 0.94
        sizes = []
        for number, slide in enumerate(deck.slides, 1):
            for shape in walk(slide.shapes):
                if not shape.has_text_frame or shape.top >= footer_top:
                    continue
                for paragraph in shape.text_frame.paragraphs:
                    for run in paragraph.runs:
                        if not run.text.strip():
                            continue
                        assert run.font.size is not None, (number, run.text)
                        assert run.font.size.pt >= floor - 0.01, (theme, number, run.text)
                        sizes.append(run.font.size.pt)
        assert len(sizes) > 200
        footers = [
            run.font.size.pt
            for slide in deck.slides
            for shape in walk(slide.shapes)
            if shape.has_text_frame and shape.top >= footer_top
            for paragraph in shape.text_frame.paragraphs
            for run in paragraph.runs
            if run.font.size is not None
        ]
        assert footers and min(footers) >= 10 - 0.01  # the footer: title and slide number


def _ranking(path: Path) -> tuple[str, str]:
    """The ranking slide's own text and its speaker notes."""
    for slide in Presentation(str(path)).slides:
        title = slide.shapes.title
        if title is not None and title.text == "Pain points and opportunities, worst first":
            shown = " ".join(s.text_frame.text for s in walk(slide.shapes) if s.has_text_frame)
            return shown, slide.notes_slide.notes_text_frame.text
    raise AssertionError("no ranking slide")


def test_the_ranking_and_its_notes_show_the_notes_the_view_shows(tmp_path: Path) -> None:
    journey = build_template("e-shop", "en")
    pains = [a for a in journey.annotations() if a.kind.value == "pain_point"]
    assert any(journey.find(p.target) in journey.touchpoints() for p in pains)  # some on cards
    lanes = {lane.kind: lane.id for lane in journey.lanes()}
    every_lane_but = {
        kind: tuple(i for k, i in lanes.items() if k is not kind)
        for kind in (LaneKind.PAIN_POINTS, LaneKind.TOUCHPOINTS)
    }
    journey.add_view("No pains", lanes=every_lane_but[LaneKind.PAIN_POINTS])
    journey.add_view("No cards", lanes=every_lane_but[LaneKind.TOUCHPOINTS])
    out = tmp_path / "deck.pptx"
    export_pptx(journey, out, ExportOptions(view="No pains"))
    slide, notes = _ranking(out)
    for pain in pains:  # the hidden lane stays hidden in the speaker's notes too
        assert pain.text[:30] not in slide and pain.text not in notes
    export_pptx(journey, out, ExportOptions(view="No cards"))
    slide, notes = _ranking(out)
    for pain in pains:  # as the stage slides and the poster show them: on their stage
        assert pain.text[:30] in slide and pain.text in notes
