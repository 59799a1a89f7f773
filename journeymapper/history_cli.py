"""The `snapshot`, `history` and `diff` subcommands (headless: no Qt unless a picture is drawn)."""

from __future__ import annotations

import argparse
import sys

TYPE_CHECKING = False  # mypy reads the block below; at run time `typing` costs 3 ms of start-up
if TYPE_CHECKING:
    from typing import Any

PICTURE_SUFFIXES = (".pdf", ".png", ".svg", ".html")


def _snapshot_arguments(snap: argparse.ArgumentParser) -> None:
    from .cli import cli_text as h  # in the user's language

    snap.add_argument("file", metavar="MAP.jmap")
    snap.add_argument("--label", required=True, help=h("help.label"))
    snap.add_argument("--kind", default="manual", choices=("manual", "published"),
                      help=h("help.kind"))  # fmt: skip
    snap.add_argument("--author", default="", help=h("help.author"))


def _history_arguments(hist: argparse.ArgumentParser) -> None:
    from .cli import cli_text as h

    hist.add_argument("file", metavar="MAP.jmap")
    hist.add_argument("--json", action="store_true", help=h("help.json"))
    hist.add_argument("--delete", metavar="ID|LABEL", help=h("help.delete"))


def _diff_arguments(diff: argparse.ArgumentParser) -> None:
    from .cli import cli_text as h

    diff.add_argument("old", metavar="OLD")
    diff.add_argument("new", metavar="NEW")
    diff.add_argument("--json", action="store_true", help=h("help.diff_json"))
    diff.add_argument("-o", "--out", metavar="OUT", help=h("help.diff_out"))
    diff.add_argument("--to-be", action="store_true", help=h("help.to_be"))


HISTORY_ARGUMENTS = {
    "snapshot": _snapshot_arguments,
    "history": _history_arguments,
    "diff": _diff_arguments,
}


def _writable_map(path: str) -> None:
    """Snapshots live in .jmap files: refuse to rewrite an exported PNG as map JSON."""
    from .io.errors import MapFileError
    from .io.jmap import PNG_SIGNATURE

    try:
        with open(path, "rb") as file:
            head = file.read(len(PNG_SIGNATURE))
    except OSError:
        return  # reading the map says what is wrong
    if head == PNG_SIGNATURE:
        from .io.messages import file_msg

        raise MapFileError(path, file_msg("snapshot.png"))


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _warn(source: str, warnings: Any) -> None:
    from .cli import LANGUAGE, terminal_safe
    from .io.error_language import say
    from .io.errors import one_line

    for problem in warnings:
        said = one_line(say(problem.text(), LANGUAGE[0]))
        sys.stderr.write(terminal_safe(f"warning: {source}: {said}") + "\n")


def _cmd_snapshot(args: argparse.Namespace) -> int:
    from .io.history import SnapshotKind, take_snapshot
    from .io.jmap import load_file, save_map

    label = args.label.strip()
    if not label:
        from .cli import UsageError, cli_text

        raise UsageError(cli_text("usage.label"))
    _writable_map(args.file)
    loaded = load_file(args.file)
    _warn(args.file, loaded.history.warnings)
    history = take_snapshot(
        loaded.journey, loaded.history, SnapshotKind(args.kind), label, args.author
    )
    save_map(loaded.journey, args.file, history)
    snap = history.snapshots[-1]
    counts = snap.counts
    _out(
        _word(
            "snapshot.taken", args.file, snap.id[:8], repr(label), counts["stages"],
            counts["touchpoints"],
        )
    )
    return 0


def _snapshot_json(snap: Any) -> dict[str, Any]:
    out = {
        "id": snap.id,
        "parent": snap.parent,
        "label": snap.label,
        "kind": snap.kind.value,
        "author": snap.author,
        "time": snap.time,
        "counts": dict(snap.counts),
        "sha256": snap.sha256,
    }
    if snap.problem:
        out["problem"] = snap.problem
    return out


def _delete(args: argparse.Namespace) -> int:
    from .io.errors import MapFileError
    from .io.jmap import load_file, save_map
    from .io.snapshots import snapshot_name

    _writable_map(args.file)
    loaded = load_file(args.file)
    snap = loaded.history.find(args.delete)
    if snap is None:
        known = ", ".join(s.label or s.id[:8] for s in loaded.history.snapshots[-5:])
        from .io.messages import file_msg

        message = (
            file_msg("snapshot.unknown", repr(args.delete), known)
            if known
            else file_msg("snapshot.none", repr(args.delete))
        )
        raise MapFileError(args.file, message)
    history = loaded.history.without(snap.id)
    save_map(loaded.journey, args.file, history)
    _warn(args.file, history.warnings)
    _out(_word("snapshot.deleted", args.file, snap.id[:8], repr(snapshot_name(snap))))
    return 0


def _cmd_history(args: argparse.Namespace) -> int:
    import json

    from .io.jmap import load_file

    if args.delete is not None:
        return _delete(args)
    loaded = load_file(args.file)
    history = loaded.history
    _warn(args.file, history.warnings)
    if args.json:
        data = {"file": args.file, "snapshots": [_snapshot_json(s) for s in history.snapshots]}
        _out(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not history.snapshots:
        _out(_word("history.none", args.file))
        return 0
    kinds = _kind_names()
    width = max(len(name) for name in kinds.values()) + 1
    for snap in reversed(history.snapshots):
        c = snap.counts
        counts = _word(
            "history.counts", c.get("stages", 0), c.get("touchpoints", 0), c.get("pain_points", 0)
        )
        what = snap.label or kinds[snap.kind].replace("_", " ")
        broken = f"  {_word('history.broken', _said(snap.problem))}" if snap.problem else ""
        who = f"  {_word('history.by', snap.author)}" if snap.author else ""
        kind = kinds[snap.kind].ljust(width)
        _out(f"{snap.time}  {snap.id[:8]}  {kind}{what}  ({counts}){who}{broken}")
    return 0


def _word(code: str, *args: object) -> str:
    from .cli import cli_text

    return cli_text(code, *args)


def _said(message: str) -> str:
    """A reader's message (coded) in the user's language."""
    from .cli import LANGUAGE
    from .io.error_language import say

    return say(message, LANGUAGE[0])


def _kind_names() -> dict[Any, str]:
    """Each kind of snapshot as the listing names it (English: the file's own word)."""
    from .cli import LANGUAGE
    from .io.history import SnapshotKind

    if LANGUAGE[0] == "en":
        return {kind: kind.value for kind in SnapshotKind}
    return {kind: _word(f"history.{kind.value}") for kind in SnapshotKind}


def _cmd_diff(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from .compare.changes import compare
    from .compare.effects import effects
    from .compare.flat import flatten
    from .compare.report import to_json, to_text
    from .io.snapshots import open_version

    out = Path(args.out) if args.out else None
    if out is not None and out.suffix.lower() not in PICTURE_SUFFIXES:
        from .cli import UsageError, cli_text

        suffixes = " ".join(PICTURE_SUFFIXES)
        raise UsageError(cli_text("usage.diff_out", repr(out.name), suffixes))
    old, new = open_version(args.old), open_version(args.new)
    diff = compare(flatten(old.journey), flatten(new.journey, "to_be" if args.to_be else "as_is"))
    found = effects(diff)
    if args.json:
        _out(json.dumps(to_json(diff, old.name, new.name, found), ensure_ascii=False, indent=2))
    else:
        _out(to_text(diff, old.name, new.name, found))
    if out is not None:
        from .export.compare_file import write_picture
        from .io.errors import MapFileError

        try:
            write_picture(diff, found, out, old.name, new.name)
        except MapFileError as exc:
            raise MapFileError(str(out), exc.problems) from None
    return 0


def run(args: argparse.Namespace) -> int:
    commands = {"snapshot": _cmd_snapshot, "history": _cmd_history, "diff": _cmd_diff}
    return commands[args.command](args)
