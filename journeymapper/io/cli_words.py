"""The command line's own messages (usage errors, help, reports) as codes with English
templates; English is filled in here without loading the model, so `--help` starts fast."""

from __future__ import annotations

import re

# the command line: its usage errors, its help, and argparse's own texts (keys "argparse.…"
# hold argparse's English exactly: cli.py hands their translations to argparse)
COMMAND_LINE: dict[str, str] = {
    "cli.valid": "valid (%1 stages, %2 touchpoints)",
    "info.counts": "stages: %1   touchpoints: %2   personas: %3   flows: %4",
    "info.notes": "pain points: %1   opportunities: %2   votes: %3",
    "info.paths": "paths from first to last stage: %1",
    "info.dead_ends": "dead ends: %1",
    "info.unreachable": "unreachable: %1",
    "info.loops": "loops: %1",
    "info.worst": "worst pain points:",
    "info.pain": "%1 (severity %2, votes %3, %4)",
    "info.lowest": "lowest moments for %1: %2",
    "cli.cannot_listen": "cannot listen (%1)",
    "cli.interrupted": "interrupted",
    "cli.unprocessed": "cannot be processed (%1)",
    "usage.template": "unknown template %1; choose one of %2",
    "usage.import_out": "the output of import must be a .jmap file, not %1",
    "usage.export_out": "cannot export to %1: the name must end in one of %2",
    "usage.table": "--table applies to .csv exports only",
    "usage.range": "%1 must be between %2 and %3",
    "usage.lang": "--lang must be one of %1",
    "usage.command": "unknown command %1; commands: %2",
    "usage.whole": "%1 is not a whole number",
    "usage.number": "%1 is not a number",
    "help.description": "Design customer journey maps. With no command, opens the editor.",
    "help.version": "show the version and exit",
    "help.new": "create a map from a template",
    "help.template": "blank, e-shop or saas-trial",
    "help.lang": "the language of the new map",
    "help.force": "replace OUT if it exists",
    "help.validate": "check a map; list every problem",
    "help.info": "counts and analysis of a map",
    "help.json": "print one JSON object",
    "help.import": "make a map from Mermaid journey, CSV or XLSX",
    "help.export": "export to %1",
    "help.view": "name of a saved view",
    "help.persona": "name of the persona to show",
    "help.table": (
        "CSV only: the journey table (default), the pains and opportunities table, or "
        "the room's ratings per stage (the crowd curve)"
    ),
    "help.dpi": "resolution of PNG exports (default 150)",
    "help.scale": "size factor of PNG exports (default 1)",
    "help.page": "poster page; auto: the smallest of A3-A0 that keeps text at 6 pt or more",
    "help.tile": "poster printed on A4 or A3 sheets to tape together",
    "help.story": "slides: one per lowest moment",
    "help.layout": "how the map is laid out",
    "help.theme": "colours: light, print or projector",
    "help.transparent": "PNG without background",
    "help.no_embed": "PNG: leave the map out of the image (it cannot be reopened as a map)",
    "help.room": "let participants join from their phones (room mode)",
    "help.host": "the one address to listen on (default: this machine's address on the network)",
    "help.port": "the port to listen on",
    "help.dots": "dots per participant (1-100)",
    "help.phase": "what participants may do: notes, vote, rate or all",
    "help.share": "let co-facilitators edit the map live from their laptops",
    "help.join": "mirror a map shared with `share` into a file, live",
    "help.url": "the link `share` printed",
    "help.snapshot": "keep the map's current state as a snapshot in the file",
    "help.label": "the snapshot's name, e.g. “post-workshop baseline”",
    "help.kind": "manual or published",
    "help.author": "who takes it (default: the map's author)",
    "help.history": "list the snapshots kept in a map file",
    "help.diff": "what changed between two maps or snapshots (MAP.jmap@LABEL, MAP.jmap@ID)",
    "help.diff_json": "print one JSON object with ids",
    "help.diff_out": "draw the compare: .pdf .png .svg .html",
    "help.to_be": "compare OLD's as-is curves with NEW's to-be curves",
    "usage.label": "--label must not be empty",
    "help.changes_since": (
        "slides: a “What changed since” slide; a snapshot label or id in FILE, "
        "or another map (OLD.jmap, OLD.jmap@LABEL)"
    ),
    "help.delete": "delete one snapshot from the file (no undo)",
    "usage.changes_since": "--changes-since applies to slide decks only (.pdf slides, .pptx)",
    "usage.host": "--host must be an IP address of this machine, not %1",
    "usage.diff_out": "cannot draw the compare to %1: the name must end in one of %2",
    # what `room`, `share`, `join`, `snapshot` and `history` report (the room's first line,
    # its join URL, stays a bare URL for scripts)
    "room.code": "code: %1  viewer: %2",
    "room.closed": "room closed: %1 contributions saved to %2",
    "share.ended": "sharing ended; the map is saved in %1",
    "join.refused": "the host refused to pair (%1)",
    "join.full": "it already has as many co-editors as it takes",
    "join.slow": "too many wrong codes from this computer: wait a minute and try again",
    "join.secret": "it did not accept the pairing code; check it against the host's screen",
    "join.bad": "it did not understand the pairing request",
    "snapshot.taken": "%1: snapshot %2 %3 (%4 stages, %5 touchpoints)",
    "snapshot.deleted": "%1: deleted snapshot %2 %3",
    "history.none": "%1: no snapshots (take one with: journeymapper snapshot FILE --label TEXT)",
    "history.counts": "%1 stages, %2 touchpoints, %3 pains",
    "history.by": "by %1",
    "history.broken": "BROKEN: %1",
    "history.manual": "manual",
    "history.published": "published",
    "history.workshop_start": "workshop start",
    "history.workshop_end": "workshop end",
    "history.safety": "before a restore",
    "argparse.usage": "usage: ",
    "argparse.positionals": "positional arguments",
    "argparse.options": "options",
    "argparse.help": "show this help message and exit",
    "argparse.argument": "argument %(argument_name)s: %(message)s",
    "argparse.unrecognized": "unrecognized arguments: %s",
    "argparse.required": "the following arguments are required: %s",
    "argparse.one": "expected one argument",
    "argparse.ambiguous": "ambiguous option: %(option)s could match %(matches)s",
    "argparse.choice": "invalid choice: %(value)r (choose from %(choices)s)",
    "argparse.explicit": "ignored explicit argument %r",
    "argparse.type": "invalid %(type)s value: %(value)r",
    "argparse.parser": "unknown parser %(parser_name)r (choices: %(choices)s)",
}


def english(code: str, *args: object) -> str:
    """The message ``code`` in English with ``args`` in place of %1, %2 …"""
    values = [str(a) for a in args]
    return re.sub(
        r"%(\d)",
        lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values) else m[0],
        COMMAND_LINE[code],
    )
