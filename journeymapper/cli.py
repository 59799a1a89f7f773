"""The command line: headless subcommands (new, validate, info, import, export, ...) or the editor.

Headless subcommands never import PySide6, so they run on servers without a display.
Exit codes: 0 success, 1 bad input, 2 bad usage. Errors are one line on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence

from . import __version__
from .export.choices import DEFAULT_PAGE, DEFAULT_THEME, LAYOUTS, PAGES, THEMES, TILES
from .export.dispatch import EXPORTERS
from .io.error_language import LANGUAGES, command_text, environment_language

TYPE_CHECKING = False  # mypy reads the block below; at run time `typing` costs 3 ms of start-up
if TYPE_CHECKING:  # `--help` and `--version` load no model: each command imports what it uses
    from pathlib import Path  # (and `info` no pathlib: 3 ms with urllib.parse and ipaddress)
    from typing import Any, NoReturn

    from .export.options import Since
    from .model import JourneyMap

HISTORY_COMMANDS = ("snapshot", "history", "diff")  # in history_cli, loaded when used
SUBCOMMANDS = (
    "new", "validate", "info", "import", "export", "room", "share", "join", *HISTORY_COMMANDS,
)  # fmt: skip
GUI_VALUE_OPTIONS = ("--lang",)
LANGUAGE = ["en"]  # the language of error messages: `--lang` before the command, or $LANG
EXPORT_SUFFIXES = tuple(EXPORTERS)


# C0 and C1 controls (ESC[2J clears a terminal) and the bidirectional overrides
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with control characters shown as escapes (``\\x1b``), never acted upon."""
    return _UNSAFE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


_UNSAFE_IN_JSON = re.compile(r"[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def json_safe(text: str) -> str:
    """JSON text with the controls ``json`` leaves raw (C1, bidi) as ``\\uXXXX`` escapes."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(terminal_safe(text) + "\n")


class UsageError(Exception):
    """The command line itself is wrong (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


VERSION = f"journeymapper {__version__}"


def cli_text(code: str, *args: object) -> str:
    """A command-line message (help, usage error, report) in the user's language (English
    without loading the model: `--help` stays quick)."""
    return command_text(LANGUAGE[0], code, *args)


@contextlib.contextmanager
def _argparse_language() -> Iterator[None]:
    """argparse's own words ("usage:", "the following arguments are required") in the user's
    language while the command line is parsed (argparse looks them up through gettext's ``_``)."""
    from .io.error_language import templates

    table = templates(LANGUAGE[0])
    english = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: table.get(text, text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = english  # type: ignore[attr-defined]


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(cli_text("usage.whole", repr(text))) from None


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(cli_text("usage.number", repr(text))) from None


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--version", action="version", version=VERSION,
        help=cli_text("help.version"),
    )  # fmt: skip


def _new_arguments(new: argparse.ArgumentParser) -> None:
    h = cli_text
    new.add_argument("out", metavar="OUT.jmap")
    new.add_argument("--template", default="blank", help=h("help.template"))
    new.add_argument("--lang", default=LANGUAGES[0], choices=LANGUAGES, help=h("help.lang"))
    new.add_argument("--force", action="store_true", help=h("help.force"))


def _validate_arguments(validate: argparse.ArgumentParser) -> None:
    validate.add_argument("file", metavar="FILE.jmap")


def _info_arguments(info: argparse.ArgumentParser) -> None:
    info.add_argument("file", metavar="FILE.jmap")
    info.add_argument("--json", action="store_true", help=cli_text("help.json"))


def _import_arguments(imp: argparse.ArgumentParser) -> None:
    imp.add_argument("input", metavar="IN")
    imp.add_argument("out", metavar="OUT.jmap")
    imp.add_argument("--force", action="store_true", help=cli_text("help.force"))


def _export_arguments(exp: argparse.ArgumentParser) -> None:
    h = cli_text
    exp.add_argument("file", metavar="FILE.jmap")
    exp.add_argument("out", metavar="OUT")
    exp.add_argument("--view", help=h("help.view"))
    exp.add_argument("--persona", help=h("help.persona"))
    exp.add_argument(
        "--table", choices=("journey", "pains", "crowd"), default="journey", help=h("help.table")
    )
    exp.add_argument("--dpi", type=_whole, default=150, help=h("help.dpi"))
    exp.add_argument("--scale", type=_number, default=1.0, help=h("help.scale"))
    exp.add_argument("--page", default=DEFAULT_PAGE, choices=PAGES, help=h("help.page"))
    exp.add_argument("--tile", choices=TILES, help=h("help.tile"))
    exp.add_argument("--story", action="store_true", help=h("help.story"))
    exp.add_argument("--layout", choices=LAYOUTS, help=h("help.layout"))
    exp.add_argument(
        "--theme", default=DEFAULT_THEME, choices=THEMES, help=h("help.theme")
    )
    exp.add_argument("--changes-since", metavar="SNAPSHOT", help=h("help.changes_since"))
    exp.add_argument("--transparent", action="store_true", help=h("help.transparent"))
    exp.add_argument("--no-embed", dest="embed", action="store_false", help=h("help.no_embed"))
    exp.add_argument("--force", action="store_true", help=h("help.force"))


def _room_arguments(room: argparse.ArgumentParser) -> None:
    h = cli_text
    room.add_argument("file", metavar="FILE.jmap")
    room.add_argument("--host", help=h("help.host"))
    room.add_argument("--port", type=_whole, default=8470, help=h("help.port"))
    room.add_argument("--dots", type=_whole, default=3, help=h("help.dots"))
    room.add_argument(
        "--phase", default="all", choices=("notes", "vote", "rate", "all"), help=h("help.phase")
    )


def _share_arguments(share: argparse.ArgumentParser) -> None:
    h = cli_text
    share.add_argument("file", metavar="MAP.jmap")
    share.add_argument("--host", help=h("help.host"))
    share.add_argument("--port", type=_whole, default=8471, help=h("help.port"))


def _join_arguments(join: argparse.ArgumentParser) -> None:
    h = cli_text
    join.add_argument("url", metavar="URL", help=h("help.url"))
    join.add_argument("out", metavar="OUT.jmap")
    join.add_argument("--force", action="store_true", help=h("help.force"))


def _lazy_history_arguments(name: str) -> Callable[[argparse.ArgumentParser], None]:
    def add(parser: argparse.ArgumentParser) -> None:
        from .history_cli import HISTORY_ARGUMENTS

        HISTORY_ARGUMENTS[name](parser)

    return add


ARGUMENTS: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    "new": _new_arguments,
    "validate": _validate_arguments,
    "info": _info_arguments,
    "import": _import_arguments,
    "export": _export_arguments,
    "room": _room_arguments,
    "share": _share_arguments,
    "join": _join_arguments,
    **{name: _lazy_history_arguments(name) for name in HISTORY_COMMANDS},
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; its help in the user's language (``LANGUAGE``).

    With ``command`` (the first word of the command line) only that subcommand gets its
    arguments (none for ``--help``): the others are still there by name and help, all the top
    level shows, and argparse hands the arguments to one of them (building all eleven costs
    every command ~8 ms of start-up).
    """
    h = cli_text
    parser = _Parser(prog="journeymapper", description=h("help.description"))
    _add_common(parser)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name, add_arguments in ARGUMENTS.items():
        if name == "export":
            help_text = h("help.export", ", ".join(EXPORT_SUFFIXES))
        else:
            help_text = h(f"help.{name}")
        sub_parser = sub.add_parser(name, help=help_text)
        if command is None or command == name:
            add_arguments(sub_parser)
            _add_common(sub_parser)
    return parser


def _already_exists() -> str:
    from .io.messages import file_msg

    return file_msg("export.exists")


def _refuse_input_as_output(source: str, out: Path) -> None:
    """An output that is the input (also through a link) would destroy what is being read."""
    from pathlib import Path

    from .io.errors import MapFileError

    src = Path(source)
    same = False
    with contextlib.suppress(OSError):
        same = src.exists() and out.exists() and src.samefile(out)
    if same or src.resolve() == out.resolve():
        from .io.messages import file_msg

        raise MapFileError(str(out), file_msg("export.input_as_output"))


def _write_map(journey: JourneyMap, out: Path, force: bool) -> None:
    """Save a new map to ``out``; without ``force`` an existing ``out`` is never replaced."""
    from .io.atomic import write_atomic
    from .io.errors import MapFileError
    from .io.jmap import dumps_map

    try:
        write_atomic(out, dumps_map(journey), exclusive=not force)
    except FileExistsError:
        raise MapFileError(str(out), _already_exists()) from None


def _cmd_new(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .templates import TEMPLATES, build_template

    if args.template not in TEMPLATES:
        raise UsageError(cli_text("usage.template", repr(args.template), ", ".join(TEMPLATES)))
    _write_map(build_template(args.template, args.lang), Path(args.out), args.force)
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from .io.error_language import error_report, say
    from .io.errors import MapFileError, one_line
    from .io.jmap import load_file

    try:
        loaded = load_file(args.file)
    except MapFileError as exc:
        for line in error_report(exc, LANGUAGE[0]):
            _err(f"error: {line}")
        return 1
    journey = loaded.journey
    for problem in loaded.history.warnings:  # the map itself is fine: warn, exit 0
        _err(f"warning: {args.file}: {one_line(say(problem.text(), LANGUAGE[0]))}")
    _out(f"{args.file}: {cli_text('cli.valid', len(journey.stages()), journey.touchpoint_count())}")
    return 0


def _cmd_info(args: argparse.Namespace) -> int:
    import json

    from .io.jmap import load_map
    from .model.summary import summarize

    data = summarize(load_map(args.file))
    if args.json:
        _out(json_safe(json.dumps(data, ensure_ascii=False, indent=2)))
    else:
        _out(_info_text(data))
    return 0


def _info_text(data: dict[str, Any]) -> str:
    h = cli_text
    lines = [
        data["title"],
        "  " + h("info.counts", data["stages"], data["touchpoints"], data["personas"],
                 data["flows"]),
        "  " + h("info.notes", data["pain_points"], data["opportunities"], data["votes"]),
        "  " + h("info.paths", data["paths"]),
    ]  # fmt: skip
    for key in ("dead_ends", "unreachable"):
        refs = data[key]
        lines.append("  " + h(f"info.{key}", len(refs)))
        lines += [f"    - {r['name']} ({r['stage']})" for r in refs]
    if data["loops"]:
        lines.append("  " + h("info.loops", len(data["loops"])))
        lines += [f"    - {' -> '.join(loop)}" for loop in data["loops"]]
    if data["ranked_pain_points"]:
        lines.append("  " + h("info.worst"))
        lines += [
            f"    {i}. " + h("info.pain", p["text"], p["severity"], p["votes"], p["target"])
            for i, p in enumerate(data["ranked_pain_points"][:10], 1)
        ]
    for persona, points in data["lowest_moments"].items():
        if points:
            low = ", ".join(f"{p['touchpoint']} ({p['emotion']:+g})" for p in points)
            lines.append("  " + h("info.lowest", persona, low))
    return "\n".join(terminal_safe(line) for line in lines)


def _cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .io.errors import MapFileError
    from .io.importers import import_file

    out = Path(args.out)
    if out.suffix.lower() != ".jmap":
        raise UsageError(cli_text("usage.import_out", repr(out.name)))
    _refuse_input_as_output(args.input, out)
    if out.exists() and not args.force:  # say so before the work; the write checks again
        raise MapFileError(str(out), _already_exists())
    _write_map(import_file(Path(args.input)), out, args.force)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .export.dispatch import export_file
    from .export.gcpause import gc_paused_for_command
    from .export.options import ExportOptions
    from .io.error_language import say
    from .io.errors import MapFileError
    from .io.jmap import load_map

    out = Path(args.out)
    if out.suffix.lower() not in EXPORT_SUFFIXES:
        raise UsageError(cli_text("usage.export_out", repr(out.name), " ".join(EXPORT_SUFFIXES)))
    if args.table != "journey" and out.suffix.lower() != ".csv":
        raise UsageError(cli_text("usage.table"))
    if not 10 <= args.dpi <= 1200:
        raise UsageError(cli_text("usage.range", "--dpi", 10, 1200))
    if not 0.1 <= args.scale <= 10:
        raise UsageError(cli_text("usage.range", "--scale", 0.1, 10))
    _refuse_input_as_output(args.file, out)
    if (out.exists() or out.is_symlink()) and not args.force:
        raise MapFileError(str(out), _already_exists())
    suffix = out.suffix.lower()
    slides = suffix == ".pptx" or (suffix == ".pdf" and args.layout in (None, "slides"))
    if args.changes_since is not None and not slides:
        raise UsageError(cli_text("usage.changes_since"))
    options = ExportOptions(
        view=args.view,
        persona=args.persona,
        dpi=args.dpi,
        scale=args.scale,
        page=args.page,
        layout=args.layout,
        theme=args.theme,
        transparent=args.transparent,
        table=args.table,
        story=args.story,
        tile=args.tile,
        embed=args.embed,
        since=_since(args.file, args.changes_since) if args.changes_since else None,
    )
    with gc_paused_for_command():  # reading and exporting make millions of objects, no cycles
        journey = load_map(args.file)
        try:
            notes = export_file(journey, out, options, replace=args.force)
        except MapFileError as exc:  # an unknown view or persona: name the map file, not its title
            raise MapFileError(args.file, exc.problems) from None
        except FileExistsError:  # created by someone else while the export ran
            raise MapFileError(str(out), _already_exists()) from None
    for note in notes:
        _err(f"note: {say(note, LANGUAGE[0])}")
    return 0


def _since(file: str, ref: str) -> Since:
    """The version a deck's "What changed" slide compares with: a snapshot in ``file`` (by
    label or id), or another map file or ``MAP.jmap@LABEL``."""
    from pathlib import Path

    from .export.options import Since
    from .io.snapshots import open_version

    own = not Path(ref).exists() and "@" not in ref
    version = open_version(f"{file}@{ref}" if own else ref)
    name = version.name.rpartition("@")[2] if own else version.name
    return Since(version.journey, name)


class _OutputAfterReader(io.TextIOBase):
    """Standard output that goes quiet once its reader has gone (``room MAP | head -1``): the
    server keeps serving and saving; a closed pipe is not a failure to listen."""

    def __init__(self, out: Any) -> None:
        self.out: Any = out

    def write(self, text: str) -> int:
        with contextlib.suppress(BrokenPipeError):
            self.out.write(text)
            self.out.flush()  # a line at a time, so a reader sees the URL at once
            return len(text)
        self._gone()
        return len(text)

    def flush(self) -> None:
        with contextlib.suppress(BrokenPipeError):
            self.out.flush()
            return
        self._gone()

    def _gone(self) -> None:
        """Point the real descriptor at /dev/null: Python's final flush must not fail either."""
        devnull = os.open(os.devnull, os.O_WRONLY)
        with contextlib.suppress(OSError, ValueError):
            os.dup2(devnull, self.out.fileno())
        os.close(devnull)
        self.out = open(os.devnull, "w")  # noqa: SIM115 (for the rest of the process)

    def isatty(self) -> bool:
        return bool(self.out.isatty())

    def fileno(self) -> int:
        return int(self.out.fileno())


@contextlib.contextmanager
def _reader_may_leave() -> Iterator[None]:
    saved = sys.stdout
    sys.stdout = _OutputAfterReader(saved)
    try:
        yield
    finally:
        sys.stdout = saved


def _serve(args: argparse.Namespace, run: Callable[[str, JourneyMap, str], int]) -> int:
    """Check --host/--port, load the map, then run a server on it; a failed listen is one line."""
    from .io.error_language import say
    from .io.errors import MapFileError
    from .io.jmap import load_map
    from .room.addresses import check_host, primary_address

    try:
        host = check_host(args.host) if args.host else primary_address()
    except ValueError as exc:
        raise UsageError(say(exc.args[0], LANGUAGE[0])) from None
    if not 0 <= args.port <= 65535:
        raise UsageError(cli_text("usage.range", "--port", 0, 65535))
    journey = load_map(args.file)  # a broken file is refused before anything listens
    try:
        with _reader_may_leave():
            return run(args.file, journey, host)
    except OSError as exc:
        if exc.filename:
            raise
        from .io.messages import cli_msg, os_reason

        where = f"{host}:{args.port}"
        raise MapFileError(where, cli_msg("cli.cannot_listen", os_reason(exc))) from None


def _cmd_room(args: argparse.Namespace) -> int:
    from .room.headless import run_room

    if not 1 <= args.dots <= 100:
        raise UsageError(cli_text("usage.range", "--dots", 1, 100))
    return _serve(
        args,
        lambda file, journey, host: run_room(
            file, journey, host, args.port, args.dots, args.phase, LANGUAGE[0]
        ),
    )


def _cmd_share(args: argparse.Namespace) -> int:
    from .coedit.headless import run_share

    return _serve(
        args, lambda file, journey, host: run_share(file, journey, host, args.port, LANGUAGE[0])
    )


def _cmd_join(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .coedit.headless import run_join
    from .coedit.link import parse_invitation
    from .io.errors import MapFileError

    try:
        parse_invitation(args.url)
    except ValueError as exc:
        raise MapFileError(args.url, exc.args[0]) from None
    if Path(args.out).exists() and not args.force:
        raise MapFileError(args.out, _already_exists())
    return run_join(args.url, args.out, LANGUAGE[0])


COMMANDS = {
    "new": _cmd_new,
    "validate": _cmd_validate,
    "info": _cmd_info,
    "import": _cmd_import,
    "export": _cmd_export,
    "room": _cmd_room,
    "share": _cmd_share,
    "join": _cmd_join,
}


def _history_command(args: argparse.Namespace) -> int:
    from .history_cli import run

    return run(args)


for _name in HISTORY_COMMANDS:
    COMMANDS[_name] = _history_command


def _output_of(args: argparse.Namespace) -> str:
    return str(getattr(args, "out", None) or getattr(args, "file", ""))


def run_headless(argv: Sequence[str]) -> int:
    """Run a subcommand; every failure becomes one line on stderr and an exit code."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    try:
        with _argparse_language():
            # the command's own arguments only; `--help` lists the commands, needing none
            args = build_parser(argv[0] if argv else None).parse_args(list(argv))
    except UsageError as exc:
        _err(f"error: {exc}")
        return 2
    from .io.error_language import error_line, say
    from .io.errors import MapFileError, one_line
    from .io.messages import os_reason
    from .model import ModelError

    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        _err(f"error: {exc}")
        return 2
    except MapFileError as exc:
        _err(f"error: {error_line(exc, LANGUAGE[0])}")
        return 1
    except ModelError as exc:
        _err(f"error: {say(exc.message, LANGUAGE[0])}")
        return 1
    except OSError as exc:
        where = exc.filename or _output_of(args)
        _err(f"error: {where}: {say(os_reason(exc), LANGUAGE[0])}")
        return 1
    except KeyboardInterrupt:
        _err(f"error: {cli_text('cli.interrupted')}")
        return 1
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError, MemoryError) as exc:
        # a gap in our checks: still one line and exit 1, never a traceback
        where = one_line(_output_of(args))
        detail = one_line(str(exc))[:200]
        _err(f"error: {where}: {cli_text('cli.unprocessed', f'{type(exc).__name__}: {detail}')}")
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``journeymapper`` and ``python -m journeymapper``."""
    args = list(sys.argv[1:] if argv is None else argv)
    LANGUAGE[0] = environment_language()
    headless = (*SUBCOMMANDS, "-h", "--help", "--version")
    if len(args) > 1 and args[0] == "--lang" and args[1] in LANGUAGES:
        LANGUAGE[0] = args[1]  # errors (and the editor) in this language
    if len(args) > 2 and args[0] == "--lang" and args[2] in headless:
        if args[1] not in LANGUAGES:
            _err(f"error: {cli_text('usage.lang', ', '.join(LANGUAGES))}")
            return 2
        args = args[2:]
    if args == ["--version"]:  # no parser to build for the one answer
        _out(VERSION)
        return 0
    if args and args[0] in headless:
        return run_headless(args)
    values = {i + 1 for i, a in enumerate(args) if a in GUI_VALUE_OPTIONS}
    positional = [a for i, a in enumerate(args) if not a.startswith("-") and i not in values]
    if len(positional) > 1:
        _err(f"error: {cli_text('usage.command', repr(positional[0]), ', '.join(SUBCOMMANDS))}")
        return 2
    from .app import main as gui_main

    return gui_main(args)
