"""The composition root: builds the model, undo stack, scene and window, and runs the editor."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from .model import Language

APP_ID = "io.github.journeymapper.JourneyMapper"
AUTOSAVE_ENV = "JOURNEYMAPPER_AUTOSAVE_MS"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="journeymapper", description="The journey map editor.")
    parser.add_argument("file", nargs="?", metavar="FILE", help="a .jmap map (or a PNG with one)")
    parser.add_argument("--self-test", action="store_true", help="check the app headless; exit 0")
    languages = [language.value for language in Language]
    parser.add_argument("--lang", choices=languages, help="language of the UI")
    return parser.parse_args(list(argv))


def _needs_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def autosave_interval() -> int:
    """Milliseconds between autosaves: 30 s, or the value of $JOURNEYMAPPER_AUTOSAVE_MS."""
    from .ui.autosave import DEFAULT_INTERVAL_MS

    try:
        return max(50, int(os.environ.get(AUTOSAVE_ENV, "")))
    except ValueError:
        return DEFAULT_INTERVAL_MS


def make_application(argv: Sequence[str]) -> object:
    """The QApplication with the names QSettings and the desktop use."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .ui.gui_gc import collect_on_gui_thread

    existing = QApplication.instance()
    app = existing if existing is not None else QApplication([sys.argv[0], *argv])
    collect_on_gui_thread(app)
    app.setOrganizationName("JourneyMapper")
    app.setApplicationName("JourneyMapper")
    QApplication.setDesktopFileName(APP_ID)
    icon = resources.files("journeymapper") / "resources" / "icons" / f"{APP_ID}.svg"
    if icon.is_file():
        QApplication.setWindowIcon(QIcon(str(icon)))
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Run the editor (or ``--self-test``); returns the exit code."""
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    if args.self_test and _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = make_application([])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .io.errors import MapFileError
    from .io.recovery import RecoverySlot, find_orphans
    from .templates import build_template
    from .ui.crash import CrashHandler, setup_logging
    from .ui.document import Document
    from .ui.edit_actions import release_clipboard
    from .ui.file_actions import load_document
    from .ui.history_actions import install_history
    from .ui.i18n import install_translators, system_language
    from .ui.main_window import MainWindow
    from .ui.messages import show_file_error, show_history_warnings
    from .ui.recovery_prompt import offer_recovery
    from .ui.settings_store import SettingsStore
    from .workshop import install_workshop

    assert isinstance(app, QApplication)
    settings = SettingsStore()
    language = args.lang or settings.language() or system_language()
    if args.lang:
        settings.set_language(args.lang)
    translators = install_translators(app, language)
    if args.self_test:
        from .ui.self_test import run_self_test

        return run_self_test()
    log_file = setup_logging()
    bad_file: MapFileError | None = None
    document = Document(build_template("blank", language))
    if args.file:
        try:
            document = load_document(Path(args.file))
        except MapFileError as error:  # open the window anyway, empty, and say why
            bad_file = error
    window = MainWindow(
        document,
        settings,
        RecoverySlot(),
        map_language=language,
        autosave_ms=autosave_interval(),
    )
    workshop = install_workshop(window)
    history = install_history(window, window.menus)
    saved_state = settings.window_state()
    if saved_state is not None:  # again, now that the workshop docks exist too
        window.restoreState(saved_state)
    if args.file and bad_file is None and document.path is not None:
        settings.add_recent(document.path)
    crash = CrashHandler(lambda: window, log_file)
    crash.install()
    window.show()

    def after_start() -> None:
        if bad_file is not None:
            show_file_error(window, bad_file)
        elif document.history.warnings:
            show_history_warnings(window, str(args.file), document.history.warnings)
        offer_recovery(window, find_orphans())

    QTimer.singleShot(0, after_start)
    code = app.exec()
    release_clipboard()
    crash.uninstall()
    del translators, workshop, history  # kept alive (with their Python state) until here
    return int(code)
