"""File validation: JSON Schema for shape, then the model's rules; every problem with its path."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any

import jsonschema_rs

from ..model.crowd import crowd_problems
from ..model.rules import MAX_TEXT, RuleContext, entity_problems, scale_problems
from ..model.voting import round_problems
from .codec import Parts
from .errors import Problem

MAX_REPORTED = 200
MAX_MESSAGE = 200


@cache
def schema_validator() -> Any:
    """The compiled validator of the shipped JSON Schema (jsonschema-rs: fast and complete)."""
    text = resources.files("journeymapper.resources").joinpath("schema/jmap.schema.json")
    return jsonschema_rs.validator_for(json.loads(text.read_text(encoding="utf-8")))


def _schema_message(error: Any) -> str:
    kind = type(error.kind).__name__
    instance = error.instance
    if kind in ("MinLength", "Pattern") and isinstance(instance, str) and not instance.strip():
        return "must not be empty"
    if kind == "MaxLength":
        return f"is longer than {MAX_TEXT:,} characters"
    if kind == "AdditionalProperties":
        unexpected = ", ".join(repr(name) for name in error.kind.unexpected)
        return f"has unknown fields: {unexpected}"
    if kind == "Required":
        return str(error.message).replace("is a required property", "is missing")
    message = str(error.message)
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…"


def _path(parts: Iterable[Any]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(root)"


def schema_problems(data: Any) -> list[Problem]:
    problems: list[Problem] = []
    for error in schema_validator().iter_errors(data):
        problem = Problem(_path(error.instance_path), _schema_message(error))
        if problem not in problems:
            problems.append(problem)
        if len(problems) >= MAX_REPORTED:
            break
    return problems


def _join(base: str, relative: str) -> str:
    if not relative:
        return base
    return f"{base}.{relative}" if not relative.startswith("[") else base + relative


def semantic_problems(parts: Parts) -> Iterator[Problem]:
    """Ids unique, references resolve, values within the map's scale and ranges."""
    groups = (
        parts.personas, parts.lanes, parts.stages, parts.touchpoints,
        parts.flows, parts.annotations, parts.views,
    )  # fmt: skip
    ids = Counter(entity.id for group in groups for _path, entity in group)
    for path, message in scale_problems(parts.scale):
        yield Problem(_join("emotion_scale", path), message)
    ctx = RuleContext(
        scale=parts.scale,
        stage_ids={s.id for _p, s in parts.stages},
        persona_ids={p.id for _p, p in parts.personas},
        touchpoint_ids={t.id for _p, t in parts.touchpoints},
        lane_ids={lane.id for _p, lane in parts.lanes},
    )
    if parts.voting is not None:
        items = set(ctx.touchpoint_ids) | {a.id for _p, a in parts.annotations}
        for relative, message in round_problems(parts.voting, items):
            yield Problem(_join("voting", relative), message)
    for relative, message in crowd_problems(parts.crowd, ctx.stage_ids, parts.scale):
        yield Problem(_join("crowd", relative), message)
    pairs: set[tuple[str, str]] = set()
    for group in groups:
        for base, entity in group:
            if ids[entity.id] > 1:
                yield Problem(f"{base}.id", f"the id {entity.id!r} is used more than once")
            for relative, message in entity_problems(entity, ctx):
                if relative == "stage":  # a touchpoint's stage is where it sits in the file
                    continue
                yield Problem(_join(base, relative), message)
    for base, flow in parts.flows:
        if flow.target is not None:
            if (flow.source, flow.target) in pairs:
                yield Problem(base, "a second flow between the same two touchpoints")
            pairs.add((flow.source, flow.target))
