"""Co-editing over real WebSockets on 127.0.0.1: peers converge, reconnect, refuse forgeries."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import aiohttp
import pytest
from pycrdt import Doc, Map, create_update_message

from journeymapper.coedit.hub import MAX_UPDATE, _Peer
from journeymapper.coedit.layout import dump, entities
from journeymapper.coedit.link import ENDED
from journeymapper.coedit.peers import HostPeer, JoinPeer
from journeymapper.coedit.reconcile import canonical
from journeymapper.io.jmap import dumps_map, loads_map
from journeymapper.model import JourneyMap, sequential_ids
from journeymapper.room.limits import Bucket
from tests.coedit_helpers import random_edit, settle_peers


def _workshop() -> JourneyMap:
    journey = JourneyMap("Workshop", id_generator=sequential_ids("h"))
    first = journey.add_stage("Discover")
    journey.add_stage("Buy")
    journey.add_persona("Anna")
    journey.add_touchpoint(first.id, "Ad")
    return journey


@contextmanager
def sharing(joiners: int) -> Iterator[tuple[HostPeer, list[JoinPeer]]]:
    host = HostPeer(_workshop())
    host.start()
    guests = [JoinPeer(host.url) for _ in range(joiners)]
    try:
        for guest in guests:
            guest.start()
        settle_peers([host, *guests])
        for k, guest in enumerate(guests, 1):
            guest.journey.new_id = sequential_ids(f"p{k}-")
        yield host, guests
    finally:
        for guest in guests:
            guest.stop()
        host.stop()


def test_three_desktops_editing_at_once_end_with_the_same_valid_map() -> None:
    with sharing(2) as (host, guests):
        peers = [host, *guests]
        assert host.joined == 2
        rnd = random.Random(22)
        for _ in range(60):
            peer = rnd.choice(peers)
            random_edit(peer.journey, rnd)
            peer.flush()
            if rnd.random() < 0.3:
                rnd.choice(peers).pump(timeout=0.001)
        settle_peers(peers)
        for peer in peers:
            assert canonical(loads_map(dumps_map(peer.journey))) == canonical(host.journey)
        assert len(host.journey.touchpoints()) >= 1


def test_an_edit_reaches_the_other_desktop_as_a_model_event() -> None:
    with sharing(1) as (host, (guest,)):
        seen: list[object] = []
        host.journey.subscribe(seen.append)
        buy = guest.journey.stages()[1]
        guest.journey.update(buy.id, name="Checkout")
        guest.flush()
        settle_peers([host, guest])
        assert host.journey.stage(buy.id).name == "Checkout"
        assert [type(e).__name__ for e in seen] == ["AttributeChanged"]


def test_a_cut_joiner_keeps_editing_and_merges_on_reconnect() -> None:
    with sharing(1) as (host, (guest,)):
        guest.link.cut()
        buy = host.journey.stages()[1]
        guest.journey.add_touchpoint(buy.id, "Typed on the train", id="train")
        guest.flush()
        host.journey.update(buy.id, goal="Pay quickly")
        host.flush()
        settle_peers([host, guest])
        assert host.journey.touchpoint("train").name == "Typed on the train"
        assert guest.journey.stage(buy.id).goal == "Pay quickly"


def test_a_wrong_pairing_code_is_refused() -> None:
    host = HostPeer(_workshop())
    host.start()
    guest = JoinPeer(host.url.split("#")[0] + "#" + "x" * 22)
    try:
        guest.start()
        while not guest.refusal:
            guest.pump(timeout=0.05)
        assert guest.refusal == "secret"
        assert not guest.synced and guest.journey.stages() == []
    finally:
        guest.stop()
        host.stop()


def test_a_host_that_stops_sharing_lets_its_joiners_go_with_the_map() -> None:
    host = HostPeer(_workshop())
    host.start()
    guest = JoinPeer(host.url)
    try:
        guest.start()
        settle_peers([host, guest])
        host.stop()
        for _ in range(200):
            if guest.refusal:
                break
            guest.pump(timeout=0.05)
        assert guest.refusal == ENDED  # told, not left retrying a host that is gone
        assert not guest.link.connected.is_set()
        assert [s.name for s in guest.journey.stages()] == ["Discover", "Buy"]
    finally:
        guest.stop()
        host.stop()


@contextmanager
def pumped(peer: HostPeer) -> Iterator[None]:
    """The host's desktop at work on a thread of its own while a raw client talks to it."""
    stop = threading.Event()

    def work() -> None:
        while not stop.is_set():
            peer.pump(timeout=0.02)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    try:
        yield
    finally:
        stop.set()
        worker.join()


async def _raw(host: HostPeer, payloads: list[bytes], origin: str | None = None) -> list[object]:
    """Pair as a hand-made client, sync a document, send ``payloads``; what came back."""
    url = host.url.replace("http://", "ws://").split("#")[0]
    headers = {"Origin": origin or host.server.origin}
    got: list[object] = []
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(url, headers=headers) as socket,
    ):
        await socket.send_str(json.dumps({"type": "hello", "secret": host.hub.secret}))
        got.append(json.loads((await socket.receive(timeout=5)).data))
        try:
            for payload in payloads:
                await socket.send_bytes(payload)
        except ConnectionError:  # the host hung up while we were still sending
            got.append("lost")
            return got
        while True:
            try:
                message = await socket.receive(timeout=1.0)
            except TimeoutError:  # the host has nothing more to say: still connected
                return got
            got.append(message.type)
            if message.type is not aiohttp.WSMsgType.BINARY:
                got.append(socket.close_code)
                return got


def _forged(host: HostPeer, record: dict[str, object]) -> bytes:
    """An update a forger could make from the host's own document."""
    doc: Doc = Doc()
    doc.apply_update(host.replica.doc.get_update())
    before = doc.get_state()
    entities(doc)[str(record["id"])] = Map({k: dump(v) for k, v in record.items()})
    return create_update_message(doc.get_update(before))


def _forged_root(host: HostPeer) -> bytes:
    """An update that brings a part of its own into the document."""
    doc: Doc = Doc()
    doc.apply_update(host.replica.doc.get_update())
    before = doc.get_state()
    doc.get("payload", type=Map)["x"] = "y" * 1000
    return create_update_message(doc.get_update(before))


def test_the_host_refuses_forged_updates_before_its_document_takes_or_relays_them(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with sharing(1) as (host, (guest,)):
        stage = host.journey.stages()[0].id
        card = host.journey.touchpoints()[0]
        forged = [
            {"id": card.id, "@list": "touchpoints", "@stage": stage, "name": card.name,
             "channel": "teleport"},  # a wrong value
            {"id": "evil-1", "@list": "touchpoints", "@stage": stage, "name": 12345},  # type
            {"id": "evil-2", "@list": "touchpoints", "@stage": stage, "name": "x" * 100_001},
            {"id": stage, "@list": "personas", "name": "A stage no more"},  # an id's kind
            {"id": "evil-4", "@list": "stages", "name": "Mine", "goal": {"x": 1}},
        ]  # fmt: skip
        before = canonical(host.journey)
        with caplog.at_level(logging.WARNING), pumped(host):
            answers = [asyncio.run(_raw(host, [_forged(host, r)])) for r in forged]
            answers.append(asyncio.run(_raw(host, [_forged_root(host)])))
        for answer in answers:  # each forger was dropped
            assert aiohttp.WSMsgType.CLOSE in answer or aiohttp.WSMsgType.CLOSED in answer
        assert canonical(host.journey) == before
        assert {"evil-1", "evil-2", "evil-4", card.id, stage} <= host.replica.refused
        assert host.journey.touchpoint(card.id) == card  # a bad change leaves the card as it was
        assert "update refused" in caplog.text and "evil-1" in caplog.text
        assert "unknown parts ['payload']" in caplog.text
        for doc in (host.replica.doc, guest.replica.doc):  # never taken, never relayed
            table = entities(doc).to_py() or {}
            assert not {"evil-1", "evil-2", "evil-4"} & set(table)
            assert "teleport" not in table[card.id]["channel"]
            assert "payload" not in set(doc.keys())
        guest.journey.update(stage, name="Still editable")
        guest.flush()
        settle_peers([host, guest])
        assert host.journey.stage(stage).name == "Still editable"


def test_a_reference_to_nothing_passes_the_host_but_stays_out_of_every_map() -> None:
    with sharing(1) as (host, (guest,)):
        record = {"id": "evil-3", "@list": "flows", "source": "nowhere", "target": None,
                  "kind": "exit"}  # fmt: skip
        with pumped(host):
            answer = asyncio.run(_raw(host, [_forged(host, record)]))
        assert aiohttp.WSMsgType.CLOSE not in answer  # a concurrent delete looks the same
        guest.journey.add_stage("Later")
        guest.flush()
        settle_peers([host, guest])
        assert "evil-3" in (entities(guest.replica.doc).to_py() or {})
        assert host.journey.find("evil-3") is None and guest.journey.find("evil-3") is None


def test_garbage_and_oversized_messages_drop_the_sender_only(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with sharing(1) as (host, (guest,)):
        before = canonical(host.journey)
        with caplog.at_level(logging.WARNING), pumped(host):
            garbage = asyncio.run(_raw(host, [b"\x00\x02\xff\xff\xff\xff\xff"]))
            huge = asyncio.run(_raw(host, [b"\x00\x02" + b"a" * (MAX_UPDATE + 1)]))
        assert garbage[0] == {"type": "welcome", "peer": 2}
        assert aiohttp.WSMsgType.CLOSE in garbage or aiohttp.WSMsgType.CLOSED in garbage
        assert huge[-1] in ("lost", 1009)  # 1009: MESSAGE_TOO_BIG
        assert "exceeds limit" in caplog.text
        assert "peer 2 dropped: not a sync message" in caplog.text
        assert host.hub.peers == 1
        assert canonical(host.journey) == before
        guest.journey.add_stage("After the attack")
        guest.flush()
        settle_peers([host, guest])
        assert host.journey.stages()[-1].name == "After the attack"


def test_a_page_from_another_origin_cannot_connect() -> None:
    host = HostPeer(_workshop())
    host.start()

    async def attempt() -> int:
        url = host.url.replace("http://", "ws://").split("#")[0]
        async with aiohttp.ClientSession() as session:
            try:
                await session.ws_connect(url, headers={"Origin": "http://evil.example"})
            except aiohttp.WSServerHandshakeError as error:
                return error.status
        return 101

    try:
        assert asyncio.run(attempt()) == 403
    finally:
        host.stop()


def test_a_peer_sending_too_fast_is_dropped_and_the_budget_counts_bytes(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with sharing(1) as (host, (guest,)):
        empty = create_update_message(b"\x00\x00")
        with caplog.at_level(logging.WARNING), pumped(host):
            flood = asyncio.run(_raw(host, [empty] * 1_200))
        assert "sends too fast" in caplog.text
        assert flood[-1] == "lost" or aiohttp.WSMsgType.CLOSE in flood
        assert host.hub.peers == 1  # the co-editor who behaves stays
    now = [0.0]
    peer = _Peer(1, None, Bucket(100, 1000), Bucket(1_000, 4_000, lambda: now[0]))  # type: ignore[arg-type]
    assert peer.spend(3_000) and not peer.spend(2_000)  # 4,000 at once, then 1,000 a second
    now[0] = 1.0
    assert peer.spend(2_000)
