"""The readers' and the command line's messages as codes with English templates (translated like
the model's)."""

from __future__ import annotations

import errno
from collections.abc import Sequence

from ..model.messages import MODEL, Text, coded
from .cli_words import COMMAND_LINE

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
    "json.surrogate": "contains an invalid character (a lone UTF-16 surrogate such as \\ud800)",
    "json.infinite": "must be a finite number",
    "json.too_large": "is too large a number (at most %1)",
    "json.too_deep": "is nested too deeply (more than %1 levels)",
    "json.long_key": "has a key longer than %1 characters",
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
    # where a problem is (beside JSON paths)
    "where.line": "line %1",
    "where.row": "row %1",
    "where.cell": "row %1, column %2",
    "where.byte": "byte %1",
    "where.embedded": "the embedded map",
    "source.pasted": "pasted text",
    "list.pair": "%1, %2",
    "list.none": "none",
    "number.grouped": "%1,%2",
    "size.mb": "%1 MB",
    "size.bytes": "%1 bytes",
    # the operating system's reasons (its own texts are English only)
    "os.denied": "permission denied",
    "os.missing": "no such file or folder",
    "os.no_folder": "the folder does not exist",
    "os.exists": "already exists",
    "os.is_folder": "is a folder, not a file",
    "os.not_folder": "a part of the path is not a folder",
    "os.read_only_file": "the file is read-only",
    "os.read_only_disk": "the disk is read-only",
    "os.no_space": "no space left on the disk",
    "os.quota": "the disk quota is used up",
    "os.name_too_long": "the file name is too long",
    "os.io": "the disk could not be read or written (input/output error)",
    "os.busy": "the file is in use by another program",
    "os.address_in_use": "the address is already in use",
    "os.address_unavailable": "the address does not belong to this machine",
    # reading an input file
    "input.not_regular": "is not a regular file (a device, pipe or socket?)",
    "input.too_large_size": "is too large (%1 MB; the limit is %2)",
    "input.too_large": "is too large (the limit is %1)",
    "input.missing": "no such file",
    "input.unreadable": "cannot be read (%1)",
    "file.newer": (
        "was written by a newer JourneyMapper (format version %1); "
        "this version reads format versions up to %2"
    ),
    # importing CSV, XLSX, Mermaid and pasted cells
    "import.kind": "cannot import this kind of file; use one of %1",
    "import.not_unicode": "holds text that is not valid Unicode",
    "import.too_big": "would make a map of %1 MB; a map file holds at most %2 MB",
    "import.too_many_rows": (
        "has more than %1 rows; an import makes at most %1 so the map stays within the file "
        "size limit (split the file)"
    ),
    "import.too_many_tasks": (
        "has more than %1 sections and tasks; an import makes at most %1 so the map stays "
        "within the file size limit (split the file)"
    ),
    "csv.utf16": "is not valid UTF-16 text",
    "csv.not_utf8": (
        "is not UTF-8 text (a legacy encoding such as Windows-1251 or Windows-1257?); "
        "save it as UTF-8, e.g. 'CSV UTF-8' in Excel"
    ),
    "csv.bad": "is not valid CSV (%1)",
    "csv.rows": "cannot be read as rows (%1)",
    "csv.why.quote": "a quotation mark is not closed or is followed by other text",
    "csv.why.end": "the text ends inside quotation marks",
    "csv.why.nul": "it holds a NUL character",
    "csv.why.long": "a cell is longer than %1 characters",
    "table.column_twice": "the column %1 appears twice",
    "table.no_header": (
        "the first row must name the columns, at least stage and touchpoint (known columns: %1)"
    ),
    "table.headless_cell": "this cell is in a column without a header",
    "table.empty": "the table is empty",
    "table.needs_stage": "the first touchpoint needs a stage",
    "table.needs_place": "needs a stage or a touchpoint in this row",
    "table.evidence": "%1 is not an evidence (use one of %2)",
    "table.whole_range": "%1 is not a whole number %2..%3",
    "table.kind": "%1 is not a pain point or an opportunity",
    "table.pain_needs_stage": "a pain point or opportunity needs a stage",
    "xlsx.not_zip": "is not an Excel .xlsx workbook (not a zip archive)",
    "xlsx.parts": "is not an Excel .xlsx workbook (%1 parts)",
    "xlsx.compression": "is not an Excel .xlsx workbook (unusual compression)",
    "xlsx.unpacks": "unpacks to %1 MB; an .xlsx import may unpack to at most %2 MB",
    "xlsx.damaged": "is not an Excel .xlsx workbook (the file is damaged)",
    "xlsx.columns": "has more than %1 columns",
    "mermaid.semicolon": "';' is not allowed in a Mermaid journey (write #59; instead)",
    "mermaid.journey_twice": "'journey' may appear only once, at the start",
    "mermaid.starts_with": "not a Mermaid journey diagram: it starts with %1",
    "mermaid.section_colon": "a section name cannot hold ':' (write #58; instead)",
    "mermaid.expected_task": "expected a task 'Name: score: Actor' or a keyword, not %1",
    "mermaid.task_name": "a task needs a name before its ':'",
    "mermaid.no_score": "the task %1 has no score (1 to 5)",
    "mermaid.score_nan": "the score %1 is not a number from 1 to 5",
    "mermaid.score_range": "the score %1 is outside 1 to 5",
    "mermaid.actors": "has more than %1 different actors",
    "mermaid.descr_open": "this accDescr { is never closed with }",
    "mermaid.no_journey": "not a Mermaid journey diagram: 'journey' is missing",
    "mermaid.no_block": "none of the %1 ```mermaid blocks holds a journey diagram",
    "mermaid.front_matter": "the front matter that starts here never ends with ---",
    "mermaid.private_use": "uses every private-use character; it cannot be read",
    "png.damaged": "is a damaged PNG image",
    "png.ends_early": "is a damaged PNG image (it ends too early)",
    "png.no_map": "is a PNG image without an embedded map (export one from JourneyMapper)",
    "png.too_large": "holds an embedded map larger than %1 bytes",
    # snapshots kept in a map file
    "snapshot.unreadable": "snapshot cannot be read: %1",
    "snapshot.schema_in": "%1 (in %2)",
    "snapshot.unknown": "no snapshot labelled or with id %1 (newest: %2)",
    "snapshot.none": "no snapshot labelled or with id %1 (the file has no snapshots)",
    "snapshot.damaged": "its data is damaged (not compressed map JSON)",
    "snapshot.too_large": "its data is larger than %1 bytes",
    "snapshot.cut": "its data is cut short",
    "snapshot.checksum": "its data does not match its sha256 checksum",
    "snapshot.not_list": "is not a list of snapshots; ignored",
    "snapshot.png": "is a PNG export: snapshots are kept in .jmap map files",
    # co-editing links
    "link.not_coedit": "not a co-editing link (expected %1)",
    "link.no_address": "the link has no address and port",
    "link.no_code": "the link's pairing code is not complete",
    # exporting
    "export.theme": "unknown theme %1; use %2",
    "export.page": "unknown page %1; use %2",
    "export.tile": "unknown tile size %1; use %2",
    "export.layout": "unknown layout %1; use %2",
    "export.no_view": "no saved view named %1 (views: %2)",
    "export.no_persona": "no persona named %1 (personas: %2)",
    "export.input_as_output": "is the input file; choose another name for the output",
    "export.exists": "already exists (add --force to replace it)",
    "export.png_dpi": "the map is large: the PNG was drawn at %1 dpi instead of %2",
    "export.leaves_out": "%1 leaves out %2",
    "export.lane_text": "lane text",
    "export.other_flows": "non-main flows (%1)",
    "export.to_be": "to-be emotions",
    "export.metrics": "metrics",
    "export.details": "touchpoint details",
    "export.note_fields": "severity, owners and votes of pains and opportunities",
    "export.same_names": "the difference between stages or touchpoints of the same name",
    "export.crowd": "the room's ratings (--table crowd writes them)",
    "export.pains": "pain points (%1)",
    "export.opportunities": "opportunities (%1)",
    "export.silent_personas": "personas without emotions",
    "export.blank_scores": "touchpoints without emotions written as score 3 (%1)",
    "export.scored": "scores are those of %1 (the first persona; --persona picks another)",
    "export.image_left_out": "image %1 left out (not a readable PNG, JPEG, GIF or WebP ≤ 2 MB)",
    "export.image_unreadable": "image %1 left out (%2)",
    "list.parts": "%1; %2",
}

CATALOGUE: dict[str, str] = {**MODEL, **FILE, **COMMAND_LINE}


def file_msg(code: str, *args: object) -> Text:
    """A reader's message."""
    return coded(FILE, code, *args)


def cli_msg(code: str, *args: object) -> Text:
    """A message of the command line."""
    return coded(COMMAND_LINE, code, *args)


def at_line(line: int) -> Text:
    """Where: ``line 12``."""
    return file_msg("where.line", line)


def at_row(row: int) -> Text:
    """Where: ``row 3``."""
    return file_msg("where.row", row)


def at_cell(row: int, column: object) -> Text:
    """Where: ``row 3, column emotion``."""
    return file_msg("where.cell", row, column)


def listed(items: Sequence[str], code: str = "list.pair") -> str:
    """Items as one message ``a, b, c`` (each item translated on its own; ``list.parts``
    joins with semicolons)."""
    if not items:
        return ""
    joined: str = items[0]
    for item in items[1:]:
        joined = file_msg(code, joined, item)
    return joined


_OS_REASONS = {
    errno.EACCES: "os.denied",
    errno.EPERM: "os.denied",
    errno.ENOENT: "os.missing",
    errno.EEXIST: "os.exists",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_folder",
    errno.EROFS: "os.read_only_disk",
    errno.ENOSPC: "os.no_space",
    getattr(errno, "EDQUOT", -1): "os.quota",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.EIO: "os.io",
    errno.EBUSY: "os.busy",
    getattr(errno, "ETXTBSY", -1): "os.busy",
    errno.EADDRINUSE: "os.address_in_use",
    errno.EADDRNOTAVAIL: "os.address_unavailable",
}


def os_reason(error: OSError) -> str:
    """Why the operating system refused, as a message (its own text is English only)."""
    if isinstance(error.strerror, Text):
        return error.strerror
    code = _OS_REASONS.get(error.errno or 0)
    if code is not None:
        return file_msg(code)
    return error.strerror or str(error)
