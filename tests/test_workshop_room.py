"""Room mode in the editor: phones' notes, dots and ratings become edits on the undo stack."""

from __future__ import annotations

import asyncio
import json
import sys
import threading
from typing import Any

import aiohttp

from journeymapper.workshop import Workshop
from tests import ui_helpers, workshop_helpers

make_window = ui_helpers.make_window
workshop = workshop_helpers.workshop


def _phone(origin: str, token: str, messages: list[dict[str, Any]], seen: list[Any]) -> None:
    """A participant on a thread of its own: join, send ``messages``, collect the answers."""

    async def run() -> None:
        async with (
            aiohttp.ClientSession() as http,
            http.ws_connect(origin + "/ws", headers={"Origin": origin}) as ws,
        ):
            await ws.send_str(json.dumps({"type": "hello", "token": token, "key": "g" * 32,
                                          "name": "Jānis"}))  # fmt: skip
            seen.append(json.loads((await ws.receive(timeout=5)).data))
            for message in messages:
                await ws.send_str(json.dumps(message))
                while True:
                    answer = json.loads((await ws.receive(timeout=5)).data)
                    if answer["type"] in ("ok", "refused"):
                        seen.append(answer)
                        break
            closing = await ws.receive(timeout=10)
            while closing.type is aiohttp.WSMsgType.TEXT:  # the room's updates, until it closes
                closing = await ws.receive(timeout=10)
            seen.append(("end", closing.type, ws.close_code))

    asyncio.run(run())


def test_phone_contributions_are_undoable_edits(workshop: Workshop, qtbot: Any) -> None:
    shop = workshop
    journey = shop.document.journey
    stage = journey.stages()[1]
    item = journey.annotations()[0].id
    shop.room.configure(phase="all")
    shop.room.open("127.0.0.1", 0)
    server = shop.room.server
    assert server is not None and shop.room_qr.isEnabled()
    seen: list[Any] = []
    messages = [
        {"type": "note", "stage": stage.id, "kind": "card", "text": "Filters reset on back"},
        {"type": "vote", "item": item, "delta": 1},
        {"type": "rate", "stage": stage.id, "value": -1},
    ]
    phone = threading.Thread(target=_phone, args=(server.origin, server.token, messages, seen))
    phone.start()
    qtbot.waitUntil(lambda: stage.id in journey.crowd, timeout=10_000)
    cards = [tp for tp in journey.touchpoints(stage.id) if tp.room]
    assert [(c.name, c.author) for c in cards] == [("Filters reset on back", "Jānis")]
    assert journey.voting is not None and journey.voting.dots("Jānis", item) == 1
    assert journey.crowd[stage.id] == {"Jānis": -1}
    stack = shop.document.undo_stack
    assert stack.undoText() == "Room ratings"
    stack.undo()
    stack.undo()
    assert shop.document.is_modified()  # the phone's dot is still unsaved
    assert stage.id not in journey.crowd and not any(tp.room for tp in journey.touchpoints())
    stack.redo()
    stack.redo()
    qtbot.waitUntil(shop.room_panel.clear_ratings.isEnabled, timeout=5_000)
    shop.room_panel.clear_ratings.click()
    assert journey.crowd == {} and stack.undoText() == "Clear room ratings"
    qtbot.waitUntil(lambda: "1 joined" in shop.room_panel.state.text(), timeout=5_000)
    projector = shop.room_panel.show_projector()
    assert projector is not None
    assert server.code[:3] in projector.code.text()
    shop.room.close()
    phone.join(timeout=10)
    assert seen[-1] == ("end", aiohttp.WSMsgType.CLOSE, 1001)
    assert [s["type"] for s in seen[1:-1]] == ["ok", "ok", "ok"]
    assert not server.running and not shop.room_qr.isEnabled()


def _talk(qtbot: Any, origin: str, hello: dict[str, Any], messages: list[dict[str, Any]]) -> list[Any]:  # noqa: E501
    """One visit of a phone (join, send, read the answers) while the editor keeps running."""
    seen: list[Any] = []

    async def run() -> None:
        async with (
            aiohttp.ClientSession() as http,
            http.ws_connect(origin + "/ws", headers={"Origin": origin}) as ws,
        ):
            await ws.send_str(json.dumps({"type": "hello", **hello}))
            first = json.loads((await ws.receive(timeout=5)).data)
            seen.append(first)
            if first["type"] == "refused":
                return
            for message in messages:
                await ws.send_str(json.dumps(message))
                while True:
                    answer = json.loads((await ws.receive(timeout=5)).data)
                    if answer["type"] in ("ok", "refused"):
                        seen.append(answer)
                        break
            await asyncio.sleep(0.2)  # the room's next view
            while not ws.closed:
                try:
                    message = await ws.receive(timeout=0.3)
                except TimeoutError:
                    break
                if message.type is aiohttp.WSMsgType.TEXT:
                    seen.append(json.loads(message.data))

    thread = threading.Thread(target=lambda: asyncio.run(run()))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=15_000)
    return seen


def test_the_facilitator_moderates_from_the_panel(workshop: Workshop, qtbot: Any) -> None:
    shop, panel = workshop, workshop.room_panel
    journey = shop.document.journey
    stage = journey.stages()[0]
    shop.room.open("127.0.0.1", 0)
    server = shop.room.server
    assert server is not None
    panel.queue.setChecked(True)
    anna = {"token": server.token, "key": "a" * 32, "name": "Anna"}
    note = {"type": "note", "stage": stage.id, "kind": "card", "text": "Queue me"}
    _talk(qtbot, server.origin, anna, [note])
    qtbot.waitUntil(lambda: panel.pending.count() == 1, timeout=5_000)
    assert not any(tp.room for tp in journey.touchpoints())  # waits for approval
    panel.pending.setCurrentRow(0)
    panel.approve.click()
    qtbot.waitUntil(lambda: any(tp.room for tp in journey.touchpoints()), timeout=5_000)
    (card,) = [tp for tp in journey.touchpoints() if tp.room]
    qtbot.waitUntil(lambda: panel.notes.count() == 1, timeout=5_000)
    panel.notes.setCurrentRow(0)
    panel.hide_note.click()
    seen = _talk(qtbot, server.origin, anna, [])
    states = [s for s in seen if s.get("type") == "state"]
    assert states and card.id not in {i["id"] for i in states[-1]["items"]}
    assert journey.find(card.id) is not None  # hidden from phones, still on the map
    panel.lock.setChecked(True)
    late = _talk(qtbot, server.origin, {"token": server.token, "key": "b" * 32}, [])
    assert late[0] == {"type": "refused", "code": "locked"}
    again = _talk(qtbot, server.origin, anna, [])
    assert again[0]["type"] == "state"  # someone already in may come back
    panel.notes.setCurrentRow(0)
    panel.delete_note.click()
    assert journey.find(card.id) is None
    shop.document.undo_stack.undo()
    assert journey.find(card.id) is not None
    panel.toggle_open()
    assert not shop.room.is_open


def test_presentation_shows_the_qr_corner_and_tells_phones_the_stage(
    workshop: Workshop, qtbot: Any
) -> None:
    shop = workshop
    shop.room.open("127.0.0.1", 0)
    presentation = shop.start_presentation()
    assert presentation is not None and presentation.room_badge is not None
    qtbot.waitUntil(lambda: bool(presentation.pages), timeout=5_000)
    assert presentation.room_badge.isVisible()
    badge = presentation.room_badge.geometry()
    slides = presentation.canvas.geometry()
    assert badge.right() < slides.left() or badge.left() > slides.right()  # beside, not over
    stage = presentation.journey.stages()[1]
    qtbot.keyClick(presentation.canvas, "2")  # the second stage, as on the overview
    assert shop.room.settings.presenting == stage.id
    presentation.go(0)  # the title slide shows no stage
    assert shop.room.settings.presenting is None
    width = presentation.canvas.width()
    qtbot.keyClick(presentation.canvas, "q")
    assert not presentation.room_badge.isVisible()
    qtbot.waitUntil(lambda: presentation.canvas.width() > width, timeout=5_000)  # slides widen
    presentation.close()
    assert shop.room.settings.presenting is None
    shop.room.close()


def test_the_start_dialogs_cap_per_item_holds_for_phones(workshop: Workshop, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from journeymapper.workshop.voting_dialog import StartVotingDialog

    shop = workshop
    journey = shop.document.journey
    first, second = (a.id for a in journey.annotations()[:2])
    dialog = StartVotingDialog(["Anna"])
    qtbot.addWidget(dialog)
    dialog.budget.setValue(3)
    dialog.hidden.setChecked(False)
    dialog.cap.setFocus()
    qtbot.keyClick(dialog.cap, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.cap, "1")
    assert dialog.cap.text() == "1"
    dialog.budget.setValue(1)
    dialog.budget.setValue(3)  # the cap is never above the budget, and keeps its value
    assert dialog.cap.maximum() == 3 and dialog.cap.value() == 1
    assert shop.voting.begin(dialog.voting_round())
    assert journey.voting is not None and journey.voting.cap == 1
    shop.room.configure(phase="vote")
    shop.room.open("127.0.0.1", 0)
    server = shop.room.server
    assert server is not None
    vote = [{"type": "vote", "item": item, "delta": 1} for item in (first, first, second)]
    hello = {"token": server.token, "key": "k" * 32, "name": "Jānis"}
    seen = _talk(qtbot, server.origin, hello, vote)
    assert (seen[0]["budget"], seen[0]["cap"]) == (3, 1)
    assert [(s["type"], s.get("code")) for s in seen[1:4]] == [
        ("ok", None), ("refused", "cap"), ("ok", None)]  # fmt: skip
    qtbot.waitUntil(lambda: journey.voting is not None and journey.voting.used("Jānis") == 2)
    assert journey.voting.ballots["Jānis"] == {first: 1, second: 1}
    shop.room.close()


def test_the_rooms_settings_are_kept_in_the_map(workshop: Workshop, qtbot: Any) -> None:
    from journeymapper.io.jmap import dumps_map, loads_map
    from journeymapper.room.state import Settings, session_settings

    shop = workshop
    journey = shop.document.journey
    shop.room.configure(dots=5, queue=True, cap=2)
    shop.room.hide(journey.annotations()[0].id)
    assert shop.document.is_modified()  # kept with the map, so saving is offered
    reopened = loads_map(dumps_map(journey))
    kept = session_settings(reopened.room_session, Settings())
    assert (kept.dots, kept.queue, kept.cap) == (5, True, 2)
    assert reopened.room_session["hidden"] == [journey.annotations()[0].id]
    before = sys.getswitchinterval()
    shop.room.open("127.0.0.1", 0)  # a room opened later starts from them
    server = shop.room.server
    assert server is not None and server.room.settings.dots == 5
    assert journey.annotations()[0].id in server.room.hidden
    assert sys.getswitchinterval() <= 0.001  # the canvas keeps its turn while phones vote
    shop.room.close()
    assert sys.getswitchinterval() == before  # and the editor is as it was once it closes
