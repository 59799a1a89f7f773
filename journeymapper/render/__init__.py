"""Drawing shared by the canvas and every exporter: painter protocol, shapes, map, words."""
