"""Room mode over the network (127.0.0.1 only): tokens, origins, limits, 50 phones, the CLI."""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from journeymapper.cli import main
from journeymapper.io.jmap import load_map, save_map
from journeymapper.model import JourneyMap
from journeymapper.room.server import RoomServer
from tests.room_helpers import headless_room, hello, run_async


async def _first(ws: aiohttp.ClientWebSocketResponse) -> dict[str, Any] | None:
    message = await ws.receive(timeout=5)
    return json.loads(message.data) if message.type is aiohttp.WSMsgType.TEXT else None


async def _until(ws: aiohttp.ClientWebSocketResponse, kind: str) -> dict[str, Any]:
    while True:
        data = await _first(ws)
        assert data is not None, f"closed before a {kind!r} message"
        if data["type"] == kind:
            return data


def test_without_the_token_nothing_comes_in(small_map: JourneyMap, tmp_path: Path) -> None:
    with headless_room(small_map, tmp_path / "m.jmap") as room:
        server = room.server

        async def scenario() -> None:
            async with aiohttp.ClientSession() as http:
                page = await http.get(server.origin + "/")
                text = await page.text()
                assert page.status == 200 and small_map.title not in text
                assert "default-src 'self'" in page.headers["Content-Security-Policy"]
                assert (await http.get(server.origin + "/room.jmap")).status == 404
                rebound = await http.get(server.origin + "/", headers={"Host": "evil.test"})
                assert rebound.status == 421
                evil = {"Origin": "http://evil.test"}
                with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                    await http.ws_connect(server.origin + "/ws", headers=evil)
                assert refused.value.status == 403

        run_async(scenario())

        async def guesses() -> list[Any]:
            seen = []
            async with aiohttp.ClientSession() as http:
                for attempt in range(8):
                    async with http.ws_connect(server.origin + "/ws", headers={"Origin": server.origin}) as ws:  # noqa: E501
                        guess = {"token": "x" * 22} if attempt < 7 else {"token": server.token}
                        await ws.send_str(hello(server, "k" * 32, **guess))
                        seen.append(await _first(ws))
                        assert await _first(ws) is None  # and the door closes
            return seen

        answers = run_async(guesses())
        assert all(a is not None and a["type"] == "refused" for a in answers)
        assert [a["code"] for a in answers] == ["token"] * 6 + ["slow", "slow"]
        assert small_map.title not in json.dumps(answers)


def test_the_short_code_and_the_viewer_link_let_in_with_their_roles(
    small_map: JourneyMap, tmp_path: Path
) -> None:
    with headless_room(small_map, tmp_path / "m.jmap") as room:
        server = room.server

        async def scenario() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
            async with aiohttp.ClientSession() as http:
                url, origin = server.origin + "/ws", {"Origin": server.origin}
                async with http.ws_connect(url, headers=origin) as typed:
                    code = server.code[:3].lower() + "-" + server.code[3:]
                    await typed.send_str(hello(server, "t" * 32, "Olga", code=code))
                    joined = await _until(typed, "state")
                async with http.ws_connect(url, headers=origin) as viewer:
                    viewer_token = "v" + server.viewer_token
                    await viewer.send_str(hello(server, "v" * 32, token=viewer_token))
                    watching = await _until(viewer, "state")
                    stage = watching["stages"][0]["id"]
                    note = {"type": "note", "stage": stage, "kind": "card", "text": "sneaky"}
                    await viewer.send_str(json.dumps(note))
                    refused = await _until(viewer, "refused")
                return joined, watching, refused

        joined, watching, refused = run_async(scenario())
    assert (joined["role"], joined["name"]) == ("participant", "Olga")
    assert joined["title"] == small_map.title
    assert watching["role"] == "viewer" and refused["code"] == "viewer"
    assert "sneaky" not in (tmp_path / "m.jmap").read_text(encoding="utf-8")


def test_fifty_phones_voting_at_once_lose_no_vote(small_map: JourneyMap, tmp_path: Path) -> None:
    path = tmp_path / "m.jmap"
    with headless_room(small_map, path, phase="vote", dots=3) as room:
        server = room.server
        items = [tp.id for tp in small_map.touchpoints()] + [a.id for a in small_map.annotations()]

        async def phone(http: aiohttp.ClientSession, n: int) -> dict[str, Any]:
            async with http.ws_connect(server.origin + "/ws", headers={"Origin": server.origin}) as ws:  # noqa: E501
                await ws.send_str(hello(server, f"{n:032d}", f"Phone {n}"))
                await _until(ws, "state")
                picks = random.Random(n).choices(items, k=4)
                for item in picks:
                    await ws.send_str(json.dumps({"type": "vote", "item": item, "delta": 1}))
                refused = await _until(ws, "refused")
                while True:
                    state = await _until(ws, "state")
                    if state["remaining"] == 0:
                        return {"refused": refused["code"], "state": state}

        async def everyone() -> list[dict[str, Any]]:
            async with aiohttp.ClientSession() as http:
                return list(await asyncio.gather(*(phone(http, n) for n in range(50))))

        results = run_async(everyone())
    assert {r["refused"] for r in results} == {"budget"}
    saved = load_map(path).voting
    assert saved is not None and len(saved.participants) == 50
    assert sum(saved.totals().values()) == 150
    assert all(saved.used(f"Phone {n}") == 3 for n in range(50))


def test_closing_the_room_ends_every_connection(small_map: JourneyMap, tmp_path: Path) -> None:
    save_map(small_map, tmp_path / "m.jmap")
    server = RoomServer("127.0.0.1", 0, lambda intent: None)
    server.start()

    async def scenario() -> list[tuple[aiohttp.WSMsgType, int | None]]:
        async with aiohttp.ClientSession() as http:
            sockets = [
                await http.ws_connect(server.origin + "/ws", headers={"Origin": server.origin})
                for _ in range(3)
            ]
            for n, ws in enumerate(sockets):
                await ws.send_str(hello(server, f"{n:032d}"))
                await _until(ws, "state")
            await sockets[0].send_str("x" * 5000)  # over the size limit: that one is cut off
            oversized = await sockets[0].receive(timeout=5)
            await asyncio.get_running_loop().run_in_executor(None, server.stop)
            ends = [(oversized.type, sockets[0].close_code)]
            for ws in sockets[1:]:
                message = await ws.receive(timeout=5)
                ends.append((message.type, ws.close_code))
            return ends

    ends = run_async(scenario())
    assert ends[0][1] == 1009
    assert ends[1:] == [(aiohttp.WSMsgType.CLOSE, 1001)] * 2 or all(
        kind in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED) for kind, _ in ends[1:]
    )
    assert not server.running


def _cli(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "journeymapper", "room", *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)  # fmt: skip


def test_cli_room_prints_the_url_first_saves_notes_and_exits_0_on_sigterm(
    small_map: JourneyMap, tmp_path: Path
) -> None:
    path = tmp_path / "workshop.jmap"
    save_map(small_map, path)
    process = _cli(str(path), "--host", "127.0.0.1", "--port", "0", "--dots", "2")
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    match = re.fullmatch(r"(http://127\.0\.0\.1:\d+)/#([A-Za-z0-9_-]{22})", url)
    assert match, url
    origin, token = match.groups()

    async def scenario() -> dict[str, Any]:
        async with (
            aiohttp.ClientSession() as http,
            http.ws_connect(origin + "/ws", headers={"Origin": origin}) as ws,
        ):
            await ws.send_str(json.dumps({"type": "hello", "token": token, "key": "c" * 32,
                                          "name": "Līga"}))  # fmt: skip
            state = await _until(ws, "state")
            stage = state["stages"][1]["id"]
            await ws.send_str(json.dumps({"type": "note", "stage": stage, "kind": "card",
                                          "text": "Kur ir izmēru tabula?"}))  # fmt: skip
            await _until(ws, "ok")
            return state

    state = run_async(scenario())
    assert state["budget"] == 2
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert err == ""
    cards = [tp for tp in load_map(path).touchpoints() if tp.room]
    assert [(c.name, c.author) for c in cards] == [("Kur ir izmēru tabula?", "Līga")]


def test_cli_room_refuses_bad_input_in_one_line(
    small_map: JourneyMap, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.jmap"
    broken.write_text("{", encoding="utf-8")
    for args, code, pattern in (
        ((str(broken), "--host", "127.0.0.1"), 1, r"error: .*broken\.jmap: "),
        ((str(broken), "--host", "example.com"), 2, r"error: --host must be an IP address"),
        ((str(broken), "--dots", "0", "--host", "127.0.0.1"), 2, r"error: --dots"),
    ):
        assert main(["room", *args]) == code
        out, err = capsys.readouterr()
        assert out == "" and len(err.splitlines()) == 1 and re.match(pattern, err), err
    assert broken.read_text(encoding="utf-8") == "{"
    good = tmp_path / "good.jmap"
    save_map(small_map, good)
    assert main(["room", str(good), "--host", "203.0.113.7", "--port", "0"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and re.fullmatch(r"error: 203\.0\.113\.7:0: cannot listen \(.+\)\n", err)


def test_cli_room_keeps_serving_when_the_reader_of_its_output_leaves(
    small_map: JourneyMap, tmp_path: Path
) -> None:
    """`journeymapper room MAP | head -1`: the URL is read, the reader goes; the room serves
    on, saves and exits 0 with nothing on stderr (it once ended "cannot listen (broken pipe)")."""
    path = tmp_path / "workshop.jmap"
    save_map(small_map, path)
    process = _cli(str(path), "--host", "127.0.0.1", "--port", "0")
    assert process.stdout is not None and process.stderr is not None
    url = process.stdout.readline().strip()
    process.stdout.close()  # as `head -1` does once it has its line
    origin, token = url.split("/#")

    async def scenario() -> None:
        async with (
            aiohttp.ClientSession() as http,
            http.ws_connect(origin + "/ws", headers={"Origin": origin}) as ws,
        ):
            await ws.send_str(json.dumps({"type": "hello", "token": token, "key": "d" * 32}))
            state = await _until(ws, "state")
            await ws.send_str(json.dumps({"type": "note", "stage": state["stages"][0]["id"],
                                          "kind": "card", "text": "Still here"}))  # fmt: skip
            await _until(ws, "ok")

    run_async(scenario())
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) == 0
    assert process.stderr.read() == ""
    assert [tp.name for tp in load_map(path).touchpoints() if tp.room] == ["Still here"]


def test_a_restarted_room_resumes_from_the_map(small_map: JourneyMap, tmp_path: Path) -> None:
    """The map keeps the room's results (dots, ratings, room notes) and its session: a phone
    coming back after the room restarted is the same person with the dots it had left; the
    queue and the hidden notes carry on; the file holds a hash of the phone's key, not the key."""
    path = tmp_path / "workshop.jmap"
    stage = small_map.stages()[0].id
    first, second = [a.id for a in small_map.annotations()][:2]
    key = "m" * 32

    async def visit(server: RoomServer, who: str, name: str, messages: list[dict[str, Any]]
                    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:  # fmt: skip
        origin = server.origin
        async with (
            aiohttp.ClientSession() as http,
            http.ws_connect(origin + "/ws", headers={"Origin": origin}) as ws,
        ):
            await ws.send_str(hello(server, who, name))
            state = await _until(ws, "state")
            answers = []
            for message in messages:
                await ws.send_str(json.dumps(message))
                answers.append(await _until(ws, "ok"))
            return state, answers

    with headless_room(small_map, path, phase="all", dots=3, queue=True) as room:
        run_async(visit(room.server, key, "Marta", [
            {"type": "vote", "item": first, "delta": 1},
            {"type": "vote", "item": first, "delta": 1},
            {"type": "rate", "stage": stage, "value": -1},
            {"type": "note", "stage": stage, "kind": "card", "text": "Queue me"},
        ]))  # fmt: skip
        room.server.hide(second)
    saved = load_map(path)
    assert saved.voting is not None and saved.voting.ballots == {"Marta": {first: 2}}
    assert saved.crowd == {stage: {"Marta": -1}}
    assert key not in path.read_text(encoding="utf-8")

    with headless_room(saved, path, phase="all", dots=3, queue=True) as room:
        back, _ = run_async(visit(room.server, key, "", []))
        other, _ = run_async(visit(room.server, "n" * 32, "Marta", []))
        pending = [p.note.text for p in room.server.room.pending]
    assert back["name"] == "Marta" and back["remaining"] == 1
    assert back["ratings"] == {stage: -1}
    assert other["name"] == "Marta 2" and other["remaining"] == 3  # a namesake is not her
    assert second not in {item["id"] for item in back["items"]}  # still hidden from phones
    assert pending == ["Queue me"]  # still waiting for the facilitator
