"""Compare benchmark: a 10,000-touchpoint map against an edited copy, and against itself."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from bench.generate import make_map
from bench.timing import best_of, run_process, table
from journeymapper.compare.changes import compare
from journeymapper.compare.effects import effects
from journeymapper.compare.flat import flatten
from journeymapper.compare.report import to_json, to_text
from journeymapper.io.jmap import dumps_map, loads_map, save_map
from journeymapper.model import JourneyMap, seeded_uuid_ids

SIZES = (1_000, 10_000)


def edited(journey: JourneyMap, share: float = 0.05, seed: int = 2) -> JourneyMap:
    """A copy with ``share`` of the cards renamed, moved, re-rated or removed, and new ones."""
    rng = random.Random(seed)
    copy = loads_map(dumps_map(journey))
    copy.new_id = seeded_uuid_ids("bench edits")
    stages, personas = copy.stages(), copy.personas()
    cards = copy.touchpoints()
    for card in rng.sample(cards, int(len(cards) * share)):
        action = rng.randrange(4)
        if action == 0:
            copy.update(card.id, name=card.name + " v2")
        elif action == 1:
            copy.move_touchpoint(card.id, rng.choice(stages).id)
        elif action == 2 and personas:
            copy.set_emotion(card.id, rng.choice(personas).id, rng.randint(-2, 2))
        else:
            copy.remove(card.id)
    for i in range(int(len(cards) * share)):
        copy.add_touchpoint(rng.choice(stages).id, f"New card {i}")
    return copy


def _text(old: JourneyMap, new: JourneyMap) -> int:
    """What `journeymapper diff OLD NEW` computes once both maps are read."""
    diff = compare(flatten(old), flatten(new))
    return len(to_text(diff, "old", "new", effects(diff)))


def _json(old: JourneyMap, new: JourneyMap) -> int:
    diff = compare(flatten(old), flatten(new))
    return len(to_json(diff, "old", "new", effects(diff)))


def _command(old: JourneyMap, new: JourneyMap) -> float:
    """Wall time of the whole `journeymapper diff OLD.jmap NEW.jmap` (start-up, reading both)."""
    with tempfile.TemporaryDirectory() as folder:
        paths = [str(Path(folder) / name) for name in ("old.jmap", "new.jmap")]
        save_map(old, paths[0])
        save_map(new, paths[1])
        return min(run_process(["-m", "journeymapper", "diff", *paths])[0] for _ in range(2))


def main() -> str:
    rows = []
    for size in SIZES:
        old = make_map(size, max(1, size // 25))
        new = edited(old)
        same = best_of(lambda o=old: compare(flatten(o), flatten(o)), repeat=2)
        changed = best_of(lambda o=old, n=new: compare(flatten(o), flatten(n)), repeat=2)
        text = best_of(lambda o=old, n=new: _text(o, n), repeat=2)
        data = best_of(lambda o=old, n=new: _json(o, n), repeat=2)
        count = len(compare(old, new).changes)
        command = _command(old, new)
        rows.append((f"{size:,}", f"{same:.2f}", f"{count:,}", f"{changed:.2f}", f"{text:.2f}",
                     f"{data:.2f}", f"{command:.2f}"))  # fmt: skip
    return table(
        "Compare (target for 10,000 touchpoints: ≤ 2 s for a whole report)",
        (
            "touchpoints",
            "diff(A, A) s",
            "changes",
            "diff(A, B) s",
            "+ effects, text s",
            "+ effects, JSON s",
            "`diff` command s",
        ),  # fmt: skip
        rows,
    )


if __name__ == "__main__":
    print(main())  # noqa: T201
