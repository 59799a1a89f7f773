"""Injectable id generators: random UUIDs in the app, predictable ones in tests."""

from __future__ import annotations

from collections.abc import Callable
from itertools import count

IdGenerator = Callable[[], str]


def uuid_ids() -> str:
    """A fresh random UUID4 string."""
    import uuid  # 3 ms of start-up (it loads `platform`): only when a map makes an id

    return str(uuid.uuid4())


def sequential_ids(prefix: str = "id") -> IdGenerator:
    """Deterministic ids ``id-0001``, ``id-0002``, ... for tests and templates."""
    counter = count(1)

    def generate() -> str:
        return f"{prefix}-{next(counter):04d}"

    return generate


def seeded_uuid_ids(seed: str) -> IdGenerator:
    """Deterministic UUID5 strings derived from a seed (stable template ids)."""
    import uuid

    counter = count(1)
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"journeymapper:{seed}")

    def generate() -> str:
        return str(uuid.uuid5(namespace, str(next(counter))))

    return generate
