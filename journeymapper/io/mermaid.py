"""Mermaid ``journey`` diagrams ⇄ maps: the whole grammar mermaid accepts, and a faithful writer.

Reading (``read_mermaid``) follows mermaid's own journey lexer: ``journey``; ``title …``; a YAML
front-matter ``title:`` (other front matter and ``%%{…}%%`` directives are ignored); ``section …``;
tasks ``Name: score: Actor, Actor`` (actors optional, spaces around colons optional);
``accTitle:``, ``accDescr:`` and multi-line ``accDescr { … }``; ``%%`` comment lines and ``#``
comments; keywords in any case; any indentation; entity codes such as ``#58;``. A Markdown file
is read from its first fenced ``mermaid`` block that holds a journey.

Mapping onto a map:

* each ``section`` becomes a stage in order (two sections with one name stay two stages);
  tasks before the first section go into a default stage;
* each task becomes a touchpoint of its stage; all touchpoints are chained by main flows;
* actors become personas in order of first appearance; a diagram without actors gets one
  default persona; a task without actors in a diagram with actors scores for every persona;
* the score 1…5 maps linearly onto the emotion scale:
  ``emotion = lo + (score - 1) · (hi - lo) / 4``, on the default scale −2…+2 simply
  ``score − 3``. A score that is not a number, or lies outside 1…5, is an error naming
  the line (mermaid would draw it off the chart);
* ``title`` (else the front-matter title, else ``accTitle``) is the map title; ``accDescr``
  its description; ``<br>`` variants in section and task names become line breaks.

Writing (``write_mermaid``) gives one task per touchpoint, stage by stage. Characters Mermaid
cannot hold in names are written as Mermaid entity codes, which mermaid renders as the
character and ``read_mermaid`` decodes: ``#`` → ``#35;``, ``:`` → ``#58;``, ``;`` → ``#59;``,
``,`` in actor names → ``#44;``; a line break → a space; a name that starts like a keyword
(``journey``, ``title``, ``section``, ``accTitle``, ``accDescr``) or ``%`` gets its first
character as a code. Scores: ``score = 1 + (emotion - lo) · 4 / (hi - lo)`` of ONE persona's
as-is emotion (``--persona``, else the first persona, named in a ``%% scores:`` comment;
never an average), rounded half up and clamped to 1…5; the actors are the personas with an
emotion there; a touchpoint without that persona's emotion is written as a neutral 3. What
Mermaid cannot express (lanes, pain points, opportunities, flows other than the main chain,
to-be emotions, touchpoint details) is dropped and summed up in one note line.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..model import Emotion, EmotionScale, JourneyMap, Language, ModelError
from .errors import MapFileError
from .import_common import (
    DEFAULT_PERSONA,
    DEFAULT_STAGE,
    MAX_IMPORT_ROWS,
    guess_language,
    new_import_map,
    persona_style,
    too_many_rows,
)
from .mermaid_text import Entities, find_block
from .mermaid_write import write_mermaid
from .messages import at_line, file_msg

__all__ = ["read_mermaid", "score_to_emotion", "write_mermaid"]

_JOURNEY = re.compile(r"journey\b", re.IGNORECASE)
_TITLE = re.compile(r"title\s(.*)", re.IGNORECASE | re.DOTALL)
_SECTION = re.compile(r"section(?:\s(.*))?$", re.IGNORECASE | re.DOTALL)
_ACC_TITLE = re.compile(r"acctitle\s*:(.*)", re.IGNORECASE | re.DOTALL)
_ACC_DESCR = re.compile(r"accdescr\s*:(.*)", re.IGNORECASE | re.DOTALL)
_ACC_DESCR_BLOCK = re.compile(r"accdescr\s*\{(.*)", re.IGNORECASE | re.DOTALL)
MAX_ACTORS = 100  # each becomes a persona with an emotion on every task it is named in
_SCORE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


@dataclass
class _Task:
    name: str
    score: float
    actors: list[str]
    line: int


@dataclass
class _Section:
    name: str | None
    line: int
    tasks: list[_Task] = field(default_factory=list)


@dataclass
class _Parser:
    """Mermaid's journey grammar, one statement at a time."""

    source: str
    entities: Entities
    header: bool = False
    title: str = ""
    acc_title: str = ""
    acc_descr: str = ""
    descr_open: int = 0
    descr_parts: list[str] = field(default_factory=list)
    sections: list[_Section] = field(default_factory=list)
    tasks: int = 0
    actors: set[str] = field(default_factory=set)

    def fail(self, message: str, line: int) -> MapFileError:
        return MapFileError(self.source, message, at_line(line))

    def line(self, text: str, number: int) -> None:
        rest: str | None = text
        while rest is not None:
            rest = self._descr_line(rest) if self.descr_open else self._statement(rest, number)

    def _descr_line(self, text: str) -> str | None:
        end = text.find("}")
        self.descr_parts.append(text if end < 0 else text[:end])
        if end < 0:
            return None
        self._close_descr()
        return text[end + 1 :]

    def _close_descr(self) -> None:
        text = re.sub(r"\n\s+", "\n", "\n".join(self.descr_parts).strip())
        self.acc_descr = self.entities.restore(text)
        self.descr_open = 0
        self.descr_parts = []

    def _statement(self, text: str, number: int) -> str | None:
        text = text.strip()
        if not text or text.startswith("%%"):
            return None
        if self.header:
            for pattern, name in ((_ACC_TITLE, "acc_title"), (_ACC_DESCR, "acc_descr")):
                match = pattern.match(text)
                if match:
                    setattr(self, name, self.entities.restore(match.group(1).strip()))
                    return None
            match = _ACC_DESCR_BLOCK.match(text)
            if match:
                self.descr_open = number
                return match.group(1)
        text = text.split("#", 1)[0].strip()
        if not text:
            return None
        if ";" in text:
            raise self.fail(file_msg("mermaid.semicolon"), number)
        match = _JOURNEY.match(text)
        if match:
            if self.header:
                raise self.fail(file_msg("mermaid.journey_twice"), number)
            self.header = True
            return text[match.end() :] or None
        if not self.header:
            first = text.split()[0][:40]
            raise self.fail(file_msg("mermaid.starts_with", repr(first)), number)
        self._content(text, number)
        return None

    def _content(self, text: str, number: int) -> None:
        match = _TITLE.match(text)
        if match:
            self.title = self.entities.restore(match.group(1)).strip()
            return
        match = _SECTION.match(text)
        if match:
            raw = match.group(1) or ""
            if ":" in raw:
                raise self.fail(file_msg("mermaid.section_colon"), number)
            name = self.entities.restore(raw.strip(), breaks=True).strip()
            self._count(number)
            self.sections.append(_Section(name, number))
            return
        self._task(text, number)

    def _task(self, text: str, number: int) -> None:
        raw_name, colon, data = text.partition(":")
        if not colon:
            raise self.fail(file_msg("mermaid.expected_task", repr(text[:40])), number)
        name = self.entities.restore(raw_name.strip(), breaks=True).strip()
        if not name:
            raise self.fail(file_msg("mermaid.task_name"), number)
        pieces = data.split(":")
        score_text = pieces[0].strip()
        if not score_text:
            raise self.fail(file_msg("mermaid.no_score", repr(name[:40])), number)
        if not _SCORE.fullmatch(score_text):
            raise self.fail(file_msg("mermaid.score_nan", repr(score_text[:20])), number)
        score = float(score_text)
        if not (math.isfinite(score) and 1 <= score <= 5):
            raise self.fail(file_msg("mermaid.score_range", score_text[:20]), number)
        actors: list[str] = []
        for raw in pieces[1].split(",") if len(pieces) > 1 else ():
            actor = self.entities.restore(raw).strip()
            if actor and actor not in actors:
                actors.append(actor)
                self.actors.add(actor)
        if len(self.actors) > MAX_ACTORS:
            raise self.fail(file_msg("mermaid.actors", MAX_ACTORS), number)
        self._count(number)
        if not self.sections:
            self.sections.append(_Section(None, number))
        self.sections[-1].tasks.append(_Task(name, score, actors, number))

    def _count(self, number: int) -> None:
        """Sections and tasks become stages and cards: at most ``MAX_IMPORT_ROWS`` of them."""
        if self.tasks == MAX_IMPORT_ROWS:
            raise self.fail(too_many_rows("tasks"), number)
        self.tasks += 1

    def finish(self, first_line: int) -> None:
        if self.descr_open:
            raise self.fail(file_msg("mermaid.descr_open"), self.descr_open)
        if not self.header:
            raise self.fail(file_msg("mermaid.no_journey"), first_line)


def score_to_emotion(score: float, scale: EmotionScale) -> float:
    """The emotion for a Mermaid score 1…5 on ``scale`` (−2…+2: ``score − 3``)."""
    value = scale.minimum + (score - 1) * (scale.maximum - scale.minimum) / 4
    return int(value) if float(value).is_integer() else value


def read_mermaid(text: str, source: str) -> JourneyMap:
    """A map from a Mermaid journey (or Markdown holding one); MapFileError naming the line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    block = find_block(text, source)
    parser = _Parser(source, Entities(text, source))
    for offset, line in enumerate(block.lines):
        parser.line(parser.entities.hide(line), block.first_line + offset)
    parser.finish(block.first_line)
    return _build(parser, block.front_title, guess_language(text))


def _build(parser: _Parser, front_title: str, lang: Language) -> JourneyMap:
    title = parser.title or front_title or parser.acc_title
    journey = new_import_map(title, lang)
    line = parser.sections[0].line if parser.sections else 1
    try:
        if parser.acc_descr:
            journey.set_setting("description", parser.acc_descr)
        actors = list(dict.fromkeys(a for s in parser.sections for t in s.tasks for a in t.actors))
        names = actors or [DEFAULT_PERSONA[lang.value]]
        personas = {
            name: journey.add_persona(name, **persona_style(i)).id for i, name in enumerate(names)
        }
        previous: str | None = None
        scale = journey.emotion_scale
        for section in parser.sections:
            line = section.line
            stage = journey.add_stage(section.name or DEFAULT_STAGE[lang.value])
            for task in section.tasks:
                line = task.line
                emotion = Emotion(score_to_emotion(task.score, scale))
                who = task.actors or names
                tp = journey.add_touchpoint(
                    stage.id, task.name, emotions={personas[a]: emotion for a in who}
                )
                if previous is not None:
                    journey.add_flow(previous, tp.id, "main")
                previous = tp.id
    except ModelError as exc:
        raise parser.fail(exc.message, line) from None
    return journey
