"""Insights dock: ranked pains, lowest moments, dead ends, funnel and gaps; a click selects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from journeymapper.commands import ChangeAttributes, RemoveEntities
from journeymapper.model import AnnotationKind, FlowKind, VotingRound, analysis, insights
from journeymapper.workshop import Workshop
from tests import ui_helpers, workshop_helpers

make_window = ui_helpers.make_window
boxes = ui_helpers.boxes
workshop = workshop_helpers.workshop


def _leaf(workshop: Workshop, entity_id: str) -> Any:
    tree = workshop.insights.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            if top.child(j).data(0, Qt.ItemDataRole.UserRole) == entity_id:
                return top.child(j)
    raise AssertionError(f"{entity_id} is not listed")


def test_sections_follow_the_analysis(workshop: Workshop) -> None:
    journey = workshop.window.document.journey
    entries = workshop.insights.entries()
    ids = [entity_id for _text, entity_id in entries]
    worst = analysis.ranked_annotations(journey)[0]
    assert ids[0] == worst.id
    for points in analysis.lowest_moments(journey).values():
        assert all(p.touchpoint_id in ids for p in points)
    funnel = insights.funnel(journey)
    assert any(step.lost_here for step in funnel)  # the template loses customers on the way
    assert [s[0] for s in workshop.insights.funnel.steps] == [s.touchpoint_id for s in funnel]


def test_a_touchpoint_left_without_a_way_out_is_listed_as_a_dead_end(
    workshop: Workshop, qtbot: Any
) -> None:
    window = workshop.window
    journey = window.document.journey
    first_stage = journey.stages()[0].id
    tp = next(t for t in journey.touchpoints(first_stage) if journey.flows_from(t.id))
    assert tp.id not in [entity_id for _text, entity_id in workshop.insights.entries()]
    flows = [f.id for f in journey.flows_from(tp.id)]
    window.context.push(RemoveEntities(journey, flows))
    qtbot.waitUntil(
        lambda: tp.id in [entity_id for _text, entity_id in workshop.insights.entries()],
        timeout=2000,
    )
    leaf = _leaf(workshop, tp.id)
    assert tp.name in leaf.text(0)
    assert leaf.parent().text(0).startswith("Dead ends")


def test_refreshes_on_model_changes_and_votes_reorder_pains(workshop: Workshop, qtbot: Any) -> None:
    window = workshop.window
    journey = window.document.journey
    pains = analysis.ranked_annotations(journey)
    last = pains[-1]
    window.context.push(ChangeAttributes(journey, last.id, {"severity": 5, "votes": 9}))
    qtbot.waitUntil(lambda: workshop.insights.entries()[0][1] == last.id, timeout=2000)
    other = pains[0]
    journey.set_voting(VotingRound(("Anna",), 20, ("pain_point",), hidden=True))
    for _ in range(15):
        journey.cast_vote("Anna", other.id)
    qtbot.waitUntil(lambda: workshop.insights.entries()[0][1] == last.id, timeout=2000)
    workshop.voting.reveal()
    qtbot.waitUntil(lambda: workshop.insights.entries()[0][1] == other.id, timeout=2000)


def test_clicking_an_entry_selects_and_centres_it(workshop: Workshop, qtbot: Any) -> None:
    window = workshop.window
    journey = window.document.journey
    workshop.insights_dock.show()
    scene, view = window.document.scene, window.view
    view.set_zoom(2.0)
    pain = journey.annotations(kind=AnnotationKind.PAIN_POINT)[-1]
    leaf = _leaf(workshop, pain.id)
    tree = workshop.insights.tree
    tree.scrollToItem(leaf)
    rect = tree.visualItemRect(leaf)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert scene.selected_ids() == [pain.id]
    note = scene.mirror.notes[pain.id]
    assert view.visible_rect().contains(note.sceneBoundingRect().center())
    low = next(iter(analysis.lowest_moments(journey).values()))[0]
    workshop.insights.item_chosen.emit(low.touchpoint_id)
    assert scene.selected_ids() == [low.touchpoint_id]


def test_funnel_chart_click_selects_a_step(workshop: Workshop, qtbot: Any) -> None:
    journey = workshop.window.document.journey
    path = analysis.main_path(journey)
    assert len(path) > 1
    exit_flows = [f for f in journey.flows() if f.kind is FlowKind.EXIT and f.percent]
    if not exit_flows:
        journey.add_flow(path[0], None, FlowKind.EXIT, percent=30)
    workshop.insights.refresh()
    chart = workshop.insights.funnel
    assert chart.steps
    workshop.insights_dock.show()
    qtbot.waitExposed(chart)
    rect = chart.row_rect(1)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert workshop.window.document.scene.selected_ids() == [chart.steps[1][0]]
