"""Commands that set values: text cells, emotions, metrics, map settings and the emotion scale."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model import Emotion, EmotionScale, JourneyMap, Number
from .base import ModelCommand, tr
from .names import display_name, quoted


class SetCell(ModelCommand):
    """Set the text of one cell of a text lane (empty text clears it)."""

    def __init__(
        self, journey: JourneyMap, lane_id: str, stage_id: str, text_value: str, text: str = ""
    ) -> None:
        default = (
            tr("Edit %1 at %2")
            .replace("%1", quoted(display_name(journey, lane_id)))
            .replace("%2", quoted(display_name(journey, stage_id)))
        )
        super().__init__(journey, text or default)
        self.lane_id, self.stage_id, self.value = lane_id, stage_id, text_value
        self._old = ""

    def changes_nothing(self) -> bool:
        lane = self.journey.find(self.lane_id)
        cells: Mapping[str, str] = getattr(lane, "cells", {})
        return lane is not None and cells.get(self.stage_id, "") == self.value

    def apply(self) -> None:
        old = self.journey.lane(self.lane_id).cells.get(self.stage_id, "")
        self.journey.set_cell(self.lane_id, self.stage_id, self.value)
        self._old = old

    def revert(self) -> None:
        self.journey.set_cell(self.lane_id, self.stage_id, self._old)


class SetEmotion(ModelCommand):
    """Set (both None: clear) one persona's as-is and to-be emotion at a touchpoint."""

    def __init__(
        self,
        journey: JourneyMap,
        tp_id: str,
        persona_id: str,
        as_is: Number | None,
        to_be: Number | None,
        text: str = "",
    ) -> None:
        default = (
            tr("Set emotion of %1 at %2")
            .replace("%1", display_name(journey, persona_id))
            .replace("%2", quoted(display_name(journey, tp_id)))
        )
        super().__init__(journey, text or default)
        self.tp_id, self.persona_id = tp_id, persona_id
        self.as_is, self.to_be = as_is, to_be
        self._old: dict[str, Emotion] = {}

    def changes_nothing(self) -> bool:
        tp = self.journey.find(self.tp_id)
        emotions: Mapping[str, Emotion] = getattr(tp, "emotions", {})
        current = emotions.get(self.persona_id)
        if current is None:
            return tp is not None and self.as_is is None and self.to_be is None
        return (current.as_is, current.to_be) == (self.as_is, self.to_be)

    def apply(self) -> None:
        old = dict(self.journey.touchpoint(self.tp_id).emotions)
        self.journey.set_emotion(self.tp_id, self.persona_id, self.as_is, self.to_be)
        self._old = old

    def revert(self) -> None:
        self.journey.update(self.tp_id, emotions=self._old)


class SetMetric(ModelCommand):
    """Set (None: clear) one metric of a touchpoint."""

    def __init__(
        self, journey: JourneyMap, tp_id: str, name: str, value: Number | None, text: str = ""
    ) -> None:
        default = tr("Set a metric of %1").replace("%1", quoted(display_name(journey, tp_id)))
        super().__init__(journey, text or default)
        self.tp_id, self.name, self.value = tp_id, name, value
        self._old: dict[str, Number] = {}

    def changes_nothing(self) -> bool:
        tp = self.journey.find(self.tp_id)
        metrics: Mapping[str, Number] = getattr(tp, "metrics", {})
        return tp is not None and metrics.get(self.name) == self.value

    def apply(self) -> None:
        old = dict(self.journey.touchpoint(self.tp_id).metrics)
        self.journey.set_metric(self.tp_id, self.name, self.value)
        self._old = old

    def revert(self) -> None:
        self.journey.update(self.tp_id, metrics=self._old)


class ChangeSetting(ModelCommand):
    """Change a map setting: title, description, language, author or the facilitator lock."""

    def __init__(self, journey: JourneyMap, name: str, value: Any, text: str = "") -> None:
        super().__init__(journey, text or _setting_text(name, value))
        self.name, self.value = name, value
        self._old: Any = None

    def changes_nothing(self) -> bool:
        try:
            return bool(self.journey.setting(self.name) == self.value)
        except KeyError:
            return False

    def apply(self) -> None:
        try:
            old = self.journey.setting(self.name)
        except KeyError:
            old = None  # set_setting refuses unknown names with a ModelError
        self.journey.set_setting(self.name, self.value)
        self._old = old

    def revert(self) -> None:
        self.journey.set_setting(self.name, self._old)


def _setting_text(name: str, value: Any) -> str:
    if name == "locked":
        return tr("Lock the map") if value else tr("Unlock the map")
    texts = {
        "title": tr("Rename map"),
        "description": tr("Change map description"),
        "language": tr("Change map language"),
        "author": tr("Change map author"),
    }
    return texts.get(name, tr("Change map setting"))


def rescale(value: Number, old: EmotionScale, new: EmotionScale) -> Number:
    """``value`` moved linearly from ``old``'s range onto ``new``'s (ends map onto ends)."""
    ratio = (value - old.minimum) / (old.maximum - old.minimum)
    moved = new.minimum + ratio * (new.maximum - new.minimum)
    moved = min(max(round(moved, 2), new.minimum), new.maximum)
    return int(moved) if float(moved).is_integer() else moved


class ChangeEmotionScale(ModelCommand):
    """Change the emotion scale; with ``remap`` existing values are rescaled linearly.

    Without ``remap`` the model refuses a scale that would leave values outside it.
    """

    def __init__(
        self, journey: JourneyMap, scale: EmotionScale, remap: bool, text: str = ""
    ) -> None:
        super().__init__(journey, text or tr("Change emotion scale"))
        self.scale, self.remap = scale, remap
        self._old_scale = journey.emotion_scale
        self._old_emotions: dict[str, dict[str, Emotion]] = {}

    def changes_nothing(self) -> bool:
        return self.journey.emotion_scale == self.scale

    def _remapped(self, old: EmotionScale) -> dict[str, dict[str, Emotion]]:
        result: dict[str, dict[str, Emotion]] = {}
        for tp in self.journey.touchpoints():
            if not tp.emotions:
                continue
            result[tp.id] = {
                persona_id: Emotion(
                    None if e.as_is is None else rescale(e.as_is, old, self.scale),
                    None if e.to_be is None else rescale(e.to_be, old, self.scale),
                )
                for persona_id, e in tp.emotions.items()
            }
        return result

    def apply(self) -> None:
        old = self.journey.emotion_scale
        before = {tp.id: dict(tp.emotions) for tp in self.journey.touchpoints() if tp.emotions}
        changed = self._remapped(old) if self.remap else None
        self.journey.set_emotion_scale(self.scale, changed)
        self._old_scale = old
        self._old_emotions = before if self.remap else {}

    def revert(self) -> None:
        self.journey.set_emotion_scale(self._old_scale, self._old_emotions or None)
