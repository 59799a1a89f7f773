"""Caches behind a fast canvas: memoised layout equals a cold one; cached items show edits."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QUndoStack

from bench.generate import make_map
from journeymapper.commands import ChangeAttributes, push
from journeymapper.io.jmap import dumps_map, loads_map
from journeymapper.layout import LayoutOptions, MapLayout, clear_caches, compute_layout
from journeymapper.layout.identity_memo import IdentityMemo
from journeymapper.layout.text import wrap, wrap_uncached
from journeymapper.model import JourneyMap, LaneKind, VotingRound
from journeymapper.scene import MapScene
from journeymapper.words.labels import channel_names, metric_names
from tests.scene_helpers import close_canvases, open_canvas  # noqa: F401


def _cold(journey: JourneyMap, options: LayoutOptions):  # type: ignore[no-untyped-def]
    clear_caches()
    return compute_layout(journey, options)


@pytest.mark.parametrize("theme", ["light", "print", "projector"])
def test_warm_layout_equals_a_cold_one(theme: str) -> None:
    journey = make_map(120, 6, personas=3)
    options = LayoutOptions(theme=theme)
    cold = _cold(journey, options)
    compute_layout(journey, LayoutOptions(theme="projector" if theme != "projector" else "light"))
    assert compute_layout(journey, options) == cold


def test_after_each_kind_of_edit_the_warm_layout_equals_a_cold_one() -> None:
    """Stages, cards, notes, curves and metrics are memoised per stage: every edit must show."""
    journey = make_map(120, 6, personas=3)
    options = LayoutOptions(channel_labels=channel_names("ru"), metric_labels=metric_names("ru"))
    persona = journey.personas()[0].id
    stages = journey.stages()
    tp, other = journey.touchpoints()[7], journey.touchpoints()[40]
    pain = next(a for a in journey.annotations() if a.kind.value == "pain_point")
    edits = [
        lambda: journey.update(tp.id, name="Новое имя"),
        lambda: journey.set_emotion(tp.id, persona, -2, 2),
        lambda: journey.move_touchpoint(tp.id, stages[3].id, 0),
        lambda: journey.update(other.id, metrics={"csat": 55}),
        lambda: journey.add_annotation("pain_point", other.id, "Долго грузится", severity=4),
        lambda: journey.update(pain.id, votes=7),
        lambda: journey.set_voting(VotingRound(("Аня",), targets=("pain_point",))),
        lambda: journey.cast_vote("Аня", pain.id),
        lambda: journey.update(stages[1].id, name="Выбор"),
    ]
    compute_layout(journey, options)
    for edit in edits:
        edit()
        assert compute_layout(journey, options) == _cold(journey, options)
    english = LayoutOptions(channel_labels=channel_names("en"), metric_labels=metric_names("en"))
    assert compute_layout(journey, english) == _cold(journey, english)


def test_flows_routed_again_only_where_stages_changed_match_a_cold_routing() -> None:
    """Arrows are reused from the last layout for flows at unchanged stages; another map with
    equal flows, a view that hides a stage or a moved card must not see stale arrows."""
    first, twin = make_map(80, 5, personas=2), make_map(80, 5, personas=2)
    compute_layout(first)
    assert compute_layout(twin) == _cold(twin, LayoutOptions())
    view = twin.add_view("Без второго этапа", stages=[s.id for s in twin.stages()][::2])
    compute_layout(first)
    hidden = LayoutOptions(view_id=view.id)
    assert compute_layout(twin, hidden) == _cold(twin, hidden)
    moved = twin.touchpoints()[3]
    twin.move_touchpoint(moved.id, twin.stages()[2].id, 0)
    assert compute_layout(twin, hidden) == _cold(twin, hidden)
    assert compute_layout(twin) == _cold(twin, LayoutOptions())


def test_layouts_in_two_threads_do_not_mix_their_memos() -> None:
    """An export lays its snapshot out in a worker thread while the canvas lays out the map."""
    maps = [make_map(60, 4, personas=2, seed=seed) for seed in (1, 2)]
    moves = [
        [(tp.id, m.stages()[k % 4].id) for k, tp in enumerate(m.touchpoints()[:12])] for m in maps
    ]
    expected: list[list[MapLayout]] = [[], []]
    for index, journey in enumerate(maps):  # every state, laid out cold, one thread
        copy = loads_map(dumps_map(journey))
        for tp_id, stage_id in moves[index]:
            copy.move_touchpoint(tp_id, stage_id, 0)
            expected[index].append(_cold(copy, LayoutOptions()))
    got: list[list[MapLayout]] = [[], []]

    def run(index: int) -> None:
        journey = maps[index]
        for tp_id, stage_id in moves[index]:
            journey.move_touchpoint(tp_id, stage_id, 0)
            got[index].append(compute_layout(journey))

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads often, so their layouts interleave
    try:
        worker = threading.Thread(target=run, args=(1,))
        worker.start()
        run(0)
        worker.join()
    finally:
        sys.setswitchinterval(interval)
    for index in (0, 1):
        assert [lay.arrows for lay in got[index]] == [lay.arrows for lay in expected[index]]
        assert got[index] == expected[index]


def test_wrap_memo_agrees_with_the_reference() -> None:
    texts = ["", "Оплата картой на сайте", "ģimene " * 30, "a\nb c", "x" * 200, "Žurnāls ūdens"]
    for text in texts:
        for width, size, bold, lines in ((60, 8, False, None), (120, 9.5, True, 3), (30, 7, 0, 1)):
            expected = wrap_uncached(text, width, size, bool(bold), lines)
            assert wrap(text, width, size, bool(bold), lines) == expected
            assert wrap(text, width, size, bool(bold), lines) == expected  # now from the memo


def test_a_memoised_result_cannot_be_changed_by_its_caller() -> None:
    lines, _cut = wrap("one two three four five six", 40, 8)
    lines.append("garbage")
    assert "garbage" not in wrap("one two three four five six", 40, 8)[0]


def test_edited_card_text_reaches_the_layout_after_the_same_text_was_cached() -> None:
    journey = make_map(30, 3, personas=1)
    tp = journey.touchpoints()[4]
    before = compute_layout(journey).cards[tp.id]
    journey.update(tp.id, name="Совсем другое имя")
    after = compute_layout(journey).cards[tp.id]
    assert after.title_lines == ["Совсем другое имя"]
    assert after != before
    journey.update(tp.id, name=tp.name)
    assert compute_layout(journey).cards[tp.id] == before


def test_unchanged_cards_keep_their_box_object() -> None:
    journey = make_map(30, 3, personas=1)
    first = compute_layout(journey)
    moved = journey.touchpoints()[-1]
    journey.update(moved.id, name="Renamed")
    second = compute_layout(journey)
    untouched = journey.touchpoints()[0].id
    assert second.cards[untouched] is first.cards[untouched]
    assert second.cards[moved.id] is not first.cards[moved.id]


def _pixels(view, rect: QRectF) -> QImage:  # type: ignore[no-untyped-def]
    view.viewport().repaint()
    return view.grab(view.mapFromScene(rect).boundingRect()).toImage()


def test_cached_card_repaints_with_new_text_and_back_on_undo(qtbot, small_map: JourneyMap) -> None:
    scene, view, stack = open_canvas(qtbot, small_map)
    tp = small_map.touchpoints()[0]
    card = scene.card_item(tp.id)
    assert card is not None
    rect = card.sceneBoundingRect()
    original = _pixels(view, rect)
    assert _pixels(view, rect) == original  # the device cache reproduces the card exactly
    push(stack, ChangeAttributes(small_map, tp.id, {"name": "Совсем другое имя"}))
    card = scene.card_item(tp.id)
    assert card is not None
    assert any("Совсем" in run.text for run in card.box.runs)  # type: ignore[union-attr]
    assert _pixels(view, rect) != original
    stack.undo()
    assert _pixels(view, rect) == original


def test_selection_and_channel_change_repaint_a_cached_card(qtbot, small_map: JourneyMap) -> None:
    scene, view, stack = open_canvas(qtbot, small_map)
    tp = small_map.touchpoints()[0]
    card = scene.card_item(tp.id)
    assert card is not None
    rect = card.sceneBoundingRect()
    plain = _pixels(view, rect)
    scene.select_ids([tp.id])
    assert _pixels(view, rect) != plain
    scene.select_ids([])
    assert _pixels(view, rect) == plain
    push(stack, ChangeAttributes(small_map, tp.id, {"colour": "#00ff00"}))
    assert _pixels(view, rect) != plain


def test_cached_arrows_repaint_when_selected_or_relabelled(qtbot, small_map: JourneyMap) -> None:
    scene, view, stack = open_canvas(qtbot, small_map)
    flow = small_map.flows()[1]  # "в корзину"
    item = scene.mirror.arrows[flow.id]
    rect = item.sceneBoundingRect()
    plain = _pixels(view, rect)
    assert _pixels(view, rect) == plain  # the device cache reproduces the arrow exactly
    scene.select_ids([flow.id])
    assert _pixels(view, rect) != plain
    scene.select_ids([])
    assert _pixels(view, rect) == plain
    push(stack, ChangeAttributes(small_map, flow.id, {"label": "дальше"}))
    assert _pixels(view, rect) != plain
    stack.undo()
    assert _pixels(view, rect) == plain


def test_a_scene_in_another_theme_uses_that_themes_text(qtbot, small_map: JourneyMap) -> None:
    light = MapScene(small_map, QUndoStack())
    projector = MapScene(small_map, QUndoStack(), theme="projector")
    tp = small_map.touchpoints()[0].id
    sizes = {run.size for run in projector.mirror.cards[tp].box.runs}  # type: ignore[union-attr]
    assert sizes.isdisjoint({run.size for run in light.mirror.cards[tp].box.runs})  # type: ignore[union-attr]
    assert projector.layout == _cold(
        small_map,
        LayoutOptions(
            theme="projector",
            persona_ids=[p.id for p in small_map.personas()],
            channel_labels=channel_names(small_map.language.value),
            metric_labels=metric_names(small_map.language.value),
        ),
    )
    light.close()
    projector.close()


def test_legend_sits_above_the_plot_and_toggles_personas(qtbot, small_map: JourneyMap) -> None:
    small_map.add_lane(LaneKind.EMOTION, "Эмоции")
    small_map.add_persona("Борис", colour="#1f77b4", marker="triangle")
    scene, view, _stack = open_canvas(qtbot, small_map)
    legend, box = scene.mirror.legend, scene.layout.emotion
    assert box is not None and legend.isVisible()
    area = legend.sceneBoundingRect()
    assert area.bottom() <= box.rect.y - scene.theme.marker_size
    assert area.left() >= scene.layout.label_column.right
    boris = small_map.personas()[1].id
    left, right = legend.spans[1]
    assert legend.persona_at(legend.mapToScene((left + right) / 2, legend.row / 2)) == boris
    view.horizontalScrollBar().setValue(200)
    assert legend.sceneBoundingRect().left() >= view.visible_rect().left()


def test_identity_memo_hits_only_the_same_objects_and_stays_bounded() -> None:
    memo: IdentityMemo[str] = IdentityMemo(2)
    calls: list[str] = []

    def compute(label: str) -> str:
        calls.append(label)
        return label

    a, b = ["same"], ["same"]  # equal, but different objects
    assert memo.get((a,), 1, lambda: compute("a")) == "a"
    assert memo.get((a,), 1, lambda: compute("again")) == "a"  # a hit
    assert memo.get((b,), 1, lambda: compute("b")) == "b"  # equal is not enough
    assert memo.get((a,), 2, lambda: compute("a2")) == "a2"  # other parameters
    assert memo.get((a,), 1, lambda: compute("a1")) == "a1"  # the oldest entry was dropped
    assert calls == ["a", "b", "a2", "a1"]
