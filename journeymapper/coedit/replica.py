"""One desktop's copy of the shared map: the model and its CRDT document kept in step.

Local model events mark records dirty and ``flush`` writes just those into the document;
messages from other peers go into the document, its events name the records they changed,
and only those are read, checked and brought into the model through ordinary model events.
The network sees only sync messages (bytes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from typing import Any

from pycrdt import (
    Doc,
    Subscription,
    TransactionEvent,
    YMessageType,
    YSyncMessageType,
    create_sync_message,
    create_update_message,
    handle_sync_message,
    read_message,
)

from ..model import JourneyMap
from ..model.entities import Touchpoint
from ..model.events import (
    AttributeChanged,
    EntityAdded,
    EntityMoved,
    EntityRemoved,
    Event,
    MapReset,
)
from .gate import Gate, Watch
from .layout import LIST_OF, Dirty, covers, write
from .planner import Planner
from .reconcile import ChangeNote, Unnoted, reconcile

log = logging.getLogger(__name__)

Source = Hashable | None
Outbox = Callable[[bytes, Source], None]


class BadMessage(ValueError):
    """A message that is not part of the sync protocol, or that the document cannot take."""


class Replica:
    """The map ``journey`` mirrored in a CRDT document; ``outbox`` gets every change to send.

    ``note`` hears each remote change the model took (the editor's document: it is not an
    undo step); ``gate`` (the host) checks every incoming update before the document takes it.
    """

    def __init__(
        self,
        journey: JourneyMap,
        outbox: Outbox | None = None,
        *,
        note: ChangeNote | None = None,
        gate: bool = False,
    ) -> None:
        self.journey = journey
        self.doc: Doc[Any] = Doc()
        self.outbox: Outbox = outbox or (lambda _message, _source: None)
        self.note: ChangeNote = note or Unnoted()
        self.refused: set[str] = set()
        self.synced = False
        self._dirty = Dirty()
        self._incoming = Dirty()
        self._source: Source = None
        self._applying = False
        self._receiving = False
        self._planner = Planner(self.doc)
        self._gate: Gate | None = None
        self._gated = gate
        self._held: list[bytes] = []
        self._unsubscribe = journey.subscribe(self._on_event)
        self._watch: Subscription | None = self.doc.observe(self._on_update)
        self._deep = Watch(self.doc, self._incoming)

    def close(self) -> None:
        self._unsubscribe()
        if self._watch is not None:
            self.doc.unobserve(self._watch)
            self._watch = None
        self._deep.stop()

    # ----------------------------------------------------------------- local
    def seed(self) -> None:
        """Put the whole map into the (empty) document: the host starts the shared map."""
        self._dirty.everything = True
        self.synced = True
        self.flush()
        if self._gated:
            self._gate = Gate(self.doc)

    @property
    def pending(self) -> bool:
        return bool(self._dirty)

    def _on_event(self, event: Event) -> None:
        if self._applying:
            return
        dirty = self._dirty
        if isinstance(event, MapReset):
            dirty.everything = True
        elif isinstance(event, EntityAdded | EntityRemoved):
            dirty.ids.add(event.id)
            dirty.lists.add(LIST_OF[event.kind])
            if isinstance(event.entity, Touchpoint):
                dirty.stages.add(event.entity.stage_id)
        elif isinstance(event, EntityMoved):
            dirty.ids.add(event.id)
            dirty.lists.add(LIST_OF[event.kind])
            dirty.stages.update(s for s in (event.old_stage, event.new_stage) if s)
        elif isinstance(event, AttributeChanged):
            dirty.ids.add(event.id)
        else:  # map settings
            dirty.meta = True

    def flush(self) -> None:
        """Write the local edits made since the last flush into the document (one update)."""
        if not self.pending or not self.synced:  # a joiner's edits wait for the shared map
            return
        dirty, self._dirty = self._dirty, Dirty()
        self._deep.stop()
        try:
            write(self.doc, self.journey, dirty)
        finally:
            self._deep.start()
        # records kept out because of what this edit brought back (an undone delete) come in
        waiting = self._planner.waiting
        ids = list(waiting) if dirty.everything else [i for i in dirty.ids if i in waiting]
        released = {waiter for i in ids for waiter in waiting.pop(i, ())}
        if released:
            self.refresh(Dirty(ids=released))

    # ---------------------------------------------------------------- remote
    def hello(self) -> bytes:
        """The first message to a peer: what this document has (sync step 1)."""
        return create_sync_message(self.doc)

    def receive(self, message: bytes, source: Source) -> bytes | None:
        """Take one sync message from ``source``; returns the reply to send back, if any.

        BadMessage when it is no sync message, the document refuses it or (on the host) the
        gate does; then the map and the document stay as they were.
        """
        if len(message) < 2 or message[0] != YMessageType.SYNC:
            raise BadMessage("not a sync message")
        self.flush()
        step = message[1]
        update = b""
        if step != YSyncMessageType.SYNC_STEP1:
            try:
                update = read_message(message[2:])
            except Exception:  # a length that runs past the end
                raise BadMessage("not a sync message") from None
        if update and self._gate is not None:
            reason = self._gate.admit(update)
            if reason is not None:
                self.refused |= self._gate.refused
                raise BadMessage(reason)
        self._incoming.clear()
        self._receiving = True
        self._source = source
        if not self.synced:  # the first sync reads everything: no events needed
            self._deep.stop()
        try:
            reply = handle_sync_message(message[1:], self.doc)
        except Exception as error:  # the CRDT decoder's own errors: garbage bytes
            raise BadMessage(f"the document refused it ({type(error).__name__})") from None
        finally:
            self._receiving = False
            self._source = None
            self._deep.start()
        if step != YSyncMessageType.SYNC_STEP1:
            first = not self.synced
            self.synced = True
            changes = self._incoming.taken()
            if self._waiting_parts(update):
                changes.everything = True
            if changes or first:
                self.refresh(changes)
        return reply

    def _waiting_parts(self, update: bytes) -> bool:
        """Whether parts that waited for a missing change came in now (True: read everything).

        An update that arrives before one it builds on (after a reconnect) waits inside the
        CRDT and is taken in silently later, without events that name its records.
        """
        if update and not covers(self.doc, update):
            self._held.append(update)
        arrived = [held for held in self._held if covers(self.doc, held)]
        self._held = [held for held in self._held if held not in arrived]
        return bool(arrived)

    def refresh(self, changes: Dirty | None = None) -> None:
        """Bring the model to what the document holds for ``changes`` (None: everything)."""
        if changes is None:
            changes = Dirty(everything=True)
        try:
            plan = self._planner.plan(self.journey, changes)
        except Exception:  # a document the checks cannot even read: the map stays as it is
            log.exception("co-editing: changes could not be read; the map stays as it was")
            return
        self.refused |= set(plan.refused)
        for entity_id in plan.refused:  # write our last good version back: peers converge
            if self.journey.find(entity_id) is not None:
                self._dirty.ids.add(entity_id)
        if not plan:
            return
        self._applying = True
        try:
            self.refused |= reconcile(self.journey, plan, self.note)
        finally:
            self._applying = False
        self.refused -= {e.id for e in plan.upserts}

    def _on_update(self, event: TransactionEvent) -> None:
        update = event.update
        if update and update != b"\x00\x00":
            if self._source is None and self._gate is not None and not self._receiving:
                self._gate.follow(update)
            self.outbox(create_update_message(update), self._source)
