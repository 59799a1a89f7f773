"""The main window's actions, menus and toolbar, with standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMenu, QToolBar

from .edit_actions import EditActions
from .file_actions import FileActions
from .host import DocumentHost
from .interop_actions import InteropActions
from .view_actions import ViewActions

Key = QKeySequence.StandardKey


def _with(key: Key, *extra: str) -> list[QKeySequence]:
    """The platform's bindings of ``key`` plus ``extra`` ones (each once)."""
    keys = list(QKeySequence.keyBindings(key))
    for text in extra:
        if QKeySequence(text) not in keys:
            keys.append(QKeySequence(text))
    return keys


class Menus(QObject):
    """Creates every action of the editor and wires it to the window's controllers."""

    def __init__(
        self,
        window: DocumentHost,
        undo_group: QUndoGroup,
        parts: tuple[FileActions, EditActions, InteropActions, ViewActions],
    ) -> None:
        super().__init__(window)
        self.window = window
        files, edits, interop, view = parts
        self.files = files
        self.new = window.add_action(self.tr("&New from Template…"), files.new_map, Key.New)
        self.open = window.add_action(self.tr("&Open…"), files.open_dialog, Key.Open)
        self.save = window.add_action(self.tr("&Save"), files.save, Key.Save)
        self.save_as = window.add_action(self.tr("Save &As…"), files.save_as, Key.SaveAs)
        self.import_ = window.add_action(self.tr("&Import…"), interop.import_dialog, "Ctrl+I")
        self.export = window.add_action(self.tr("&Export…"), interop.export_dialog, "Ctrl+E")
        self.copy_image = window.add_action(
            self.tr("Copy as &Image"), interop.copy_image, "Ctrl+Shift+C"
        )
        self.close = window.add_action(self.tr("&Close"), files.close_map, Key.Close)
        self.quit = window.add_action(self.tr("&Quit"), window.close, Key.Quit)
        self.quit.setShortcuts(_with(Key.Quit, "Ctrl+Q"))
        self.undo = window.add_action(self.tr("&Undo"), lambda: window.step(False), Key.Undo)
        self.redo = window.add_action(self.tr("&Redo"), lambda: window.step(True), Key.Redo)
        self.redo.setShortcuts(_with(Key.Redo, "Ctrl+Y", "Ctrl+Shift+Z"))
        self._follow_stack(undo_group)
        self.cut = window.add_action(self.tr("Cu&t"), edits.cut, Key.Cut)
        self.copy = window.add_action(self.tr("&Copy"), edits.copy, Key.Copy)
        self.paste = window.add_action(self.tr("&Paste"), edits.paste, Key.Paste)
        self.duplicate = window.add_action(self.tr("Dup&licate"), edits.duplicate, "Ctrl+D")
        self.delete = window.add_action(self.tr("&Delete"), edits.delete, Key.Delete)
        self.select_all = window.add_action(self.tr("Select &All"), edits.select_all, Key.SelectAll)
        self.preferences = window.add_action(self.tr("Pre&ferences…"), self._preferences)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.zoom_in = window.add_action(self.tr("Zoom &In"), view.zoom_in, Key.ZoomIn)
        self.zoom_in.setShortcuts([*QKeySequence.keyBindings(Key.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out = window.add_action(self.tr("Zoom &Out"), view.zoom_out, Key.ZoomOut)
        self.reset_zoom = window.add_action(self.tr("&Actual Size"), view.reset_zoom, "Ctrl+0")
        self.fit_map = window.add_action(self.tr("&Fit Map"), view.fit_map, "Ctrl+1")
        self.fit_selection = window.add_action(
            self.tr("Fit &Selection"), view.fit_selection, "Ctrl+2"
        )
        self.settings = window.add_action(self.tr("&Map Settings…"), window.edit_settings, "Ctrl+,")
        self.add_stage = window.add_action(self.tr("Add &Stage"), edits.add_stage, "Ctrl+Alt+S")
        self.add_lane = window.add_action(self.tr("Add &Lane"), edits.add_lane, "Ctrl+Shift+L")
        self.add_persona = window.add_action(
            self.tr("Add &Persona"), edits.add_persona, "Ctrl+Shift+P"
        )
        self.shortcuts = window.add_action(
            self.tr("&Keyboard Shortcuts…"), self._shortcuts, Key.HelpContents
        )
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._build_menus()
        self._build_toolbar()

    def _follow_stack(self, group: QUndoGroup) -> None:
        """Undo/Redo name the step in the menu and tooltip; the toolbar keeps a fixed word so
        its buttons never move (a click aimed at Add Stage must not hit Add Lane)."""
        pairs = (
            (
                self.undo,
                self.tr("Undo"),
                self.tr("&Undo %1"),
                group.canUndoChanged,
                group.undoTextChanged,
                group.canUndo,
                group.undoText,
            ),
            (
                self.redo,
                self.tr("Redo"),
                self.tr("&Redo %1"),
                group.canRedoChanged,
                group.redoTextChanged,
                group.canRedo,
                group.redoText,
            ),
        )
        for action, word, named, can_changed, text_changed, can, text in pairs:
            action.setIconText(word)

            def show(
                _value: object = None,
                action: QAction = action,
                word: str = word,
                named: str = named,
                can: Callable[[], bool] = can,
                text: Callable[[], str] = text,
            ) -> None:
                current = text()
                label = named.replace("%1", current) if current else "&" + word
                action.setText(label)
                action.setToolTip(label.replace("&", ""))
                action.setEnabled(can())

            can_changed.connect(show)
            text_changed.connect(show)
            group.activeStackChanged.connect(show)
            show()

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new, self.open])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as])
        file_menu.addSeparator()
        file_menu.addActions([self.import_, self.export])
        file_menu.addSeparator()
        file_menu.addActions([self.close, self.quit])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.cut, self.copy, self.paste, self.duplicate, self.delete])
        edit_menu.addAction(self.copy_image)
        edit_menu.addSeparator()
        edit_menu.addAction(self.select_all)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.zoom_in, self.zoom_out, self.reset_zoom])
        view_menu.addActions([self.fit_map, self.fit_selection])
        view_menu.addSeparator()
        self.docks_menu = view_menu.addMenu(self.tr("&Panels"))
        for dock in self.window.docks():
            self.docks_menu.addAction(dock.toggleViewAction())
        map_menu = bar.addMenu(self.tr("&Map"))
        map_menu.setToolTipsVisible(True)  # a disabled action says why (the lock)
        map_menu.addAction(self.settings)
        map_menu.addSeparator()
        map_menu.addActions([self.add_stage, self.add_lane, self.add_persona])
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.shortcuts)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self.window)
        toolbar.setObjectName("main_toolbar")
        toolbar.addActions([self.new, self.open, self.save])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addActions([self.add_stage, self.add_lane, self.add_persona])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out, self.zoom_in, self.fit_map])
        self.window.addToolBar(toolbar)
        self.toolbar = toolbar

    def _shortcuts(self) -> None:
        from .shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.window.actions(), self.window).exec()

    def _preferences(self) -> None:
        from .preferences_dialog import PreferencesDialog

        PreferencesDialog(self.window.settings_store, self.window).exec()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.window.settings_store.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(
                lambda _checked=False, p=path: self.files.open_path(p, ask=True)
            )
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent maps"))
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear the List"))
        clear.triggered.connect(self.window.settings_store.clear_recent)
