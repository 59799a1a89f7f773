"""The room's crowd emotion ratings: per stage, each participant's feeling, and their spread."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterator, Mapping

from .entities import EmotionScale
from .messages import msg, quoted
from .record import record

# stage id -> participant key -> rating on the map's emotion scale
CrowdRatings = Mapping[str, Mapping[str, int]]


@record
class CrowdPoint:
    """What the room felt at one stage: the mean, the band of the spread, and how many answered."""

    stage_id: str
    mean: float
    low: float
    high: float
    count: int


def crowd_points(ratings: CrowdRatings, stage_ids: Collection[str]) -> list[CrowdPoint]:
    """Mean ± standard deviation per rated stage, in ``stage_ids`` order (band kept in range)."""
    points = []
    for stage_id in stage_ids:
        values = list(ratings.get(stage_id, {}).values())
        if not values:
            continue
        mean = sum(values) / len(values)
        spread = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
        low = max(min(values), mean - spread)
        high = min(max(values), mean + spread)
        points.append(CrowdPoint(stage_id, mean, low, high, len(values)))
    return points


def crowd_problems(
    ratings: CrowdRatings, stage_ids: Collection[str], scale: EmotionScale
) -> Iterator[tuple[str, str]]:
    """Rule breaks, as (relative path, message): unknown stages, values off the scale."""
    for stage_id, answers in ratings.items():
        if stage_id not in stage_ids:
            yield stage_id, msg("rule.stage_ref", quoted(stage_id))
        for who, value in answers.items():
            if not (isinstance(value, int) and not isinstance(value, bool)):
                yield f"{stage_id}.{who}", msg("crowd.whole")
            elif not scale.contains(value):
                yield (
                    f"{stage_id}.{who}",
                    msg("crowd.on_scale", scale.minimum, scale.maximum),
                )
