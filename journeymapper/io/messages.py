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
}

CATALOGUE: dict[str, str] = {**MODEL, **FILE}


def file_msg(code: str, *args: object) -> Text:
    """A reader's message."""
    return coded(FILE, code, *args)
