"""The pure-Python domain model of a journey map (no Qt, networkx kept inside)."""

from .entities import (
    Annotation,
    Emotion,
    EmotionScale,
    Entity,
    Flow,
    Lane,
    Number,
    Persona,
    SavedView,
    Stage,
    Touchpoint,
)
from .enums import (
    AnnotationKind,
    Channel,
    EntityKind,
    Evidence,
    FlowKind,
    LaneKind,
    Language,
    Marker,
    Metric,
)
from .errors import LockedError, ModelError
from .events import (
    AttributeChanged,
    EntityAdded,
    EntityMoved,
    EntityRemoved,
    Event,
    MapAttributeChanged,
    MapReset,
)
from .ids import IdGenerator, seeded_uuid_ids, sequential_ids, uuid_ids
from .journey_map import JourneyMap
from .removal import Patch, Removal
from .voting import VotingRound

__all__ = [
    "Annotation",
    "AnnotationKind",
    "AttributeChanged",
    "Channel",
    "Emotion",
    "EmotionScale",
    "Entity",
    "EntityAdded",
    "EntityKind",
    "EntityMoved",
    "EntityRemoved",
    "Event",
    "Evidence",
    "Flow",
    "FlowKind",
    "IdGenerator",
    "JourneyMap",
    "Lane",
    "LaneKind",
    "Language",
    "MapAttributeChanged",
    "MapReset",
    "Marker",
    "Metric",
    "LockedError",
    "ModelError",
    "Number",
    "Patch",
    "Persona",
    "Removal",
    "SavedView",
    "Stage",
    "Touchpoint",
    "seeded_uuid_ids",
    "sequential_ids",
    "uuid_ids",
    "VotingRound",
]
