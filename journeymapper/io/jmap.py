"""The .jmap file: bytes → JSON → migrations → validation → model, and back, atomically."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from ..model import JourneyMap, ModelError
from ..model.ids import IdGenerator, uuid_ids
from ..model.record import record
from .codec import FORMAT, FORMAT_VERSION, Parts, data_to_parts, map_to_data
from .errors import MapFileError, Problem
from .input_file import read_regular_file
from .json_tree import SURROGATE_ESCAPE, tree_problems
from .messages import file_msg
from .migrations import NewerFormatError, migrate
from .png_map import map_text_from_png
from .validate import (
    MAX_REPORTED,
    KnownIds,
    capped,
    known_ids,
    schema_check,
    semantic_problems,
)

if TYPE_CHECKING:  # snapshots (hashing, compression, their own schema) only where read
    from .history import History

MAX_FILE_BYTES = 200 * 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_KEYWORD = "journeymapper"


def _is_record(value: Any) -> bool:
    """An entity without nested entities: written on one line so a file diffs entity by entity."""
    return isinstance(value, dict) and "id" in value and "touchpoints" not in value


def _write_json(value: Any, indent: str, out: list[str]) -> None:
    if _is_record(value) or not isinstance(value, dict | list) or not value:
        out.append(json.dumps(value, ensure_ascii=False, allow_nan=False))
        return
    inner = indent + "  "
    items = value.items() if isinstance(value, dict) else enumerate(value)
    out.append("{" if isinstance(value, dict) else "[")
    for i, (key, item) in enumerate(items):
        out.append("," if i else "")
        out.append("\n" + inner)
        if isinstance(value, dict):
            out.append(json.dumps(key, ensure_ascii=False) + ": ")
        _write_json(item, inner, out)
    out.append("\n" + indent + ("}" if isinstance(value, dict) else "]"))


def dumps_map(journey: JourneyMap, history: History | None = None) -> bytes:
    """Deterministic UTF-8 JSON of the map: fixed key order, one entity per line, final newline.

    The file's snapshots (``history``) follow the map, one per line, when there are any.
    """
    data = map_to_data(journey)
    if history:
        data["history"] = history.to_data()
    out: list[str] = []
    _write_json(data, "", out)
    out.append("\n")
    return "".join(out).encode("utf-8")


def save_map(
    journey: JourneyMap, path: str | os.PathLike[str], history: History | None = None
) -> None:
    """Serialize to memory first, then write atomically; on OSError the old file is intact."""
    from .atomic import write_atomic  # the writing machinery (signals, threads) only to save

    write_atomic(path, dumps_map(journey, history))


def read_bytes(path: str | os.PathLike[str], limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of an input map file, or a MapFileError that says why they cannot be read."""
    return read_regular_file(path, limit)


def _text_from_png(data: bytes, source: str) -> bytes:
    return map_text_from_png(data, source, MAX_FILE_BYTES)


def _decode(data: bytes, source: str) -> tuple[Any, bool]:
    """The parsed JSON, and whether its text has escapes that could make lone surrogates."""
    if data.startswith(PNG_SIGNATURE):
        data = _text_from_png(data, source)
    if not data.strip():
        raise MapFileError(source, file_msg("file.empty"))
    if b"\x00" in data[:4096]:
        raise MapFileError(source, file_msg("file.binary"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MapFileError(
            source, file_msg("file.not_utf8"), file_msg("where.byte", exc.start)
        ) from None
    try:
        document = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        if exc.msg.startswith("Unterminated string"):
            message = "a text never ends (is the file truncated?)"
        elif exc.pos >= len(text.rstrip()):
            message = "it ends too early (is the file truncated?)"
        else:
            message = exc.msg[:1].lower() + exc.msg[1:]
        raise MapFileError(source, file_msg("file.bad_json", message), where) from None
    except RecursionError:
        raise MapFileError(source, file_msg("file.too_deep")) from None
    except ValueError as exc:  # a number with thousands of digits, NaN, Infinity
        raise MapFileError(source, file_msg("file.bad_json", exc)) from None
    return document, SURROGATE_ESCAPE.search(text) is not None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_data(data: bytes, source: str, known: KnownIds | None = None) -> Parts:
    """Bytes to validated, migrated entities; MapFileError lists every problem with its path.

    Every value is checked for its JSON type and range before any rule of the model looks
    at it: first what no map may hold anywhere (deep nesting, broken Unicode, huge numbers),
    then the schema; the rules run only on entities the schema passed. ``known`` adds ids
    the data may refer to without holding them (a part of a map checked on its own).
    """
    document, escapes = _decode(data, source)
    if not isinstance(document, dict):
        kind = "null" if document is None else type(document).__name__
        raise MapFileError(source, file_msg("file.json_type", kind), "$")
    problems = tree_problems(document, check_text=escapes)
    if problems:
        raise MapFileError(source, problems)
    if document.get("format") != FORMAT:
        raise MapFileError(
            source, file_msg("file.not_map"), "$.format"
        )
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MapFileError(source, file_msg("file.no_version"), "$.format_version")
    try:
        document = migrate(document, version)
    except NewerFormatError as exc:
        raise MapFileError(source, exc.args[0], "$.format_version") from None
    raw_history = document.pop("history", None)  # read leniently: a broken snapshot only warns
    schema = schema_check(document, len(data))
    if schema.whole_map:
        raise MapFileError(source, schema.problems, more=schema.more, more_exact=schema.more_exact)
    try:
        parts = data_to_parts(document, schema.broken)
    except (KeyError, TypeError, ValueError, AttributeError):  # a gap in the schema
        raise MapFileError(
            source, schema.problems or [Problem("$", file_msg("file.unreadable"))]
        ) from None
    problems = list(schema.problems)
    known_where = {p.where for p in problems}
    ids = known_ids(document) if known is None else known_ids(document) | known
    semantic = (p for p in semantic_problems(parts, ids) if p.where not in known_where)
    rules, rules_more = capped(semantic, MAX_REPORTED - len(problems))
    if problems or rules:
        raise MapFileError(source, problems + rules, more=rules_more)
    parts.history = raw_history
    return parts


def map_from_parts(parts: Parts, id_generator: IdGenerator = uuid_ids) -> JourneyMap:
    """Assemble a map from checked parts."""
    settings = parts.settings
    journey = JourneyMap(
        settings.get("title", "Untitled journey"),
        language=settings.get("language", "en"),
        id_generator=id_generator,
    )
    fill_map(journey, parts)
    return journey


def fill_map(journey: JourneyMap, parts: Parts) -> None:
    """Give a map without entities what checked ``parts`` hold (no events for the entities).

    Settings and scale first, then the entities parents first, then voting, crowd, the room's
    session and the lock.
    """
    settings = parts.settings
    for name in ("title", "language", "description", "author"):
        if name in settings:
            journey.set_setting(name, settings[name])
    journey.set_emotion_scale(parts.scale)
    groups = (
        parts.personas, parts.stages, parts.lanes, parts.touchpoints,
        parts.flows, parts.annotations, parts.views,
    )  # fmt: skip
    journey.attach_checked(entity for group in groups for _path, entity in group)
    journey.set_voting(parts.voting)
    journey.set_crowd(parts.crowd)
    journey.set_room_session(parts.room)
    journey.set_setting("locked", bool(settings.get("locked", False)))


def loads_map(data: bytes, source: str = "<data>") -> JourneyMap:
    """A map from .jmap bytes (or a PNG with an embedded map); MapFileError on any problem."""
    parts = parse_data(data, source)
    try:
        return map_from_parts(parts)
    except ModelError as exc:  # a rule the file checks missed: still one clear line
        raise MapFileError(source, [Problem("$", exc.message)]) from None


@record
class MapFile:
    """A map with the snapshots stored in its file (``history.warnings`` names broken ones)."""

    journey: JourneyMap
    history: History


def loads_file(data: bytes, source: str = "<data>") -> MapFile:
    """Map and history from .jmap bytes; MapFileError only when the current map is unreadable."""
    from .history import history_from_data

    parts = parse_data(data, source)
    try:
        journey = map_from_parts(parts)
    except ModelError as exc:
        raise MapFileError(source, [Problem("$", exc.message)]) from None
    return MapFile(journey, history_from_data(parts.history))


def load_file(path: str | os.PathLike[str]) -> MapFile:
    """Read a map file with its history; the file is never modified."""
    return loads_file(read_bytes(path), str(path))


def load_map(path: str | os.PathLike[str]) -> JourneyMap:
    """Read a map file; the file is never modified."""
    return loads_map(read_bytes(path), str(path))


def check_file(path: str | os.PathLike[str]) -> list[Problem]:
    """Every problem of a map file (empty when it is valid and loads)."""
    try:
        load_map(path)
    except MapFileError as exc:
        return exc.problems
    return []


__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "fill_map",
    "map_from_parts",
    "check_file",
    "dumps_map",
    "MapFile",
    "load_file",
    "load_map",
    "loads_file",
    "loads_map",
    "parse_data",
    "read_bytes",
    "save_map",
]
