"""One desktop's copy of the shared map: the model and its CRDT document kept in step.

Local model events mark records dirty and ``flush`` writes them into the document; messages
from other peers go into the document and the model is brought to the (checked) result
through ordinary model events. The network sees only sync messages (bytes).
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
    create_sync_message,
    create_update_message,
    handle_sync_message,
)

from ..io.codec import map_to_data
from ..io.errors import MapFileError
from ..model import JourneyMap
from ..model.events import (
    AttributeChanged,
    EntityAdded,
    EntityMoved,
    EntityRemoved,
    Event,
    MapReset,
)
from .layout import write
from .reading import checked
from .reconcile import reconcile

log = logging.getLogger(__name__)

Source = Hashable | None
Outbox = Callable[[bytes, Source], None]


class BadMessage(ValueError):
    """A message that is not part of the sync protocol, or that the document cannot take."""


class Replica:
    """The map ``journey`` mirrored in a CRDT document; ``outbox`` gets every change to send."""

    def __init__(self, journey: JourneyMap, outbox: Outbox | None = None) -> None:
        self.journey = journey
        self.doc: Doc[Any] = Doc()
        self.outbox: Outbox = outbox or (lambda _message, _source: None)
        self.refused: set[str] = set()
        self.synced = False
        self._dirty: set[str] = set()
        self._everything = False
        self._source: Source = None
        self._applying = False
        self._arrived = False
        self._unsubscribe = journey.subscribe(self._on_event)
        self._watch: Subscription | None = self.doc.observe(self._on_update)

    def close(self) -> None:
        self._unsubscribe()
        if self._watch is not None:
            self.doc.unobserve(self._watch)
            self._watch = None

    # ----------------------------------------------------------------- local
    def seed(self) -> None:
        """Put the whole map into the (empty) document: the host starts the shared map."""
        self._everything = True
        self.synced = True
        self.flush()

    @property
    def pending(self) -> bool:
        return self._everything or bool(self._dirty)

    def _on_event(self, event: Event) -> None:
        if self._applying:
            return
        if isinstance(event, MapReset):
            self._everything = True
        elif isinstance(event, EntityAdded | EntityRemoved | AttributeChanged | EntityMoved):
            self._dirty.add(event.id)
        else:  # map settings: written with every flush anyway
            self._dirty.add("")

    def flush(self) -> None:
        """Write the local edits made since the last flush into the document (one update)."""
        if not self.pending or not self.synced:  # a joiner's edits wait for the shared map
            return
        ids = None if self._everything else self._dirty - {""}
        self._dirty = set()
        self._everything = False
        write(self.doc, map_to_data(self.journey), ids)

    # ---------------------------------------------------------------- remote
    def hello(self) -> bytes:
        """The first message to a peer: what this document has (sync step 1)."""
        return create_sync_message(self.doc)

    def receive(self, message: bytes, source: Source) -> bytes | None:
        """Take one sync message from ``source``; returns the reply to send back, if any.

        BadMessage when it is no sync message or the document refuses it; the map stays as is.
        """
        if len(message) < 2 or message[0] != YMessageType.SYNC:
            raise BadMessage("not a sync message")
        self.flush()
        self._arrived = False
        self._source = source
        try:
            reply = handle_sync_message(message[1:], self.doc)
        except Exception as error:  # the CRDT decoder's own errors: garbage bytes
            raise BadMessage(f"the document refused it ({type(error).__name__})") from None
        finally:
            self._source = None
        if message[1] != 0:  # step 2 or an update: something may have arrived
            self.synced = True
            if self._arrived:  # (deletes leave the state vector as it was: watch updates)
                self.refresh()
        return reply

    def refresh(self) -> None:
        """Bring the model to what the document holds (checked like a file)."""
        try:
            parts, refused = checked(self.doc, map_to_data(self.journey))
        except MapFileError as error:
            log.warning("co-editing: update refused, the map stays as it was: %s", error)
            return
        self.refused = refused  # what the document holds that the map does not take
        self._applying = True
        try:
            reconcile(self.journey, parts)
        finally:
            self._applying = False

    def _on_update(self, event: TransactionEvent) -> None:
        update = event.update
        if update and update != b"\x00\x00":
            self._arrived = True
            self.outbox(create_update_message(update), self._source)
