"""Co-editing without a network: concurrent edits on two and three desktops converge."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from journeymapper.coedit.reconcile import canonical
from journeymapper.coedit.replica import BadMessage, Replica
from journeymapper.io.jmap import dumps_map, loads_map
from journeymapper.model import JourneyMap, sequential_ids
from tests.coedit_helpers import Star, random_edit


def _start_map() -> JourneyMap:
    journey = JourneyMap("Workshop", id_generator=sequential_ids("h"))
    first = journey.add_stage("Discover")
    journey.add_stage("Buy")
    journey.add_persona("Anna")
    journey.add_persona("Boris")
    journey.add_lane("text", "Goals")
    journey.add_touchpoint(first.id, "Ad")
    return journey


class CoEditing(RuleBasedStateMachine):
    """Random edits on random desktops, messages delivered late and in pieces, links cut."""

    @initialize(peers=st.integers(2, 3))
    def start(self, peers: int) -> None:
        self.star = Star(_start_map(), peers - 1)
        self.star.settle()
        for k, journey in enumerate(self.star.maps[1:], 1):
            journey.new_id = sequential_ids(f"p{k}-")  # every desktop makes its own ids

    @rule(peer=st.integers(0, 2), seed=st.integers(0, 2**32))
    def edit(self, peer: int, seed: int) -> None:
        k = peer % len(self.star.maps)
        random_edit(self.star.maps[k], random.Random(seed))
        self.star.replicas[k].flush()

    @rule(peer=st.integers(1, 2), to_host=st.booleans(), count=st.integers(1, 4))
    def deliver(self, peer: int, to_host: bool, count: int) -> None:
        k = 1 + (peer - 1) % (len(self.star.maps) - 1)
        for _ in range(count):
            self.star.deliver_one(k, to_host)

    @rule(peer=st.integers(1, 2))
    def cut(self, peer: int) -> None:
        self.star.cut(1 + (peer - 1) % (len(self.star.maps) - 1))

    @precondition(lambda self: not all(self.star.up))
    @rule()
    def reconnect(self) -> None:
        self.star.connect(self.star.up.index(False))

    @invariant()
    def every_desktop_map_is_a_valid_file(self) -> None:
        if hasattr(self, "star"):
            for journey in self.star.maps:
                assert canonical(loads_map(dumps_map(journey))) == canonical(journey)

    def teardown(self) -> None:
        if not hasattr(self, "star"):
            return
        self.star.settle()
        views = self.star.views()
        assert all(view == views[0] for view in views[1:])
        newcomer = JourneyMap()  # reads the whole document at once: the same map
        fresh = Replica(newcomer)
        reply = self.star.replicas[0].receive(fresh.hello(), 9)
        assert reply is not None
        fresh.receive(reply, "host")
        assert canonical(newcomer) == views[0]
        assert not fresh.refused  # honest edits: every record of the document is valid


CoEditing.TestCase.settings = settings(
    max_examples=40, stateful_step_count=30, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)  # fmt: skip
TestCoEditing = CoEditing.TestCase


def test_both_renames_and_both_new_cards_survive() -> None:
    star = Star(_start_map(), 1)
    star.settle()
    host, guest = star.maps
    buy, discover = host.stages()[1], host.stages()[0]
    host.update(discover.id, name="Notice")
    guest.update(buy.id, name="Purchase")
    host.add_touchpoint(buy.id, "Shop", id="from-host")
    guest.add_touchpoint(buy.id, "App", id="from-guest")
    star.settle()
    for journey in star.maps:
        assert [s.name for s in journey.stages()] == ["Notice", "Purchase"]
        assert {tp.name for tp in journey.touchpoints(buy.id)} == {"Shop", "App"}
    assert star.views()[0] == star.views()[1]


def test_same_field_last_writer_wins_and_integers_stay_integers() -> None:
    star = Star(_start_map(), 1)
    star.settle()
    host, guest = star.maps
    ad = host.touchpoints()[0]
    anna = host.personas()[0]
    host.set_emotion(ad.id, anna.id, -2)
    star.settle()
    guest.set_emotion(ad.id, anna.id, 1)
    star.settle()
    emotion = host.touchpoint(ad.id).emotions[anna.id]
    assert emotion.as_is == 1 and type(emotion.as_is) is int
    assert '"as_is": 1,' in dumps_map(host).decode()


def test_an_offline_joiner_keeps_editing_and_both_sides_merge() -> None:
    star = Star(_start_map(), 1)
    star.settle()
    host, guest = star.maps
    star.cut(1)
    buy = host.stages()[1]
    guest.add_touchpoint(buy.id, "Written offline", id="offline")
    host.update(buy.id, goal="Pay quickly")
    star.replicas[1].flush()
    star.replicas[0].flush()
    assert host.find("offline") is None
    star.connect(1)
    star.settle()
    assert host.touchpoint("offline").name == "Written offline"
    assert guest.stage(buy.id).goal == "Pay quickly"
    assert star.views()[0] == star.views()[1]


def test_a_card_added_to_a_stage_deleted_elsewhere_goes_with_the_stage() -> None:
    star = Star(_start_map(), 1)
    star.settle()
    host, guest = star.maps
    buy = host.stages()[1]
    host.remove(buy.id)
    guest.add_touchpoint(buy.id, "Too late", id="late")
    star.settle()
    assert host.find("late") is None and guest.find("late") is None
    assert star.views()[0] == star.views()[1]


def test_two_cells_of_one_lane_edited_at_once_both_survive() -> None:
    star = Star(_start_map(), 2)
    star.settle()
    lane = star.maps[0].lanes()[0]
    discover, buy = (s.id for s in star.maps[0].stages())
    star.maps[1].set_cell(lane.id, discover, "Find a gift")
    star.maps[2].set_cell(lane.id, buy, "Pay fast")
    star.settle()
    for journey in star.maps:
        assert dict(journey.lane(lane.id).cells) == {discover: "Find a gift", buy: "Pay fast"}
    star.maps[1].set_cell(lane.id, buy, "")  # one clears a cell while another edits the other
    star.maps[2].set_cell(lane.id, discover, "Find a present")
    star.settle()
    for journey in star.maps:
        assert dict(journey.lane(lane.id).cells) == {discover: "Find a present"}


def test_two_personas_points_on_one_card_edited_at_once_both_survive() -> None:
    star = Star(_start_map(), 1)
    star.settle()
    host, guest = star.maps
    ad = host.touchpoints()[0].id
    anna, boris = (p.id for p in host.personas())
    host.set_emotion(ad, anna, -2, 1)
    guest.set_emotion(ad, boris, 2)
    star.settle()
    for journey in star.maps:
        emotions = journey.touchpoint(ad).emotions
        assert (emotions[anna].as_is, emotions[anna].to_be, emotions[boris].as_is) == (-2, 1, 2)
    text = dumps_map(guest).decode()  # the file keeps its format: integers, one map per card
    assert f'"{anna}": {{"as_is": -2, "to_be": 1}}' in text
    assert f'"{boris}": {{"as_is": 2, "to_be": null}}' in text


def test_a_point_of_a_persona_deleted_elsewhere_goes_and_comes_back_with_it() -> None:
    star = Star(_start_map(), 1)
    star.settle()
    host, guest = star.maps
    ad = host.touchpoints()[0].id
    boris = host.personas()[1].id
    removal = host.remove(boris)
    guest.set_emotion(ad, boris, 1)  # at the same time, on the other desktop
    star.settle()
    assert star.views()[0] == star.views()[1]
    assert boris not in host.touchpoint(ad).emotions
    host.restore(removal)  # undo on the host: the persona and the guest's point are back
    star.settle()
    assert star.views()[0] == star.views()[1]
    assert host.touchpoint(ad).emotions[boris].as_is == 1


def test_an_update_that_overtakes_the_one_it_builds_on_is_read_when_that_one_comes() -> None:
    star = Star(_start_map(), 1)
    star.settle()
    host, guest = star.maps
    buy = host.stages()[1].id
    guest.add_touchpoint(buy, "One", id="late")
    star.replicas[1].flush()
    guest.update("late", name="Two", owner="Ann")
    star.replicas[1].flush()
    first, second = star.to_host[1].popleft(), star.to_host[1].popleft()
    star.replicas[0].receive(second, 1)  # the later change first: it waits inside the CRDT
    assert host.find("late") is None
    star.replicas[0].receive(first, 1)
    assert (host.touchpoint("late").name, host.touchpoint("late").owner) == ("Two", "Ann")


def test_the_host_refuses_an_update_that_overtakes_the_one_it_builds_on() -> None:
    journey = _start_map()
    host = Replica(journey, gate=True)
    host.seed()
    guest_map = JourneyMap()
    guest = Replica(guest_map, lambda message, source: sent.append(message))
    sent: list[bytes] = []
    reply = host.receive(guest.hello(), 1)
    assert reply is not None
    guest.receive(reply, "host")
    sent.clear()
    guest_map.add_touchpoint(journey.stages()[1].id, "One", id="late")
    guest.flush()
    guest_map.update("late", name="Two")
    guest.flush()
    with pytest.raises(BadMessage, match="out of order"):
        host.receive(sent[1], 1)
    assert journey.find("late") is None
    host.receive(sent[0], 1)
    host.receive(sent[1], 1)  # in order now: both taken
    assert journey.touchpoint("late").name == "Two"
