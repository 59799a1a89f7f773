"""The host's check of every incoming update before its own document takes (and relays) it.

The update goes into a copy of the host's document first; the records it changes are read
and checked like a file, without the context a concurrent edit could change (references
and the scale are checked when the map is read). Anything forged, mistyped or oversized
refuses the whole update: the copy is rebuilt from the host's document and nothing is relayed.
"""

from __future__ import annotations

import logging
from typing import Any

from pycrdt import Array, Doc, Subscription

from .layout import (
    LIST_KEY,
    ORDER,
    ROOTS,
    Dirty,
    cards,
    covers,
    entities,
    meta,
    order,
    plain,
)
from .reading import (
    WIDE_SCALE,
    check,
    decode,
    decode_meta,
    everything_known,
    references,
    settings_refs,
)

log = logging.getLogger(__name__)

MAX_RECORDS = 200_000  # entities in one shared map (the largest maps have ~30,000)
MAX_CHANGED = 50_000  # records one update may change


class Gate:
    """Admits an update to ``doc`` only if what it changes is a valid part of a map."""

    def __init__(self, doc: Doc[Any]) -> None:
        self.doc = doc
        self.refused: set[str] = set()  # the records of the last refused update
        self._changes = Dirty()
        self.copy: Doc[Any] = Doc()
        self._watch = Watch(self.copy, self._changes)
        self._rebuild()

    def _rebuild(self) -> None:
        self._watch.stop()
        self.copy = Doc()
        self.copy.apply_update(self.doc.get_update())
        self._watch = Watch(self.copy, self._changes)

    def follow(self, update: bytes) -> None:
        """The host's own change (already in ``doc``): the copy takes it too."""
        self._watch.stop()
        try:
            self.copy.apply_update(update)
        finally:
            self._watch.start()

    def admit(self, update: bytes) -> str | None:
        """None if ``update`` may go into the document, else why not (logged)."""
        self._changes.clear()
        self.refused = set()
        reason: str | None
        try:
            self.copy.apply_update(update)
        except Exception as error:  # the CRDT decoder's own errors: garbage bytes
            reason = f"the document refused it ({type(error).__name__})"
        else:
            try:
                reason = self._problem() if covers(self.copy, update) else "out of order"
            except Exception as error:  # whatever the data, a refusal and never a crash
                reason = f"unreadable ({type(error).__name__})"
        if reason is not None:
            log.warning("co-editing: update refused: %s", reason)
            self._rebuild()
        return reason

    def _problem(self) -> str | None:
        changes = self._changes
        unknown = set(self.copy.keys()) - ROOTS
        if unknown:
            return f"unknown parts {sorted(unknown)[:3]}"
        if len(changes.ids) > MAX_CHANGED or len(entities(self.copy)) > MAX_RECORDS:
            return "too many records"
        records = []
        table, before = entities(self.copy), entities(self.doc)
        for entity_id in sorted(changes.ids):
            entry = table.get(entity_id)
            if entry is None:
                continue
            record = decode(entity_id, entry)
            old = before.get(entity_id)
            old_record = decode(entity_id, old) if old is not None else None
            if record is None or (old_record and old_record[LIST_KEY] != record[LIST_KEY]):
                self.refused.add(entity_id)
                return f"{entity_id!r} is not a record of the map"
            records.append(record)
        refs = set().union(*(references(r) for r in records)) if records else set()
        settings = {"title": "-", "emotion_scale": WIDE_SCALE}
        result = check(records, settings, everything_known(refs))
        if result.refused:
            self.refused |= set(result.refused)
            return "; ".join(f"{k}: {v}" for k, v in sorted(result.refused.items())[:3])
        if changes.meta:
            values = decode_meta(plain(meta(self.copy)))
            if values is None:
                return "map settings are not readable"
            result = check([], values, everything_known(settings_refs(values)))
            if result.parts is None:
                return "map settings: " + "; ".join(result.wide[:3])
        for name in changes.lists:
            if not _ids_only(order(self.copy, name)):
                return f"the order of {name} is not a list of ids"
        per_stage = cards(self.copy)
        for stage_id in changes.stages:
            array = per_stage.get(stage_id)
            if array is not None and not _ids_only(array):
                return f"the cards of {stage_id!r} are not a list of ids"
        return None


def _ids_only(array: Any) -> bool:
    if not isinstance(array, Array):
        return False
    return all(isinstance(x, str) and len(x) <= 200 for x in plain(array))


class Watch:
    """Notes in ``changes`` which records, lists, stages' cards and settings ``doc`` changes.

    Stopped while the owner writes (its own writes need no reading back) and for a first
    sync (everything is read then): the CRDT's events cost time in proportion to the change.
    """

    def __init__(self, doc: Doc[Any], changes: Dirty) -> None:
        self.doc = doc
        self.changes = changes
        self._subscriptions: list[tuple[Any, Subscription]] = []
        self.start()

    def start(self) -> None:
        if self._subscriptions:
            return
        doc, changes = self.doc, self.changes

        on_entities, on_cards = _on_keys(changes.ids), _on_keys(changes.stages)

        def on_meta(_events: list[Any]) -> None:
            changes.meta = True

        for root, callback in ((entities(doc), on_entities), (cards(doc), on_cards),
                               (meta(doc), on_meta)):  # fmt: skip
            self._subscriptions.append((root, root.observe_deep(callback)))
        for name in sorted(ROOTS):
            if name.startswith(ORDER):
                array = order(doc, name[len(ORDER):])
                on_list = _on_list(changes, name[len(ORDER):])
                self._subscriptions.append((array, array.observe(on_list)))

    def stop(self) -> None:
        for root, subscription in self._subscriptions:
            root.unobserve(subscription)
        self._subscriptions = []


def _on_keys(names: set[str]) -> Any:
    """A deep observer noting the first key of every change (a record's id, a stage's id)."""

    def on_change(events: list[Any]) -> None:
        for event in events:
            if event.path:
                names.add(str(event.path[0]))
            else:
                names.update(str(k) for k in event.keys)

    return on_change


def _on_list(changes: Dirty, name: str) -> Any:
    def on_change(_event: Any) -> None:
        changes.lists.add(name)

    return on_change
