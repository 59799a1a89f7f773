"""Which entity of the new version is which of the old: ids first, then links, names, places."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

from .flat import KINDS, Flat, Record


@dataclass
class Matching:
    """``new_to_old`` per kind; ``merged`` maps extra old ids a to-be card replaces to it."""

    new_to_old: dict[str, dict[str, str]] = field(default_factory=lambda: {k: {} for k in KINDS})
    merged: dict[str, str] = field(default_factory=dict)
    by_name: int = 0  # how many pairs were found without a shared id
    _reverse: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    def old_to_new(self, kind: str) -> dict[str, str]:
        """The reverse table (built once: call only after matching is complete)."""
        if kind not in self._reverse:
            self._reverse[kind] = {old: new for new, old in self.new_to_old[kind].items()}
        return self._reverse[kind]

    def old_id(self, new_id: str | None) -> str | None:
        """The old id of any new entity id (itself when unmatched, None stays None)."""
        if new_id is None:
            return None
        for kind in KINDS:
            if new_id in self.new_to_old[kind]:
                return self.new_to_old[kind][new_id]
        return new_id


def _norm(text: object) -> str:
    return " ".join(str(text or "").casefold().split())


def _pair(
    pairs: dict[str, str],
    new: dict[str, Record],
    old: dict[str, Record],
    key: Callable[[str, Record], Hashable],
    old_key: Callable[[str, Record], Hashable] | None = None,
) -> int:
    """Pair still unmatched records with equal keys, in order; returns how many were paired."""
    taken = set(pairs.values())
    waiting: dict[Hashable, list[str]] = defaultdict(list)
    for oid, record in old.items():
        if oid not in taken:
            waiting[(old_key or key)(oid, record)].append(oid)
    count = 0
    for nid, record in new.items():
        if nid in pairs:
            continue
        queue = waiting.get(key(nid, record))
        if queue:
            pairs[nid] = queue.pop(0)
            count += 1
    return count


def _by_position(pairs: dict[str, str], new: list[str], old: list[str]) -> int:
    """Pair the unmatched at the same place among the unmatched of one group."""
    taken = set(pairs.values())
    free_new = [n for n in new if n not in pairs]
    free_old = [o for o in old if o not in taken]
    for nid, oid in zip(free_new, free_old, strict=False):
        pairs[nid] = oid
    return min(len(free_new), len(free_old))


def match(old: Flat, new: Flat) -> Matching:
    """Pair entities by id; where a kind shares no ids, by name and then by position."""
    result = Matching()
    for kind in KINDS:
        pairs = result.new_to_old[kind]
        olds, news = old.records[kind], new.records[kind]
        for nid in news:
            if nid in olds:
                pairs[nid] = nid
        if kind == "touchpoint":
            _link_replacements(result, olds, news)
        fallback = not any(nid == oid for nid, oid in pairs.items())
        if fallback and news and olds:
            result.by_name += _fallback(kind, result, old, new)
    return result


def _link_replacements(result: Matching, olds: dict[str, Record], news: dict[str, Record]) -> None:
    pairs = result.new_to_old["touchpoint"]
    taken = set(pairs.values())
    for nid, record in news.items():
        for oid in record.get("replaces") or ():
            if oid not in olds or oid == nid:
                continue
            if nid not in pairs and oid not in taken:
                pairs[nid] = oid
                taken.add(oid)
            elif pairs.get(nid) != oid:
                result.merged[oid] = nid


def _fallback(kind: str, result: Matching, old: Flat, new: Flat) -> int:
    pairs = result.new_to_old[kind]
    olds, news = old.records[kind], new.records[kind]
    ref = result.new_to_old

    def mapped(kind_of: str, new_id: str | None) -> str | None:
        return ref[kind_of].get(new_id or "", new_id)

    if kind in ("persona", "stage", "view"):
        count = _pair(pairs, news, olds, lambda _i, r: _norm(r["name"]))
        if kind != "view":
            count += _by_position(pairs, list(news), list(olds))
        return count
    if kind == "lane":
        count = _pair(pairs, news, olds, lambda _i, r: (r["kind"], _norm(r["name"])))
        return count + _by_position(pairs, list(news), list(olds))
    if kind == "touchpoint":
        count = _pair(
            pairs, news, olds,
            lambda _i, r: (mapped("stage", r["stage"]), _norm(r["name"])),
            lambda _i, r: (r["stage"], _norm(r["name"])),
        )  # fmt: skip
        count += _pair(pairs, news, olds, lambda _i, r: _norm(r["name"]))
        for sid, oid in ref["stage"].items():
            count += _by_position(pairs, new.stage_tps(sid), old.stage_tps(oid))
        return count
    if kind == "flow":
        tp = "touchpoint"
        return _pair(
            pairs, news, olds,
            lambda _i, r: (mapped(tp, r["source"]), mapped(tp, r["target"]), r["kind"]),
            lambda _i, r: (r["source"], r["target"], r["kind"]),
        ) + _pair(
            pairs, news, olds,
            lambda _i, r: (mapped(tp, r["source"]), mapped(tp, r["target"])),
            lambda _i, r: (r["source"], r["target"]),
        )  # fmt: skip

    # annotations: same kind on the same (matched) target, by text, then by place
    def target(r: Record) -> str | None:
        return (
            mapped("touchpoint", r["target"])
            if r["target"] in new.records["touchpoint"]
            else mapped("stage", r["target"])
        )

    count = _pair(
        pairs, news, olds,
        lambda _i, r: (r["kind"], target(r), _norm(r["text"])),
        lambda _i, r: (r["kind"], r["target"], _norm(r["text"])),
    )  # fmt: skip
    return count + _pair(
        pairs,
        news,
        olds,
        lambda _i, r: (r["kind"], target(r), "*"),
        lambda _i, r: (r["kind"], r["target"], "*"),
    )
