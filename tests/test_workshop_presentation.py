"""Presentation mode: projector theme, arrow keys walk stage by stage, a saved view, Esc leaves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from journeymapper.layout import compute_layout
from journeymapper.layout.options import LayoutOptions
from journeymapper.model import AnnotationKind, VotingRound
from journeymapper.workshop import Workshop
from journeymapper.workshop.presentation import PresentationWindow
from journeymapper.workshop.shots import READABLE_LINES, walk
from tests import ui_helpers, workshop_helpers

make_window = ui_helpers.make_window
boxes = ui_helpers.boxes
workshop = workshop_helpers.workshop


def _present(workshop: Workshop, qtbot: Any) -> PresentationWindow:
    presentation = workshop.start_presentation()
    assert presentation is not None
    presentation.animate = False
    presentation.resize(1920, 1080)
    qtbot.waitExposed(presentation)
    presentation.settle()
    return presentation


def test_f5_presents_the_map_in_the_projector_theme(workshop: Workshop, qtbot: Any) -> None:
    qtbot.keyClick(workshop.window.view, Qt.Key.Key_F5)
    presentation = workshop.presentation
    assert presentation is not None and presentation.isVisible()
    assert presentation.scene.theme_name == "projector"
    assert not presentation.view.isInteractive()
    presentation.close()
    assert workshop.presentation is None


def test_arrow_keys_centre_each_stage_in_turn_and_esc_leaves(
    workshop: Workshop, qtbot: Any
) -> None:
    presentation = _present(workshop, qtbot)
    journey = workshop.window.document.journey
    view = presentation.view
    whole = view.visible_rect()
    assert whole.contains(presentation.scene.sceneRect().adjusted(5, 5, -5, -5))
    seen: list[str] = []
    for _ in range(len(presentation.shots) - 1):
        qtbot.keyClick(view, Qt.Key.Key_Right)
        shot = presentation.current()
        assert shot is not None
        if shot.stage_id is None:
            break
        column = presentation.scene.layout.stage_box(shot.stage_id).rect
        visible = view.visible_rect()
        assert abs(visible.center().x() - (column.x + column.w / 2)) < 1.0
        assert visible.left() <= column.x + 1 and visible.right() >= column.right - 1
        zoom = view.transform().m11()
        body_px = presentation.scene.theme.card_body_size * zoom
        assert body_px >= view.viewport().height() / READABLE_LINES - 0.01
        if shot.stage_id not in seen:
            seen.append(shot.stage_id)
    assert seen == [s.id for s in journey.stages()]
    assert presentation.current() is not None and presentation.current().stage_id is None
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert presentation.current().stage_id == seen[-1]
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert presentation.index == 0
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert workshop.presentation is None


def test_the_zoom_is_animated(workshop: Workshop, qtbot: Any) -> None:
    presentation = _present(workshop, qtbot)
    presentation.animate = True
    qtbot.keyClick(presentation.view, Qt.Key.Key_Right)
    assert presentation.animating()
    qtbot.waitUntil(lambda: not presentation.animating(), timeout=5000)
    shot = presentation.current()
    assert shot is not None and shot.stage_id is not None
    column = presentation.scene.layout.stage_box(shot.stage_id).rect
    assert abs(presentation.view.visible_rect().center().x() - (column.x + column.w / 2)) < 1.0
    presentation.close()


def test_a_saved_view_chooses_what_the_audience_sees(workshop: Workshop, qtbot: Any) -> None:
    journey = workshop.window.document.journey
    first, second = journey.stages()[0], journey.stages()[1]
    view_id = journey.add_view("Two stages", stages=[first.id, second.id]).id
    workshop.views.apply_view(view_id)
    presentation = _present(workshop, qtbot)
    stages = {s.stage_id for s in presentation.shots if s.stage_id}
    assert stages == {first.id, second.id}
    assert set(presentation.scene.mirror.cards) == {
        t.id for s in (first, second) for t in journey.touchpoints(s.id)
    }
    presentation.close()


def test_presentation_never_edits(workshop: Workshop, qtbot: Any) -> None:
    presentation = _present(workshop, qtbot)
    stack = workshop.window.document.undo_stack
    count = stack.count()
    card = next(iter(presentation.scene.mirror.cards.values()))
    presentation.scene.select_ids([card.entity_id])
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_F2, Qt.Key.Key_A):
        qtbot.keyClick(presentation.view, key)
    center = presentation.view.mapFromScene(card.sceneBoundingRect().center())
    qtbot.mouseDClick(presentation.view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert stack.count() == count
    assert workshop.window.document.journey.kind_of(card.entity_id) is not None
    presentation.close()


def test_the_running_timer_shows_large(workshop: Workshop, qtbot: Any) -> None:
    presentation = _present(workshop, qtbot)
    assert presentation.timer_display is not None
    assert not presentation.timer_display.isVisible()
    workshop.timer.start()
    assert presentation.timer_display.isVisible()
    assert presentation.timer_display.font().pointSize() >= 40
    workshop.timer.reset()
    presentation.close()


def test_tall_stages_are_shown_in_pages(workshop: Workshop) -> None:
    journey = workshop.window.document.journey
    layout = compute_layout(journey, LayoutOptions(theme="projector"))
    shots = walk(layout, 1920, 1080, 11.5)
    assert shots[0].stage_id is None and shots[-1].stage_id is None
    for shot in shots[1:-1]:
        assert abs(shot.rect.w / shot.rect.h - 1920 / 1080) < 1e-6
        assert shot.rect.y >= layout.header_rect.y - 1e-6
        assert shot.rect.bottom <= layout.height + 1e-6 or shot.pages == 1
    small = walk(layout, 640, 360, 11.5)
    assert max(s.pages for s in small) > 1
    assert walk(layout, 0, 0, 11.5) == []


def test_the_reveal_puts_the_ranking_beside_the_map(workshop: Workshop, qtbot: Any) -> None:
    journey = workshop.window.document.journey
    pains = [a.id for a in journey.annotations(kind=AnnotationKind.PAIN_POINT)]
    workshop.voting.begin(VotingRound(("Anna", "Boris"), 3, ("pain_point",), hidden=True))
    journey.cast_vote("Anna", pains[1])
    journey.cast_vote("Boris", pains[1])
    journey.cast_vote("Boris", pains[0])
    presentation = _present(workshop, qtbot)
    assert not presentation.ranking.isVisible()
    qtbot.keyClick(presentation.view, Qt.Key.Key_R)
    assert not presentation.ranking.isVisible()  # hidden votes stay hidden
    width = presentation.view.width()
    workshop.voting.reveal()
    assert presentation.ranking.isVisible()
    text = presentation.ranking.text()
    assert text.index(journey.annotation(pains[1]).text) < text.index(
        journey.annotation(pains[0]).text
    )
    qtbot.waitUntil(lambda: presentation.view.width() < width, timeout=2000)
    presentation.scene.sync()  # the scene redraws on the next turn of the event loop
    assert presentation.badges.shown() == {pains[1]: 2, pains[0]: 1}
    qtbot.keyClick(presentation.view, Qt.Key.Key_R)
    assert not presentation.ranking.isVisible()
    presentation.close()


def test_new_and_open_replace_what_the_workshop_follows(workshop: Workshop, qtbot: Any) -> None:
    from journeymapper.templates import build_template
    from journeymapper.ui.document import Document

    window = workshop.window
    presentation = _present(workshop, qtbot)
    document = Document(build_template("saas-trial", "lv"))
    window.replace_document(document)
    assert workshop.document is document
    assert workshop.presentation is None and not presentation.isVisible()
    assert workshop.voting.context is not None
    assert workshop.voting.context.journey is document.journey
    workshop.lock.set_locked(True)
    assert document.journey.locked
    assert workshop.views.views.count() == len(document.journey.views())
    assert workshop.clicker is not None and workshop.clicker.scene is document.scene


def test_the_workshop_stops_listening_to_a_replaced_map(workshop: Workshop, qtbot: Any) -> None:
    from journeymapper.templates import build_template
    from journeymapper.ui.document import Document

    window = workshop.window
    old = window.document.journey
    window.replace_document(Document(build_template("saas-trial", "en")))
    workshop.voting_dock.hide()
    old.set_voting(VotingRound(("Anna",)))  # a round starting on the closed map
    assert workshop.voting_dock.isHidden()
    window.document.journey.set_voting(VotingRound(("Anna",)))  # ... and on the open one
    assert not workshop.voting_dock.isHidden()
