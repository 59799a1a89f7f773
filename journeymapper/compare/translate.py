"""Old records with their references rewritten to the new version's ids, so fields compare."""

from __future__ import annotations

from typing import Any

from .flat import Record
from .matching import Matching


class Translator:
    """Rewrites old ids to the ids their matched entities have in the new version."""

    def __init__(self, ids: dict[str, str]) -> None:
        self.ids = dict(ids)  # old id → new id, only where they differ

    @classmethod
    def of(cls, matching: Matching) -> Translator:
        ids: dict[str, str] = {}
        for pairs in matching.new_to_old.values():
            ids.update({o: n for n, o in pairs.items() if n != o})
        return cls(ids)

    def id(self, value: str | None) -> str | None:
        return None if value is None else self.ids.get(value, value)

    def keys(self, mapping: dict[str, Any]) -> dict[str, Any]:
        return {self.ids.get(k, k): v for k, v in mapping.items()}

    def ids_of(self, values: list[str] | None) -> list[str] | None:
        return None if values is None else [self.ids.get(v, v) for v in values]

    def record(self, kind: str, record: Record) -> Record:
        if not self.ids:
            return record
        out = dict(record)
        out["id"] = self.ids.get(record["id"], record["id"])
        if kind == "touchpoint":
            out["stage"] = self.id(record["stage"])
            out["emotions"] = self.keys(record["emotions"])
        elif kind == "lane":
            out["cells"] = self.keys(record["cells"])
        elif kind == "flow":
            out["source"], out["target"] = self.id(record["source"]), self.id(record["target"])
        elif kind == "annotation":
            out["target"] = self.id(record["target"])
        elif kind == "view":
            for axis in ("personas", "lanes", "stages"):
                out[axis] = self.ids_of(record[axis])
        return out

    def voting(self, vote: dict[str, Any] | None) -> dict[str, Any] | None:
        if vote is None or not self.ids:
            return vote
        return {
            **vote,
            "targets": self.ids_of(vote["targets"]),
            "ballots": {p: self.keys(b) for p, b in vote["ballots"].items()},
        }
