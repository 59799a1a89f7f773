"""Every change to an open map reaches the document: model mutators are called only from
commands/ (undo steps) or from a function that reports the change through note_change."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "journeymapper"
# JourneyMap's public methods that change the map (its readers are not listed).
MUTATORS = {
    "attach_checked",
    "announce_reset",
    "set_setting",
    "set_emotion_scale",
    "set_hint",
    "set_voting",
    "cast_vote",
    "take_back_vote",
    "add_stage",
    "add_lane",
    "add_persona",
    "add_view",
    "add_touchpoint",
    "add_flow",
    "add_annotation",
    "update",
    "set_cell",
    "set_emotion",
    "set_metric",
    "move",
    "move_touchpoint",
    "remove",
    "restore",
}
# Packages that build maps nobody has open yet (loading, importing, templates, the overlay of
# two versions compared) or are the path itself.
BUILDERS = ("model", "io", "templates", "compare", "commands")
# Whole modules not yet on the path, each with the reason (this list should only shrink).
PENDING = {
    "room/intents.py": "applies participants' edits on the room's own map; the GUI side notes them",
}
# Calls that are not edits of an open document, each with the reason.
EXCEPTIONS = {
    ("ui/file_actions.py", "new_map", "set_setting"): "titles a new map before it is a document",
    ("workshop/vote_canvas.py", "vote", "cast_vote"): "self.changed is document.note_change",
    ("workshop/vote_canvas.py", "vote", "take_back_vote"): "self.changed is document.note_change",
}


def _violations(source: str, module: str) -> list[str]:
    found = []
    tree = ast.parse(source)
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        calls = [n for n in ast.walk(function) if isinstance(n, ast.Call)]
        names = {c.func.attr for c in calls if isinstance(c.func, ast.Attribute)}
        for call in calls:
            func = call.func
            if not isinstance(func, ast.Attribute) or func.attr not in MUTATORS:
                continue
            receiver = ast.unparse(func.value)
            if "journey" not in receiver.lower():
                continue
            if "note_change" in names or (module, function.name, func.attr) in EXCEPTIONS:
                continue
            found.append(f"{module}:{call.lineno} {function.name}: {receiver}.{func.attr}")
    return found


def test_open_maps_change_only_through_commands_or_note_change() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        if module.split("/")[0] in BUILDERS or module in PENDING:
            continue
        found += _violations(path.read_text(encoding="utf-8"), module)
    assert found == []


def test_the_check_sees_a_direct_edit_and_accepts_a_noted_one() -> None:
    direct = "def bump(self):\n    self.context.journey.update(self.tp, name='x')\n"
    noted = (
        "def lock(self):\n"
        "    self.context.journey.set_setting('locked', True)\n"
        "    self.context.document.note_change()\n"
    )
    assert _violations(direct, "ui/x.py") == ["ui/x.py:2 bump: self.context.journey.update"]
    assert _violations(noted, "ui/x.py") == []


def test_every_listed_mutator_is_a_journey_map_method() -> None:
    from journeymapper.model import JourneyMap

    assert all(callable(getattr(JourneyMap, name, None)) for name in MUTATORS)
