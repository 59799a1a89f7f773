"""The insights panel: worst pains, lowest moments, dead ends, unreachable cards, funnel, gaps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..model import AnnotationKind, Event, JourneyMap, analysis, insights
from ..ui.edit_context import EditContext
from .following import MapFollower
from .funnel_chart import FunnelChart
from .text import tr

_ID = Qt.ItemDataRole.UserRole
MAX_ROWS = 10


def _number(value: float) -> str:
    text = f"{value:+g}" if value else "0"
    return text.replace("-", "−")


class InsightsPanel(QWidget, MapFollower):
    """Recomputed after every change of the map; activating an entry emits its entity id."""

    item_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: EditContext | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(tr("Insights"))
        self.funnel_title = QLabel(tr("Drop-off along the main path"), self)
        self.funnel = FunnelChart(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.funnel_title)
        layout.addWidget(self.funnel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.tree.itemClicked.connect(self._chosen)
        self.tree.itemActivated.connect(self._chosen)
        self.funnel.step_clicked.connect(self.item_chosen)
        self.refresh()

    def _on_event(self, _event: Event) -> None:
        self._timer.start()

    def _chosen(self, item: QTreeWidgetItem) -> None:
        entity_id = item.data(0, _ID)
        if entity_id:
            self.item_chosen.emit(str(entity_id))

    # ------------------------------------------------------------ content
    def refresh(self) -> None:
        self._timer.stop()
        collapsed = {top.text(0).split(" (")[0] for top in self._tops() if not top.isExpanded()}
        self.tree.clear()
        journey = self.context.journey if self.context is not None else None
        if journey is None:
            self.funnel.set_steps([])
            return
        self._pains(journey)
        self._lows(journey)
        self._ids(journey, tr("Dead ends"), analysis.dead_ends(journey))
        self._ids(journey, tr("Unreachable touchpoints"), analysis.unreachable(journey))
        self._gaps(journey)
        for top in self._tops():
            top.setExpanded(top.text(0).split(" (")[0] not in collapsed)
        steps = [
            (s.touchpoint_id, journey.touchpoint(s.touchpoint_id).name, s.remaining, s.lost_here)
            for s in insights.funnel(journey)
        ]
        has_drop = any(lost for *_rest, lost in steps)
        self.funnel.set_steps(steps if has_drop else [])
        self.funnel_title.setVisible(has_drop)
        self.funnel.setVisible(has_drop)

    def _section(self, title: str, count: int) -> QTreeWidgetItem:
        top = QTreeWidgetItem([f"{title} ({count})"])
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        self.tree.addTopLevelItem(top)
        if not count:
            QTreeWidgetItem(top, [tr("None")]).setDisabled(True)
        return top

    def _leaf(self, parent: QTreeWidgetItem, text: str, entity_id: str) -> None:
        leaf = QTreeWidgetItem(parent, [text])
        leaf.setData(0, _ID, entity_id)
        leaf.setToolTip(0, text)

    def _pains(self, journey: JourneyMap) -> None:
        notes = journey.annotations(kind=AnnotationKind.PAIN_POINT)
        # While a round's votes are hidden only the notes' own votes count (no hints).
        votes = {n.id: journey.shown_votes(n.id) for n in notes}
        notes.sort(key=lambda n: (-(n.severity * (1 + votes[n.id])), -n.severity))
        top = self._section(tr("Worst pain points"), len(notes[:MAX_ROWS]))
        for note in notes[:MAX_ROWS]:
            score = note.severity * (1 + votes[note.id])
            detail = tr("severity %1, %n vote(s)", votes[note.id]).replace("%1", str(note.severity))
            self._leaf(top, f"{score} · {note.text} ({detail})", note.id)

    def _lows(self, journey: JourneyMap) -> None:
        lows = analysis.lowest_moments(journey)
        count = sum(len(points) for points in lows.values())
        top = self._section(tr("Lowest moments"), count)
        for persona in journey.personas():
            for point in lows.get(persona.id, []):
                name = journey.touchpoint(point.touchpoint_id).name
                text = f"{persona.name}: {_number(point.value)} · {name}"
                self._leaf(top, text, point.touchpoint_id)

    def _ids(self, journey: JourneyMap, title: str, ids: list[str]) -> None:
        top = self._section(title, len(ids))
        for tp_id in ids[:MAX_ROWS]:
            tp = journey.touchpoint(tp_id)
            stage = journey.stage(tp.stage_id).name
            self._leaf(top, f"{tp.name} ({stage})", tp_id)

    def _gaps(self, journey: JourneyMap) -> None:
        gaps = insights.gaps(journey)[:MAX_ROWS]
        top = self._section(tr("Gap between as-is and to-be"), len(gaps))
        names = {p.id: p.name for p in journey.personas()}
        for gap in gaps:
            name = journey.touchpoint(gap.touchpoint_id).name
            change = f"{_number(gap.as_is)} → {_number(gap.to_be)} ({_number(gap.delta)})"
            self._leaf(
                top, f"{names.get(gap.persona_id, '')} · {name}: {change}", gap.touchpoint_id
            )

    def entries(self) -> list[tuple[str, str]]:
        """(text, entity id) of every leaf, for tests and accessibility checks."""
        found = []
        for top in self._tops():
            for j in range(top.childCount()):
                leaf = top.child(j)
                if leaf is not None:
                    found.append((leaf.text(0), str(leaf.data(0, _ID) or "")))
        return found

    def _tops(self) -> list[QTreeWidgetItem]:
        """The tree's groups (pain points, lowest moments, dead ends...)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]
