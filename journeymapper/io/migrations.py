"""The chain of format upgrades: ``migrate_vN_to_vN1`` functions applied in order on load.

When the format changes: bump ``codec.FORMAT_VERSION``, add ``migrate_vN_to_vN1`` to
``MIGRATIONS`` and keep a fixture of the old version in ``tests/data/`` that must still load.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .codec import FORMAT_VERSION
from .messages import file_msg

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def migrate_v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds dot-voting rounds and a card's author and sticky-note colour.

    A version 1 map had no voting round; its cards had no author or colour, which
    the new optional fields already default to.
    """
    data = dict(data)
    data.setdefault("voting", None)
    return data


def migrate_v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 keeps snapshots inside the file (``history``) and to-be cards' ``replaces``.

    A version 2 map has no history and no replacement links: both default to empty.
    """
    data = dict(data)
    data.setdefault("history", [])
    return data


# MIGRATIONS[n] upgrades data of version n to version n + 1.
MIGRATIONS: dict[int, Migration] = {1: migrate_v1_to_v2, 2: migrate_v2_to_v3}


class NewerFormatError(Exception):
    """The file was written by a newer JourneyMapper than this one."""


def migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    """Upgrade ``data`` of format ``version`` to the current format version."""
    if version > FORMAT_VERSION:
        raise NewerFormatError(file_msg("file.newer", version, FORMAT_VERSION))
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["format_version"] = version
    return data
