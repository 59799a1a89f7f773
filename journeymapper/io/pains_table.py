"""Reading the pains table (CSV ``--table pains`` or the workbook's second sheet) and metrics.

A pains row names its stage, optionally its touchpoint, the kind (pain point or opportunity,
in any of our languages), the text, and optionally severity 1–5, votes, owner and evidence.
Stages and touchpoints are matched by name and made when missing. Errors name the row and
column.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..model import AnnotationKind, JourneyMap, ModelError
from ..words.fields import FIELD_LABELS, evidence_of
from ..words.labels import METRIC_NAMES
from .errors import MapFileError
from .import_common import guess_language, new_import_map, parse_number
from .table_rows import TableRow

_KINDS = {
    label.casefold(): AnnotationKind(key)
    for table in FIELD_LABELS.values()
    for key, label in table.items()
    if key in ("pain_point", "opportunity")
} | {"pain_point": AnnotationKind.PAIN_POINT, "opportunity": AnnotationKind.OPPORTUNITY}
_METRICS = {name.casefold(): key for table in METRIC_NAMES.values() for key, name in table.items()}


def is_pains_table(rows: Sequence[TableRow]) -> bool:
    return any("kind" in row.details and "text" in row.details for row in rows)


class _Places:
    """Stages and touchpoints by name, made on first use."""

    def __init__(self, journey: JourneyMap) -> None:
        self.journey = journey
        self.stages = {s.name: s.id for s in reversed(journey.stages())}
        self.cards = {(t.stage_id, t.name): t.id for t in reversed(journey.touchpoints())}

    def target(self, stage: str, touchpoint: str) -> str:
        if stage not in self.stages:
            self.stages[stage] = self.journey.add_stage(stage).id
        stage_id = self.stages[stage]
        if not touchpoint:
            return stage_id
        key = (stage_id, touchpoint)
        if key not in self.cards:
            self.cards[key] = self.journey.add_touchpoint(stage_id, touchpoint).id
        return self.cards[key]


def _integer(row: TableRow, column: str, low: int, high: int, default: int, source: str) -> int:
    text = row.details.get(column, "")
    if not text:
        return default
    value = parse_number(text, decimal_comma=True)
    if value is None or value != int(value) or not low <= value <= high:
        where = f"row {row.number}, column {column}"
        raise MapFileError(source, f"{text[:20]!r} is not a whole number {low}..{high}", where)
    return int(value)


def add_pains(journey: JourneyMap, rows: Sequence[TableRow], source: str) -> None:
    """The pains table's rows as annotations on ``journey``."""
    places = _Places(journey)
    stage = ""
    for row in rows:
        stage = row.stage or stage

        def fail(column: str, message: str, number: int = row.number) -> MapFileError:
            return MapFileError(source, message, f"row {number}, column {column}")

        kind_text = row.details.get("kind", "")
        kind = _KINDS.get(kind_text.strip().casefold())
        if kind is None:
            raise fail("kind", f"{kind_text[:40]!r} is not a pain point or an opportunity")
        if not stage:
            raise fail("stage", "a pain point or opportunity needs a stage")
        evidence_text = row.details.get("evidence", "")
        evidence = evidence_of(evidence_text) if evidence_text else None
        if evidence_text and evidence is None:
            raise fail("evidence", f"{evidence_text[:40]!r} is not an evidence")
        try:
            journey.add_annotation(
                kind,
                places.target(stage, row.touchpoint),
                row.details.get("text", ""),
                severity=_integer(row, "severity", 1, 5, 3, source),
                votes=_integer(row, "votes", 0, 1_000_000, 0, source),
                owner=row.details.get("owner", ""),
                evidence=evidence,
            )
        except ModelError as exc:
            raise fail("text", str(exc)) from None


def build_pains_map(rows: Sequence[TableRow], source: str, title: str) -> JourneyMap:
    """A map from a pains table alone: its stages, touchpoints (chained) and annotations."""
    sample = " ".join(f"{r.stage} {r.touchpoint} {r.details.get('text', '')}" for r in rows[:2000])
    journey = new_import_map(title or Path(source).stem, guess_language(sample))
    add_pains(journey, rows, source)
    order = journey.touchpoints()
    for before, after in zip(order, order[1:], strict=False):
        journey.add_flow(before.id, after.id, "main")
    return journey


def add_metrics(
    journey: JourneyMap, header: list[str], cells: Sequence[tuple[int, list[str]]], source: str
) -> None:
    """The Metrics sheet (stage, touchpoint, a column per metric) onto ``journey``'s cards."""
    columns = {
        i: _METRICS[name.strip().casefold()]
        for i, name in enumerate(header)
        if i >= 2 and name.strip().casefold() in _METRICS
    }
    places = _Places(journey)
    for number, row in cells:
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            continue
        tp_id = places.target(row[0].strip(), row[1].strip())
        for index, key in columns.items():
            text = row[index].strip() if index < len(row) else ""
            if not text:
                continue
            value = parse_number(text, decimal_comma=True)
            where = f"row {number}, column {header[index]}"
            if value is None:
                raise MapFileError(source, f"{text[:20]!r} is not a number", where)
            try:
                journey.set_metric(tp_id, key, value)
            except ModelError as exc:
                raise MapFileError(source, str(exc), where) from None
