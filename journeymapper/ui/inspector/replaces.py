"""A to-be card's "Replaces": which as-is cards (of this map or of its snapshots) it stands for."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...commands.translate import translator
from ...io.errors import MapFileError
from ...io.snapshots import open_snapshot
from ...model import Touchpoint
from ..edit_context import EditContext

ID_ROLE = Qt.ItemDataRole.UserRole


_tr = translator("Replaces")


def candidates(context: EditContext, card: Touchpoint) -> list[tuple[str, str]]:
    """(id, "name — stage") of every card this one could replace: the map's other cards,
    then cards that exist only in its snapshots (removed since), newest snapshot first."""
    seen = {card.id}
    found: list[tuple[str, str]] = []
    journey = context.journey
    for tp in journey.touchpoints():
        if tp.id not in seen:
            seen.add(tp.id)
            found.append((tp.id, f"{tp.name} — {journey.stage(tp.stage_id).name}"))
    for snap in reversed(context.document.history.snapshots):
        if snap.problem:
            continue
        try:
            older = open_snapshot(snap, "")
        except MapFileError:
            continue
        where = _tr("snapshot “%1”").replace("%1", snap.label or snap.time[:10])
        for tp in older.touchpoints():
            if tp.id not in seen:
                seen.add(tp.id)
                found.append((tp.id, f"{tp.name} — {where}"))
    return found


class ReplacesDialog(QDialog):
    """A checklist of the cards the to-be card replaces."""

    def __init__(
        self, options: list[tuple[str, str]], chosen: tuple[str, ...], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Replaces"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("The as-is cards this to-be card replaces:"), self))
        self.list = QListWidget(self)
        for ident, text in options:
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, ident)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if ident in chosen else Qt.CheckState.Unchecked
            )
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, ...]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return tuple(
            str(item.data(ID_ROLE)) for item in items if item.checkState() == Qt.CheckState.Checked
        )


class ReplacesRow(QWidget):
    """The names of the replaced cards and a button to choose them (one undo step)."""

    def __init__(
        self, change: Callable[[tuple[str, ...]], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._change = change
        self.context: EditContext | None = None
        self.card: Touchpoint | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.names = QLabel(self)
        self.names.setWordWrap(True)
        self.button = QPushButton(_tr("Choose…"), self)
        self.button.clicked.connect(self.choose)
        row.addWidget(self.names, 1)
        row.addWidget(self.button)

    def show_card(self, context: EditContext, card: Touchpoint) -> None:
        self.context, self.card = context, card
        if not card.replaces:
            self.names.setText(_tr("nothing (a new card or an as-is card)"))
            return
        journey = context.journey
        names = [getattr(journey.find(i), "name", "") for i in card.replaces]
        known = [n for n in names if n]
        unknown = len(names) - len(known)
        text = ", ".join(known)
        if unknown:
            more = _tr("cards of earlier versions: %1").replace("%1", str(unknown))
            text = f"{text}, {more}" if text else more
        self.names.setText(text)

    def choose(self) -> bool:
        if self.context is None or self.card is None:
            return False
        dialog = ReplacesDialog(candidates(self.context, self.card), self.card.replaces, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._change(dialog.chosen())
        return True
