"""Dot voting through the UI: clicks cast and take back dots, budgets, hidden counts, reveal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journeymapper.io.jmap import dumps_map, loads_map
from journeymapper.model import AnnotationKind, VotingRound
from journeymapper.workshop import Workshop
from tests import ui_helpers, workshop_helpers
from tests.workshop_helpers import click

make_window = ui_helpers.make_window
boxes = ui_helpers.boxes
workshop = workshop_helpers.workshop

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _start(shop: Workshop, hidden: bool = True, budget: int = 3) -> list[str]:
    vote = VotingRound(("Anna", "Boris", "Dace"), budget, ("pain_point",), hidden=hidden)
    assert shop.voting.begin(vote)
    journey = shop.window.document.journey
    return [a.id for a in journey.annotations(kind=AnnotationKind.PAIN_POINT)]


def _note(shop: Workshop, note_id: str) -> Any:
    scene = shop.window.document.scene
    scene.sync()
    return scene.mirror.notes[note_id]


def test_clicks_cast_dots_within_the_budget_and_shift_takes_one_back(
    workshop: Workshop, qtbot: Any
) -> None:
    pains = _start(workshop, budget=2)
    journey = workshop.window.document.journey
    view = workshop.window.view
    assert workshop.voting.participant() == "Anna"
    click(qtbot, view, _note(workshop, pains[0]))
    click(qtbot, view, _note(workshop, pains[0]))
    assert journey.voting is not None and journey.voting.dots("Anna", pains[0]) == 2
    click(qtbot, view, _note(workshop, pains[1]))  # budget used up: refused, nothing changes
    assert journey.voting.dots("Anna", pains[1]) == 0
    assert "used all 2 dots" in workshop.window.statusBar().currentMessage()
    click(qtbot, view, _note(workshop, pains[0]), modifier=SHIFT)
    assert journey.voting.dots("Anna", pains[0]) == 1
    assert journey.voting.remaining("Anna") == 1
    assert workshop.window.document.scene.selected_ids() == []  # voting clicks do not select


def test_right_click_takes_back_only_the_current_participants_dot(
    workshop: Workshop, qtbot: Any
) -> None:
    pains = _start(workshop)
    journey = workshop.window.document.journey
    view = workshop.window.view
    click(qtbot, view, _note(workshop, pains[0]))
    qtbot.keyClick(workshop.window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert workshop.voting.participant() == "Boris"
    click(qtbot, view, _note(workshop, pains[0]), Qt.MouseButton.RightButton)
    assert journey.voting is not None and journey.voting.dots("Anna", pains[0]) == 1
    click(qtbot, view, _note(workshop, pains[0]))
    click(qtbot, view, _note(workshop, pains[0]), Qt.MouseButton.RightButton)
    assert journey.voting.dots("Boris", pains[0]) == 0
    qtbot.keyClick(workshop.window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert workshop.voting.participant() == "Dace"


def test_votes_do_not_clutter_the_undo_history(workshop: Workshop, qtbot: Any) -> None:
    pains = _start(workshop)
    stack = workshop.window.document.undo_stack
    count = stack.count()
    click(qtbot, workshop.window.view, _note(workshop, pains[0]))
    assert stack.count() == count


def test_hidden_counts_stay_off_the_cards_until_the_reveal(workshop: Workshop) -> None:
    pains = _start(workshop, hidden=True)
    assert workshop.clicker is not None and workshop.badges is not None
    workshop.voting.choose(0)
    workshop.clicker.vote(pains[1])
    workshop.clicker.vote(pains[1])
    workshop.voting.choose(1)
    workshop.clicker.vote(pains[2])
    workshop.clicker.vote(pains[1])
    workshop.window.document.scene.sync()
    assert workshop.badges.shown() == {}
    assert not workshop.voting.ranked.isVisible()
    assert workshop.reveal.isEnabled()
    workshop.reveal.trigger()
    workshop.window.document.scene.sync()
    assert workshop.badges.shown() == {pains[1]: 3, pains[2]: 1}
    assert workshop.voting.ranked_ids() == [pains[1], pains[2]]
    assert workshop.voting.ranked.item(0).text().startswith("1. ")
    assert not workshop.reveal.isEnabled()


def test_end_and_clear_are_undoable_and_keep_the_dots(workshop: Workshop) -> None:
    pains = _start(workshop, hidden=False)
    journey = workshop.window.document.journey
    stack = workshop.window.document.undo_stack
    assert workshop.clicker is not None
    workshop.clicker.vote(pains[0])
    workshop.end_vote.trigger()
    assert journey.voting is not None and not journey.voting.active
    assert not workshop.clicker.vote(pains[0])  # an ended round takes no more dots
    workshop.clear_vote.trigger()
    assert journey.voting is None
    stack.undo()
    assert journey.voting is not None and journey.voting.dots("Anna", pains[0]) == 1
    stack.undo()
    assert journey.voting.active and journey.voting.dots("Anna", pains[0]) == 1
    stack.redo()
    stack.redo()
    assert journey.voting is None


def test_votes_are_saved_in_the_map(workshop: Workshop) -> None:
    pains = _start(workshop)
    assert workshop.clicker is not None
    workshop.clicker.vote(pains[0])
    loaded = loads_map(dumps_map(workshop.window.document.journey))
    assert loaded.voting is not None and loaded.voting.dots("Anna", pains[0]) == 1
    assert loaded.vote_total(pains[0]) == workshop.window.document.journey.vote_total(pains[0])


def test_the_start_dialog_builds_the_round(workshop: Workshop, qtbot: Any) -> None:
    from journeymapper.workshop.voting_dialog import StartVotingDialog

    dialog = StartVotingDialog(["Anna"])
    qtbot.addWidget(dialog)
    dialog.names.setPlainText("Anna\n  Ilze  \n\nАнна\nAnna")
    dialog.budget.setValue(5)
    dialog.targets["touchpoint"].setChecked(True)
    dialog.hidden.setChecked(False)
    vote = dialog.voting_round()
    assert vote.participants == ("Anna", "Ilze", "Анна")
    assert vote.budget == 5 and vote.targets == ("pain_point", "touchpoint")
    assert not vote.hidden
    dialog.names.setPlainText("")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_votes_after_a_save_are_not_lost_on_close(
    workshop: Workshop, qtbot: Any, boxes: ui_helpers.Boxes, tmp_path: Any
) -> None:
    pains = _start(workshop)
    window = workshop.window
    assert window.files.write(tmp_path / "vote.jmap")
    slot = window.autosaver.slot
    assert not window.document.is_modified() and not window.isWindowModified()
    click(qtbot, window.view, _note(workshop, pains[0]))
    click(qtbot, window.view, _note(workshop, pains[1]))
    assert window.document.undo_stack.isClean()  # the dots are not undo steps...
    assert window.document.is_modified() and window.isWindowModified()  # ...yet unsaved
    assert window.autosaver.save_now() and slot.exists()  # the autosaver keeps them
    boxes.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()  # closing asks first
    assert [c[1] for c in boxes.calls] == ["Unsaved changes"]
    boxes.answer = QMessageBox.StandardButton.Save
    assert window.close()
    saved = loads_map((tmp_path / "vote.jmap").read_bytes())
    assert saved.voting is not None and saved.voting.dots("Anna", pains[0]) == 1
    assert not slot.exists()  # saved: the recovery copy is gone
