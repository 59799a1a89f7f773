"""What a deck is laid out for: page size, theme, words, type sizes derived from the floor."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..geometry import Rect
from ..options import LayoutOptions
from ..theme import Theme

if TYPE_CHECKING:
    from .changes import ChangeList

SLIDE_W, SLIDE_H = 960.0, 540.0
FOOTER_SIZE = 10.0
TIMER_W = 110.0  # the live presentation's timer, right of the title
BADGE_W = 96.0  # the page badge, right of the footer


def type_floor(theme: Theme) -> float:
    """The smallest type on a slide: 12 pt, 16 pt for the projector."""
    return 16.0 if theme.name == "projector" else 12.0


@dataclass(frozen=True)
class TypeScale:
    """The deck's type sizes in points; nothing but the footer is below ``small``."""

    small: float
    body: float
    card: float
    heading: float
    title: float
    cover: float

    @classmethod
    def from_floor(cls, floor: float) -> TypeScale:
        return cls(floor, floor + 1, floor + 2, floor + 4, floor + 10, floor + 22)


@dataclass(frozen=True)
class SlideSpec:
    """Everything the slide layout needs besides the map.

    ``options`` carries the saved view and persona choice; ``words`` the deck's own words
    in the map's language (``words.labels.labels_for`` and friends); ``story`` adds a slide
    per lowest moment; ``changes`` a slide of what changed since a snapshot.
    """

    options: LayoutOptions
    theme: Theme
    words: Mapping[str, str]
    flow_names: Mapping[str, str]
    metric_names: Mapping[str, str]
    channel_names: Mapping[str, str]
    page: tuple[float, float] = (SLIDE_W, SLIDE_H)
    story: bool = False
    changes: ChangeList | None = None  # a "What changed since …" slide after the overview

    @functools.cached_property
    def sizes(self) -> TypeScale:
        return TypeScale.from_floor(type_floor(self.theme))

    @property
    def margin(self) -> float:
        return 40.0 * self.page[0] / SLIDE_W

    @property
    def screen(self) -> bool:
        """Projector slides are also the presentation's screens: every text at the floor (the
        footer too), a page badge, and a place kept free for the live timer."""
        return self.theme.name == "projector"

    @property
    def footer_size(self) -> float:
        return self.sizes.small if self.screen else FOOTER_SIZE

    @property
    def timer_place(self) -> Rect | None:
        """Where the presentation shows its timer: right of the title, never over content."""
        if not self.screen:
            return None
        return Rect(
            self.page[0] - self.margin - TIMER_W, self.margin - 14, TIMER_W, self.sizes.title * 1.2
        )

    @property
    def badge_place(self) -> Rect | None:
        """Where the page number stands: right of the footer, under the content."""
        if not self.screen:
            return None
        w, h = self.page
        return Rect(w - self.margin - BADGE_W, h - 30, BADGE_W, 28)

    @property
    def content(self) -> Rect:
        """The area under the title and above the footer."""
        w, h = self.page
        top = self.margin + self.sizes.title * 1.2 + 18
        return Rect(self.margin, top, w - 2 * self.margin, h - top - 34)
