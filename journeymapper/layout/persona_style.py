"""How each persona's curve looks: colour, marker shape and dash, distinct for up to 12 personas."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Marker, Persona
from .theme import Theme

MARKERS = tuple(Marker)
# As-is line dash per group of six personas: grey-scale print tells persona 1 from 7 by the dash.
AS_IS_DASHES: tuple[tuple[float, ...], ...] = ((), (9.0, 3.5), (3.0, 2.0, 9.0, 2.0))
TO_BE_DASH: tuple[float, ...] = (1.5, 3.0)


@dataclass(frozen=True)
class PersonaStyle:
    """Colour, marker and as-is dash of one persona's curve (to-be: dotted, hollow markers)."""

    colour: str
    marker: Marker
    dash: tuple[float, ...]


def persona_styles(personas: Sequence[Persona], theme: Theme) -> dict[str, PersonaStyle]:
    """A style per persona in map order; markers and dashes never repeat within twelve.

    The persona's own marker is kept while the markers are all different; otherwise markers
    go by position (circle, square, triangle, diamond, star, cross) and every further six
    personas get the next dash pattern, so each pair (marker, dash) is unique.
    """
    own = [p.marker for p in personas]
    distinct = len(set(own)) == len(own)
    styles = {}
    for index, persona in enumerate(personas):
        marker = persona.marker if distinct else MARKERS[index % len(MARKERS)]
        dash = AS_IS_DASHES[(index // len(MARKERS)) % len(AS_IS_DASHES)]
        styles[persona.id] = PersonaStyle(theme.persona_colour(persona, index), marker, dash)
    return styles
