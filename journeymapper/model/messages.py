"""Messages for the user as a code and arguments, so the UI and the CLI can translate them."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

PLACEHOLDER = re.compile(r"%(\d)")
GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")  # 20,000: thousands as the messages write them
GROUPING = "number.grouped"  # the code whose translation joins thousands: "%1,%2" → "%1 %2"

# code -> English template (%1, %2 … are the arguments); the UI and the CLI translate the
# template (ui/error_text.py marks each one for the translators) and fill in the arguments.
MODEL: dict[str, str] = {
    "value.not_one_of": "%1 must be one of %2, not %3",
    "id.taken": "the id %1 is already used in this map",
    "id.unknown": "nothing with id %1 in this map",
    "id.unknown_kind": "there is no %1 with id %2",
    "setting.unknown": "unknown map setting %1",
    "setting.language": "language must be one of en, ru, uk, lv, not %1",
    "setting.locked": "locked must be true or false",
    "field.problem": "%1 %2",
    "field.frozen": "%1 cannot be changed here",
    "entity.problem": "%1 %2: %3",
    "entity.fields": "%1: %2",
    "scale.values_outside": (
        "emotion values outside %1..%2: %3; rescale them or change them first"
    ),
    "move.not_reorderable": "cards, flows and notes cannot be reordered this way",
    "stage.missing": "there is no stage %1",
    "flow.duplicate": "there is already a flow between these two touchpoints",
    "locked": "the map is locked by the facilitator: %1 waits until it is unlocked",
    "action.add.stage": "adding a stage",
    "action.add.lane": "adding a lane",
    "action.add.touchpoint": "adding a touchpoint",
    "action.change.stage": "changing a stage",
    "action.change.lane": "changing a lane",
    "action.change.touchpoint": "changing a touchpoint",
    "action.move.stage": "moving a stage",
    "action.move.lane": "moving a lane",
    "action.move.touchpoint": "moving a touchpoint",
    "action.delete.stage": "deleting a stage",
    "action.delete.lane": "deleting a lane",
    "action.delete.touchpoint": "deleting a touchpoint",
    "action.move_card": "moving a card",
    "kind.stage": "stage",
    "kind.lane": "lane",
    "kind.persona": "persona",
    "kind.view": "view",
    "kind.touchpoint": "touchpoint",
    "kind.flow": "flow",
    "kind.annotation": "annotation",
    "persona.unknown_name": "there is no persona named %1 in this map (personas: %2)",
    # voting
    "vote.no_round": "no voting round is running",
    "vote.wrong_kind": "this round does not vote on that kind of item",
    "vote.ended": "the voting round has ended",
    "vote.not_participant": "%1 is not a participant of this round",
    "vote.budget_used": "%1 has used all %2 dots",
    "vote.nothing_to_take_back": "%1 has no dot on this item to take back",
    "vote.needs_participants": "a voting round needs named participants",
    "vote.same_names": "participant names must be different",
    "vote.budget_range": "the budget must be a whole number of dots from 1 to %1",
    "vote.targets": "votes go on %1",
    "vote.item_missing": "refers to an item that does not exist",
    "vote.dots_positive": "must be a whole number of dots above 0",
    "vote.over_budget": "%1 used more than %2 dots",
    "vote.cap_range": "the cap per item must be a whole number of dots from 1 to %1",
    "vote.over_cap": "more than %1 dots on one item",
    "vote.cap_reached": "at most %1 dots on one item",
    "crowd.whole": "must be a whole number",
    "crowd.on_scale": "must lie on the emotion scale %1..%2",
    "crowd.rating": "crowd rating %1",
    # the rules every entity keeps (live edits and file validation)
    "rule.text": "must be text",
    "rule.required": "must not be empty",
    "rule.too_long": "is longer than %1 characters",
    "rule.colour": "must be a colour like #1f77b4",
    "rule.number": "must be a number",
    "rule.scale_whole": "the emotion scale bounds must be whole numbers",
    "rule.scale_order": "the emotion scale minimum %1 must be below its maximum %2",
    "rule.scale_span": "the emotion scale may span at most %1 points",
    "rule.scale_label": "label for %1 lies outside the scale %2..%3",
    "rule.emotion_outside": "%1 is outside the emotion scale %2..%3",
    "rule.metric_name": "metric names must be non-empty text",
    "rule.metric_range": "%1 is outside %2..%3",
    "rule.lane_kind": "is not a lane kind",
    "rule.stage_missing": "refers to a stage that does not exist",
    "rule.stage_ref": "refers to stage %1, which does not exist",
    "rule.persona_ref": "refers to persona %1, which does not exist",
    "rule.touchpoint_ref": "refers to touchpoint %1, which does not exist",
    "rule.exit_only": "only an exit flow may have no target",
    "rule.self_flow": "a flow cannot lead from a touchpoint to itself",
    "rule.percent": "must be a number from 0 to 100",
    "rule.note_target": "refers to %1, which is neither a touchpoint nor a stage",
    "rule.severity": "must be a whole number from 1 to 5",
    "rule.votes": "must be a whole number of at least 0",
    "rule.ref": "refers to %1, which does not exist",
    # copied cards and pasted rows
    "clipboard.not_cards": "the clipboard does not hold JourneyMapper cards",
    "clipboard.not_cards_because": "the clipboard does not hold JourneyMapper cards (%1)",
    "clipboard.newer": "these cards come from a newer JourneyMapper (v%1)",
    "clipboard.damaged": "the copied cards are damaged",
    "clipboard.damaged_because": "the copied cards are damaged (%1)",
    "paste.cell": "row %1, column %2: %3",
    "paste.differs": "differs from row %1 for this touchpoint",
    "paste.needs_touchpoint": "a %1 needs a touchpoint in this row",
    "paste.note_needs_touchpoint": "a note needs a touchpoint in this row",
    "paste.channel": "%1 is not a channel (use one of %2)",
    "paste.channel_differs": "%1 differs from %2 in row %3",
    "paste.not_number": "%1 is not a number",
    "paste.emotion_twice": "%1 already has %2 for this touchpoint",
}


class Text(str):
    """A message: its English text (it *is* that ``str``), plus ``code`` and ``args`` so a
    translation can be filled in with the same arguments (which may be Texts themselves)."""

    code: str
    args: tuple[str, ...]

    def __new__(cls, template: str, code: str, args: tuple[str, ...]) -> Text:
        self = super().__new__(cls, fill(template, args))
        self.code = code
        self.args = args
        return self


def fill(template: str, args: tuple[str, ...]) -> str:
    """``template`` with %1, %2 … replaced by ``args`` (in one pass: an argument's own ``%2``
    stays as it is)."""
    return PLACEHOLDER.sub(
        lambda m: args[int(m[1]) - 1] if 0 < int(m[1]) <= len(args) else m[0], template
    )


def coded(catalogue: Mapping[str, str], code: str, *args: object) -> Text:
    """The message ``code`` of ``catalogue`` with ``args`` (Texts kept, the rest as ``str``)."""
    return Text(
        catalogue[code], code, tuple(a if isinstance(a, str) else str(a) for a in args)
    )


def msg(code: str, *args: object) -> Text:
    """A model message."""
    return coded(MODEL, code, *args)


def kind_name(kind: object) -> Text:
    """The name of an entity kind (``EntityKind.STAGE`` -> "stage") as a message."""
    return msg(f"kind.{getattr(kind, 'value', kind)}")


def quoted(value: object) -> str:
    """A user's value as the messages show it (Python's repr: quotes, escapes)."""
    return repr(value)


def localize(message: str, lookup: Callable[[str], str], catalogue: Mapping[str, str]) -> str:
    """``message`` in another language: ``lookup`` gives a template's translation (the English
    template itself when there is none); arguments that are messages are translated too."""
    if not isinstance(message, Text) or message.code not in catalogue:
        return str(message)
    args = tuple(
        localize(arg, lookup, catalogue)
        if isinstance(arg, Text)
        else _grouped(arg, lookup, catalogue)
        for arg in message.args
    )
    return fill(lookup(catalogue[message.code]), args)


def _grouped(arg: str, lookup: Callable[[str], str], catalogue: Mapping[str, str]) -> str:
    """A number written ``20,000`` with the thousands joined as the language does (20 000)."""
    if GROUPING not in catalogue or not GROUPED.fullmatch(arg):
        return arg
    template = lookup(catalogue[GROUPING])
    parts = arg.split(",")
    joined = parts[0]
    for part in parts[1:]:
        joined = fill(template, (joined, part))
    return joined
