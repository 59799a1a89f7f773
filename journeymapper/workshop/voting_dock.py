"""The voting panel: the round's state, who votes now and their dots left, reveal, end, clear."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..commands.voting import ReviseVoting, SetVoting
from ..model import Event, MapAttributeChanged, MapReset, VotingRound
from ..model.voting import only_ballots_differ
from ..ui.coalesce import once_per_turn
from ..ui.edit_context import EditContext
from .following import MapFollower
from .participants import item_label, known_authors, participant_colour, ranking
from .text import tr
from .voting_dialog import StartVotingDialog, target_label


class VotingPanel(QWidget, MapFollower):
    """Shows the round and lets the facilitator run it; ``participant()`` is who clicks now."""

    participant_changed = Signal(str)
    item_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: EditContext | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.people = QListWidget(self)
        self.people.setAccessibleName(tr("Participants"))
        self.ranked_title = QLabel(tr("Ranking"), self)
        self.ranked = QListWidget(self)
        self.ranked.setAccessibleName(tr("Ranking"))
        self.ranked.setWordWrap(True)
        self.start = QPushButton(tr("&Start…"), self)
        self.reveal_button = QPushButton(tr("&Reveal"), self)
        self.end = QPushButton(tr("&End"), self)
        self.clear = QPushButton(tr("C&lear"), self)
        buttons = QHBoxLayout()
        for button in (self.start, self.reveal_button, self.end, self.clear):
            buttons.addWidget(button)
        hint = QLabel(
            tr(
                "Click a card to give it a dot; Shift+click or right-click takes it back. "
                "Alt+Left/Right or Alt+1…9 switch who is voting."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.people, 1)
        layout.addWidget(hint)
        layout.addWidget(self.ranked_title)
        layout.addWidget(self.ranked, 2)
        self.start.clicked.connect(self.start_round)
        self.reveal_button.clicked.connect(self.reveal)
        self.end.clicked.connect(self.end_round)
        self.clear.clicked.connect(self.clear_round)
        self.people.currentRowChanged.connect(self._person_chosen)
        self.ranked.itemActivated.connect(self._ranked_chosen)
        self.ranked.itemClicked.connect(self._ranked_chosen)
        self._counts_soon = once_per_turn(self, self._refresh_counts)
        self._refresh_soon = once_per_turn(self, self.refresh)
        self.refresh()

    # ------------------------------------------------------------- context
    def _on_event(self, event: Event) -> None:
        if isinstance(event, MapReset):
            self.refresh()
        elif isinstance(event, MapAttributeChanged) and event.name == "voting":
            if only_ballots_differ(event.old, event.new):
                self._counts_soon()  # a crowd voting: the counts, once per turn of the loop
            elif only_ballots_differ(event.old, event.new, joined=True):
                self._refresh_soon()  # phones joining the round: the list, once per turn
            else:
                self.refresh()

    def round(self) -> VotingRound | None:
        return self.context.journey.voting if self.context is not None else None

    # ------------------------------------------------------------ commands
    def start_round(self) -> bool:
        if self.context is None:
            return False
        dialog = StartVotingDialog(known_authors(self.context.journey), self.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.begin(dialog.voting_round())

    def begin(self, vote: VotingRound) -> bool:
        """Start ``vote`` as one undoable step (it replaces a previous round)."""
        if self.context is None:
            return False
        done = self.context.push(SetVoting(self.context.journey, vote))
        if done and vote.participants:
            self.people.setCurrentRow(0)
        return done

    def _revise(self, **changes: bool) -> bool:
        if self.context is None or self.context.journey.voting is None:
            return False
        return self.context.push(ReviseVoting(self.context.journey, dict(changes)))

    def reveal(self) -> bool:
        return self._revise(hidden=False)

    def end_round(self) -> bool:
        return self._revise(active=False)

    def clear_round(self) -> bool:
        if self.context is None or self.context.journey.voting is None:
            return False
        return self.context.push(SetVoting(self.context.journey, None))

    # ---------------------------------------------------------- participant
    def participant(self) -> str | None:
        vote = self.round()
        row = self.people.currentRow()
        if vote is None or not (0 <= row < len(vote.participants)):
            return None
        return vote.participants[row]

    def choose(self, index: int) -> None:
        vote = self.round()
        if vote is not None and 0 <= index < len(vote.participants):
            self.people.setCurrentRow(index)

    def step(self, delta: int) -> None:
        """The next (+1) or previous (-1) participant, wrapping around."""
        vote = self.round()
        if vote is None or not vote.participants:
            return
        count = len(vote.participants)
        self.people.setCurrentRow((max(self.people.currentRow(), 0) + delta) % count)

    def _person_chosen(self, row: int) -> None:
        who = self.participant()
        if who is not None:
            self.participant_changed.emit(who)

    # ------------------------------------------------------------- display
    def refresh(self) -> None:
        vote = self.round()
        has = vote is not None
        self.reveal_button.setEnabled(has and vote is not None and vote.hidden)
        self.end.setEnabled(has and vote is not None and vote.active)
        self.clear.setEnabled(has)
        self._fill_people(vote)
        self._fill_ranking(vote)
        if vote is None:
            self.state.setText(tr("No voting round. Start one to let the room vote with dots."))
            return
        targets = ", ".join(target_label(t) for t in vote.targets)
        parts = [tr("Voting on: %1").replace("%1", targets), tr("%n dot(s) each", vote.budget)]
        parts.append(tr("votes hidden") if vote.hidden else tr("votes shown"))
        if not vote.active:
            parts.append(tr("round ended"))
        self.state.setText(" · ".join(parts))

    def _refresh_counts(self) -> None:
        """Only the dots changed: each person's dots left and the ranking, in place."""
        vote = self.round()
        if vote is None or self.people.count() != len(vote.participants):
            self.refresh()
            return
        for index, name in enumerate(vote.participants):
            item = self.people.item(index)
            text = self._person_text(vote, index, name)
            if item.text() != text:
                item.setText(text)
        self._fill_ranking(vote)

    @staticmethod
    def _person_text(vote: VotingRound, index: int, name: str) -> str:
        left = tr("%n dot(s) left", vote.remaining(name))
        key = f"Alt+{index + 1}  " if index < 9 else ""
        return f"{key}{name} — {left}"

    def _fill_people(self, vote: VotingRound | None) -> None:
        row = self.people.currentRow()
        self.people.blockSignals(True)
        self.people.clear()
        names = list(vote.participants) if vote is not None else []
        for index, name in enumerate(names):
            assert vote is not None
            item = QListWidgetItem(self._person_text(vote, index, name))
            item.setForeground(Qt.GlobalColor.black)
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(participant_colour(names, name)))
            self.people.addItem(item)
        if names:
            self.people.setCurrentRow(min(max(row, 0), len(names) - 1))
        self.people.blockSignals(False)

    def _fill_ranking(self, vote: VotingRound | None) -> None:
        self.ranked.clear()
        shown = vote is not None and not vote.hidden
        self.ranked_title.setVisible(shown)
        self.ranked.setVisible(shown)
        if vote is None or vote.hidden or self.context is None:
            return
        journey = self.context.journey
        for entry in ranking(journey, vote):
            dots = tr("%n dot(s)", entry.dots)
            text = f"{entry.place}. {item_label(journey, entry.item_id)} — {dots}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.item_id)
            self.ranked.addItem(item)

    def ranked_ids(self) -> list[str]:
        return [
            str(self.ranked.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.ranked.count())
        ]

    def _ranked_chosen(self, item: QListWidgetItem) -> None:
        self.item_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
