"""The pure layout: wrapping and eliding, filters, curve points, scale mapping and arrows."""

from __future__ import annotations

import time

import pytest

from journeymapper.layout import LayoutOptions, MapLayout, Rect, compute_layout
from journeymapper.layout.text import measure, wrap
from journeymapper.layout.theme import THEMES, get_theme
from journeymapper.model import EmotionScale, FlowKind, JourneyMap, LaneKind, sequential_ids
from journeymapper.templates import build_template

LV = "Klients izvēlas piegādes veidu un ievada ģimenes adresi ar garumzīmēm āčēģīķļņšūž"
RU = "Клиент выбирает способ доставки и вводит адрес, потом долго ждёт подтверждения"


def small_map() -> JourneyMap:
    journey = JourneyMap("Test", language="lv", id_generator=sequential_ids("t"))
    journey.add_lane(LaneKind.TOUCHPOINTS, "Saskarsmes punkti")
    journey.add_lane(LaneKind.TEXT, "Darbības")
    journey.add_lane(LaneKind.EMOTION, "Emocijas")
    journey.add_lane(LaneKind.PAIN_POINTS, "Sāpju punkti")
    journey.add_lane(LaneKind.METRICS, "Rādītāji")
    a = journey.add_stage("Uzzina")
    b = journey.add_stage("Pērk")
    journey.add_stage("Tukšs posms")
    anna = journey.add_persona("Anna", colour="#0072b2")
    ivan = journey.add_persona("Иван", colour="#e69f00")
    t1 = journey.add_touchpoint(a.id, "Reklāma", description=LV)
    t2 = journey.add_touchpoint(a.id, "Draugs iesaka")
    t3 = journey.add_touchpoint(b.id, "Grozs", description=RU)
    for tp, value in ((t1, 1), (t2, 0), (t3, -2)):
        journey.set_emotion(tp.id, anna.id, value, 2)
        journey.set_emotion(tp.id, ivan.id, -value)
    journey.add_flow(t1.id, t3.id, FlowKind.MAIN, percent=40)
    journey.add_flow(t2.id, t3.id, FlowKind.ALTERNATE)
    journey.add_flow(t3.id, t1.id, FlowKind.BACK, label="atpakaļ")
    journey.add_flow(t3.id, None, FlowKind.EXIT, label="pamet grozu")
    journey.add_annotation("pain_point", t3.id, "Garā forma", severity=5)
    journey.add_annotation("pain_point", b.id, "Posma sāpe")
    journey.set_metric(t3.id, "csat", 61)
    return journey


def all_rects(layout: MapLayout) -> list[Rect]:
    rects = [c.rect for c in layout.cards.values()] + [c.rect for c in layout.cells]
    return rects + [c.rect for c in layout.annotation_cards.values()]


def test_wrap_keeps_lines_within_width_for_cyrillic_and_latvian() -> None:
    for text in (LV, RU):
        lines, elided = wrap(text, 120, 9)
        assert not elided
        assert " ".join(lines) == text
        assert all(measure(line, 9) <= 120 for line in lines)


def test_wrap_elides_ten_thousand_characters() -> None:
    long_text = ("ļoti garš teksts ar diakritiskām zīmēm " * 300)[:10_000]
    start = time.perf_counter()
    lines, elided = wrap(long_text, 150, 8, max_lines=4)
    assert time.perf_counter() - start < 5  # a guard against runaway loops, not a benchmark
    assert elided and len(lines) == 4
    assert lines[-1].endswith("…")
    assert all(measure(line, 8) <= 150 for line in lines)


def test_wrap_breaks_a_word_without_spaces() -> None:
    lines, elided = wrap("Щ" * 10_000, 100, 10, bold=True, max_lines=3)
    assert elided and len(lines) == 3
    assert all(measure(line, 10, bold=True) <= 100 for line in lines)
    full, cut = wrap("Щ" * 200, 100, 10, bold=True)
    assert not cut and "".join(full) == "Щ" * 200


def test_wrap_empty_and_newlines() -> None:
    assert wrap("", 100, 10) == ([], False)
    assert wrap("a\nb", 100, 10) == (["a", "b"], False)


def test_measure_uses_dejavu_metrics() -> None:
    assert measure("", 10) == 0
    assert measure("ММ", 10) == pytest.approx(2 * measure("М", 10))
    assert measure("Ж", 10, bold=True) > measure("Ж", 10)


def test_empty_map_gives_a_valid_layout() -> None:
    layout = compute_layout(JourneyMap("Empty"))
    assert layout.is_empty and layout.width > 0 and layout.height > 0
    assert layout.cards == {} and layout.emotion is None and layout.arrows == []


@pytest.mark.parametrize("theme", THEMES)
def test_text_stays_inside_its_box(theme: str) -> None:
    journey = small_map()
    layout = compute_layout(journey, LayoutOptions(theme=theme))
    boxes = list(layout.cards.values()) + list(layout.annotation_cards.values())
    for box in boxes:
        for run in box.runs:
            assert box.rect.x <= run.x
            assert run.x + measure(run.text, run.size, run.bold) <= box.rect.right + 0.01
            assert box.rect.y < run.baseline < box.rect.bottom
    for cell in layout.cells:
        for run in cell.runs:
            assert run.x + measure(run.text, run.size) <= cell.rect.right + 0.01
            assert cell.rect.y < run.baseline < cell.rect.bottom
    for header in layout.stage_headers:
        for run in header.runs:
            assert header.rect.x <= run.x
            assert run.x + measure(run.text, run.size, True) <= header.rect.right + 0.01


def test_nothing_overlaps_and_everything_is_on_the_page() -> None:
    layout = compute_layout(small_map())
    page = Rect(0, 0, layout.width, layout.height)
    rects = all_rects(layout)
    for i, rect in enumerate(rects):
        assert page.contains(rect)
        assert not any(rect.intersects(other) for other in rects[i + 1 :])


def test_cards_sit_in_their_stage_column_and_touchpoint_lane() -> None:
    journey = small_map()
    layout = compute_layout(journey)
    lane = next(lane for lane in layout.lanes if lane.kind is LaneKind.TOUCHPOINTS)
    for tp in journey.touchpoints():
        card = layout.cards[tp.id]
        assert layout.stage_box(tp.stage_id).column.contains(card.rect)
        assert lane.row_rect.contains(card.rect)
    assert layout.stage_headers[2].rect.w > 0  # the empty stage still has a column


def test_long_texts_are_elided_not_spilled() -> None:
    journey = small_map()
    tp = journey.touchpoints()[0]
    journey.update(tp.id, name="Ļ" * 500, description="Жёлтый " * 1500)
    stage = journey.stages()[0]
    journey.update(stage.id, name="Ļoti garš posma nosaukums " * 20)
    layout = compute_layout(journey)
    card = layout.cards[tp.id]
    assert card.elided and card.title_lines[-1].endswith("…")
    header = layout.stage_box(stage.id)
    assert header.elided and len(header.lines) == 3
    assert card.rect.h < 200


def test_curve_points_match_their_card_x() -> None:
    journey = small_map()
    layout = compute_layout(journey)
    assert layout.emotion is not None
    assert len(layout.emotion.curves) == 2
    for curve in layout.emotion.curves:
        for point in curve.as_is + curve.to_be:
            card = layout.cards[point.touchpoint_id]
            assert point.x == pytest.approx(card.rect.center[0])
            assert point.y == pytest.approx(layout.emotion.value_to_y(point.value))
    anna = layout.emotion.curves[0]
    assert [p.value for p in anna.as_is] == [1, 0, -2]
    assert [p.value for p in anna.to_be] == [2, 2, 2]


def test_curve_x_runs_left_to_right_in_a_card_grid() -> None:
    journey = JourneyMap("Grid", id_generator=sequential_ids("g"))
    journey.add_lane(LaneKind.TOUCHPOINTS, "Cards")
    journey.add_lane(LaneKind.EMOTION, "Emotions")
    stage = journey.add_stage("Big stage")
    persona = journey.add_persona("P")
    for i in range(40):
        tp = journey.add_touchpoint(stage.id, f"Card {i}")
        journey.set_emotion(tp.id, persona.id, i % 5 - 2)
    layout = compute_layout(journey)
    assert layout.emotion is not None
    xs = [p.x for p in layout.emotion.curves[0].as_is]
    assert xs == sorted(xs) and len(set(xs)) == 40
    for point in layout.emotion.curves[0].as_is:
        card = layout.cards[point.touchpoint_id].rect
        assert card.x <= point.x <= card.right
    assert len({c.rect.y for c in layout.cards.values()}) > 1  # wrapped into rows


def test_value_to_y_round_trips() -> None:
    journey = JourneyMap("Scale", id_generator=sequential_ids("s"))
    journey.add_lane(LaneKind.EMOTION, "Emotions")
    journey.set_emotion_scale(EmotionScale(1, 10))
    layout = compute_layout(journey)
    emotion = layout.emotion
    assert emotion is not None
    assert [g[0] for g in emotion.gridlines] == list(range(1, 11))
    for value in range(1, 11):
        y = emotion.value_to_y(value)
        assert emotion.rect.y - 0.01 <= y <= emotion.rect.bottom + 0.01
        assert emotion.y_to_value(y) == value
        assert emotion.y_to_value(y + 2) == value
    assert emotion.y_to_value(-1e6) == 10 and emotion.y_to_value(1e6) == 1


def test_arrows_join_the_right_cards() -> None:
    journey = small_map()
    layout = compute_layout(journey)
    by_flow = {a.flow_id: a for a in layout.arrows}
    for flow in journey.flows():
        arrow = by_flow[flow.id]
        source = layout.cards[flow.source].rect
        start = arrow.points[0]
        assert source.x <= start[0] <= source.right and source.y <= start[1] <= source.bottom
        if flow.target is not None:
            target = layout.cards[flow.target].rect
            end = arrow.points[-1]
            assert target.x <= end[0] <= target.right and target.y <= end[1] <= target.bottom
    back = next(a for a in layout.arrows if a.kind is FlowKind.BACK)
    source = layout.cards[back.source_id].rect
    assert min(y for _x, y in back.points) < source.y  # curves backwards over the cards
    assert back.label == "atpakaļ"
    main = next(a for a in layout.arrows if a.kind is FlowKind.MAIN)
    assert main.label == "40%"
    assert len(layout.exit_markers) == 1 and layout.exit_markers[0].label == "pamet grozu"


def test_a_label_too_wide_for_the_gap_goes_under_the_target_card() -> None:
    """Cards are drawn over arrows: a label left in a narrow gap would be cut off."""
    journey = JourneyMap("Labels", id_generator=sequential_ids())
    stage = journey.add_stage("Buy")
    journey.add_lane(LaneKind.TOUCHPOINTS, "Touchpoints")
    a, b, c = (journey.add_touchpoint(stage.id, name) for name in ("Cart", "Pay", "Done"))
    short = journey.add_flow(a.id, b.id, FlowKind.MAIN, percent=40)
    long = journey.add_flow(b.id, c.id, FlowKind.MAIN, label="goes on to the payment page")
    layout = compute_layout(journey)
    theme = get_theme("light")
    arrows = {arrow.flow_id: arrow for arrow in layout.arrows}
    source, target = layout.cards[a.id].rect, layout.cards[b.id].rect
    x, y = arrows[short.id].label_pos
    assert source.right < x < target.x and source.y < y < source.bottom  # "40%" fits the gap
    pay, done = layout.cards[b.id].rect, layout.cards[c.id].rect
    x, y = arrows[long.id].label_pos
    width = measure("goes on to the payment page", theme.small_size)
    assert y > max(pay.bottom, done.bottom)  # below the cards ...
    assert x - width / 2 >= done.x - 1  # ... starting at the target card, clear of the gap


def test_view_filters_stages_lanes_and_personas() -> None:
    journey = small_map()
    stages, lanes, personas = journey.stages(), journey.lanes(), journey.personas()
    view = journey.add_view(
        "Vadībai",
        stages=(stages[1].id,),
        lanes=(lanes[0].id, lanes[2].id),
        personas=(personas[1].id,),
    )
    layout = compute_layout(journey, LayoutOptions(view_id=view.id))
    assert [s.stage_id for s in layout.stage_headers] == [stages[1].id]
    assert [lane.lane_id for lane in layout.lanes] == [lanes[0].id, lanes[2].id]
    assert set(layout.cards) == {tp.id for tp in journey.touchpoints(stages[1].id)}
    assert layout.emotion is not None
    assert [c.persona_id for c in layout.emotion.curves] == [personas[1].id]
    assert all(a.target_id in layout.cards for a in layout.arrows if a.target_id)
    assert layout.annotation_cards == {}
    only_anna = compute_layout(journey, LayoutOptions(persona_ids=[personas[0].id]))
    assert only_anna.emotion is not None
    assert [c.persona_id for c in only_anna.emotion.curves] == [personas[0].id]


def test_hidden_lanes_are_left_out() -> None:
    journey = small_map()
    text_lane = journey.lanes()[1]
    journey.update(text_lane.id, hidden=True)
    layout = compute_layout(journey)
    assert text_lane.id not in [lane.lane_id for lane in layout.lanes]
    assert all(cell.lane_id != text_lane.id for cell in layout.cells)


def test_annotations_sit_under_their_touchpoint() -> None:
    journey = small_map()
    layout = compute_layout(journey)
    for note in journey.annotations():
        box = layout.annotation_cards[note.id]
        if journey.kind_of(note.target) == "touchpoint":
            assert box.rect.x == pytest.approx(layout.cards[note.target].rect.x)
        lane = next(lane for lane in layout.lanes if lane.lane_id == box.lane_id)
        assert lane.kind is LaneKind.PAIN_POINTS and lane.row_rect.contains(box.rect)


@pytest.mark.parametrize("language", ["en", "ru", "uk", "lv"])
def test_templates_lay_out_in_every_language(language: str) -> None:
    journey = build_template("e-shop", language)
    layout = compute_layout(journey)
    assert len(layout.cards) == len(journey.touchpoints())
    page = Rect(0, 0, layout.width, layout.height)
    assert all(page.contains(r) for r in all_rects(layout))


def test_themes_exist_and_unknown_theme_is_refused() -> None:
    assert get_theme("projector").card_title_size > get_theme("light").card_title_size
    with pytest.raises(ValueError, match="unknown theme"):
        get_theme("neon")


def test_metrics_cells_use_the_given_names_and_mark_percentages() -> None:
    from journeymapper.layout.cells import metrics_text
    from journeymapper.model import JourneyMap
    from journeymapper.words.labels import metric_names

    journey = JourneyMap(language="ru")
    stage = journey.add_stage("Покупка")
    journey.add_touchpoint(stage.id, "Корзина", metrics={"csat": 72, "drop_off": 45})
    assert metrics_text(journey, stage, metric_names("ru")) == "Корзина: CSAT 72 · отказы 45 %"
    assert metrics_text(journey, stage) == "Корзина: CSAT 72 · drop-off 45 %"
