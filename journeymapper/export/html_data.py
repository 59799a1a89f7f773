"""What the interactive page knows about the map: only what the exported view shows.

Card details, stage list and emotion table are built from the layout's visible stages,
lanes, personas, cards and notes, so a view that hides something leaves no trace of it.
"""

from __future__ import annotations

import base64
import json
import mimetypes
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..io.safe_text import xml_text
from ..layout import MapLayout
from ..model import Annotation, AnnotationKind, JourneyMap, LaneKind, Number, Touchpoint
from ..words.labels import channel_names, metric_names
from .poster import PosterFrame

IMAGE_LIMIT = 2_000_000  # bytes; a bigger picture stays out of the page (a note says so)
IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}


def _number(value: Number | None) -> str:
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    return text.replace("-", "−")


def _note(journey: JourneyMap, note: Annotation, words: Mapping[str, str]) -> dict[str, Any]:
    return {
        "kind": "pain" if note.kind is AnnotationKind.PAIN_POINT else "opportunity",
        "text": note.text,
        "severity": note.severity,
        "votes": journey.shown_votes(note.id),
        "owner": note.owner,
        "evidence": words[note.evidence.value] if note.evidence else "",
    }


def image_data_url(source: str, notes: list[str]) -> str:
    """The picture at ``source`` as a data URL, or "" with a note when it cannot be inlined."""
    if not source:
        return ""
    path = Path(source).expanduser()
    kind = mimetypes.guess_type(path.name)[0]
    try:
        size = path.stat().st_size if path.is_file() else -1
    except OSError:
        size = -1
    if kind not in IMAGE_TYPES or size < 0 or size > IMAGE_LIMIT:
        notes.append(f"image {source!r} left out (not a readable PNG, JPEG, GIF or WebP ≤ 2 MB)")
        return ""
    try:
        data = path.read_bytes()
    except OSError as exc:
        notes.append(f"image {source!r} left out ({exc.strerror})")
        return ""
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


class PageData:
    """The visible part of ``journey`` under ``layout``, as page data and accessible names."""

    def __init__(
        self,
        journey: JourneyMap,
        layout: MapLayout,
        frame: PosterFrame,
        words: Mapping[str, str],
        colours: Mapping[str, str],
    ) -> None:
        self.journey, self.layout, self.frame, self.words = journey, layout, frame, words
        self.colours = colours
        self.notes: list[str] = []
        kinds = {lane.kind for lane in layout.lanes}
        self.show_metrics = LaneKind.METRICS in kinds
        self.persona_ids = layout.persona_ids if layout.emotion is not None else []
        self.stage_names = {sid: journey.stage(sid).name for sid in layout.stage_ids}

    def touchpoint(self, tp: Touchpoint) -> dict[str, Any]:
        journey, words = self.journey, self.words
        lang = journey.language.value
        metric_words = metric_names(lang)
        metrics = (
            [[metric_words.get(k, k), _number(v)] for k, v in tp.metrics.items()]
            if self.show_metrics
            else []
        )
        emotions = []
        for pid in self.persona_ids:
            feeling = tp.emotions.get(pid)
            if feeling is not None and (feeling.as_is is not None or feeling.to_be is not None):
                name = journey.persona(pid).name
                emotions.append([name, _number(feeling.as_is), _number(feeling.to_be)])
        shown = self.layout.annotation_cards
        return {
            "kind": "touchpoint",
            "name": tp.name,
            "stage": self.stage_names.get(tp.stage_id, ""),
            "stage_id": tp.stage_id,
            "channel": channel_names(lang)[tp.channel],
            "what": tp.description,
            "need": tp.need,
            "tools": tp.tools,
            "owner": tp.owner,
            "evidence": words[tp.evidence.value] if tp.evidence else "",
            "metrics": metrics,
            "emotions": emotions,
            "notes": [
                _note(journey, n, words)
                for n in sorted(journey.annotations(target=tp.id), key=lambda a: -a.severity)
                if n.id in shown
            ],
            "image": image_data_url(tp.image, self.notes),
        }

    def payload(self) -> dict[str, Any]:
        """Everything the page script needs: words, stages, personas, card and note details."""
        journey, layout = self.journey, self.layout
        cards: dict[str, Any] = {
            tp_id: self.touchpoint(journey.touchpoint(tp_id)) for tp_id in layout.cards
        }
        for note_id, box in layout.annotation_cards.items():
            note = journey.annotation(note_id)
            entry = _note(journey, note, self.words)
            target = journey.find(note.target)
            entry["stage"] = self.stage_names.get(box.stage_id, "")
            entry["stage_id"] = box.stage_id
            entry["target"] = (
                target.name
                if isinstance(target, Touchpoint) and (target.id in layout.cards)
                else ""
            )
            cards[note_id] = entry
        stages = []
        for header in layout.stage_headers:
            stage = journey.stage(header.stage_id)
            stages.append(
                {
                    "id": stage.id,
                    "name": stage.name,
                    "goal": stage.goal,
                    "description": stage.description,
                    "x": header.column.x,
                    "y": header.column.y + self.frame.map_y,
                    "w": header.column.w,
                    "h": header.column.h,
                }
            )
        return {
            "words": dict(self.words),
            "width": self.frame.width,
            "height": self.frame.height,
            "labels": {
                "x": layout.label_column.x,
                "w": layout.label_column.w,
                "top": layout.label_column.y + self.frame.map_y,
                "bottom": layout.label_column.bottom + self.frame.map_y,
            },
            "stages": stages,
            "personas": [
                {"id": pid, "name": journey.persona(pid).name} for pid in layout.persona_ids
            ],
            "cards": cards,
        }

    def aria_labels(self) -> dict[tuple[str, str], str]:
        """Accessible names of the focusable parts: full card texts, stage names."""
        journey, words = self.journey, self.words
        names: dict[tuple[str, str], str] = {}
        for tp_id, box in self.layout.cards.items():
            names[("card", tp_id)] = (
                f"{journey.touchpoint(tp_id).name} · {self.stage_names.get(box.stage_id, '')}"
            )
        for note_id in self.layout.annotation_cards:
            note = journey.annotation(note_id)
            kind = (
                words["pains"] if note.kind is AnnotationKind.PAIN_POINT else words["opportunities"]
            )
            names[("note", note_id)] = f"{kind}: {note.text}"
        for sid, name in self.stage_names.items():
            names[("stage", sid)] = name
        return names


def emotion_table(data: PageData) -> str:
    """An HTML table of the emotion values: a row per touchpoint, stage by stage, and columns
    per persona (as is, to be); empty when the view shows no emotion chart."""
    journey, layout, words = data.journey, data.layout, data.words
    if not data.persona_ids:
        return ""
    personas = [journey.persona(pid) for pid in data.persona_ids]
    head1 = "".join(f'<th scope="colgroup" colspan="2">{xml_text(p.name)}</th>' for p in personas)
    states = "".join(f'<th scope="col">{xml_text(words[k])}</th>' for k in ("as_is", "to_be"))
    head2 = states * len(personas)
    rows = []
    for sid in layout.stage_ids:
        tps = journey.touchpoints(sid)
        for index, tp in enumerate(tps, 1):
            name = tp.name if tp.id in layout.cards else f"#{index}"
            cells = []
            for p in personas:
                feeling = tp.emotions.get(p.id)
                cells.append(f"<td>{_number(feeling.as_is if feeling else None)}</td>")
                cells.append(f"<td>{_number(feeling.to_be if feeling else None)}</td>")
            stage = f'<th scope="row">{xml_text(data.stage_names[sid])}</th>'
            rows.append(f'<tr>{stage}<th scope="row">{xml_text(name)}</th>{"".join(cells)}</tr>')
    return (
        f'<table id="jm-table"><caption>{xml_text(words["table"])}</caption><thead>'
        f'<tr><th scope="col" rowspan="2">{xml_text(words["stage"])}</th>'
        f'<th scope="col" rowspan="2">{xml_text(words["touchpoint"])}</th>{head1}</tr>'
        f"<tr>{head2}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def script_json(value: object) -> str:
    """JSON safe inside a ``<script type="application/json">`` element: no ``<``, ``>``,
    ``&`` or line separators appear raw, so no text can close the element or start markup."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(raw, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
