"""Model and file errors in the interface language: each code's template, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..io.errors import MapFileError
from ..io.messages import CATALOGUE
from ..model.messages import localize


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def marked() -> dict[str, str]:
    """Every template, marked for the translators (the English must equal the catalogue's)."""
    return {
        "value.not_one_of": _tr("%1 must be one of %2, not %3"),
        "id.taken": _tr("the id %1 is already used in this map"),
        "id.unknown": _tr("nothing with id %1 in this map"),
        "id.unknown_kind": _tr("there is no %1 with id %2"),
        "setting.unknown": _tr("unknown map setting %1"),
        "setting.language": _tr("language must be one of en, ru, uk, lv, not %1"),
        "setting.locked": _tr("locked must be true or false"),
        "field.problem": _tr("%1 %2"),
        "field.frozen": _tr("%1 cannot be changed here"),
        "entity.problem": _tr("%1 %2: %3"),
        "entity.fields": _tr("%1: %2"),
        "scale.values_outside": _tr(
            "emotion values outside %1..%2: %3; rescale them or change them first"
        ),
        "move.not_reorderable": _tr("cards, flows and notes cannot be reordered this way"),
        "stage.missing": _tr("there is no stage %1"),
        "flow.duplicate": _tr("there is already a flow between these two touchpoints"),
        "locked": _tr("the map is locked by the facilitator: %1 waits until it is unlocked"),
        "action.add.stage": _tr("adding a stage"),
        "action.add.lane": _tr("adding a lane"),
        "action.add.touchpoint": _tr("adding a touchpoint"),
        "action.change.stage": _tr("changing a stage"),
        "action.change.lane": _tr("changing a lane"),
        "action.change.touchpoint": _tr("changing a touchpoint"),
        "action.move.stage": _tr("moving a stage"),
        "action.move.lane": _tr("moving a lane"),
        "action.move.touchpoint": _tr("moving a touchpoint"),
        "action.delete.stage": _tr("deleting a stage"),
        "action.delete.lane": _tr("deleting a lane"),
        "action.delete.touchpoint": _tr("deleting a touchpoint"),
        "action.move_card": _tr("moving a card"),
        "kind.stage": _tr("stage"),
        "kind.lane": _tr("lane"),
        "kind.persona": _tr("persona"),
        "kind.view": _tr("view"),
        "kind.touchpoint": _tr("touchpoint"),
        "kind.flow": _tr("flow"),
        "kind.annotation": _tr("annotation"),
        "persona.unknown_name": _tr("there is no persona named %1 in this map (personas: %2)"),
        "vote.no_round": _tr("no voting round is running"),
        "vote.wrong_kind": _tr("this round does not vote on that kind of item"),
        "vote.ended": _tr("the voting round has ended"),
        "vote.not_participant": _tr("%1 is not a participant of this round"),
        "vote.budget_used": _tr("%1 has used all %2 dots"),
        "vote.nothing_to_take_back": _tr("%1 has no dot on this item to take back"),
        "vote.needs_participants": _tr("a voting round needs named participants"),
        "vote.same_names": _tr("participant names must be different"),
        "vote.budget_range": _tr("the budget must be a whole number of dots from 1 to %1"),
        "vote.targets": _tr("votes go on %1"),
        "vote.item_missing": _tr("refers to an item that does not exist"),
        "vote.dots_positive": _tr("must be a whole number of dots above 0"),
        "vote.over_budget": _tr("%1 used more than %2 dots"),
        "vote.cap_range": _tr("the cap per item must be a whole number of dots from 1 to %1"),
        "vote.over_cap": _tr("more than %1 dots on one item"),
        "vote.cap_reached": _tr("at most %1 dots on one item"),
        "crowd.whole": _tr("must be a whole number"),
        "crowd.on_scale": _tr("must lie on the emotion scale %1..%2"),
        "crowd.rating": _tr("crowd rating %1"),
        "rule.text": _tr("must be text"),
        "rule.required": _tr("must not be empty"),
        "rule.too_long": _tr("is longer than %1 characters"),
        "rule.colour": _tr("must be a colour like #1f77b4"),
        "rule.number": _tr("must be a number"),
        "rule.scale_whole": _tr("the emotion scale bounds must be whole numbers"),
        "rule.scale_order": _tr("the emotion scale minimum %1 must be below its maximum %2"),
        "rule.scale_span": _tr("the emotion scale may span at most %1 points"),
        "rule.scale_label": _tr("label for %1 lies outside the scale %2..%3"),
        "rule.emotion_outside": _tr("%1 is outside the emotion scale %2..%3"),
        "rule.metric_name": _tr("metric names must be non-empty text"),
        "rule.metric_range": _tr("%1 is outside %2..%3"),
        "rule.lane_kind": _tr("is not a lane kind"),
        "rule.stage_missing": _tr("refers to a stage that does not exist"),
        "rule.stage_ref": _tr("refers to stage %1, which does not exist"),
        "rule.persona_ref": _tr("refers to persona %1, which does not exist"),
        "rule.touchpoint_ref": _tr("refers to touchpoint %1, which does not exist"),
        "rule.exit_only": _tr("only an exit flow may have no target"),
        "rule.self_flow": _tr("a flow cannot lead from a touchpoint to itself"),
        "rule.percent": _tr("must be a number from 0 to 100"),
        "rule.note_target": _tr("refers to %1, which is neither a touchpoint nor a stage"),
        "rule.severity": _tr("must be a whole number from 1 to 5"),
        "rule.votes": _tr("must be a whole number of at least 0"),
        "rule.ref": _tr("refers to %1, which does not exist"),
        "clipboard.not_cards": _tr("the clipboard does not hold JourneyMapper cards"),
        "clipboard.not_cards_because": _tr("the clipboard does not hold JourneyMapper cards (%1)"),
        "clipboard.newer": _tr("these cards come from a newer JourneyMapper (v%1)"),
        "clipboard.damaged": _tr("the copied cards are damaged"),
        "clipboard.damaged_because": _tr("the copied cards are damaged (%1)"),
        "paste.cell": _tr("row %1, column %2: %3"),
        "paste.differs": _tr("differs from row %1 for this touchpoint"),
        "paste.needs_touchpoint": _tr("a %1 needs a touchpoint in this row"),
        "paste.note_needs_touchpoint": _tr("a note needs a touchpoint in this row"),
        "paste.channel": _tr("%1 is not a channel (use one of %2)"),
        "paste.channel_differs": _tr("%1 differs from %2 in row %3"),
        "paste.not_number": _tr("%1 is not a number"),
        "paste.emotion_twice": _tr("%1 already has %2 for this touchpoint"),
        "problem.at": _tr("%1 at %2"),
        "file.more": _tr("(and more problems: %1)"),
        "file.empty": _tr("is empty"),
        "file.binary": _tr("is a binary file, not a JourneyMapper map"),
        "file.not_utf8": _tr("is not UTF-8 text (saved in a legacy 8-bit encoding?)"),
        "file.bad_json": _tr("is not valid JSON: %1"),
        "file.too_deep": _tr("is nested too deeply to be a map"),
        "file.json_type": _tr("is JSON of type %1, not a JourneyMapper map"),
        "file.not_map": _tr('is not a JourneyMapper map (no "format": "journeymapper")'),
        "file.no_version": _tr("has no valid format_version"),
        "file.unreadable": _tr("cannot be read as a map"),
        "file.unknown": _tr("unknown problem"),
        "file.cannot_open": _tr("cannot be opened (%1)"),
        "file.id_twice": _tr("the id %1 is used more than once"),
        "file.second_flow": _tr("a second flow between the same two touchpoints"),
        "schema.type": _tr("must be %1"),
        "type.or": _tr("%1 or %2"),
        "schema.enum": _tr("%1 is not one of: %2"),
        "schema.enum_value": _tr("this value is not one of: %1"),
        "schema.colour": _tr("must be a colour like #1f77b4 (or empty)"),
        "schema.whole": _tr("must be a whole number"),
        "schema.pattern": _tr("does not match %1"),
        "schema.below": _tr("%1 is below the minimum %2"),
        "schema.above": _tr("%1 is above the maximum %2"),
        "schema.unknown_fields": _tr("has unknown fields: %1"),
        "schema.missing": _tr("%1 is missing"),
        "type.text": _tr("text"),
        "type.integer": _tr("a whole number"),
        "type.number": _tr("a number"),
        "type.boolean": _tr("true or false"),
        "type.object": _tr("an object {…}"),
        "type.array": _tr("a list […]"),
    }


def translated(message: str) -> str:
    """``message`` in the interface language when it is a coded message, else as it is."""
    return localize(message, _tr, CATALOGUE)


def file_error_lines(error: MapFileError) -> list[str]:
    """``<file>: <what> at <where>`` for every problem kept, in the interface language."""
    return [f"{error.source}: {translated(problem.text())}" for problem in error.problems]
