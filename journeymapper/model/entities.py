"""Immutable value objects of a journey map; the map replaces them on every edit."""

from __future__ import annotations

from collections.abc import Mapping

from .enums import AnnotationKind, Channel, Evidence, FlowKind, LaneKind, Marker
from .record import field, record

# Numbers in a map are plain ints or floats (never bools).
Number = int | float


@record
class EmotionScale:
    """The integer range emotions are scored on, with optional labels per value."""

    minimum: int = -2
    maximum: int = 2
    labels: Mapping[int, str] = field(default_factory=dict)

    def contains(self, value: Number) -> bool:
        return self.minimum <= value <= self.maximum

    def values(self) -> range:
        return range(self.minimum, self.maximum + 1)

    def label(self, value: int) -> str:
        return self.labels.get(value, str(value))


@record
class Stage:
    """A column of the map: one phase of the customer's journey."""

    id: str
    name: str
    goal: str = ""
    description: str = ""
    colour: str = ""


@record
class Lane:
    """A row of the map; text lanes hold one cell of text per stage id."""

    id: str
    kind: LaneKind
    name: str
    hidden: bool = False
    cells: Mapping[str, str] = field(default_factory=dict)


@record
class Persona:
    """A customer type with its own emotion curve."""

    id: str
    name: str
    description: str = ""
    colour: str = "#1f77b4"
    marker: Marker = Marker.CIRCLE


@record
class Emotion:
    """A persona's feeling at a touchpoint: as it is today and, optionally, as it should be."""

    as_is: Number | None = None
    to_be: Number | None = None


@record
class Touchpoint:
    """A moment where the customer meets the service, inside one stage."""

    id: str
    stage_id: str
    name: str
    channel: Channel = Channel.OTHER
    physical: bool = False
    description: str = ""
    need: str = ""
    tools: str = ""
    owner: str = ""
    evidence: Evidence | None = None
    image: str = ""
    author: str = ""
    colour: str = ""
    room: bool = False
    emotions: Mapping[str, Emotion] = field(default_factory=dict)
    metrics: Mapping[str, Number] = field(default_factory=dict)
    notes: Mapping[str, str] = field(default_factory=dict)
    # To-be planning: the ids of the as-is cards this card replaces (mapped); may name cards
    # of an older version of the map, so they are not checked as references.
    replaces: tuple[str, ...] = ()


@record
class Flow:
    """A directed step from one touchpoint to another (an exit flow may have no target)."""

    id: str
    source: str
    target: str | None
    kind: FlowKind = FlowKind.MAIN
    label: str = ""
    percent: Number | None = None


@record
class Annotation:
    """A pain point or an opportunity attached to a touchpoint or a stage."""

    id: str
    kind: AnnotationKind
    target: str
    text: str
    severity: int = 3
    owner: str = ""
    evidence: Evidence | None = None
    votes: int = 0
    author: str = ""
    room: bool = False


@record
class SavedView:
    """A named filter for one audience; ``None`` means "show all" for that axis."""

    id: str
    name: str
    personas: tuple[str, ...] | None = None
    lanes: tuple[str, ...] | None = None
    stages: tuple[str, ...] | None = None


Entity = Stage | Lane | Persona | Touchpoint | Flow | Annotation | SavedView
