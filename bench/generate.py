"""Generate large, realistic journey maps for benchmarks (deterministic for a seed)."""

from __future__ import annotations

import random

from journeymapper.model import Channel, FlowKind, JourneyMap, LaneKind, Marker, sequential_ids

CHANNELS = list(Channel)
WORDS = [
    "оплата",
    "корзина",
    "доставка",
    "kurjers",
    "pirkums",
    "žurnāls",
    "ģimene",
    "реклама",
    "сайт",
    "відгук",
    "замовлення",
    "checkout",
    "size",
    "chart",
    "courier",
    "return",
    "review",
    "loyalty",
    "search",
    "filter",
    "signup",
    "onboarding",
]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def make_map(touchpoints: int, stages: int, personas: int = 5, seed: int = 1) -> JourneyMap:
    """A map with the given counts, main flows along each stage, some alternates and exits,
    emotions for every persona, pain points and opportunities on a tenth of the cards."""
    rng = random.Random(seed)
    journey = JourneyMap(f"Generated {touchpoints}", id_generator=sequential_ids("g"))
    people = [
        journey.add_persona(
            f"Persona {i + 1}",
            colour=f"#{rng.randrange(0x1000000):06x}",
            marker=list(Marker)[i % 6],
        )
        for i in range(personas)
    ]
    for kind, name in (
        (LaneKind.TOUCHPOINTS, "Touchpoints"),
        (LaneKind.TEXT, "Actions"),
        (LaneKind.EMOTION, "Emotions"),
        (LaneKind.PAIN_POINTS, "Pain points"),
        (LaneKind.OPPORTUNITIES, "Opportunities"),
        (LaneKind.METRICS, "Metrics"),
    ):
        journey.add_lane(kind, name)
    stage_ids = [journey.add_stage(f"Stage {i + 1}: {_text(rng, 2)}").id for i in range(stages)]
    previous: str | None = None
    cards = []
    for i in range(touchpoints):
        stage_id = stage_ids[i * stages // touchpoints]
        tp = journey.add_touchpoint(
            stage_id,
            _text(rng, 3),
            channel=rng.choice(CHANNELS),
            description=_text(rng, 12),
            metrics={"csat": rng.randint(40, 95)} if i % 7 == 0 else {},
        )
        for person in people:
            journey.set_emotion(tp.id, person.id, rng.randint(-2, 2))
        if previous is not None:
            journey.add_flow(previous, tp.id, FlowKind.MAIN)
        if i % 10 == 5:
            journey.add_annotation("pain_point", tp.id, _text(rng, 6), severity=rng.randint(1, 5))
        if i % 10 == 8:
            journey.add_annotation("opportunity", tp.id, _text(rng, 6), severity=rng.randint(1, 5))
        if i % 25 == 24:
            journey.add_flow(tp.id, None, FlowKind.EXIT, percent=rng.randint(1, 30))
        if i % 9 == 4 and len(cards) > 3:
            journey.add_flow(cards[-3], tp.id, FlowKind.ALTERNATE)
        cards.append(tp.id)
        previous = tp.id
    return journey


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.generate OUT.jmap [--touchpoints N] [--stages N] ...``: write a map."""
    import argparse
    import sys
    from pathlib import Path

    from journeymapper.io.jmap import save_map

    parser = argparse.ArgumentParser(
        prog="python -m bench.generate",
        description="Write a large generated journey map (deterministic for a seed).",
    )
    parser.add_argument("out", type=Path, metavar="OUT.jmap", help="the map file to write")
    parser.add_argument("--touchpoints", type=int, default=1_000, help="default 1000")
    parser.add_argument("--stages", type=int, default=40, help="default 40")
    parser.add_argument("--personas", type=int, default=5, help="default 5")
    parser.add_argument("--seed", type=int, default=1, help="default 1")
    args = parser.parse_args(argv)
    if args.touchpoints < 0 or args.stages < 1 or args.personas < 0:
        parser.error("counts must be positive (at least one stage)")
    if args.out.suffix.lower() != ".jmap":
        parser.error(f"{args.out}: the output must end in .jmap")
    journey = make_map(args.touchpoints, args.stages, args.personas, args.seed)
    try:
        save_map(journey, args.out)
    except OSError as error:
        sys.stderr.write(f"error: {args.out}: {error.strerror or error}\n")
        return 1
    sys.stdout.write(
        f"{args.out}: {args.touchpoints} touchpoints in {args.stages} stages, "
        f"{args.personas} personas\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
