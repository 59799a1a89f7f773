"""Colours, font sizes, line widths and spacing for the light, print and projector themes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from ..model import Channel, FlowKind, Persona

THEMES = ("light", "print", "projector")

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
OKABE_ITO = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000")
GREYS = ("#000000", "#555555", "#333333", "#777777", "#222222", "#666666")
# What a compare marks: the picture's outlines and the deck's "What changed" slide.
CHANGE_COLOURS = {
    "added": "#1e8e3e", "removed": "#c5221f", "changed": "#e37400", "moved": "#1a73e8",
}  # fmt: skip

_CHANNELS: dict[Channel, str] = {
    Channel.WEB: "#0072b2",
    Channel.APP: "#56b4e9",
    Channel.EMAIL: "#cc79a7",
    Channel.PHONE: "#009e73",
    Channel.STORE: "#d55e00",
    Channel.COURIER: "#e69f00",
    Channel.SOCIAL: "#7b5cc4",
    Channel.AD: "#b8860b",
    Channel.CHAT: "#2a9d8f",
    Channel.OTHER: "#7f7f7f",
}
_FLOWS: dict[FlowKind, str] = {
    FlowKind.MAIN: "#34495e",
    FlowKind.ALTERNATE: "#0072b2",
    FlowKind.SHORTCUT: "#009e73",
    FlowKind.BACK: "#e69f00",
    FlowKind.EXIT: "#d55e00",
}
# Dash pattern (on, off) per flow kind; empty = solid. Tells kinds apart without colour.
_DASHES: dict[FlowKind, tuple[float, ...]] = {
    FlowKind.MAIN: (),
    FlowKind.ALTERNATE: (6.0, 3.0),
    FlowKind.SHORTCUT: (2.0, 2.0),
    FlowKind.BACK: (8.0, 3.0, 2.0, 3.0),
    FlowKind.EXIT: (3.0, 3.0),
}


@dataclass(frozen=True)
class Theme:
    """Everything a renderer needs besides the geometry; colours are ``#rrggbb``."""

    name: str
    background: str = "#ffffff"
    ink: str = "#1d2430"
    muted_ink: str = "#5b6573"
    rule: str = "#d5dae1"
    header_fill: str = "#1f3a5f"
    header_ink: str = "#ffffff"
    label_fill: str = "#eef1f5"
    row_fill: str = "#fafbfc"
    row_alt_fill: str = "#f3f5f8"
    card_fill: str = "#ffffff"
    card_border: str = "#b9c2ce"
    pain_fill: str = "#fde8e4"
    pain_border: str = "#d55e00"
    opportunity_fill: str = "#e3f4ec"
    opportunity_border: str = "#009e73"
    grid: str = "#d9dee5"
    zero_line: str = "#9aa4b1"
    crowd_ink: str = "#3d4656"  # the room's crowd curve (mean) and its label
    crowd_band: str = "#d2d9e6"  # the spread of the room's answers
    channel_colours: Mapping[Channel, str] = field(default_factory=lambda: dict(_CHANNELS))
    flow_colours: Mapping[FlowKind, str] = field(default_factory=lambda: dict(_FLOWS))
    flow_dashes: Mapping[FlowKind, tuple[float, ...]] = field(default_factory=lambda: dict(_DASHES))
    persona_palette: tuple[str, ...] = OKABE_ITO
    use_persona_colours: bool = True
    # font sizes in points
    title_size: float = 20.0
    header_size: float = 11.0
    label_size: float = 10.0
    card_title_size: float = 9.5
    card_body_size: float = 8.0
    meta_size: float = 7.0
    cell_size: float = 8.5
    small_size: float = 7.0
    # line widths in points
    border_width: float = 0.8
    curve_width: float = 2.0
    arrow_width: float = 1.2
    grid_width: float = 0.5
    marker_size: float = 4.5
    # spacing in points
    margin: float = 24.0
    label_width: float = 130.0
    card_width: float = 168.0
    card_gap: float = 26.0
    row_gap: float = 14.0
    padding: float = 8.0
    corner: float = 4.0
    card_tint: float = 0.09  # how much of its strip colour a touchpoint card's fill takes

    def persona_colour(self, persona: Persona, index: int) -> str:
        """The persona's own colour, or a palette colour when the theme overrides it."""
        if self.use_persona_colours and persona.colour:
            return persona.colour
        return self.persona_palette[index % len(self.persona_palette)]

    def channel_colour(self, channel: Channel) -> str:
        return self.channel_colours.get(channel, "#7f7f7f")


_LIGHT = Theme("light")
_PRINT = replace(
    _LIGHT,
    name="print",
    ink="#000000",
    muted_ink="#333333",
    rule="#999999",
    header_fill="#e6e6e6",
    header_ink="#000000",
    label_fill="#f0f0f0",
    row_fill="#ffffff",
    row_alt_fill="#ffffff",
    card_border="#555555",
    pain_fill="#ffffff",
    pain_border="#000000",
    opportunity_fill="#ffffff",
    opportunity_border="#555555",
    grid="#bbbbbb",
    zero_line="#555555",
    channel_colours=dict.fromkeys(Channel, "#444444"),
    flow_colours=dict.fromkeys(FlowKind, "#222222"),
    persona_palette=GREYS,
    use_persona_colours=False,
    card_tint=0.0,
)
_PROJECTOR = replace(
    _LIGHT,
    name="projector",
    ink="#000000",
    muted_ink="#222222",
    rule="#666666",
    header_fill="#000000",
    label_fill="#e0e0e0",
    card_border="#333333",
    grid="#999999",
    zero_line="#333333",
    title_size=28.0,
    header_size=16.0,
    label_size=14.0,
    card_title_size=14.0,
    card_body_size=11.5,
    meta_size=10.0,
    cell_size=12.0,
    small_size=10.0,
    border_width=1.5,
    curve_width=3.5,
    arrow_width=2.0,
    grid_width=0.8,
    marker_size=7.0,
    label_width=170.0,
    card_width=230.0,
    card_gap=32.0,
    row_gap=18.0,
    padding=10.0,
)
_THEMES = {"light": _LIGHT, "print": _PRINT, "projector": _PROJECTOR}


def get_theme(name: str) -> Theme:
    """The theme called ``name`` (light, print or projector); ValueError otherwise."""
    try:
        return _THEMES[name]
    except KeyError:
        raise ValueError(f"unknown theme {name!r}; choose one of {', '.join(THEMES)}") from None
