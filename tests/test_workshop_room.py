"""Room mode in the editor: phones' notes, dots and ratings become edits on the undo stack."""

from __future__ import annotations

import asyncio
import json
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
    assert stage.id not in journey.crowd and not any(tp.room for tp in journey.touchpoints())
    qtbot.waitUntil(lambda: "1 joined" in shop.room_panel.state.text(), timeout=5_000)
    projector = shop.room_panel.show_projector()
    assert projector is not None
    assert server.code[:3] in projector.code.text()
    shop.room.close()
    phone.join(timeout=10)
    assert seen[-1] == ("end", aiohttp.WSMsgType.CLOSE, 1001)
    assert [s["type"] for s in seen[1:-1]] == ["ok", "ok", "ok"]
    assert not server.running and not shop.room_qr.isEnabled()
