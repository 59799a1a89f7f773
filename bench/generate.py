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
