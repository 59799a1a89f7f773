"""Automatic snapshots at a workshop's start and end (presenting, an open room, a voting round)."""

from __future__ import annotations

from typing import Any

from journeymapper.commands import ChangeSetting
from journeymapper.model import VotingRound
from journeymapper.ui.history_actions import HistoryActions, install_history
from journeymapper.workshop import Workshop
from tests import ui_helpers, workshop_helpers

make_window = ui_helpers.make_window
workshop = workshop_helpers.workshop


def _kinds(shop: Workshop) -> list[str]:
    return [s.kind.value for s in shop.window.document.history.snapshots]


def _rows(shop: Workshop) -> list[str]:
    history = shop.window.findChild(HistoryActions)
    assert history is not None
    tree = history.panel.tree
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]


def test_presenting_starts_and_ends_a_workshop_without_touching_undo(
    workshop: Workshop, qtbot: Any
) -> None:
    shop = workshop
    install_history(shop.window, shop.window.menus)
    document = shop.window.document
    stack = document.undo_stack
    presentation = shop.start_presentation()
    assert presentation is not None
    assert _kinds(shop) == ["workshop_start"] and stack.count() == 0
    shop.window.context.push(ChangeSetting(document.journey, "title", "After the workshop"))
    presentation.close()
    assert _kinds(shop) == ["workshop_start", "workshop_end"]
    assert _rows(shop) == ["Workshop end", "Workshop start"]  # newest first
    assert stack.count() == 1  # the title change only: snapshots are no undo steps
    stack.undo()
    assert document.journey.title != "After the workshop"
    assert _kinds(shop) == ["workshop_start", "workshop_end"]


def test_the_workshop_runs_until_the_last_activity_stops(workshop: Workshop, qtbot: Any) -> None:
    shop = workshop
    install_history(shop.window, shop.window.menus)
    journey = shop.window.document.journey
    presentation = shop.start_presentation()
    assert presentation is not None
    shop.room.open("127.0.0.1", 0)
    presentation.close()  # the room is still open: the workshop goes on
    assert _kinds(shop) == ["workshop_start"]
    shop.window.context.push(ChangeSetting(journey, "title", "Workshop notes"))
    shop.room.close()
    assert _kinds(shop) == ["workshop_start", "workshop_end"]


def test_a_workshop_that_changed_nothing_keeps_one_snapshot(workshop: Workshop, qtbot: Any) -> None:
    shop = workshop
    install_history(shop.window, shop.window.menus)
    presentation = shop.start_presentation()
    assert presentation is not None
    presentation.close()
    assert _kinds(shop) == ["workshop_start"]  # the end would be the same map again


def test_a_voting_round_is_a_workshop(workshop: Workshop, qtbot: Any) -> None:
    shop = workshop
    install_history(shop.window, shop.window.menus)
    journey = shop.window.document.journey
    journey.set_voting(VotingRound(("Ann", "Ben"), 3))
    journey.set_voting(VotingRound(("Ann", "Ben"), 3, active=False))
    assert _kinds(shop) == ["workshop_start", "workshop_end"]
