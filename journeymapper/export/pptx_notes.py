"""Speaker notes of the PowerPoint deck: full card details per stage slide, the full ranking.

Only what the exported view shows (``shown_in_view``: the stages, lanes and personas left
by hidden lanes, ``--view`` and ``--persona``) decides which touchpoints, annotations and
personas' emotions appear, by the rules the deck and the map layout draw them by.
"""

from __future__ import annotations

from ..io.import_common import format_number
from ..layout.options import LayoutOptions, Shown, shown, visible
from ..layout.slides import SlidePage
from ..model import Annotation, AnnotationKind, EntityKind, JourneyMap, Touchpoint
from ..model.analysis import ranked_annotations
from ..words.fields import evidence_labels, field_labels
from ..words.labels import channel_names, labels_for, metric_names


def shown_in_view(journey: JourneyMap, options: LayoutOptions) -> Shown:
    """What the exported view shows (``layout.options.shown``)."""
    return shown(journey, visible(journey, options))


def _annotation(journey: JourneyMap, note: Annotation) -> str:
    words, fields = labels_for(journey.language.value), field_labels(journey.language.value)
    kind = fields["pain_point" if note.kind is AnnotationKind.PAIN_POINT else "opportunity"]
    facts = [f"{words['severity']} {note.severity}/5"]
    votes = journey.shown_votes(note.id)
    if votes:
        facts.append(f"{words['votes']} {votes}")
    if note.owner:
        facts.append(f"{fields['owner']}: {note.owner}")
    if note.evidence is not None:
        evidence = evidence_labels(journey.language.value)[note.evidence]
        facts.append(f"{fields['evidence']}: {evidence}")
    return f"{kind} ({', '.join(facts)}): {note.text}"


def _touchpoint(journey: JourneyMap, tp: Touchpoint, shown: Shown) -> list[str]:
    language = journey.language.value
    fields = field_labels(language)
    channel = channel_names(language).get(tp.channel, tp.channel.value)
    lines = [f"{tp.name} ({channel})"]
    details = (
        ("description", tp.description),
        ("need", tp.need),
        ("tools", tp.tools),
        ("owner", tp.owner),
        ("evidence", evidence_labels(language)[tp.evidence] if tp.evidence else ""),
    )
    lines += [f"{fields[key]}: {text}" for key, text in details if text]
    if tp.metrics:
        names = metric_names(language)
        values = ", ".join(
            f"{names.get(key, key)} {format_number(value)}" for key, value in tp.metrics.items()
        )
        lines.append(f"{fields['metrics']}: {values}")
    words = labels_for(language)
    scale = journey.emotion_scale
    for persona_id in shown.persona_ids:
        emotion = tp.emotions.get(persona_id)
        if emotion is None or (emotion.as_is is None and emotion.to_be is None):
            continue
        parts = [
            f"{words[word]} {scale.label(round(value))} ({format_number(value)})"
            for word, value in (("as_is", emotion.as_is), ("to_be", emotion.to_be))
            if value is not None
        ]
        name = journey.persona(persona_id).name
        lines.append(f"{fields['emotion']} · {name}: {'; '.join(parts)}")
    return lines


def stage_notes(journey: JourneyMap, shown: Shown, stage_ids: tuple[str, ...]) -> str:
    """Every shown card of ``stage_ids`` with all its details and its shown annotations."""
    shown_notes = shown.note_ids
    blocks: list[str] = []
    for stage_id in stage_ids:
        stage = journey.stage(stage_id)
        head = [stage.name] + [text for text in (stage.goal, stage.description) if text]
        stage_level = [
            _annotation(journey, note)
            for note in journey.annotations(stage_id)
            if note.id in shown_notes
        ]
        blocks.append("\n".join(head + stage_level))
        for tp in shown.cards.get(stage_id, ()):
            lines = _touchpoint(journey, tp, shown)
            lines += [
                _annotation(journey, note)
                for note in journey.annotations(tp.id)
                if note.id in shown_notes
            ]
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def ranking_notes(journey: JourneyMap, shown: Shown) -> str:
    """Every pain point and opportunity the ranking slide draws from, in full, worst first."""
    blocks = []
    for kind, key in (
        (AnnotationKind.PAIN_POINT, "pain_points"),
        (AnnotationKind.OPPORTUNITY, "opportunities"),
    ):
        lines = [labels_for(journey.language.value)[key]]
        for note in ranked_annotations(journey, kind):
            if note.id not in shown.note_ids:
                continue
            if journey.kind_of(note.target) is EntityKind.TOUCHPOINT:
                tp = journey.touchpoint(note.target)
                where = f"{journey.stage(tp.stage_id).name} › {tp.name}"
            else:
                where = journey.stage(note.target).name
            lines.append(f"{where} — {_annotation(journey, note)}")
        if len(lines) > 1:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def slide_notes(journey: JourneyMap, shown: Shown, page: SlidePage) -> str:
    """The speaker notes of ``page`` (``shown``: what the view shows of the whole map)."""
    if page.kind == "stage":
        return stage_notes(journey, shown, page.stage_ids)
    if page.kind == "ranking":
        return ranking_notes(journey, shown)
    if page.kind == "persona" and page.persona_id is not None:
        return journey.persona(page.persona_id).description
    return page.notes
