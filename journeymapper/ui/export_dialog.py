"""File ▸ Export…: format, layout, page, view, persona, theme, dpi, file, and a live preview."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..export.options import PAGES, TILES, ExportOptions, Since
from ..io.errors import MapFileError
from ..io.history import History
from ..io.snapshots import open_snapshot
from ..model import JourneyMap
from .export_runner import ExportRunner
from .history_dock import snapshot_title
from .messages import show_file_error

SUFFIXES = (".pdf", ".png", ".svg", ".html", ".pptx", ".csv", ".xlsx", ".mmd")
DRAWN = {".pdf", ".png", ".svg", ".html", ".pptx"}
PREVIEW_DPI = 36
PREVIEW_DELAY_MS = 250


class ExportDialog(QDialog):
    """Chooses what to export where; ``choice()`` after it is accepted. Never writes a file."""

    preview_ready = Signal()

    def __init__(
        self,
        journey: JourneyMap,
        runner: ExportRunner,
        path: Path,
        options: ExportOptions,
        parent: QWidget | None = None,
        history: History | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export Map"))
        self.journey = journey
        self.runner = runner
        self.history = history or History()
        self._versions: dict[str, Since] = {}
        self.preview_image: QImage | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._render_preview)
        self._build(path, options)
        self._format_changed()
        self.schedule_preview()

    # ---------------------------------------------------------------- build
    def _build(self, path: Path, options: ExportOptions) -> None:
        self.format = QComboBox(self)
        labels = [
            self.tr("PDF document"),
            self.tr("PNG image (the map inside)"),
            self.tr("SVG drawing"),
            self.tr("Interactive web page"),
            self.tr("PowerPoint deck"),
            self.tr("CSV table"),
            self.tr("Excel workbook"),
            self.tr("Mermaid journey"),
        ]
        for label, suffix in zip(labels, SUFFIXES, strict=True):
            self.format.addItem(f"{label} — {suffix}", suffix)
        known = path.suffix.lower() if path.suffix.lower() in SUFFIXES else ".pdf"
        self.format.setCurrentIndex(SUFFIXES.index(known))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("format_hint")
        self.layout_box = self._combo(
            [(self.tr("Slides (16:9 deck)"), "slides"), (self.tr("Poster (one page)"), "poster")],
            options.layout or "slides",
        )
        pages = [(p, p) for p in PAGES if p != "auto"]
        pages.append((self.tr("Automatic (text at least 6 pt)"), "auto"))
        self.page = self._combo(pages, options.page)
        tiles: list[tuple[str, str | None]] = [(self.tr("One sheet"), None)]
        tiles += [(self.tr("Tiled on %1 sheets").replace("%1", t), t) for t in TILES]
        self.tile = self._combo(tiles, options.tile)
        self.story = QCheckBox(self.tr("A slide per lowest moment (st&ory)"), self)
        self.story.setChecked(options.story)
        versions: list[tuple[str, str | None]] = [(self.tr("No such slide"), None)]
        versions += [
            (snapshot_title(snap), snap.id)
            for snap in reversed(self.history.snapshots)
            if not snap.problem
        ]
        self.since = self._combo(versions, None)
        self.since.setObjectName("changes_since")
        self.since.setToolTip(
            self.tr("Adds a slide after the overview that lists what changed since a snapshot.")
        )
        views: list[tuple[str, str | None]] = [(self.tr("Whole map"), None)]
        views += [(v.name, v.name) for v in self.journey.views()]
        self.view = self._combo(views, options.view)
        people: list[tuple[str, str | None]] = [(self.tr("All personas"), None)]
        people += [(p.name, p.name) for p in self.journey.personas()]
        self.persona = self._combo(people, options.persona)
        themes = [
            (self.tr("Light"), "light"),
            (self.tr("Print (grey-scale friendly)"), "print"),
            (self.tr("Projector (high contrast)"), "projector"),
        ]
        self.theme = self._combo(themes, options.theme)
        tables = [
            (self.tr("Journey (a row per touchpoint)"), "journey"),
            (self.tr("Pains and opportunities, worst first"), "pains"),
            (self.tr("Room ratings per stage (the crowd curve)"), "crowd"),
        ]
        self.table = self._combo(tables, options.table)
        self.dpi = QSpinBox(self)
        self.dpi.setRange(36, 1200)
        self.dpi.setSingleStep(50)
        self.dpi.setSuffix(self.tr(" dpi"))
        self.dpi.setValue(options.dpi)
        self.scale = QDoubleSpinBox(self)
        self.scale.setRange(0.25, 8.0)
        self.scale.setSingleStep(0.25)
        self.scale.setPrefix("× ")
        self.scale.setValue(options.scale)
        self.transparent = QCheckBox(self.tr("&Transparent background"), self)
        self.transparent.setChecked(options.transparent)
        self.embed = QCheckBox(self.tr("Include the &map so the PNG reopens as a map"), self)
        self.embed.setChecked(options.embed)
        self.embed.setToolTip(
            self.tr("With a saved view or persona, only what the picture shows is included.")
        )
        self.path = QLineEdit(str(path), self)
        self._confirmed: Path | None = None
        self.path.setMinimumWidth(320)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow("", self.hint)
        form.addRow(self.tr("&Layout:"), self.layout_box)
        form.addRow(self.tr("&Page:"), self.page)
        form.addRow(self.tr("Printin&g:"), self.tile)
        form.addRow("", self.story)
        form.addRow(self.tr("&What changed since:"), self.since)
        form.addRow(self.tr("Saved &view:"), self.view)
        form.addRow(self.tr("Perso&na:"), self.persona)
        form.addRow(self.tr("T&heme:"), self.theme)
        form.addRow(self.tr("T&able:"), self.table)
        form.addRow(self.tr("&Resolution:"), self.dpi)
        form.addRow(self.tr("&Scale:"), self.scale)
        form.addRow("", self.transparent)
        form.addRow("", self.embed)
        file_label = QLabel(self.tr("F&ile:"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)

        self.preview = QLabel(self.tr("Rendering preview…"), self)
        self.preview.setObjectName("export_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(QSize(460, 320))
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setStyleSheet("QLabel#export_preview { background: #f4f4f4; }")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.caption)

        columns = QHBoxLayout()
        columns.addLayout(form, 0)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)

        self.format.currentIndexChanged.connect(self._format_changed)
        self.layout_box.currentIndexChanged.connect(self._enable)
        for combo in (self.view, self.persona, self.theme, self.since):
            combo.currentIndexChanged.connect(self.schedule_preview)
        self.transparent.toggled.connect(self.schedule_preview)
        self.path.textChanged.connect(self._enable)

    def _combo(self, items: Sequence[tuple[str, str | None]], current: str | None) -> QComboBox:
        combo = QComboBox(self)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        return combo

    # ------------------------------------------------------------- choosing
    def suffix(self) -> str:
        return str(self.format.currentData())

    def options(self) -> ExportOptions:
        """The options as chosen (those the format does not use keep their defaults)."""
        suffix = self.suffix()
        drawn = suffix in DRAWN
        return ExportOptions(
            view=self.view.currentData(),
            persona=self.persona.currentData(),
            dpi=self.dpi.value(),
            scale=self.scale.value(),
            page=str(self.page.currentData()),
            layout=str(self.layout_box.currentData()) if suffix == ".pdf" else None,
            theme=str(self.theme.currentData()) if drawn else "light",
            transparent=self.transparent.isChecked() and suffix in {".png", ".svg"},
            table=str(self.table.currentData()) if suffix == ".csv" else "journey",
            embed=self.embed.isChecked() or suffix != ".png",
            story=self.story.isChecked() and self._slides(),
            tile=self.tile.currentData() if self._poster() else None,
            since=self._since() if self._slides() else None,
        )

    def _since(self) -> Since | None:
        """The chosen snapshot as a map (read once; None for no "What changed" slide)."""
        chosen = self.since.currentData()
        if not chosen:
            return None
        if chosen not in self._versions:
            snap = next(s for s in self.history.snapshots if s.id == chosen)
            try:
                journey = open_snapshot(snap, snapshot_title(snap))
            except MapFileError as error:  # a snapshot from a newer version, say
                self.since.setCurrentIndex(0)
                show_file_error(self, error)
                return None
            self._versions[chosen] = Since(journey, snap.label or snapshot_title(snap))
        return self._versions[chosen]

    def _poster(self) -> bool:
        return self.suffix() == ".pdf" and self.layout_box.currentData() == "poster"

    def _slides(self) -> bool:
        return self.suffix() == ".pptx" or (
            self.suffix() == ".pdf" and self.layout_box.currentData() == "slides"
        )

    def target(self) -> Path | None:
        """The output file with the format's suffix; None when no file is named."""
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != self.suffix():
            path = path.with_name(path.name + self.suffix())
        return path

    def choice(self) -> tuple[Path, ExportOptions]:
        target = self.target()
        if target is None:
            raise ValueError("no output file chosen")
        return target, self.options()

    def browse(self) -> None:
        suffix = self.suffix()
        name = self.format.currentText()
        start = str(self.target() or "")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export To"), start, f"{name} (*{suffix})"
        )
        if not path:
            return
        chosen = Path(path)
        if chosen.suffix.lower() in SUFFIXES and chosen.suffix.lower() != suffix:
            self.format.setCurrentIndex(SUFFIXES.index(chosen.suffix.lower()))
        self.path.setText(str(chosen))
        self._confirmed = self.target()  # the file dialog asked before replacing it

    def accept(self) -> None:
        target = self.target()
        if target is None:
            self.path.setFocus()
            return
        if target.exists() and target != self._confirmed and not self._replace(target):
            self.path.setFocus()
            return
        super().accept()

    def _replace(self, target: Path) -> bool:
        """A typed name of an existing file is replaced only after asking, as in Save As."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace file"),
            self.tr("“%1” already exists. Replace it?").replace("%1", str(target)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------ behaviour
    def _format_changed(self) -> None:
        suffix = self.suffix()
        text = self.path.text().strip()
        if text:
            path = Path(text)
            if path.suffix.lower() in SUFFIXES:
                path = path.with_suffix(suffix)
            self.path.setText(str(path))
        hints = {
            ".pdf": self.tr("Vector pages with selectable text; slides make a deck."),
            ".png": self.tr("A picture of the map; JourneyMapper can reopen the map from it."),
            ".svg": self.tr("A drawing with real, searchable text."),
            ".html": self.tr(
                "One file that opens offline in any browser: zoom, search, persona toggles "
                "and every card's details."
            ),
            ".pptx": self.tr(
                "Editable slides: grouped shapes, an emotion chart, speaker notes with details."
            ),
            ".csv": self.tr(
                "One row per touchpoint, or the pains table; drawing options do not apply."
            ),
            ".xlsx": self.tr(
                "Journey, pains (worst first) and metrics sheets; drawing options do not apply."
            ),
            ".mmd": self.tr(
                "Stages, touchpoints and one persona's scores; lanes and pains are left out."
            ),
        }
        self.hint.setText(hints[suffix])
        self._enable()

    def _enable(self) -> None:
        suffix = self.suffix()
        drawn = suffix in DRAWN
        self.layout_box.setEnabled(suffix == ".pdf")
        self.page.setEnabled(self._poster())
        self.tile.setEnabled(self._poster())
        self.story.setEnabled(self._slides())
        self.since.setEnabled(self._slides() and self.since.count() > 1)
        self.view.setEnabled(True)  # data formats, too, carry only what the view shows
        self.theme.setEnabled(drawn)
        self.table.setEnabled(suffix == ".csv")
        self.dpi.setEnabled(suffix == ".png")
        self.scale.setEnabled(suffix == ".png")
        self.transparent.setEnabled(suffix in {".png", ".svg"})
        self.embed.setEnabled(suffix == ".png")
        self.export_button.setEnabled(bool(self.path.text().strip()))

    def schedule_preview(self) -> None:
        """Render the preview once the choices have settled for a moment."""
        self._timer.start()

    def _render_preview(self) -> None:
        self._generation += 1
        generation = self._generation
        options = dataclasses.replace(
            self.options(),
            view=self.view.currentData(),
            theme=str(self.theme.currentData()),
            transparent=self.transparent.isChecked(),
            dpi=PREVIEW_DPI,
            scale=1.0,
        )
        self.caption.setText(self.tr("Rendering preview…"))

        def shown(image: QImage) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show_preview(image)

        def failed(message: str) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.preview_image = None
                self.preview.setPixmap(QPixmap())
                self.preview.setText(self.tr("No preview: %1").replace("%1", message))
                self.caption.clear()

        self.runner.render(self.journey, options, shown, failed)

    def _show_preview(self, image: QImage) -> None:
        self.preview_image = image
        self._fit_preview()
        self.caption.setText(self.tr("Preview of the map as drawn on a poster or in a PNG."))
        self.preview_ready.emit()

    def _fit_preview(self) -> None:
        if self.preview_image is None:
            return
        pixmap = QPixmap.fromImage(self.preview_image)
        size = self.preview.contentsRect().size() - QSize(8, 8)
        if pixmap.width() > size.width() or pixmap.height() > size.height():
            pixmap = pixmap.scaled(
                size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.preview.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_preview()
