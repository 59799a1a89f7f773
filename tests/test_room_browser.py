"""The participants' page in headless Chromium at phone size, against a headless room."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from journeymapper.model import JourneyMap
from journeymapper.templates import build_template
from tests.room_helpers import headless_room

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


@pytest.fixture
def phone(chromium_browser: Any) -> Iterator[Any]:
    context = chromium_browser.new_context(**PHONE, device_scale_factor=2, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(10_000)
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    yield page
    context.close()
    # the page runs under its CSP without a script error or a refused resource
    assert [p for p in problems if "WebSocket" not in p] == []


def _until(check: Any, timeout: float = 10) -> None:
    end = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


def test_a_phone_joins_adds_a_note_votes_until_refused_rates_and_reconnects(
    phone: Any, tmp_path: Path
) -> None:
    journey = build_template("e-shop", "en")
    path = tmp_path / "shop.jmap"
    with headless_room(journey, path, phase="all", dots=2, show_results=True) as room:
        phone.goto(room.server.url)
        assert phone.is_hidden("#code-row")  # the link carries the token: no code to type
        phone.fill("#name", "Marta")
        phone.click("#join-button")
        phone.wait_for_selector("#room:not([hidden])")
        assert phone.inner_text("#title") == journey.title
        assert "Marta" in phone.inner_text("#who")

        stage = journey.stages()[2]
        phone.select_option("#note-stage", stage.id)
        phone.fill("#note-text", "<img src=x onerror=alert(1)> Where is my parcel?")
        phone.click("#note-send")
        phone.wait_for_selector("#toast:has-text('Note added')")
        _until(lambda: any(tp.room for tp in room.journey.touchpoints(stage.id)))
        (card,) = [tp for tp in room.journey.touchpoints(stage.id) if tp.room]
        assert (card.name, card.author) == ("<img src=x onerror=alert(1)> Where is my parcel?",
                                            "Marta")  # fmt: skip

        phone.click("#tabs button[data-tab='vote']")
        row = phone.locator(f".item[data-item='{card.id}']")
        assert row.locator(".text").inner_text().startswith("<img src=x")  # shown as text
        assert phone.locator("#items img").count() == 0
        row.locator("button.give").click()
        phone.wait_for_selector("#dots:has-text('Dots left: 1 of 2')")
        row.locator("button.give").click()
        phone.wait_for_selector("#dots:has-text('Dots left: 0 of 2')")
        phone.locator(".item button.give").first.click()
        phone.wait_for_selector("#toast.bad:has-text('You have used all your dots.')")
        row.locator("button.take").click()
        phone.wait_for_selector("#dots:has-text('Dots left: 1 of 2')")

        phone.click("#tabs button[data-tab='rate']")
        for stage_row in phone.locator(".rate").all()[:3]:
            stage_row.locator("button", has_text="+1").click()
            stage_row.locator("button[aria-pressed='true']").wait_for()
        _until(lambda: len(room.journey.crowd) == 3)
        assert all(answers == {"Marta": 1} for answers in room.journey.crowd.values())

        room.server.cut_connections()
        phone.wait_for_selector("#offline:not([hidden])")
        phone.wait_for_selector("#offline", state="hidden")
        assert "Marta" in phone.inner_text("#who")  # the same person came back
        phone.click("#tabs button[data-tab='vote']")
        phone.wait_for_selector("#dots:has-text('Dots left: 1 of 2')")
        assert room.server.room.joined() == 1

    phone.wait_for_selector("#ended:not([hidden])")  # closing the room ends the page's session
    saved = path.read_text(encoding="utf-8")
    assert "Where is my parcel?" in saved and '"crowd"' in saved


def test_a_browser_without_the_token_gets_nothing(phone: Any, small_map: JourneyMap,
                                                  tmp_path: Path) -> None:  # fmt: skip
    with headless_room(small_map, tmp_path / "m.jmap") as room:
        phone.goto(room.server.origin + "/")
        assert phone.is_visible("#code")
        phone.fill("#code", "ZZZZZZ")
        phone.click("#join-button")
        phone.wait_for_selector("#join-error:has-text('This code or link is not valid.')")
        assert phone.is_hidden("#room")
        assert small_map.title not in phone.content()
        assert room.server.room.joined() == 0


def test_the_page_speaks_the_chosen_language(phone: Any, small_map: JourneyMap,
                                             tmp_path: Path) -> None:  # fmt: skip
    with headless_room(small_map, tmp_path / "m.jmap") as room:
        phone.goto(room.server.url)
        for lang, word in (("ru", "Войти"), ("uk", "Увійти"), ("lv", "Pievienoties")):
            phone.select_option("#lang", lang)
            assert phone.inner_text("#join-button") == word
        phone.click("#join-button")
        phone.wait_for_selector("#room:not([hidden])")
        assert phone.inner_text("#tabs button[data-tab='notes']") == "Piezīmes"


def test_the_viewer_link_shows_only_what_the_facilitator_shares(
    chromium_browser: Any, tmp_path: Path
) -> None:
    """A projector or laptop on the viewer link: no joining, no actions; the stage presented,
    the revealed ranking and the crowd curve appear as the facilitator shares them."""
    journey = build_template("e-shop", "en")
    stage = journey.stages()[1]
    pain = journey.annotations()[0]
    context = chromium_browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(10_000)
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    with headless_room(journey, tmp_path / "shop.jmap", phase="all", dots=3) as room:
        server = room.server
        page.goto(server.viewer_url)
        page.wait_for_selector("#viewer:not([hidden])")  # straight in: no name, no code
        assert page.is_hidden("#join") and page.is_hidden("#room")
        assert page.inner_text("#v-wait").startswith("Waiting for the facilitator")
        assert page.locator("#viewer button:visible, #viewer input:visible").count() == 0
        assert page.is_hidden("#v-results") and page.is_hidden("#v-crowd")

        server.configure(presenting=stage.id)
        page.wait_for_selector("#v-stage:not([hidden])")
        assert page.inner_text("#v-stage-name") == stage.name
        shown = page.locator("#v-notes li").all_inner_texts()
        for tp in journey.touchpoints(stage.id):
            assert any(tp.name in text for text in shown)
        assert page.is_hidden("#v-wait")

        from tests.room_helpers import hello, run_async

        async def phone() -> None:
            import aiohttp

            origin = server.origin
            async with aiohttp.ClientSession() as http, http.ws_connect(
                origin + "/ws", headers={"Origin": origin}) as ws:  # fmt: skip
                await ws.send_str(hello(server, "p" * 32, "Ilze"))
                await ws.receive(timeout=5)
                for message in ({"type": "vote", "item": pain.id, "delta": 1},
                                {"type": "rate", "stage": stage.id, "value": -2}):  # fmt: skip
                    await ws.send_str(__import__("json").dumps(message))
                    while "ok" not in (await ws.receive(timeout=5)).data:
                        pass

        run_async(phone())
        _until(lambda: stage.id in room.journey.crowd)
        assert page.is_hidden("#v-results")  # nothing revealed until the facilitator says so
        server.configure(show_results=True)
        page.wait_for_selector("#v-crowd:not([hidden])")
        first = page.locator("#v-ranking li").first
        # the template's own votes on the note plus the phone's dot
        assert pain.text in first.inner_text() and f"Votes: {pain.votes + 1}" in first.inner_text()
        marks = page.locator("#v-curve svg circle.mark")
        assert marks.count() == 1 and marks.first.get_attribute("data-stage") == stage.id
        shots = Path(__file__).parent.parent / "docs" / "screenshots"  # $JOURNEYMAPPER_SHOTS=1
        folder = shots if os.environ.get("JOURNEYMAPPER_SHOTS") == "1" else tmp_path
        page.screenshot(path=str(folder / "room-viewer.png"), full_page=True)
        page.select_option("#lang", "lv")
        assert page.text_content("#v-results h2") == "Rezultāti"
    page.wait_for_selector("#ended:not([hidden])")
    context.close()
    assert problems == []


def test_the_phone_stops_at_the_cap_per_item(phone: Any, tmp_path: Path) -> None:
    journey = build_template("e-shop", "en")
    pain = journey.annotations()[0]
    with headless_room(journey, tmp_path / "shop.jmap", phase="vote", dots=3, cap=1) as room:
        phone.goto(room.server.url)
        phone.click("#join-button")
        phone.wait_for_selector("#dots:has-text('At most 1 per item')")
        row = phone.locator(f".item[data-item='{pain.id}']")
        row.locator("button.give").click()
        phone.wait_for_selector("#dots:has-text('Dots left: 2 of 3')")
        give = row.locator("button.give")
        assert give.is_disabled() and give.get_attribute("title") == "At most 1 per item"
        assert phone.locator(".item button.give:enabled").count() > 0  # other items still take
        _until(lambda: room.journey.voting is not None)
        assert room.journey.voting is not None and room.journey.voting.cap == 1
