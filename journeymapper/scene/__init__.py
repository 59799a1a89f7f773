"""The canvas: a QGraphicsScene mirroring the model and the view that zooms, pans and pins."""

from .pyside_guard import keep_none_alive

keep_none_alive()

from .map_scene import MapScene  # noqa: E402
from .map_view import MapView  # noqa: E402

__all__ = ["MapScene", "MapView"]
