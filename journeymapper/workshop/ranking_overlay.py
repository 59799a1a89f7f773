"""The revealed ranking in large type, beside the presented map, for the whole room to read."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..model import Event, JourneyMap, MapAttributeChanged, MapReset
from .participants import item_label, ranking
from .text import tr

MAX_ITEMS = 7


class RankingOverlay(QLabel):
    """Top items of the revealed round, most dots first; hidden while votes are hidden."""

    def __init__(self, journey: JourneyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.wanted = False
        self.setObjectName("ranking_overlay")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setStyleSheet(
            "QLabel#ranking_overlay { background:#ffffff; color:#000000; font-size:26pt;"
            " border:none; border-left:4px solid #000000; padding:16px 24px; }"
        )
        self._unsubscribe: Callable[[], None] = journey.subscribe(self._on_event)
        self.refresh()

    def detach(self) -> None:
        self._unsubscribe()

    def available(self) -> bool:
        vote = self.journey.voting
        return vote is not None and not vote.hidden and bool(vote.totals())

    def toggle(self) -> None:
        self.wanted = not self.wanted
        self.refresh()

    def _on_event(self, event: Event) -> None:
        if isinstance(event, MapReset | MapAttributeChanged):
            was_hidden = (
                isinstance(event, MapAttributeChanged)
                and event.name == "voting"
                and event.old is not None
                and event.old.hidden
            )
            if was_hidden and self.available():
                self.wanted = True  # the reveal itself brings the ranking up
            self.refresh()

    def refresh(self) -> None:
        vote = self.journey.voting
        if not (self.wanted and self.available()) or vote is None:
            self.hide()
            return
        rows = []
        for entry in ranking(self.journey, vote)[:MAX_ITEMS]:
            dots = f"{entry.dots}&nbsp;●"  # a number and a dot read from the back row
            label = escape(item_label(self.journey, entry.item_id))
            rows.append(
                f"<tr><td align='right'><b>{entry.place}.</b>&nbsp;</td><td>{label}</td>"
                f"<td align='right' style='color:#b00020'>&nbsp;&nbsp;<b>{dots}</b></td></tr>"
            )
        title = escape(tr("Votes"))
        self.setText(f"<p><b>{title}</b></p><table cellspacing='6'>{''.join(rows)}</table>")
        self.show()
        self.raise_()
