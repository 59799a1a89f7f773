"""The inspector dock: the form of the selected entity, kept in step with the model both ways."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QScrollArea, QStackedWidget, QWidget

from ...model import EntityKind, Event
from ..edit_context import EditContext
from .annotations import AnnotationForm
from .form import EntityForm
from .simple_forms import FlowForm, LaneForm, StageForm
from .touchpoint_form import TouchpointForm

MIN_WIDTH = 300


class InspectorDock(QDockWidget):
    """Shows every field of the selected touchpoint, stage, lane, flow or annotation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.setWindowTitle(self.tr("Inspector"))
        self.setMinimumWidth(MIN_WIDTH)  # other panels never squeeze it below usable
        self.context: EditContext | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.stack = QStackedWidget()
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.placeholder.setMargin(8)
        self.stack.addWidget(self.placeholder)
        self.annotation_form = AnnotationForm()
        self.forms: dict[EntityKind, EntityForm] = {
            EntityKind.TOUCHPOINT: TouchpointForm(),
            EntityKind.STAGE: StageForm(),
            EntityKind.LANE: LaneForm(),
            EntityKind.FLOW: FlowForm(),
            EntityKind.ANNOTATION: self.annotation_form,
        }
        for form in self.forms.values():
            self.stack.addWidget(form)
            box = getattr(form, "annotations", None)
            if box is not None:
                box.edit_requested.connect(self.show_entity)
                box.created.connect(self.open_new_note)
        self.annotation_form.open_requested.connect(self.show_entity)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.stack)
        self.setWidget(self.scroll_area)
        self.show_selection([])

    def set_context(self, context: EditContext) -> None:
        """Follow another open map (New, Open)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        if self.context is not None:
            self.context.scene.selection_changed.disconnect(self.show_selection)
        self.context = context
        self._unsubscribe = context.journey.subscribe(self._on_event)
        context.scene.selection_changed.connect(self.show_selection)
        self.show_selection(context.scene.selected_ids())

    def current_id(self) -> str:
        widget = self.stack.currentWidget()
        return widget.entity_id if isinstance(widget, EntityForm) else ""

    def current_form(self) -> EntityForm | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, EntityForm) else None

    def show_selection(self, ids: list[str]) -> None:
        if len(ids) == 1:
            self.show_entity(ids[0])
            return
        if ids:
            self.placeholder.setText(self.tr("%n item(s) selected.", "", len(ids)))
        else:
            self.placeholder.setText(
                self.tr("Select a card, a stage, a lane or an arrow to see and edit its details.")
            )
        self.stack.setCurrentWidget(self.placeholder)

    def show_entity(self, entity_id: str) -> None:
        kind = self.context.journey.kind_of(entity_id) if self.context is not None else None
        form = self.forms.get(kind) if kind is not None else None
        if form is None or self.context is None:
            self.show_selection([])
            if kind is EntityKind.PERSONA:
                self.placeholder.setText(self.tr("Edit personas in the Personas panel."))
            return
        other = form is not self.stack.currentWidget() or form.entity_id != entity_id
        form.show_entity(self.context, entity_id)
        self.stack.setCurrentWidget(form)
        if other:  # another item: its fields from the top, not where the last one was
            self.scroll_area.verticalScrollBar().setValue(0)

    def open_new_note(self, note_id: str) -> None:
        """A pain point or opportunity just added here: its fields in view, its text selected."""
        self.show_entity(note_id)
        text = self.annotation_form.text
        self.scroll_area.ensureWidgetVisible(text)
        text.setFocus()
        text.selectAll()

    def _on_event(self, _event: Event) -> None:
        form = self.current_form()
        if form is None or self.context is None:
            return
        if self.context.journey.find(form.entity_id) is None:
            self.show_selection([])
        else:
            form.reload()

    def detach(self) -> None:
        """Stop following the model (the window is closing)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
