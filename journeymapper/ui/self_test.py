"""``journeymapper --self-test``: every template through the real window, commands and files."""

from __future__ import annotations

import functools
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TextIO

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QSettings,
    QtMsgType,
    qInstallMessageHandler,
)

from ..commands import (
    AddEntity,
    ChangeAttributes,
    ChangeEmotionScale,
    MoveEntity,
    RemoveEntities,
    SetCell,
    SetEmotion,
    SetMetric,
)
from ..io.jmap import dumps_map, load_map
from ..io.recovery import RecoverySlot
from ..model import AnnotationKind, EmotionScale, EntityKind, LaneKind
from ..templates import LANGUAGES, TEMPLATES, build_template
from .document import Document
from .main_window import MainWindow
from .settings_store import SettingsStore


class SelfTestFailure(Exception):
    """One check of the self-test did not hold."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


def _edit(window: MainWindow) -> None:
    """Scripted edits through the commands, the scene and the panels of the window."""
    context = window.context
    journey = context.journey
    push = context.push
    window.edits.add_stage()
    stage = journey.stages()[0]
    add = AddEntity(journey, EntityKind.TOUCHPOINT, {"stage_id": stage.id, "name": "Self-test"})
    _check(push(add), "adding a touchpoint was refused")
    tp_id = add.entity_id
    context.scene.select_ids([tp_id])
    QCoreApplication.processEvents()
    _check(window.inspector.current_id() == tp_id, "the inspector does not show the selection")
    push(ChangeAttributes(journey, tp_id, {"name": "Self-test ✓ ā č ж", "channel": "chat"}))
    if not journey.personas():
        window.personas.add_persona()
    persona = journey.personas()[0]
    scale = journey.emotion_scale
    push(SetEmotion(journey, tp_id, persona.id, scale.minimum, scale.maximum))
    push(SetMetric(journey, tp_id, "csat", 80))
    fields = {"kind": AnnotationKind.PAIN_POINT, "target": tp_id, "text": "Slow"}
    push(AddEntity(journey, EntityKind.ANNOTATION, fields))
    text_lanes = [lane for lane in journey.lanes() if lane.kind is LaneKind.TEXT]
    if text_lanes:
        push(SetCell(journey, text_lanes[0].id, stage.id, "Self-test cell"))
    if len(journey.stages()) > 1:
        push(MoveEntity(journey, journey.stages()[-1].id, 0))
    others = [tp.id for tp in journey.touchpoints() if tp.id != tp_id]
    if others:
        push(RemoveEntities(journey, others[:1]))
    push(ChangeEmotionScale(journey, EmotionScale(1, 5), True))
    _check(window.document.is_modified(), "edits did not mark the map as modified")


def _run_one(window: MainWindow, template: str, language: str, folder: Path) -> None:
    _check(window.files.new_map(template, language), "New from template failed")
    document = window.document
    stack = document.undo_stack
    before = dumps_map(document.journey)
    _edit(window)
    after = dumps_map(document.journey)
    _check(after != before, "the edits changed nothing")
    while stack.canUndo():
        stack.undo()
    _check(dumps_map(document.journey) == before, "undo back to the start differs from the start")
    while stack.canRedo():
        stack.redo()
    _check(dumps_map(document.journey) == after, "redo to the end differs from the edited map")
    _check(window.autosaver.save_now(), "autosave did not write the recovery file")
    path = folder / f"{template}-{language}.jmap"
    _check(window.files.write(path), f"saving to {path} failed")
    _check(not document.is_modified(), "the map is still modified after saving")
    _check(not window.autosaver.slot.exists(), "the recovery file survived a clean save")
    _check(dumps_map(load_map(path)) == after, "the reloaded map differs from the saved one")
    _check(window.files.open_path(path), "reopening the saved map failed")
    _check(dumps_map(window.document.journey) == after, "the reopened map differs")


def _quiet_offscreen(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Drop the offscreen platform's harmless notices; pass every other Qt message on."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def run_self_test(out: TextIO | None = None) -> int:
    """Open each template in each language, edit, undo, redo, save, reload; 0 if all held."""
    stream = out if out is not None else sys.stdout
    failures: list[str] = []
    errors: list[str] = []
    previous_hook = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        errors.append("".join(traceback.format_exception(kind, error, tb)))

    sys.excepthook = hook
    previous_handler = qInstallMessageHandler(_quiet_offscreen)
    with tempfile.TemporaryDirectory(prefix="journeymapper-self-test-") as temp:
        folder = Path(temp)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        slot = RecoverySlot(folder / "recovery")
        window = MainWindow(
            Document(build_template("blank")), SettingsStore(settings), slot, autosave_ms=3_600_000
        )
        window.resize(1200, 800)
        window.show()
        steps: list[tuple[str, Callable[[], None]]] = []
        for template in TEMPLATES:
            for language in LANGUAGES:
                steps.append(
                    (
                        f"{template}/{language}",
                        functools.partial(_run_one, window, template, language, folder),
                    )
                )
        for name, step in steps:
            try:
                step()
            except SelfTestFailure as failure:
                failures.append(f"{name}: {failure}")
            except Exception as error:  # report every failure, then exit 1
                failures.append(f"{name}: {type(error).__name__}: {error}")
            QCoreApplication.processEvents()
            failures.extend(f"{name}: unexpected error\n{text}" for text in errors)
            errors.clear()
            window.document.mark_saved()
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
    sys.excepthook = previous_hook
    qInstallMessageHandler(previous_handler)
    if failures:
        stream.write("self-test FAILED:\n" + "\n".join(failures) + "\n")
        return 1
    stream.write(f"self-test passed: {len(steps)} maps edited, undone, redone, saved, reloaded\n")
    return 0
