"""The readers' messages as codes with English templates (translated like the model's)."""

from __future__ import annotations

from ..model.messages import MODEL, Text, coded

FILE: dict[str, str] = {
    "problem.at": "%1 at %2",
    "file.more": "(and more problems: %1)",
    "file.empty": "is empty",
    "file.binary": "is a binary file, not a JourneyMapper map",
    "file.not_utf8": "is not UTF-8 text (saved in a legacy 8-bit encoding?)",
    "file.bad_json": "is not valid JSON: %1",
    "file.too_deep": "is nested too deeply to be a map",
    "file.json_type": "is JSON of type %1, not a JourneyMapper map",
    "file.not_map": 'is not a JourneyMapper map (no "format": "journeymapper")',
    "file.no_version": "has no valid format_version",
    "file.unreadable": "cannot be read as a map",
    "file.unknown": "unknown problem",
    "file.cannot_open": "cannot be opened (%1)",
    "file.id_twice": "the id %1 is used more than once",
    "file.second_flow": "a second flow between the same two touchpoints",
    "schema.type": "must be %1",
    "type.or": "%1 or %2",
    "schema.enum": "%1 is not one of: %2",
    "schema.enum_value": "this value is not one of: %1",
    "schema.colour": "must be a colour like #1f77b4 (or empty)",
    "schema.whole": "must be a whole number",
    "schema.pattern": "does not match %1",
    "schema.below": "%1 is below the minimum %2",
    "schema.above": "%1 is above the maximum %2",
    "schema.unknown_fields": "has unknown fields: %1",
    "schema.missing": "%1 is missing",
    "type.text": "text",
    "type.integer": "a whole number",
    "type.number": "a number",
    "type.boolean": "true or false",
    "type.object": "an object {…}",
    "type.array": "a list […]",
}

CATALOGUE: dict[str, str] = {**MODEL, **FILE}


def file_msg(code: str, *args: object) -> Text:
    """A reader's message."""
    return coded(FILE, code, *args)
