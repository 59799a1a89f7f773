"""Builds a JourneyMap from a template's structure and one language's texts (shared code)."""

from __future__ import annotations

from journeymapper.model import Emotion, JourneyMap
from journeymapper.model.enums import PHYSICAL_CHANNELS
from journeymapper.model.ids import IdGenerator

from .lanes import add_default_lanes, emotion_scale
from .spec import TemplateSpec, Texts

# Text lanes whose cells come from ``cell.<lane>.<stage>`` texts; the owner lane is built
# from each stage's owner teams.
CELL_LANES = ("actions", "thoughts", "backstage")


class TemplateTexts:
    """One language's texts of one template; a missing key is a programming error."""

    def __init__(self, template: str, language: str, table: Texts) -> None:
        self.template = template
        self.language = language
        self._table = table

    def __getitem__(self, key: str) -> str:
        try:
            return self._table[key]
        except KeyError:
            raise KeyError(
                f"template {self.template!r} has no {self.language} text for {key!r}"
            ) from None

    def get(self, key: str) -> str:
        """The text for an optional key, or an empty string."""
        return self._table.get(key, "")


def build_from_spec(
    spec: TemplateSpec, texts: TemplateTexts, id_generator: IdGenerator
) -> JourneyMap:
    """A new map with everything ``spec`` describes, in the words of ``texts``."""
    journey = JourneyMap(texts["map.title"], language=texts.language, id_generator=id_generator)

    def text(key: str, entity_id: str, field: str) -> str:
        """Content for ``key``, or "" with the words kept as the field's placeholder."""
        if key in spec.hints:
            journey.set_hint(entity_id, field, texts[key])
            return ""
        return texts[key]

    journey.set_setting("description", text("map.description", "", "description"))
    journey.set_emotion_scale(emotion_scale(texts.language))
    lanes = {key: lane.id for key, lane in add_default_lanes(journey, texts.language).items()}
    stages = {
        s.key: journey.add_stage(
            texts[f"stage.{s.key}.name"], goal=texts[f"stage.{s.key}.goal"], colour=s.colour
        ).id
        for s in spec.stages
    }
    personas: dict[str, str] = {}
    for p in spec.personas:
        persona = journey.add_persona(
            texts[f"persona.{p.key}.name"], colour=p.colour, marker=p.marker
        )
        personas[p.key] = persona.id
        described = text(f"persona.{p.key}.description", persona.id, "description")
        if described:
            journey.update(persona.id, description=described)
    _fill_cells(journey, spec, texts, lanes, stages)
    touchpoints: dict[str, str] = {}
    for tp in spec.touchpoints:
        touchpoints[tp.key] = journey.add_touchpoint(
            stages[tp.stage],
            texts[f"tp.{tp.key}.name"],
            channel=tp.channel,
            physical=tp.channel in PHYSICAL_CHANNELS,
            description=texts[f"tp.{tp.key}.does"],
            need=texts[f"tp.{tp.key}.need"],
            tools=texts[f"tp.{tp.key}.tools"],
            owner=texts[f"team.{tp.owner}"] if tp.owner else "",
            evidence=tp.evidence,
            emotions={personas[k]: Emotion(a, b) for k, (a, b) in tp.emotions.items()},
            metrics=dict(tp.metrics),
        ).id
    for flow in spec.flows:
        journey.add_flow(
            touchpoints[flow.source],
            None if flow.target is None else touchpoints[flow.target],
            flow.kind,
            label=texts[flow.label] if flow.label else "",
            percent=flow.percent,
        )
    targets = {**stages, **touchpoints}
    for note in spec.notes:
        journey.add_annotation(
            note.kind,
            targets[note.target],
            texts[f"note.{note.key}"],
            severity=note.severity,
            owner=texts[f"team.{note.owner}"] if note.owner else "",
            evidence=note.evidence,
            votes=note.votes,
        )
    for view in spec.views:
        journey.add_view(
            texts[f"view.{view.key}"],
            personas=_ids(view.personas, personas),
            lanes=_ids(view.lanes, lanes),
            stages=_ids(view.stages, stages),
        )
    return journey


def _fill_cells(
    journey: JourneyMap,
    spec: TemplateSpec,
    texts: TemplateTexts,
    lanes: dict[str, str],
    stages: dict[str, str],
) -> None:
    for stage in spec.stages:
        for lane_key in CELL_LANES:
            text = texts.get(f"cell.{lane_key}.{stage.key}")
            if text:
                journey.set_cell(lanes[lane_key], stages[stage.key], text)
        if stage.owners:
            owners = ", ".join(texts[f"team.{team}"] for team in stage.owners)
            journey.set_cell(lanes["owner"], stages[stage.key], owners)


def _ids(keys: tuple[str, ...] | None, known: dict[str, str]) -> tuple[str, ...] | None:
    return None if keys is None else tuple(known[key] for key in keys)
