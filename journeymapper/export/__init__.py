"""Headless renderers of a map: PDF, PNG, SVG and PowerPoint."""
