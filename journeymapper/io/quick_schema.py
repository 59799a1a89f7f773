"""A quick, strict "this small document matches the schema" that needs no compiled validator.

Loading jsonschema-rs costs every command that reads a map ~16 ms (it imports `email`,
`decimal` and `typing`), more than reading a small map takes. This walks the shipped schema
over the document and says True only where the full validator would find nothing: it knows
the keywords the schema uses and is stricter than JSON Schema where Python and the validator
could differ (a whole-number float for "integer", a line break under a "pattern", a value a
`const` or `enum` holds only as another JSON type). Anything else - an unknown keyword, a
failed rule, more than ``budget`` checks (a big map, where the compiled validator is faster) -
is False, and the full validator then reports every problem as always.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

TYPE_CHECKING = False  # mypy reads the block below; at run time `typing` costs 3 ms of start-up
if TYPE_CHECKING:
    from typing import Any

    Keyword = Callable[["_Walk", Any, Any, Any], bool]

BUDGET = 10_000  # schema checks (~1.5 µs each); the 14-card sample takes ~1,300, 64 KB ~7,000


class _Unsure(Exception):
    """The walk cannot vouch for the document (too big, or a keyword it does not know)."""


def _is(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, list)
    if kind == "integer":
        return type(value) is int
    if kind == "number":
        return _number(value)
    if kind == "boolean":
        return type(value) is bool
    if kind == "null":
        return value is None
    raise _Unsure


def _same(value: Any, expected: Any) -> bool:
    """JSON equality of scalars (True is not 1 here); containers are left to the validator."""
    if isinstance(expected, dict | list) or isinstance(value, dict | list):
        raise _Unsure
    if _number(value) and _number(expected):
        return bool(value == expected)
    return type(value) is type(expected) and bool(value == expected)


def _number(value: Any) -> bool:
    return type(value) is int or type(value) is float


class _Walk:
    def __init__(self, schema: Mapping[str, Any], budget: int) -> None:
        self.root = schema
        self.base = str(schema.get("$id", ""))
        self.budget = budget
        self.patterns: dict[str, re.Pattern[str]] = {}
        self.refs: dict[str, Any] = {}

    def valid(self, value: Any, schema: Any) -> bool:
        self.budget -= 1
        if self.budget < 0:
            raise _Unsure
        if isinstance(schema, bool):
            return schema
        for keyword, rule in schema.items():
            check = _KEYWORDS.get(keyword)
            if check is None:
                raise _Unsure
            if not check(self, value, rule, schema):
                return False
        return True

    def ref(self, value: Any, ref: str) -> bool:
        target = self.refs.get(ref)
        if target is None:
            base, _, pointer = ref.partition("#")
            if base not in ("", self.base) or not pointer.startswith("/"):
                raise _Unsure
            target = self.root
            for part in pointer[1:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            self.refs[ref] = target
        return self.valid(value, target)

    def pattern(self, value: Any, pattern: str) -> bool:
        if not isinstance(value, str):
            return True
        if "\n" in value:  # Python's `$` also matches before a final line break
            raise _Unsure
        compiled = self.patterns.get(pattern)
        if compiled is None:
            compiled = self.patterns[pattern] = re.compile(pattern)
        return compiled.search(value) is not None


def _type(walk: _Walk, value: Any, rule: Any, schema: Any) -> bool:
    kinds = rule if isinstance(rule, list) else [rule]
    return any(_is(value, kind) for kind in kinds)


def _properties(walk: _Walk, value: Any, rule: Any, schema: Any) -> bool:
    if not isinstance(value, dict):
        return True
    return all(walk.valid(value[name], sub) for name, sub in rule.items() if name in value)


def _additional(walk: _Walk, value: Any, rule: Any, schema: Any) -> bool:
    if not isinstance(value, dict):
        return True
    known = schema.get("properties", {})
    return all(walk.valid(item, rule) for name, item in value.items() if name not in known)


def _names(walk: _Walk, value: Any, rule: Any, schema: Any) -> bool:
    return not isinstance(value, dict) or all(walk.valid(name, rule) for name in value)


def _items(walk: _Walk, value: Any, rule: Any, schema: Any) -> bool:
    if isinstance(rule, list):
        raise _Unsure
    return not isinstance(value, list) or all(walk.valid(item, rule) for item in value)


def _annotation(walk: _Walk, value: Any, rule: Any, schema: Any) -> bool:
    return True


_KEYWORDS: dict[str, Keyword] = {
    "$schema": _annotation,
    "$id": _annotation,
    "$defs": _annotation,
    "title": _annotation,
    "description": _annotation,
    "type": _type,
    "enum": lambda walk, value, rule, schema: any(_same(value, option) for option in rule),
    "const": lambda walk, value, rule, schema: _same(value, rule),
    "required": lambda walk, value, rule, schema: (
        not isinstance(value, dict) or all(name in value for name in rule)
    ),
    "properties": _properties,
    "additionalProperties": _additional,
    "propertyNames": _names,
    "items": _items,
    "minLength": lambda walk, value, rule, schema: not isinstance(value, str) or len(value) >= rule,
    "maxLength": lambda walk, value, rule, schema: not isinstance(value, str) or len(value) <= rule,
    "minItems": lambda walk, value, rule, schema: not isinstance(value, list) or len(value) >= rule,
    "maxItems": lambda walk, value, rule, schema: not isinstance(value, list) or len(value) <= rule,
    "minimum": lambda walk, value, rule, schema: not _number(value) or value >= rule,
    "maximum": lambda walk, value, rule, schema: not _number(value) or value <= rule,
    "pattern": lambda walk, value, rule, schema: walk.pattern(value, rule),
    "anyOf": lambda walk, value, rule, schema: any(walk.valid(value, sub) for sub in rule),
    "$ref": lambda walk, value, rule, schema: walk.ref(value, rule),
}


def surely_valid(document: Any, schema: Mapping[str, Any], budget: int = BUDGET) -> bool:
    """True only if ``document`` matches ``schema`` exactly as the full validator would find;
    False when it does not, or when this quick walk cannot tell (see the module's docstring)."""
    try:
        return _Walk(schema, budget).valid(document, schema)
    except (_Unsure, KeyError, TypeError, RecursionError):
        return False
