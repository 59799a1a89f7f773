"""The files shipped inside the package (fonts, schema, translations, samples, icons)."""

import os

FOLDER = os.path.dirname(os.path.abspath(__file__))


def read_text(*parts: str) -> str:
    """A shipped text file, by its path under this folder (the start-up path's reader:
    ``importlib.resources`` costs commands like ``info`` 8 ms of imports and look-ups)."""
    with open(os.path.join(FOLDER, *parts), encoding="utf-8") as file:
        return file.read()
