"""Zoom and fit, forwarded to the canvas of the window's current document."""

from __future__ import annotations

from .host import DocumentHost


class ViewActions:
    """View ▸ Zoom In / Out, Actual Size, Fit Map, Fit Selection."""

    def __init__(self, window: DocumentHost) -> None:
        self.window = window

    def zoom_in(self) -> None:
        self.window.view.zoom_in()

    def zoom_out(self) -> None:
        self.window.view.zoom_out()

    def reset_zoom(self) -> None:
        self.window.view.reset_zoom()

    def fit_map(self) -> None:
        self.window.view.fit_map()

    def fit_selection(self) -> None:
        self.window.view.fit_selection()
