"""Presentation mode from the window: F5, the slides on screen, every key, timer, ranking, Esc."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage

from journeymapper.model import AnnotationKind, VotingRound
from journeymapper.workshop import Workshop
from journeymapper.workshop.presentation import PresentationWindow
from tests import ui_helpers, workshop_helpers

make_window = ui_helpers.make_window
workshop = workshop_helpers.workshop


def _present(
    workshop: Workshop, qtbot: Any, size: tuple[int, int] = (1920, 1080)
) -> PresentationWindow:
    presentation = workshop.start_presentation()
    assert presentation is not None
    presentation.resize(*size)
    qtbot.waitExposed(presentation)
    qtbot.waitUntil(lambda: presentation.spec is not None and presentation.spec.page[0] > 0)
    presentation.relayout()
    return presentation


def _key(qtbot: Any, presentation: PresentationWindow, key: Qt.Key) -> None:
    qtbot.keyClick(presentation.canvas, key)


def _image(presentation: PresentationWindow) -> QImage:
    return presentation.canvas.grab().toImage()


def _only(image: QImage, rect: QRect, colour: str) -> bool:
    """Every pixel (sampled) of ``rect`` in ``image`` is ``colour``."""
    want = QColor(colour).rgb()
    for x in range(rect.left() + 1, rect.right() - 1, 3):
        for y in range(rect.top() + 1, rect.bottom() - 1, 3):
            if image.pixel(x, y) != want:
                return False
    return True


def test_f5_presents_the_projector_slides(workshop: Workshop, qtbot: Any) -> None:
    qtbot.keyClick(workshop.window.view, Qt.Key.Key_F5)
    presentation = workshop.presentation
    assert presentation is not None and presentation.isVisible()
    qtbot.waitUntil(lambda: bool(presentation.pages))
    assert presentation.spec is not None and presentation.spec.theme.name == "projector"
    assert presentation.current() is presentation.pages[0]
    presentation.close()
    assert workshop.presentation is None


def test_each_slide_renders_letterboxed_with_its_places_free(
    workshop: Workshop, qtbot: Any
) -> None:
    """Every page drawn at 1920x1080 and 1280x720: the page fills the screen's proportions,
    the timer's place is background until the timer shows there, nothing is cut."""
    for size in ((1920, 1080), (1280, 720)):
        presentation = _present(workshop, qtbot, size)
        spec = presentation.spec
        assert spec is not None and spec.timer_place is not None
        slide = presentation.canvas.slide_rect()
        assert slide.width() >= size[0] - 2 and slide.height() >= size[1] - 2
        place = presentation.canvas.to_widget(spec.timer_place)
        for index in range(len(presentation.pages)):
            presentation.go(index)
            image = _image(presentation)
            assert image.width() == size[0] and image.height() == size[1]
            assert _only(image, place, spec.theme.background), presentation.pages[index].title
            assert not _only(image, QRect(0, 0, size[0], size[1] // 2), spec.theme.background)
        presentation.close()


def test_keys_walk_jump_blank_and_leave(workshop: Workshop, qtbot: Any) -> None:
    presentation = _present(workshop, qtbot)
    journey = workshop.window.document.journey
    pages = presentation.pages
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down):
        before = presentation.index
        _key(qtbot, presentation, key)
        assert presentation.index == before + 1
    for key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
        before = presentation.index
        _key(qtbot, presentation, key)
        assert presentation.index == before - 1
    _key(qtbot, presentation, Qt.Key.Key_End)
    assert presentation.index == len(pages) - 1
    _key(qtbot, presentation, Qt.Key.Key_Right)
    assert presentation.index == len(pages) - 1
    _key(qtbot, presentation, Qt.Key.Key_Home)
    assert presentation.index == 0
    third = journey.stages()[2]
    _key(qtbot, presentation, Qt.Key.Key_3)
    page = presentation.current()
    assert page is not None and page.kind == "stage" and page.stage_ids == (third.id,)
    assert not page.continued
    _key(qtbot, presentation, Qt.Key.Key_0)
    assert presentation.current() is not None and presentation.current().kind == "overview"
    _key(qtbot, presentation, Qt.Key.Key_9)  # no ninth stage: nothing happens
    assert presentation.current().kind == "overview"
    _key(qtbot, presentation, Qt.Key.Key_B)
    image = _image(presentation)
    assert _only(image, image.rect(), "#000000")
    _key(qtbot, presentation, Qt.Key.Key_B)
    assert not _only(_image(presentation), image.rect(), "#000000")
    _key(qtbot, presentation, Qt.Key.Key_Period)
    assert presentation.canvas.blank
    _key(qtbot, presentation, Qt.Key.Key_Right)  # moving on ends the blank screen
    assert not presentation.canvas.blank
    _key(qtbot, presentation, Qt.Key.Key_Escape)
    assert workshop.presentation is None


def test_a_saved_view_chooses_what_the_audience_sees(workshop: Workshop, qtbot: Any) -> None:
    journey = workshop.window.document.journey
    first, second = journey.stages()[0], journey.stages()[1]
    view_id = journey.add_view("Two stages", stages=[first.id, second.id]).id
    workshop.views.apply_view(view_id)
    presentation = _present(workshop, qtbot)
    stages = {sid for page in presentation.pages for sid in page.stage_ids}
    assert stages == {first.id, second.id}
    presentation.close()


def test_presentation_never_edits(workshop: Workshop, qtbot: Any) -> None:
    presentation = _present(workshop, qtbot)
    stack = workshop.window.document.undo_stack
    count = stack.count()
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_F2, Qt.Key.Key_A):
        _key(qtbot, presentation, key)
    qtbot.mouseDClick(presentation.canvas, Qt.MouseButton.LeftButton)
    assert stack.count() == count
    here = presentation.index
    qtbot.mouseClick(presentation.canvas, Qt.MouseButton.LeftButton)
    assert presentation.index == here + 1  # a click moves on, a right click back
    qtbot.mouseClick(presentation.canvas, Qt.MouseButton.RightButton)
    assert presentation.index == here
    presentation.close()


def test_the_timer_shows_in_its_place_and_t_toggles_it(workshop: Workshop, qtbot: Any) -> None:
    presentation = _present(workshop, qtbot)
    display = presentation.timer_display
    spec = presentation.spec
    assert display is not None and spec is not None and spec.timer_place is not None
    assert not display.isVisible()
    workshop.timer.start()
    assert display.isVisible()
    place = presentation.canvas.to_widget(spec.timer_place)
    assert display.geometry() == place
    assert display.font().pixelSize() >= 1080 / 40  # read from the back row
    _key(qtbot, presentation, Qt.Key.Key_T)
    assert not display.isVisible()
    _key(qtbot, presentation, Qt.Key.Key_T)
    assert display.isVisible()
    workshop.timer.reset()
    presentation.close()


def test_the_vote_ranking_stands_beside_the_slides(workshop: Workshop, qtbot: Any) -> None:
    journey = workshop.window.document.journey
    pains = [a.id for a in journey.annotations(kind=AnnotationKind.PAIN_POINT)]
    workshop.voting.begin(VotingRound(("Anna", "Boris"), 3, ("pain_point",), hidden=True))
    journey.cast_vote("Anna", pains[1])
    journey.cast_vote("Boris", pains[1])
    journey.cast_vote("Boris", pains[0])
    presentation = _present(workshop, qtbot)
    assert not presentation.ranking.isVisible()
    _key(qtbot, presentation, Qt.Key.Key_V)
    assert not presentation.ranking.isVisible()  # hidden votes stay hidden
    workshop.voting.reveal()
    assert presentation.ranking.isVisible()
    text = presentation.ranking.text()
    assert text.index(journey.annotation(pains[1]).text) < text.index(
        journey.annotation(pains[0]).text
    )
    qtbot.waitUntil(lambda: presentation.spec is not None and presentation.spec.page[0] < 900)
    slide = presentation.canvas.slide_rect().translated(presentation.canvas.pos().toPointF())
    assert slide.right() <= presentation.ranking.geometry().left() + 1
    assert presentation.canvas.scale() * presentation.spec.sizes.small >= 1080 / 40
    worst = journey.annotation(pains[1])
    words = [
        line.text
        for page in presentation.pages
        if page.kind == "ranking"
        for line in page.text_lines()
    ]
    assert any("+2" in w for w in words), worst.text
    _key(qtbot, presentation, Qt.Key.Key_V)
    assert not presentation.ranking.isVisible()
    qtbot.waitUntil(lambda: presentation.spec is not None and presentation.spec.page[0] > 900)
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


def test_two_digits_choose_a_stage_of_a_long_journey(qtbot: Any) -> None:
    from journeymapper.templates import build_template

    journey = build_template("e-shop", "lv")
    for n in range(7):
        journey.add_stage(f"Posms {n + 7}")
    presentation = PresentationWindow(journey)
    presentation.resize(1280, 720)
    presentation.start(full_screen=False)
    qtbot.waitExposed(presentation)
    twelfth = journey.stages()[11]
    _key(qtbot, presentation, Qt.Key.Key_1)
    assert presentation.index == 0  # "1" may still become 10-13
    _key(qtbot, presentation, Qt.Key.Key_2)
    assert presentation.current() is not None
    assert presentation.current().stage_ids == (twelfth.id,)
    _key(qtbot, presentation, Qt.Key.Key_1)
    _key(qtbot, presentation, Qt.Key.Key_Return)
    assert presentation.current().stage_ids == (journey.stages()[0].id,)
    presentation.close()


def test_the_slides_follow_edits_made_while_presenting(workshop: Workshop, qtbot: Any) -> None:
    presentation = _present(workshop, qtbot)
    journey = workshop.window.document.journey
    stage = journey.stages()[1]
    _key(qtbot, presentation, Qt.Key.Key_2)
    journey.add_touchpoint(stage.id, "Size quiz added live")

    def shown() -> bool:
        page = presentation.current()
        return page is not None and any(
            "Size quiz added live" in line.text for line in page.text_lines()
        )

    qtbot.waitUntil(shown, timeout=3000)
    assert presentation.current().stage_ids == (stage.id,)  # still on the same stage
    presentation.close()


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
