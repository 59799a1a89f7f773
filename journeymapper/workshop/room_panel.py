"""Workshop ▸ Room: open or close the room, phase, open stages, moderation, lock, QR code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..commands import RemoveEntities
from ..commands.crowd import ClearCrowd
from ..commands.error_text import translated
from ..io.messages import os_reason
from ..room.addresses import DEFAULT_PORT, local_addresses
from .room_link import RoomLink
from .room_qr import RoomProjector, spaced_code
from .text import tr

PHASES = ("notes", "vote", "rate", "all", "closed")


def phase_label(phase: str) -> str:
    return {
        "notes": tr("Collect notes"),
        "vote": tr("Vote"),
        "rate": tr("Rate the stages"),
        "all": tr("Everything at once"),
        "closed": tr("Paused"),
    }[phase]


class RoomPanel(QScrollArea):
    """The facilitator's controls; the phones never see any of them."""

    def __init__(self, link: RoomLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.projector: RoomProjector | None = None
        self._filling = False
        body = QWidget(self)
        self.setWidget(body)
        self.setWidgetResizable(True)
        layout = QVBoxLayout(body)
        layout.addWidget(self._connection_box(body))
        layout.addWidget(self._rules_box(body))
        layout.addWidget(self._moderation_box(body))
        layout.addStretch(1)
        link.changed.connect(self.refresh)
        link.refused.connect(self._refused)
        self.refresh()

    # ---------------------------------------------------------------- build
    def _connection_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(tr("Room"), parent)
        self.address = QComboBox(box)
        self.address.setAccessibleName(tr("Address"))
        self.address.addItems(local_addresses())
        self.port = QSpinBox(box)
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.open_button = QPushButton(box)
        self.qr_button = QPushButton(tr("Show &QR Code"), box)
        self.state = QLabel(box)
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lock = QCheckBox(tr("&Lock the room to new people"), box)
        form = QFormLayout(box)
        where = QHBoxLayout()
        where.addWidget(self.address, 1)
        where.addWidget(self.port)
        form.addRow(tr("Address:"), where)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.qr_button)
        form.addRow(buttons)
        form.addRow(self.state)
        form.addRow(self.lock)
        self.open_button.clicked.connect(self.toggle_open)
        self.qr_button.clicked.connect(self.show_projector)
        self.lock.toggled.connect(lambda on: self._configure(locked=on))
        return box

    def _rules_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(tr("What people can do"), parent)
        self.phase = QComboBox(box)
        for phase in PHASES:
            self.phase.addItem(phase_label(phase), phase)
        self.stages = QListWidget(box)
        self.stages.setAccessibleName(tr("Open stages"))
        self.stages.setMaximumHeight(140)
        self.kinds = QCheckBox(tr("Notes may also be pain points and opportunities"), box)
        self.results = QCheckBox(tr("Show results on the phones"), box)
        self.dots = QSpinBox(box)
        self.dots.setRange(1, 100)
        self.dots.setValue(self.link.settings.dots)
        self.cap = QSpinBox(box)
        self.cap.setRange(0, 100)
        self.cap.setSpecialValueText(tr("no limit"))
        form = QFormLayout(box)
        form.addRow(tr("&Phase:"), self.phase)
        form.addRow(tr("Open stages:"), self.stages)
        form.addRow(self.kinds)
        form.addRow(self.results)
        form.addRow(tr("&Dots each:"), self.dots)
        form.addRow(tr("Dots per &item at most:"), self.cap)
        self.clear_ratings = QPushButton(tr("Clear the Room's &Ratings"), box)
        self.clear_ratings.setToolTip(tr("Start the crowd emotion curve afresh (can be undone)"))
        form.addRow(self.clear_ratings)
        self.clear_ratings.clicked.connect(self._clear_ratings)
        self.phase.currentIndexChanged.connect(
            lambda _i: self._configure(phase=self.phase.currentData())
        )
        self.stages.itemChanged.connect(lambda _item: self._stages_changed())
        self.kinds.toggled.connect(lambda on: self._configure(
            note_kinds=("card", "pain_point", "opportunity") if on else ("card",)))  # fmt: skip
        self.results.toggled.connect(lambda on: self._configure(show_results=on))
        self.dots.valueChanged.connect(lambda n: self._configure(dots=n))
        self.cap.valueChanged.connect(lambda n: self._configure(cap=n or None))
        return box

    def _moderation_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(tr("Moderation"), parent)
        self.queue = QCheckBox(tr("Notes wait for &approval"), box)
        self.pending = QListWidget(box)
        self.pending.setAccessibleName(tr("Notes waiting for approval"))
        self.pending.setWordWrap(True)
        self.approve = QPushButton(tr("Appro&ve"), box)
        self.reject = QPushButton(tr("Re&ject"), box)
        self.notes = QListWidget(box)
        self.notes.setAccessibleName(tr("Notes from the room"))
        self.notes.setWordWrap(True)
        self.hide_note = QPushButton(tr("&Hide from Phones"), box)
        self.delete_note = QPushButton(tr("Dele&te"), box)
        layout = QVBoxLayout(box)
        layout.addWidget(self.queue)
        layout.addWidget(self.pending)
        row = QHBoxLayout()
        row.addWidget(self.approve)
        row.addWidget(self.reject)
        layout.addLayout(row)
        layout.addWidget(QLabel(tr("Notes from the room:"), box))
        layout.addWidget(self.notes)
        row = QHBoxLayout()
        row.addWidget(self.hide_note)
        row.addWidget(self.delete_note)
        layout.addLayout(row)
        self.queue.toggled.connect(lambda on: self._configure(queue=on))
        self.approve.clicked.connect(lambda: self._moderate(self.link.approve))
        self.reject.clicked.connect(lambda: self._moderate(self.link.reject))
        self.hide_note.clicked.connect(self._toggle_hidden)
        self.delete_note.clicked.connect(self._delete_note)
        return box

    # -------------------------------------------------------------- actions
    def _configure(self, **changes: object) -> None:
        if not self._filling:
            self.link.configure(**changes)

    def toggle_open(self) -> None:
        if self.link.is_open:
            self.link.close()
            if self.projector is not None:
                self.projector.close()
            return
        try:
            self.link.open(self.address.currentText(), self.port.value())
        except OSError as error:
            QMessageBox.warning(self, tr("Room"), tr("The room cannot listen on %1: %2")
                                .replace("%1", f"{self.address.currentText()}:{self.port.value()}")
                                .replace("%2", translated(os_reason(error))))  # fmt: skip

    def show_projector(self) -> RoomProjector | None:
        if not self.link.is_open:
            return None
        if self.projector is None:
            self.projector = RoomProjector(self.window())
            self.projector.destroyed.connect(lambda: setattr(self, "projector", None))
            self.projector.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.refresh()
        self.projector.show()
        self.projector.raise_()
        return self.projector

    def _stages_changed(self) -> None:
        if self._filling:
            return
        checked = [
            self.stages.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.stages.count())
            if self.stages.item(i).checkState() == Qt.CheckState.Checked
        ]
        every = len(checked) == self.stages.count()
        self._configure(open_stages=None if every else frozenset(checked))

    def _moderate(self, action: object) -> None:
        item = self.pending.currentItem()
        if item is not None and callable(action):
            action(item.data(Qt.ItemDataRole.UserRole))

    def _chosen_note(self) -> str | None:
        item = self.notes.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _toggle_hidden(self) -> None:
        note = self._chosen_note()
        if note is not None:
            hidden = note in self.link.hidden
            self.link.hide(note, not hidden)
            self.refresh()

    def _delete_note(self) -> None:
        note = self._chosen_note()
        context = self.link.context
        if note is not None and context is not None:
            context.push(RemoveEntities(context.journey, [note], tr("Delete note from the room")))

    def _clear_ratings(self) -> None:
        context = self.link.context
        if context is not None:
            context.push(ClearCrowd(context.journey))

    def _refused(self, message: str) -> None:
        self.state.setToolTip(message)

    # -------------------------------------------------------------- refresh
    def refresh(self) -> None:
        self._filling = True
        try:
            self._refresh()
        finally:
            self._filling = False

    def _refresh(self) -> None:
        link, settings = self.link, self.link.settings
        server = link.server
        self.open_button.setText(tr("&Close Room") if server else tr("&Open Room"))
        self.open_button.setEnabled(link.context is not None)
        self.qr_button.setEnabled(server is not None)
        self.address.setEnabled(server is None)
        self.port.setEnabled(server is None)
        if server is not None:  # show where it really listens
            if self.address.findText(server.host) < 0:
                self.address.addItem(server.host)
            self.address.setCurrentText(server.host)
            if server.port >= 1024:
                self.port.setValue(server.port)
        if server is None:
            self.state.setText(tr("The room is closed. Opening it lets people on this network "
                                  "join from their phones."))  # fmt: skip
        else:
            self.state.setText(
                tr("Open at %1 · code %2 · %n joined", n=link.status.joined)
                .replace("%1", server.origin).replace("%2", spaced_code(server.code))
            )  # fmt: skip
            self.state.setToolTip(tr("Link for a second screen that only watches: %1")
                                  .replace("%1", server.viewer_url))  # fmt: skip
        self.lock.setChecked(settings.locked)
        self.phase.setCurrentIndex(PHASES.index(settings.phase))
        self.kinds.setChecked(len(settings.note_kinds) > 1)
        self.results.setChecked(settings.show_results)
        self.queue.setChecked(settings.queue)
        self.dots.setValue(settings.dots)
        self.cap.setValue(settings.cap or 0)
        context = link.context
        self.clear_ratings.setEnabled(context is not None and bool(context.journey.crowd))
        self._fill_stages()
        self._fill_pending()
        self._fill_notes()
        if self.projector is not None and server is not None:
            self.projector.show_room(server.url, server.code, server.origin, link.status.joined)

    def _fill_stages(self) -> None:
        self.stages.clear()
        if self.link.context is None:
            return
        chosen = self.link.settings.open_stages
        for stage in self.link.context.journey.stages():
            item = QListWidgetItem(stage.name, self.stages)
            item.setData(Qt.ItemDataRole.UserRole, stage.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = chosen is None or stage.id in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _fill_pending(self) -> None:
        self.pending.clear()
        stages = {}
        if self.link.context is not None:
            stages = {s.id: s.name for s in self.link.context.journey.stages()}
        for pending_id, note in self.link.status.pending:
            text = f"{note.text}\n— {note.author} · {stages.get(note.stage_id, '?')}"
            item = QListWidgetItem(text, self.pending)
            item.setData(Qt.ItemDataRole.UserRole, pending_id)
        self.approve.setEnabled(bool(self.link.status.pending))
        self.reject.setEnabled(bool(self.link.status.pending))

    def _fill_notes(self) -> None:
        current = self._chosen_note()
        self.notes.clear()
        context = self.link.context
        if context is None:
            return
        journey = context.journey
        entries = [(tp.id, tp.name, tp.author) for tp in journey.touchpoints() if tp.room]
        entries += [(a.id, a.text, a.author) for a in journey.annotations() if a.room]
        for entity_id, text, author in entries:
            hidden = entity_id in self.link.hidden
            label = f"{text}\n— {author or tr('anonymous')}"
            item = QListWidgetItem(label + (f"  ({tr('hidden')})" if hidden else ""), self.notes)
            item.setData(Qt.ItemDataRole.UserRole, entity_id)
            if entity_id == current:
                self.notes.setCurrentItem(item)
        self.hide_note.setEnabled(bool(entries))
        self.delete_note.setEnabled(bool(entries))
