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
from pathlib import Path

from . import __version__
from .export.choices import DEFAULT_PAGE, DEFAULT_THEME, LAYOUTS, PAGES, THEMES, TILES
from .export.dispatch import EXPORTERS
from .io.error_language import LANGUAGES, environment_language

TYPE_CHECKING = False  # mypy reads the block below; at run time `typing` costs 3 ms of start-up
if TYPE_CHECKING:  # `--help` and `--version` load no model: each command imports what it uses
    from typing import Any, NoReturn

    from .export.options import Since
    from .model import JourneyMap

SUBCOMMANDS = (
    "new", "validate", "info", "import", "export", "room", "share", "join",
    "snapshot", "history", "diff",
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


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=VERSION)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="journeymapper",
        description="Design customer journey maps. With no command, opens the editor.",
    )
    _add_common(parser)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    new = sub.add_parser("new", help="create a map from a template")
    new.add_argument("out", metavar="OUT.jmap")
    new.add_argument("--template", default="blank", help="blank, e-shop or saas-trial")
    new.add_argument("--lang", default=LANGUAGES[0], choices=LANGUAGES)
    new.add_argument("--force", action="store_true", help="replace OUT if it exists")

    validate = sub.add_parser("validate", help="check a map; list every problem")
    validate.add_argument("file", metavar="FILE.jmap")

    info = sub.add_parser("info", help="counts and analysis of a map")
    info.add_argument("file", metavar="FILE.jmap")
    info.add_argument("--json", action="store_true", help="print one JSON object")

    imp = sub.add_parser("import", help="make a map from Mermaid journey, CSV or XLSX")
    imp.add_argument("input", metavar="IN")
    imp.add_argument("out", metavar="OUT.jmap")
    imp.add_argument("--force", action="store_true", help="replace OUT if it exists")

    exp = sub.add_parser("export", help="export to " + ", ".join(EXPORT_SUFFIXES))
    exp.add_argument("file", metavar="FILE.jmap")
    exp.add_argument("out", metavar="OUT")
    exp.add_argument("--view", help="name of a saved view")
    exp.add_argument("--persona", help="name of the persona to show")
    exp.add_argument(
        "--table",
        choices=("journey", "pains", "crowd"),
        default="journey",
        help="CSV only: the journey table (default), the pains and opportunities table, or "
        "the room's ratings per stage (the crowd curve)",
    )
    exp.add_argument("--dpi", type=int, default=150)
    exp.add_argument("--scale", type=float, default=1.0)
    exp.add_argument(
        "--page",
        default=DEFAULT_PAGE,
        choices=PAGES,
        help="poster page; auto: the smallest of A3-A0 that keeps text at 6 pt or more",
    )
    exp.add_argument(
        "--tile", choices=TILES, help="poster printed on A4 or A3 sheets to tape together"
    )
    exp.add_argument("--story", action="store_true", help="slides: one per lowest moment")
    exp.add_argument(
        "--changes-since",
        metavar="SNAPSHOT",
        help='slides: a "What changed since" slide; a snapshot label or id in FILE, '
        "or another map (OLD.jmap, OLD.jmap@LABEL)",
    )
    exp.add_argument("--layout", choices=LAYOUTS)
    exp.add_argument("--theme", default=DEFAULT_THEME, choices=THEMES)
    exp.add_argument("--transparent", action="store_true", help="PNG without background")
    exp.add_argument(
        "--no-embed",
        dest="embed",
        action="store_false",
        help="PNG: leave the map out of the image (it cannot be reopened as a map)",
    )
    exp.add_argument("--force", action="store_true", help="replace OUT if it exists")
    room = sub.add_parser("room", help="let participants join from their phones (room mode)")
    room.add_argument("file", metavar="FILE.jmap")
    room.add_argument("--host", help="the one address to listen on (default: this machine's "
                      "address on the network)")  # fmt: skip
    room.add_argument("--port", type=int, default=8470)
    room.add_argument("--dots", type=int, default=3, help="dots per participant (1-100)")
    room.add_argument("--phase", default="all", choices=("notes", "vote", "rate", "all"))
    share = sub.add_parser("share", help="let co-facilitators edit the map live from their laptops")
    share.add_argument("file", metavar="MAP.jmap")
    share.add_argument("--host", help="the one address to listen on (default: this machine's "
                       "address on the network)")  # fmt: skip
    share.add_argument("--port", type=int, default=8471)
    join = sub.add_parser("join", help="mirror a map shared with `share` into a file, live")
    join.add_argument("url", metavar="URL", help="the link `share` printed")
    join.add_argument("out", metavar="OUT.jmap")
    join.add_argument("--force", action="store_true", help="replace OUT if it exists")
    from .history_cli import add_history_parsers

    history = add_history_parsers(sub)
    for sub_parser in (new, validate, info, imp, exp, room, share, join, *history):
        _add_common(sub_parser)
    return parser


ALREADY_EXISTS = "already exists (add --force to replace it)"


def _refuse_input_as_output(source: str, out: Path) -> None:
    """An output that is the input (also through a link) would destroy what is being read."""
    from .io.errors import MapFileError

    src = Path(source)
    same = False
    with contextlib.suppress(OSError):
        same = src.exists() and out.exists() and src.samefile(out)
    if same or src.resolve() == out.resolve():
        raise MapFileError(str(out), "is the input file; choose another name for the output")


def _write_map(journey: JourneyMap, out: Path, force: bool) -> None:
    """Save a new map to ``out``; without ``force`` an existing ``out`` is never replaced."""
    from .io.atomic import write_atomic
    from .io.errors import MapFileError
    from .io.jmap import dumps_map

    try:
        write_atomic(out, dumps_map(journey), exclusive=not force)
    except FileExistsError:
        raise MapFileError(str(out), ALREADY_EXISTS) from None


def _cmd_new(args: argparse.Namespace) -> int:
    from .templates import TEMPLATES, build_template

    if args.template not in TEMPLATES:
        raise UsageError(
            f"unknown template {args.template!r}; choose one of {', '.join(TEMPLATES)}"
        )
    _write_map(build_template(args.template, args.lang), Path(args.out), args.force)
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from .io.error_language import error_report
    from .io.errors import MapFileError
    from .io.jmap import load_file

    try:
        loaded = load_file(args.file)
    except MapFileError as exc:
        for line in error_report(exc, LANGUAGE[0]):
            _err(f"error: {line}")
        return 1
    journey = loaded.journey
    for problem in loaded.history.warnings:  # the map itself is fine: warn, exit 0
        _err(f"warning: {args.file}: {problem}")
    counts = f"{len(journey.stages())} stages, {journey.touchpoint_count()} touchpoints"
    _out(f"{args.file}: valid ({counts})")
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
    lines = [
        data["title"],
        f"  stages: {data['stages']}   touchpoints: {data['touchpoints']}   "
        f"personas: {data['personas']}   flows: {data['flows']}",
        f"  pain points: {data['pain_points']}   opportunities: {data['opportunities']}   "
        f"votes: {data['votes']}",
        f"  paths from first to last stage: {data['paths']}",
    ]
    for key, title in (("dead_ends", "dead ends"), ("unreachable", "unreachable")):
        refs = data[key]
        lines.append(f"  {title}: {len(refs)}")
        lines += [f"    - {r['name']} ({r['stage']})" for r in refs]
    if data["loops"]:
        lines.append(f"  loops: {len(data['loops'])}")
        lines += [f"    - {' -> '.join(loop)}" for loop in data["loops"]]
    if data["ranked_pain_points"]:
        lines.append("  worst pain points:")
        lines += [
            f"    {i}. {p['text']} (severity {p['severity']}, votes {p['votes']}, {p['target']})"
            for i, p in enumerate(data["ranked_pain_points"][:10], 1)
        ]
    for persona, points in data["lowest_moments"].items():
        if points:
            low = ", ".join(f"{p['touchpoint']} ({p['emotion']:+g})" for p in points)
            lines.append(f"  lowest moments for {persona}: {low}")
    return "\n".join(terminal_safe(line) for line in lines)


def _cmd_import(args: argparse.Namespace) -> int:
    from .io.errors import MapFileError
    from .io.importers import import_file

    out = Path(args.out)
    if out.suffix.lower() != ".jmap":
        raise UsageError(f"the output of import must be a .jmap file, not {out.name!r}")
    _refuse_input_as_output(args.input, out)
    if out.exists() and not args.force:  # say so before the work; the write checks again
        raise MapFileError(str(out), ALREADY_EXISTS)
    _write_map(import_file(Path(args.input)), out, args.force)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from .export.dispatch import export_file
    from .export.gcpause import gc_paused_for_command
    from .export.options import ExportOptions
    from .io.errors import MapFileError
    from .io.jmap import load_map

    out = Path(args.out)
    if out.suffix.lower() not in EXPORT_SUFFIXES:
        raise UsageError(
            f"cannot export to {out.name!r}: "
            f"the name must end in one of {' '.join(EXPORT_SUFFIXES)}"
        )
    if args.table != "journey" and out.suffix.lower() != ".csv":
        raise UsageError("--table applies to .csv exports only")
    if not 10 <= args.dpi <= 1200:
        raise UsageError("--dpi must be between 10 and 1200")
    if not 0.1 <= args.scale <= 10:
        raise UsageError("--scale must be between 0.1 and 10")
    _refuse_input_as_output(args.file, out)
    if (out.exists() or out.is_symlink()) and not args.force:
        raise MapFileError(str(out), ALREADY_EXISTS)
    suffix = out.suffix.lower()
    slides = suffix == ".pptx" or (suffix == ".pdf" and args.layout in (None, "slides"))
    if args.changes_since is not None and not slides:
        raise UsageError("--changes-since applies to slide decks only (.pdf slides, .pptx)")
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
            raise MapFileError(str(out), ALREADY_EXISTS) from None
    for note in notes:
        _err(f"note: {note}")
    return 0


def _since(file: str, ref: str) -> Since:
    """The version a deck's "What changed" slide compares with: a snapshot in ``file`` (by
    label or id), or another map file or ``MAP.jmap@LABEL``."""
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
    from .io.errors import MapFileError
    from .io.jmap import load_map
    from .room.addresses import check_host, primary_address

    try:
        host = check_host(args.host) if args.host else primary_address()
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if not 0 <= args.port <= 65535:
        raise UsageError("--port must be between 0 and 65535")
    journey = load_map(args.file)  # a broken file is refused before anything listens
    try:
        with _reader_may_leave():
            return run(args.file, journey, host)
    except OSError as exc:
        if exc.filename:
            raise
        where = f"{host}:{args.port}"
        reason = os.strerror(exc.errno).lower() if exc.errno else str(exc)
        raise MapFileError(where, f"cannot listen ({reason})") from None


def _cmd_room(args: argparse.Namespace) -> int:
    from .room.headless import run_room

    if not 1 <= args.dots <= 100:
        raise UsageError("--dots must be between 1 and 100")
    return _serve(
        args,
        lambda file, journey, host: run_room(
            file, journey, host, args.port, args.dots, args.phase
        ),
    )


def _cmd_share(args: argparse.Namespace) -> int:
    from .coedit.headless import run_share

    return _serve(args, lambda file, journey, host: run_share(file, journey, host, args.port))


def _cmd_join(args: argparse.Namespace) -> int:
    from .coedit.headless import run_join
    from .coedit.link import parse_invitation
    from .io.errors import MapFileError

    try:
        parse_invitation(args.url)
    except ValueError as exc:
        raise MapFileError(args.url, str(exc)) from None
    if Path(args.out).exists() and not args.force:
        raise MapFileError(args.out, ALREADY_EXISTS)
    return run_join(args.url, args.out)


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


for _name in ("snapshot", "history", "diff"):
    COMMANDS[_name] = _history_command


def _output_of(args: argparse.Namespace) -> str:
    return str(getattr(args, "out", None) or getattr(args, "file", ""))


def run_headless(argv: Sequence[str]) -> int:
    """Run a subcommand; every failure becomes one line on stderr and an exit code."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    try:
        args = build_parser().parse_args(list(argv))  # --help and --version exit here
    except UsageError as exc:
        _err(f"error: {exc}")
        return 2
    from .io.error_language import error_line, say
    from .io.errors import MapFileError, one_line
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
        _err(f"error: {where}: {exc.strerror or exc}")
        return 1
    except KeyboardInterrupt:
        _err("error: interrupted")
        return 1
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError, MemoryError) as exc:
        # a gap in our checks: still one line and exit 1, never a traceback
        where = one_line(_output_of(args))
        detail = one_line(str(exc))[:200]
        _err(f"error: {where}: cannot be processed ({type(exc).__name__}: {detail})")
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``journeymapper`` and ``python -m journeymapper``."""
    args = list(sys.argv[1:] if argv is None else argv)
    LANGUAGE[0] = environment_language()
    if len(args) > 2 and args[0] == "--lang" and args[2] in SUBCOMMANDS:  # errors in this language
        if args[1] not in LANGUAGES:
            _err(f"error: --lang must be one of {', '.join(LANGUAGES)}")
            return 2
        LANGUAGE[0] = args[1]
        args = args[2:]
    if args == ["--version"]:  # no parser to build for the one answer
        _out(VERSION)
        return 0
    if args and (args[0] in SUBCOMMANDS or args[0] in ("-h", "--help", "--version")):
        return run_headless(args)
    values = {i + 1 for i, a in enumerate(args) if a in GUI_VALUE_OPTIONS}
    positional = [a for i, a in enumerate(args) if not a.startswith("-") and i not in values]
    if len(positional) > 1:
        _err(f"error: unknown command {positional[0]!r}; commands: {', '.join(SUBCOMMANDS)}")
        return 2
    from .app import main as gui_main

    return gui_main(args)
