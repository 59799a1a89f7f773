"""The canvas: a QGraphicsScene mirroring the model and the view that zooms, pans and pins."""

from .map_scene import MapScene
from .map_view import MapView

__all__ = ["MapScene", "MapView"]
