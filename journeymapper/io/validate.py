"""File validation: JSON Schema for shape, then the model's rules; every problem with its path."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

from ..model.rules import RuleContext, entity_problems, scale_problems
from .codec import Parts
from .errors import Problem

MAX_REPORTED = 200


@cache
def schema_validator() -> Draft202012Validator:
    text = resources.files("journeymapper.resources").joinpath("schema/jmap-v1.schema.json")
    return Draft202012Validator(json.loads(text.read_text(encoding="utf-8")))


def _schema_message(error: Any) -> str:
    validator = error.validator
    if validator == "required":
        return str(error.message).replace("is a required property", "is missing")
    if validator == "additionalProperties":
        return "has unknown fields: " + str(error.message).split("(")[-1].rstrip(")")
    if validator == "type":
        return f"must be of type {error.validator_value}, not {type(error.instance).__name__}"
    if validator == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value if v is not None)
        return f"{error.instance!r} is not one of {allowed}"
    if (validator == "pattern" and error.validator_value == "\\S") or (
        validator == "minLength" and error.instance == ""
    ):
        return "must not be empty"
    return str(error.message)[:300]


def _path(parts: Iterable[Any]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(root)"


def schema_problems(data: Any) -> list[Problem]:
    errors = schema_validator().iter_errors(data)
    problems: list[Problem] = []
    for error in errors:
        problem = Problem(_path(error.absolute_path), _schema_message(error))
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
