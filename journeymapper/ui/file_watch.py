"""Watches the open map's file: offers to reload it when another program or window changes it.

The offer comes only when the map has no unsaved edits; otherwise the next Save asks what to
do (``FileActions.write``). Saves replace the file atomically, which ends a watch on Linux,
so the path is watched again after every change.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from ..io.file_identity import identify
from .document import Document
from .host import DocumentHost
from .messages import ask_reload

SETTLE_MS = 250  # a writer may touch the file several times in a row


class FileWatch(QObject):
    """Follows the window's document file; one reload offer per new version on disk."""

    def __init__(self, window: DocumentHost, reload: Callable[[], object]) -> None:
        super().__init__(window)
        self.window = window
        self.reload = reload  # File ▸ Reload
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.watcher.directoryChanged.connect(self._changed)  # the file removed or put back
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.check)
        self._declined = ""  # the digest of a version the user chose not to reload
        self._asking = False

    def follow(self, document: Document) -> None:
        """Watch ``document``'s file and its folder (nothing for an unsaved map)."""
        self.stop()
        self._declined = ""
        if document.path is not None:
            paths = [str(p) for p in (document.path, document.path.parent) if p.exists()]
            if paths:
                self.watcher.addPaths(paths)

    def stop(self) -> None:
        """The window is closing: no more checks."""
        self.timer.stop()
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)

    def _changed(self, _path: str) -> None:
        self.timer.start()

    def check(self) -> None:
        """Compare the file with the version the window holds; offer a reload if it is newer."""
        if not shiboken6.isValid(self.window) or self._asking or not self.window.isVisible():
            return
        document = self.window.document
        path, known = document.path, document.identity
        if path is None or known is None:
            return
        if path.exists() and str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))
        current = identify(path, known)
        if current is None:
            self.window.status(
                self.tr("“%1” was deleted or moved away; Save writes it again.").replace(
                    "%1", path.name
                )
            )
            return
        if known.same_content(current):
            document.identity = current
            return
        if document.is_modified() or current.digest == self._declined:
            self.window.status(
                self.tr("“%1” was changed on disk; Save will ask before overwriting it.").replace(
                    "%1", path.name
                )
            )
            return
        self._asking = True
        try:
            reload = ask_reload(self.window, str(path))
        finally:
            self._asking = False
        if reload and self.window.document is document:
            self.reload()
        else:
            self._declined = current.digest
