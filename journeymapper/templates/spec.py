"""The language-independent structure of a template: keys, kinds and numbers, never words."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from journeymapper.model import AnnotationKind, Channel, Evidence, FlowKind, Marker

# A language's texts for one template: dotted keys ("tp.cart.name") to words.
Texts = Mapping[str, str]

# (as-is, to-be) per persona key; to-be is optional.
EmotionPair = tuple[int, int | None]


@dataclass(frozen=True)
class PersonaSpec:
    """A persona; texts ``persona.<key>.name`` and ``persona.<key>.description``."""

    key: str
    colour: str
    marker: Marker


@dataclass(frozen=True)
class StageSpec:
    """A stage; texts ``stage.<key>.name``, ``stage.<key>.goal``; owners are team keys."""

    key: str
    owners: tuple[str, ...] = ()
    colour: str = ""


@dataclass(frozen=True)
class TouchpointSpec:
    """A touchpoint; texts ``tp.<key>.name``, ``.does``, ``.need``, ``.tools``."""

    key: str
    stage: str
    channel: Channel
    owner: str = ""
    evidence: Evidence | None = None
    emotions: Mapping[str, EmotionPair] = field(default_factory=dict)
    metrics: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class FlowSpec:
    """A flow between touchpoint keys; ``label`` is a text key (``flow.<name>``) or empty."""

    source: str
    target: str | None
    kind: FlowKind = FlowKind.MAIN
    percent: float | None = None
    label: str = ""


@dataclass(frozen=True)
class NoteSpec:
    """A pain point or opportunity on a touchpoint or stage key; text ``note.<key>``."""

    key: str
    kind: AnnotationKind
    target: str
    severity: int = 3
    owner: str = ""
    evidence: Evidence | None = None
    votes: int = 0


@dataclass(frozen=True)
class ViewSpec:
    """A saved view; text ``view.<key>``; ``None`` on an axis shows everything."""

    key: str
    personas: tuple[str, ...] | None = None
    lanes: tuple[str, ...] | None = None
    stages: tuple[str, ...] | None = None


@dataclass(frozen=True)
class TemplateSpec:
    """Everything of a template except its words; texts add ``map.title`` and ``map.description``.

    Text-lane cells come from the optional keys ``cell.<lane key>.<stage key>``.
    """

    stages: tuple[StageSpec, ...]
    personas: tuple[PersonaSpec, ...]
    touchpoints: tuple[TouchpointSpec, ...] = ()
    flows: tuple[FlowSpec, ...] = ()
    notes: tuple[NoteSpec, ...] = ()
    views: tuple[ViewSpec, ...] = ()
    # text keys that are instructions, not content: they become placeholders (model hints)
    hints: tuple[str, ...] = ()


def touchpoint_maker(*personas: str) -> Callable[..., TouchpointSpec]:
    """A template's shorthand for touchpoints: one emotion pair (or None) per persona, in order."""

    def make(
        key: str,
        stage: str,
        channel: Channel,
        owner: str,
        evidence: Evidence,
        *emotions: EmotionPair | None,
        **metrics: float,
    ) -> TouchpointSpec:
        pairs = {p: e for p, e in zip(personas, emotions, strict=True) if e is not None}
        return TouchpointSpec(key, stage, channel, owner, evidence, pairs, metrics)

    return make
