"""The dialog that starts a dot-voting round: who votes, how many dots (each, per item), on what."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..model import VotingRound
from ..model.voting import MAX_BUDGET
from .text import tr

TARGETS = ("pain_point", "opportunity", "touchpoint")


def target_label(target: str) -> str:
    labels = {
        "pain_point": tr("Pain points"),
        "opportunity": tr("Opportunities"),
        "touchpoint": tr("Touchpoints"),
    }
    return labels.get(target, target)


class StartVotingDialog(QDialog):
    """Participants one per line, dots each and per item, the kinds of items to vote on, hide
    until reveal."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Start a voting round"))
        self.names = QPlainTextEdit(self)
        self.names.setPlaceholderText(tr("One name per line"))
        self.names.setPlainText("\n".join(names))
        self.names.setTabChangesFocus(True)
        self.budget = QSpinBox(self)
        self.budget.setRange(1, MAX_BUDGET)
        self.budget.setValue(3)
        self.cap = QSpinBox(self)  # 0: no limit
        self.cap.setRange(0, self.budget.value())
        self.cap.setSpecialValueText(tr("no limit"))
        self.budget.valueChanged.connect(self.cap.setMaximum)  # a cap above the budget is none
        self.targets = {t: QCheckBox(target_label(t), self) for t in TARGETS}
        self.targets["pain_point"].setChecked(True)
        self.hidden = QCheckBox(tr("Hide the votes until they are revealed"), self)
        self.hidden.setChecked(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("&Participants:"), self.names)
        form.addRow(tr("&Dots each:"), self.budget)
        form.addRow(tr("Dots per &item at most:"), self.cap)
        targets = QVBoxLayout()
        for box in self.targets.values():
            targets.addWidget(box)
        form.addRow(tr("Vote on:"), targets)
        form.addRow("", self.hidden)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.names.textChanged.connect(self._check)
        for box in self.targets.values():
            box.toggled.connect(self._check)
        self._check()

    def participants(self) -> tuple[str, ...]:
        seen: list[str] = []
        for line in self.names.toPlainText().splitlines():
            name = line.strip()
            if name and name not in seen:
                seen.append(name)
        return tuple(seen)

    def chosen_targets(self) -> tuple[str, ...]:
        return tuple(t for t, box in self.targets.items() if box.isChecked())

    def _check(self) -> None:
        ok = bool(self.participants()) and bool(self.chosen_targets())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def voting_round(self) -> VotingRound:
        return VotingRound(
            participants=self.participants(),
            budget=self.budget.value(),
            targets=self.chosen_targets(),
            hidden=self.hidden.isChecked(),
            cap=self.cap.value() or None,
        )
