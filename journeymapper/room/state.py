"""The room's rules: who joined, the facilitator's settings, and every check before an intent."""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .board import Board
from .intents import NOTE_KINDS, AddNote, CastDot, RateStage

PHASES = ("notes", "vote", "rate", "all", "closed")
ROLES = ("participant", "viewer")
MAX_NOTE = 200
MAX_NAME = 32
MAX_PEOPLE = 300
MAX_PENDING = 500
MAX_RANKED = 10  # the viewer's ranking: the top ten


class Refused(Exception):
    """A participant's request breaks a rule; ``code`` is what the page translates."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Settings:
    """What the facilitator decides: phase, open stages, note kinds, queue, lock, results."""

    phase: str = "notes"
    open_stages: frozenset[str] | None = None
    note_kinds: tuple[str, ...] = ("card",)
    queue: bool = False
    locked: bool = False
    show_results: bool = False
    presenting: str | None = None
    dots: int = 3
    cap: int | None = None

    def allows(self, action: str) -> bool:
        return self.phase == "all" and action != "closed" or self.phase == action


@dataclass
class Participant:
    """One person in the room, known by the secret key their browser keeps."""

    key: str
    name: str
    role: str
    number: int


@dataclass(frozen=True)
class PendingNote:
    """A note waiting for the facilitator's approval (queue mode)."""

    id: int
    note: AddNote


def key_hash(key: str) -> str:
    """What the map file keeps of a browser's secret key: its SHA-256 (never the key)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def clean_text(value: Any, limit: int) -> str:
    """Plain one-paragraph text: control characters out, spaces collapsed, at most ``limit``."""
    if not isinstance(value, str):
        return ""
    spaced = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in value)
    return " ".join(spaced.split())[:limit]


@dataclass
class Room:
    """All room state; not thread-safe: the server's event loop is its only user."""

    settings: Settings = field(default_factory=Settings)
    board: Board = field(default_factory=Board)
    people: dict[str, Participant] = field(default_factory=dict)
    pending: list[PendingNote] = field(default_factory=list)
    hidden: set[str] = field(default_factory=set)
    # each participant's dots and ratings sent but not yet in the board (by name: a quick look
    # for every vote while a crowd votes)
    _inflight: dict[str, list[CastDot | RateStage]] = field(default_factory=dict)
    _seq: int = 0
    _numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    # people of an earlier session of this room who have not come back yet: key hash -> name, role
    _known: dict[str, tuple[str, str]] = field(default_factory=dict)
    _pending_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    # ------------------------------------------------------------------ people
    def join(self, key: str, name: Any, role: str) -> Participant:
        """Let someone in (or back in with the same key, also after the room restarted: then
        with the name, dots and ratings they had); a locked room refuses newcomers."""
        known = self.people.get(key)
        if known is not None:
            return known
        earlier = self._known.pop(key_hash(key), None)
        if earlier is not None:
            name, role = earlier
            number = next(self._numbers)
            self.people[key] = Participant(key, name, role, number)
            return self.people[key]
        if self.settings.locked:
            raise Refused("locked")
        if len(self.people) >= MAX_PEOPLE:
            raise Refused("full")
        number = next(self._numbers)
        wanted = clean_text(name, MAX_NAME) or f"Guest {number}"
        taken = {p.name.casefold() for p in self.people.values()}
        taken |= {name.casefold() for name, _role in self._known.values()}  # may come back
        taken |= {name.casefold() for name in self.board.voters}  # the facilitator's voters
        unique, n = wanted, 2
        while unique.casefold() in taken:
            unique, n = f"{wanted} {n}", n + 1
        person = Participant(key, unique, role if role in ROLES else "viewer", number)
        self.people[key] = person
        return person

    def joined(self) -> int:
        return sum(1 for p in self.people.values() if p.role == "participant")

    # ----------------------------------------------------------------- checks
    def _next(self) -> int:
        self._seq += 1
        return self._seq

    def _stage_open(self, stage_id: Any) -> bool:
        if not isinstance(stage_id, str) or stage_id not in self.board.stage_ids:
            return False
        stages = self.settings.open_stages
        return stages is None or stage_id in stages

    def _participant(self, who: Participant, action: str) -> None:
        if who.role != "participant":
            raise Refused("viewer")
        if not self.settings.allows(action):
            raise Refused("phase")

    def note(self, who: Participant, stage_id: Any, kind: Any, text: Any) -> AddNote | None:
        """The note to add now, or None when it waits in the moderation queue."""
        self._participant(who, "notes")
        if not self._stage_open(stage_id):
            raise Refused("stage")
        if kind not in NOTE_KINDS or kind not in self.settings.note_kinds:
            raise Refused("kind")
        clean = clean_text(text, MAX_NOTE)
        if not clean:
            raise Refused("empty")
        if isinstance(text, str) and len(text) > MAX_NOTE * 2:
            raise Refused("long")
        if self.settings.queue:
            if len(self.pending) >= MAX_PENDING:
                raise Refused("busy")
            note = AddNote(0, stage_id, kind, clean, who.name)
            self.pending.append(PendingNote(next(self._pending_ids), note))
            return None
        return AddNote(self._next(), stage_id, kind, clean, who.name)

    def approve(self, pending_id: int) -> AddNote | None:
        """Take a queued note out of the queue and let it into the map."""
        for entry in self.pending:
            if entry.id == pending_id:
                self.pending.remove(entry)
                return dataclasses.replace(entry.note, seq=self._next())
        return None

    def reject(self, pending_id: int) -> None:
        self.pending = [p for p in self.pending if p.id != pending_id]

    def vote(self, who: Participant, item_id: Any, delta: Any) -> CastDot:
        """One dot on (delta 1) or off (delta -1) an item, within budget and cap."""
        self._participant(who, "vote")
        if self.board.ended:
            raise Refused("ended")
        votable = self.board.votable
        if not isinstance(item_id, str) or item_id not in votable or item_id in self.hidden:
            raise Refused("item")
        if not self._stage_open(votable[item_id]):
            raise Refused("stage")
        if delta not in (1, -1) or isinstance(delta, bool):
            raise Refused("bad")
        budget, cap = self.budget()
        dots = self.dots(who)
        on_item = dots.get(item_id, 0)
        if delta > 0 and sum(dots.values()) >= budget:
            raise Refused("budget")
        if delta > 0 and cap is not None and on_item >= cap:
            raise Refused("cap")
        if delta < 0 and on_item <= 0:
            raise Refused("none")
        intent = CastDot(self._next(), who.name, item_id, delta, budget, cap)
        self._inflight.setdefault(who.name, []).append(intent)
        return intent

    def rate(self, who: Participant, stage_id: Any, value: Any) -> RateStage:
        """How the participant felt at a stage, on the map's scale (None: take it back)."""
        self._participant(who, "rate")
        if not self._stage_open(stage_id):
            raise Refused("stage")
        low, high = self.board.scale
        if value is not None and not (
            isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
        ):
            raise Refused("scale")
        intent = RateStage(self._next(), who.name, stage_id, value)
        self._inflight.setdefault(who.name, []).append(intent)
        return intent

    # ------------------------------------------------------------ the tallies
    def publish(self, board: Board) -> None:
        """The map changed: intents the board already holds are no longer in flight."""
        self.board = board
        waiting = {n: [i for i in sent if i.seq > board.seq] for n, sent in self._inflight.items()}
        self._inflight = {name: sent for name, sent in waiting.items() if sent}

    def in_flight(self) -> list[CastDot | RateStage]:
        """Dots and ratings sent on to the map but not yet in its board, in the order sent."""
        return sorted((i for sent in self._inflight.values() for i in sent), key=lambda i: i.seq)

    def budget(self) -> tuple[int, int | None]:
        if self.board.budget is not None:
            return self.board.budget, self.board.cap
        return self.settings.dots, self.settings.cap

    def dots(self, who: Participant) -> dict[str, int]:
        """The participant's dots per item: the map's ballot plus dots still on their way."""
        dots = dict(self.board.ballots.get(who.name, {}))
        for intent in self._inflight.get(who.name, ()):
            if isinstance(intent, CastDot):
                dots[intent.item_id] = dots.get(intent.item_id, 0) + intent.delta
        return {item: n for item, n in dots.items() if n > 0}

    def ratings(self, who: Participant) -> dict[str, int]:
        mine = {s: a[who.name] for s, a in self.board.ratings.items() if who.name in a}
        for intent in self._inflight.get(who.name, ()):
            if isinstance(intent, RateStage):
                if intent.value is None:
                    mine.pop(intent.stage_id, None)
                else:
                    mine[intent.stage_id] = intent.value
        return mine

    # ---------------------------------------------------------------- the view
    def view(self, who: Participant) -> dict[str, Any]:
        """Everything one participant's page shows, as JSON-ready data."""
        if who.role == "viewer":
            return self.viewer_view()
        board, settings = self.board, self.settings
        budget, cap = self.budget()
        dots = self.dots(who)
        show_votes = not board.hidden and settings.show_results
        items = [
            {"id": i.id, "kind": i.kind, "stage": i.stage_id, "text": i.text,
             "author": i.author, "votes": i.votes if show_votes else None,
             "votable": i.kind in board.targets, "mine": dots.get(i.id, 0)}
            for i in board.items
            if i.id not in self.hidden
        ]  # fmt: skip
        open_stages = settings.open_stages
        return {
            "type": "state",
            "role": who.role,
            "name": who.name,
            "phase": settings.phase,
            "title": board.title,
            "language": board.language,
            "scale": board.scale_data(),
            "stages": [
                {"id": sid, "name": name, "open": open_stages is None or sid in open_stages}
                for sid, name in board.stages
            ],
            "kinds": list(settings.note_kinds),
            "items": items,
            "budget": budget,
            "cap": cap,
            "remaining": budget - sum(dots.values()),
            "ratings": self.ratings(who),
            "crowd": list(board.crowd) if settings.show_results else [],
            "presenting": settings.presenting,
            "queue": settings.queue,
            "waiting": sum(1 for p in self.pending if p.note.author == who.name),
            "joined": self.joined(),
        }

    def viewer_view(self) -> dict[str, Any]:
        """What a projector or a laptop watching the room shows: only what the facilitator
        shares (the stage presented, and with results on: the ranking and the crowd curve)."""
        board, settings = self.board, self.settings
        presenting = settings.presenting if settings.presenting in board.stage_ids else None
        shared = [i for i in board.items if i.id not in self.hidden]
        on_screen = [
            {"id": i.id, "kind": i.kind, "text": i.text, "author": i.author}
            for i in shared
            if presenting is not None and i.stage_id == presenting
        ]
        results = settings.show_results and not board.hidden
        voted = sorted((i for i in shared if i.votes > 0), key=lambda i: -i.votes)
        stage_names = dict(board.stages)
        ranking = [
            {"id": i.id, "kind": i.kind, "text": i.text, "votes": i.votes,
             "stage": stage_names.get(i.stage_id, "")}
            for i in voted[:MAX_RANKED]
        ]  # fmt: skip
        return {
            "type": "state",
            "role": "viewer",
            "phase": settings.phase,
            "title": board.title,
            "language": board.language,
            "scale": board.scale_data(),
            "stages": [{"id": sid, "name": name} for sid, name in board.stages],
            "presenting": presenting,
            "on_screen": on_screen,
            "results": settings.show_results,
            "votes_hidden": settings.show_results and board.hidden,
            "ranking": ranking if results else [],
            "crowd": list(board.crowd) if settings.show_results else [],
            "joined": self.joined(),
        }

    # --------------------------------------------------------------- the session
    def session(self) -> dict[str, Any]:
        """What the map keeps so a restarted room resumes (``resume``): the settings, the notes
        hidden from phones, the notes waiting for approval, and who joined (by key hash)."""
        people = [(key_hash(p.key), p.name, p.role) for p in self.people.values()]
        people += [(h, name, role) for h, (name, role) in self._known.items()]
        return {
            "settings": settings_data(self.settings),
            "hidden": sorted(self.hidden),
            "pending": [
                {"stage": p.note.stage_id, "kind": p.note.kind, "text": p.note.text,
                 "author": p.note.author}
                for p in self.pending
            ],
            "people": [{"key": h, "name": name, "role": role} for h, name, role in people],
        }  # fmt: skip

    def resume(self, data: Any) -> None:
        """Carry on from a session the map kept: hidden notes, the queue, people who may come
        back (settings are the owner's to apply: ``session_settings``). Anything malformed is
        left out: the room starts fresh rather than refusing to open."""
        if not isinstance(data, dict):
            return
        self.hidden |= {i for i in data.get("hidden", ()) if isinstance(i, str)}
        for entry in data.get("pending", ())[:MAX_PENDING]:
            if isinstance(entry, dict) and entry.get("kind") in NOTE_KINDS:
                text = clean_text(entry.get("text"), MAX_NOTE)
                stage = entry.get("stage")
                if text and isinstance(stage, str):
                    note = AddNote(0, stage, entry["kind"], text,
                                   clean_text(entry.get("author"), MAX_NAME + 8))  # fmt: skip
                    self.pending.append(PendingNote(next(self._pending_ids), note))
        for person in data.get("people", ())[:MAX_PEOPLE]:
            if isinstance(person, dict) and isinstance(person.get("key"), str):
                name = clean_text(person.get("name"), MAX_NAME + 8)
                role = person.get("role") if person.get("role") in ROLES else "viewer"
                if name:
                    self._known[person["key"]] = (name, str(role))


def settings_data(settings: Settings) -> dict[str, Any]:
    """The facilitator's settings as a kept session holds them (not the stage on screen)."""
    stages = settings.open_stages
    return {
        "phase": settings.phase,
        "open_stages": sorted(stages) if stages is not None else None,
        "note_kinds": list(settings.note_kinds),
        "queue": settings.queue,
        "locked": settings.locked,
        "show_results": settings.show_results,
        "dots": settings.dots,
        "cap": settings.cap,
    }


def session_settings(data: Any, fallback: Settings) -> Settings:
    """The facilitator's settings a kept session names (``fallback``'s where it names none)."""
    kept = data.get("settings") if isinstance(data, dict) else None
    if not isinstance(kept, dict):
        return fallback
    changes: dict[str, Any] = {}
    if kept.get("phase") in PHASES:
        changes["phase"] = kept["phase"]
    stages = kept.get("open_stages", ...)
    if stages is None or isinstance(stages, list):
        changes["open_stages"] = None if stages is None else frozenset(map(str, stages))
    kinds = kept.get("note_kinds")
    if isinstance(kinds, list) and all(k in NOTE_KINDS for k in kinds):
        changes["note_kinds"] = tuple(kinds)
    for flag in ("queue", "locked", "show_results"):
        if isinstance(kept.get(flag), bool):
            changes[flag] = kept[flag]
    if isinstance(kept.get("dots"), int) and 1 <= kept["dots"] <= 100:
        changes["dots"] = kept["dots"]
    cap = kept.get("cap", ...)
    if cap is None or (isinstance(cap, int) and 1 <= cap <= 100):
        changes["cap"] = cap
    return dataclasses.replace(fallback, **changes)
