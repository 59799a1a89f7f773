"""File validation: JSON Schema for shape, then the model's rules; every problem with its path."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from ..model.crowd import crowd_problems
from ..model.messages import msg, quoted
from ..model.record import mutable_record, record
from ..model.rules import RuleContext, entity_problems, scale_problems
from ..model.voting import round_problems
from ..resources import read_text
from .codec import Parts
from .errors import Problem
from .json_tree import json_path
from .messages import file_msg
from .quick_schema import surely_valid

MAX_REPORTED = 200
MAX_COUNTED = 1_000
MAX_MESSAGE = 200
QUICK_BYTES = 64 * 1024  # the quick walk takes ~10 ms at this size, loading the validator ~16


@cache
def shipped_schema() -> dict[str, Any]:
    """The JSON Schema of a .jmap file, as shipped in ``resources/schema``."""
    schema: dict[str, Any] = json.loads(read_text("schema", "jmap.schema.json"))
    return schema


@cache
def schema_validator() -> Any:
    """The compiled validator of the shipped JSON Schema (jsonschema-rs: fast and complete)."""
    import jsonschema_rs  # ~16 ms to load: only when the quick walk cannot vouch for a map

    return jsonschema_rs.validator_for(shipped_schema())


_TYPE_NAMES = {
    "string": file_msg("type.text"),
    "integer": file_msg("type.integer"),
    "number": file_msg("type.number"),
    "boolean": file_msg("type.boolean"),
    "object": file_msg("type.object"),
    "array": file_msg("type.array"),
    "null": "null",
}
_PATTERNS = {
    "\\S": msg("rule.required"),
    "^(#[0-9a-fA-F]{6})?$": file_msg("schema.colour"),
    "^-?[0-9]{1,9}$": file_msg("schema.whole"),
}


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, str | int | float) else ""
    return text if len(text) <= 60 else text[:59] + "…"


def schema_message(error: Any) -> str:
    """What is wrong in the user's words; never the whole offending value."""
    kind = error.kind
    name = type(kind).__name__
    instance = error.instance
    if name == "Type":
        types = list(kind.types) if isinstance(kind.types, list | tuple) else [kind.types]
        wanted = _TYPE_NAMES.get(str(types[0]), str(types[0]))
        for other in types[1:]:
            wanted = file_msg("type.or", wanted, _TYPE_NAMES.get(str(other), str(other)))
        return file_msg("schema.type", wanted)
    if name == "Enum":
        options = ", ".join("null" if o is None else str(o) for o in kind.options)
        if _shown(instance):
            return file_msg("schema.enum", _shown(instance), options)
        return file_msg("schema.enum_value", options)
    if name == "Constant":
        return file_msg("schema.type", json.dumps(kind.expected_value))
    if name in ("MinLength", "Pattern") and isinstance(instance, str) and not instance.strip():
        return msg("rule.required")
    if name == "Pattern":
        return _PATTERNS.get(str(kind.pattern), file_msg("schema.pattern", kind.pattern))
    if name == "MaxLength":
        return msg("rule.too_long", f"{kind.limit:,}")
    if name == "Minimum":
        return file_msg("schema.below", _shown(instance), kind.limit)
    if name == "Maximum":
        return file_msg("schema.above", _shown(instance), kind.limit)
    if name == "AdditionalProperties":
        unexpected = ", ".join(repr(n)[:60] for n in kind.unexpected[:5])
        return file_msg("schema.unknown_fields", unexpected)
    if name == "Required":
        return file_msg("schema.missing", json.dumps(kind.property))
    message = str(error.message)
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…"


EntityKey = tuple[str | int, ...]
_ENTITY_LISTS = ("personas", "lanes", "flows", "annotations", "views")


def entity_key(parts: tuple[str | int, ...]) -> EntityKey | None:
    """The entity a location lies in (``("stages", 1, "touchpoints", 0)``); None if none."""
    if len(parts) < 2 or not isinstance(parts[1], int):
        return None
    if parts[0] in _ENTITY_LISTS:
        return parts[:2]
    if parts[0] == "stages":
        if len(parts) >= 4 and parts[2] == "touchpoints" and isinstance(parts[3], int):
            return parts[:4]
        return parts[:2]
    return None


@mutable_record
class SchemaResult:
    """The schema's problems, and which entities they lie in (``whole_map``: some lie in none)."""

    problems: list[Problem]
    broken: set[EntityKey]
    whole_map: bool
    more: int = 0  # problems found beyond MAX_REPORTED (the schema's take ~65 µs each)
    more_exact: bool = True  # False: counting stopped at MAX_COUNTED


def schema_check(data: Any, size: int | None = None) -> SchemaResult:
    """Every JSON type and range problem, each with its JSONPath (at most ``MAX_REPORTED``).

    A map of at most ``QUICK_BYTES`` (``size``: its file's) that the quick walk vouches for
    is valid without loading the compiled validator; beyond that the validator is faster.
    """
    result = SchemaResult([], set(), False)
    if size is not None and size <= QUICK_BYTES and surely_valid(data, shipped_schema()):
        return result
    errors = schema_validator().iter_errors(data)
    for error in errors:
        parts = tuple(error.instance_path)
        problem = Problem(json_path(parts), schema_message(error))
        key = entity_key(parts)
        if key is None:
            result.whole_map = True
        else:
            result.broken.add(key)
        if problem not in result.problems:
            result.problems.append(problem)
        if len(result.problems) >= MAX_REPORTED:
            result.whole_map = True
            break
    else:
        return result
    for error_count, _error in enumerate(errors, 1):  # count some more, quickly, keep none
        result.more = error_count
        if error_count >= MAX_COUNTED:
            result.more_exact = False
            break
    return result


def schema_problems(data: Any) -> list[Problem]:
    """The schema's problems of ``data``, each with its JSONPath."""
    return schema_check(data).problems


def capped(problems: Iterable[Problem], limit: int = MAX_REPORTED) -> tuple[list[Problem], int]:
    """The first ``limit`` problems, and how many more there are (counted, not kept)."""
    kept: list[Problem] = []
    more = 0
    for problem in problems:
        if len(kept) < limit:
            kept.append(problem)
        else:
            more += 1
    return kept, more


def _join(base: str, relative: str) -> str:
    base = f"$.{base}"
    if not relative:
        return base
    return f"{base}.{relative}" if not relative.startswith("[") else base + relative


@record
class KnownIds:
    """The ids each kind of entity has in the file, including entities too broken to check."""

    stages: frozenset[str] = frozenset()
    personas: frozenset[str] = frozenset()
    touchpoints: frozenset[str] = frozenset()
    lanes: frozenset[str] = frozenset()
    annotations: frozenset[str] = frozenset()

    def __or__(self, other: KnownIds) -> KnownIds:
        return KnownIds(
            self.stages | other.stages, self.personas | other.personas,
            self.touchpoints | other.touchpoints, self.lanes | other.lanes,
            self.annotations | other.annotations,
        )  # fmt: skip


def _ids(items: Any) -> frozenset[str]:
    if not isinstance(items, list):
        return frozenset()
    return frozenset(e["id"] for e in items if isinstance(e, dict) and isinstance(e.get("id"), str))


def known_ids(data: Any) -> KnownIds:
    """Every string id of the raw (already type-checked at the top) document, by kind."""
    stages = data.get("stages") if isinstance(data, dict) else None
    touchpoints = [
        tp
        for s in (stages if isinstance(stages, list) else [])
        if isinstance(s, dict) and isinstance(s.get("touchpoints"), list)
        for tp in s["touchpoints"]
    ]
    return KnownIds(
        stages=_ids(stages),
        personas=_ids(data.get("personas")),
        touchpoints=_ids(touchpoints),
        lanes=_ids(data.get("lanes")),
        annotations=_ids(data.get("annotations")),
    )


def semantic_problems(parts: Parts, known: KnownIds | None = None) -> Iterator[Problem]:
    """Ids unique, references resolve, values within the map's scale and ranges.

    ``parts`` hold only entities that passed the schema; ``known`` also has the ids of
    those that did not, so a reference to a broken entity is not reported as dangling.
    """
    groups = (
        parts.personas, parts.lanes, parts.stages, parts.touchpoints,
        parts.flows, parts.annotations, parts.views,
    )  # fmt: skip
    ids = Counter(entity.id for group in groups for _path, entity in group)
    for path, message in scale_problems(parts.scale):
        yield Problem(_join("emotion_scale", path), message)
    known = known or KnownIds()
    ctx = RuleContext(
        scale=parts.scale,
        stage_ids={s.id for _p, s in parts.stages} | known.stages,
        persona_ids={p.id for _p, p in parts.personas} | known.personas,
        touchpoint_ids={t.id for _p, t in parts.touchpoints} | known.touchpoints,
        lane_ids={lane.id for _p, lane in parts.lanes} | known.lanes,
    )
    if parts.voting is not None:
        items = set(ctx.touchpoint_ids) | {a.id for _p, a in parts.annotations}
        items |= known.annotations
        for relative, message in round_problems(parts.voting, items):
            yield Problem(_join("voting", relative), message)
    for relative, message in crowd_problems(parts.crowd, ctx.stage_ids, parts.scale):
        yield Problem(_join("crowd", relative), message)
    pairs: set[tuple[str, str]] = set()
    for group in groups:
        for base, entity in group:
            if ids[entity.id] > 1:
                yield Problem(f"$.{base}.id", file_msg("file.id_twice", quoted(entity.id)))
            for relative, message in entity_problems(entity, ctx):
                if relative == "stage":  # a touchpoint's stage is where it sits in the file
                    continue
                yield Problem(_join(base, relative), message)
    for base, flow in parts.flows:
        if flow.target is not None:
            if (flow.source, flow.target) in pairs:
                yield Problem(f"$.{base}", file_msg("file.second_flow"))
            pairs.add((flow.source, flow.target))
