"""The chain of format upgrades: ``migrate_vN_to_vN1`` functions applied in order on load.

Format version 1 is the first released format, so the chain is empty today. When the
format changes, bump ``codec.FORMAT_VERSION``, add ``migrate_v1_to_v2(data) -> data`` to
``MIGRATIONS`` and keep a v1 fixture in ``tests/data/`` that must still load.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .codec import FORMAT_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]

# MIGRATIONS[n] upgrades data of version n to version n + 1.
MIGRATIONS: dict[int, Migration] = {}


class NewerFormatError(Exception):
    """The file was written by a newer JourneyMapper than this one."""


def migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    """Upgrade ``data`` of format ``version`` to the current format version."""
    if version > FORMAT_VERSION:
        raise NewerFormatError(
            f"was written by a newer JourneyMapper (format version {version}); "
            f"this version reads format versions up to {FORMAT_VERSION}"
        )
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["format_version"] = version
    return data
