"""Co-editing peers wired together in memory (a star around the host), with links to cut."""

from __future__ import annotations

import random
from collections import deque
from typing import Any

from journeymapper.coedit.reconcile import canonical
from journeymapper.coedit.replica import Replica, Source
from journeymapper.model import JourneyMap, ModelError


class Star:
    """A host replica and joiners; messages wait in queues until ``deliver`` hands them over."""

    def __init__(self, journey: JourneyMap, joiners: int) -> None:
        self.maps = [journey] + [JourneyMap() for _ in range(joiners)]
        self.to_host: list[deque[bytes]] = [deque() for _ in range(joiners + 1)]
        self.to_joiner: list[deque[bytes]] = [deque() for _ in range(joiners + 1)]
        self.up = [True] * (joiners + 1)
        self.replicas = [Replica(journey, self._host_out)]
        self.replicas[0].seed()
        for k in range(1, joiners + 1):
            self.replicas.append(Replica(self.maps[k], self._joiner_out(k)))
            self.connect(k)

    def _host_out(self, message: bytes, source: Source) -> None:
        for k in range(1, len(self.maps)):
            if k != source and self.up[k]:
                self.to_joiner[k].append(message)

    def _joiner_out(self, k: int) -> Any:
        def out(message: bytes, source: Source) -> None:
            if source is None and self.up[k]:
                self.to_host[k].append(message)

        return out

    def connect(self, k: int) -> None:
        """A (re)connection: both sides say what they have, as the real link does."""
        self.up[k] = True
        self.to_host[k].append(self.replicas[k].hello())
        self.to_joiner[k].append(self.replicas[0].hello())

    def cut(self, k: int) -> None:
        self.up[k] = False
        self.to_host[k].clear()
        self.to_joiner[k].clear()

    def deliver_one(self, k: int, to_host: bool) -> bool:
        queue = self.to_host[k] if to_host else self.to_joiner[k]
        if not queue or not self.up[k]:
            return False
        message = queue.popleft()
        if to_host:
            reply = self.replicas[0].receive(message, k)
            if reply is not None:
                self.to_joiner[k].append(reply)
        else:
            reply = self.replicas[k].receive(message, "host")
            if reply is not None:
                self.to_host[k].append(reply)
        return True

    def settle(self) -> None:
        """Reconnect everyone and deliver until nothing is in flight."""
        for k in range(1, len(self.maps)):
            if not self.up[k]:
                self.connect(k)
        for replica in self.replicas:
            replica.flush()
        moved = True
        while moved:
            moved = False
            for k in range(1, len(self.maps)):
                while self.deliver_one(k, True) or self.deliver_one(k, False):
                    moved = True

    def views(self) -> list[Any]:
        return [canonical(journey) for journey in self.maps]


def random_edit(journey: JourneyMap, rnd: random.Random) -> None:
    """One edit a facilitator could make; an edit the model refuses is simply not made."""
    stages = journey.stages()
    tps = journey.touchpoints()
    personas = journey.personas()
    choice = rnd.randrange(14)
    try:
        if choice == 0 or not stages:
            journey.add_stage(f"Stage {rnd.randrange(100)}", rnd.randrange(len(stages) + 1))
        elif choice == 1:
            journey.update(rnd.choice(stages).id, name=f"Renamed {rnd.randrange(1000)}")
        elif choice == 2 or not tps:
            stage = rnd.choice(stages)
            count = len(journey.touchpoints(stage.id))
            journey.add_touchpoint(
                stage.id, f"Card {rnd.randrange(1000)}", rnd.randrange(count + 1)
            )
        elif choice == 3:
            journey.update(rnd.choice(tps).id, name=f"Card {rnd.randrange(1000)}", owner="x")
        elif choice == 4:
            stage = rnd.choice(stages)
            count = len(journey.touchpoints(stage.id))
            journey.move_touchpoint(rnd.choice(tps).id, stage.id, rnd.randrange(count + 1))
        elif choice == 5:
            journey.remove(rnd.choice(tps).id)
        elif choice == 6 and len(stages) > 1:
            journey.remove(rnd.choice(stages).id)
        elif choice == 7:
            if not personas:
                journey.add_persona(f"Persona {rnd.randrange(100)}")
            else:
                scale = journey.emotion_scale
                value = rnd.randint(scale.minimum, scale.maximum)
                journey.set_emotion(rnd.choice(tps).id, rnd.choice(personas).id, value)
        elif choice == 8:
            journey.add_annotation(
                rnd.choice(["pain_point", "opportunity"]), rnd.choice(tps).id,
                f"Note {rnd.randrange(1000)}", severity=rnd.randint(1, 5),
            )  # fmt: skip
        elif choice == 9 and len(tps) > 1:
            source, target = rnd.sample(tps, 2)
            journey.add_flow(source.id, target.id, percent=rnd.randint(0, 100))
        elif choice == 10:
            journey.move(rnd.choice(stages).id, rnd.randrange(len(stages)))
        elif choice == 11:
            lanes = [lane for lane in journey.lanes() if lane.kind.value == "text"]
            if not lanes:
                journey.add_lane("text", f"Notes {rnd.randrange(100)}")
            else:
                text = rnd.choice(["", f"Cell {rnd.randrange(1000)}"])
                journey.set_cell(rnd.choice(lanes).id, rnd.choice(stages).id, text)
        elif choice == 12:
            if len(personas) < 3:
                journey.add_persona(f"Persona {rnd.randrange(100)}")
            else:
                journey.remove(rnd.choice(personas).id)
        elif choice == 13 and personas:
            scale = journey.emotion_scale
            value = rnd.choice([None, rnd.randint(scale.minimum, scale.maximum)])
            journey.set_emotion(rnd.choice(tps).id, rnd.choice(personas).id, value, value)
    except ModelError:
        pass


def settle_peers(peers: list[Any], timeout: float = 20.0) -> None:
    """Pump every real peer until all hold the same map (fails after ``timeout`` seconds)."""
    import time

    end = time.monotonic() + timeout
    while True:
        for peer in peers:
            peer.pump(timeout=0.005)
        views = [canonical(peer.journey) for peer in peers]
        synced = all(getattr(peer, "synced", True) for peer in peers)
        if (
            synced
            and all(view == views[0] for view in views[1:])
            and not any(peer.inbox.qsize() for peer in peers)
        ):
            return
        assert time.monotonic() < end, "the desktops did not converge"
