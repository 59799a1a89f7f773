"""Keyboard accelerators: unique within each menu, dialog and dock form, typable, in every language.

The real window and dialogs are built offscreen with each language's translators installed; the
test reads the texts the widgets show (menus, buttons, labels, group boxes, tabs), so it fails on
what a user would meet: two entries answering the same Alt+letter, or an accelerator on a letter
the language's keyboard cannot type without a dead key or AltGr (Latvian ā, Ukrainian ґ).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)

import journeymapper
from journeymapper.compare.changes import compare
from journeymapper.compare.effects import effects
from journeymapper.compare.flat import flatten
from journeymapper.ui.compare_dialog import CompareDialog
from journeymapper.ui.export_dialog import ExportDialog
from journeymapper.ui.history_dock import SnapshotDialog
from journeymapper.ui.i18n import install_translators
from journeymapper.ui.inspector.replaces import ReplacesDialog
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.map_settings_dialog import MapSettingsDialog
from journeymapper.ui.new_map_dialog import NewMapDialog
from journeymapper.ui.preferences_dialog import PreferencesDialog
from journeymapper.ui.shortcuts_dialog import ShortcutsDialog
from journeymapper.workshop.join_dialog import JoinDialog
from journeymapper.workshop.share_dialog import ShareDialog
from journeymapper.workshop.voting_dialog import StartVotingDialog
from tests import ui_helpers

make_window = ui_helpers.make_window

# The letters each language's standard keyboard types with one key (digits always).
TYPABLE = {
    "en": "abcdefghijklmnopqrstuvwxyz",
    "lv": "abcdefghijklmnopqrstuvwxyz",  # ā č ē ģ ī ķ ļ ņ š ū ž need AltGr or a dead key
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгдеєжзиіїйклмнопрстуфхцчшщьюя'",  # ґ needs AltGr on the common layout
}
LANGUAGES = tuple(TYPABLE)
ACCELERATOR = re.compile(r"&(.)")


def accelerator(text: str) -> str:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower-cased, or ''."""
    match = ACCELERATOR.search(text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def problems_in(group: str, texts: list[str], language: str) -> list[str]:
    """Clashes and untypable accelerators among the texts of one menu, dialog or form."""
    found: list[str] = []
    owners: dict[str, str] = {}
    for text in texts:
        key = accelerator(text)
        if not key:
            continue
        if not key.isdigit() and key not in TYPABLE[language]:
            found.append(f"{language} {group}: {text!r} puts Alt on {key!r}, not a key of its own")
        if key in owners:
            found.append(f"{language} {group}: {owners[key]!r} and {text!r} share Alt+{key}")
        else:
            owners[key] = text
    return found


def test_the_check_finds_a_clash_and_an_untypable_letter() -> None:
    assert accelerator("Save && &Close") == "c"
    assert problems_in("Edit", ["&Undo", "D&uplicate", "R&&D"], "en") == [
        "en Edit: '&Undo' and 'D&uplicate' share Alt+u"
    ]
    assert problems_in("Edit", ["Atk&ārtot", "&Atsaukt"], "lv") == [
        "lv Edit: 'Atk&ārtot' puts Alt on 'ā', not a key of its own"
    ]
    assert problems_in("Файл", ["&Вид", "&Воркшоп"], "ru") != []
    assert problems_in("Файл", ["&Вид", "&Карта"], "ru") == []


# ------------------------------------------------------------------ walking the real widgets
def menu_groups(window: MainWindow) -> Iterator[tuple[str, list[str]]]:
    """The menu bar's titles, then every menu and submenu reachable from it."""
    bar = window.menuBar()
    yield "menu bar", [a.text() for a in bar.actions() if a.isVisible()]
    todo: list[tuple[str, QMenu]] = [
        (a.text(), a.menu()) for a in bar.actions() if isinstance(a.menu(), QMenu)
    ]
    seen: set[int] = set()
    while todo:
        path, menu = todo.pop()
        if id(menu) in seen:
            continue
        seen.add(id(menu))
        menu.aboutToShow.emit()  # menus filled on opening (recent files, views) fill now
        actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        yield path, [a.text() for a in actions]
        todo += [(f"{path} ▸ {a.text()}", a.menu()) for a in actions if isinstance(a.menu(), QMenu)]


def widget_texts(root: QWidget) -> list[str]:
    """Texts with an accelerator a user can reach in ``root``: buttons, labels, boxes, tabs."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return texts


def dialogs(window: MainWindow) -> Iterator[QDialog]:
    """One of each dialog the editor opens, built as its menu entry builds it."""
    yield ExportDialog(
        window.document.journey, window.interop.runner, Path("map.pdf"), window.interop.options,
        window,
    )
    yield MapSettingsDialog(window.context, window)
    yield NewMapDialog("en", window)
    yield PreferencesDialog(window.settings_store, window)
    yield StartVotingDialog(["Anna", "Jānis"], window)
    yield ShortcutsDialog(window.actions(), window)
    yield SnapshotDialog(window)
    yield ReplacesDialog([("a", "Card A"), ("b", "Card B")], ("a",), window)
    journey = window.document.journey
    diff = compare(flatten(journey), flatten(journey, "to_be"))
    yield CompareDialog(diff, effects(diff), ("as-is", "to-be"), window)
    yield ShareDialog(8471, lambda: True, window)
    yield JoinDialog(window)


def form_groups(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Each inspector form, and every other dock's contents (a form a user tabs through)."""
    for kind, form in window.inspector.forms.items():
        yield f"inspector {kind.value} form", form
    for dock in window.findChildren(QDockWidget):
        if dock is not window.inspector and dock.widget() is not None:
            yield f"dock {dock.objectName() or dock.windowTitle()}", dock.widget()


def app_installers() -> list[tuple[Any, list[str]]]:
    """The ``install_*(window, window.part…)`` calls app.py makes after building the window, in
    order, with the names of their arguments."""
    source = (Path(journeymapper.__file__).parent / "app.py").read_text(encoding="utf-8")
    found = re.findall(r"from \.(\S+) import (install_\w+)", source)
    modules = {name: module for module, name in found}
    called = re.findall(r"^\s*(?:\w+ = )?(install_\w+)\((window[\w., ]*)\)", source, re.M)
    assert "install_workshop" in [name for name, _args in called]
    return [
        (getattr(importlib.import_module(f"journeymapper.{modules[n]}"), n), args.split(", "))
        for n, args in called
    ]


@pytest.fixture(params=LANGUAGES)
def ui_language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def test_no_two_entries_share_an_accelerator_and_each_is_typable(
    ui_language: str, make_window: Any
) -> None:
    window: MainWindow = make_window("e-shop", ui_language)
    for install, names in app_installers():  # as the app does: Workshop, History menus, panels…
        install(*(window if n == "window" else getattr(window, n.split(".")[1]) for n in names))
    window.menus.add_persona.trigger()
    window.menus.add_persona.trigger()
    window.document.undo_stack.undo()  # Edit now shows "&Undo <step>" and "&Redo <step>"
    assert window.document.undo_stack.canUndo() and window.document.undo_stack.canRedo()
    problems: list[str] = []
    groups = 0
    for group, texts in menu_groups(window):
        groups += 1
        problems += problems_in(group, texts, ui_language)
    for dialog in dialogs(window):
        groups += 1
        problems += problems_in(type(dialog).__name__, widget_texts(dialog), ui_language)
        dialog.deleteLater()
    for group, form in form_groups(window):
        groups += 1
        problems += problems_in(group, widget_texts(form), ui_language)
    assert groups > 15
    assert not problems, "\n".join(problems)


def test_every_dialog_of_the_package_is_walked() -> None:
    """A new dialog class joins the walk above, or this fails."""
    walked = {ExportDialog, MapSettingsDialog, NewMapDialog, PreferencesDialog, StartVotingDialog,
              ShortcutsDialog, SnapshotDialog, ReplacesDialog, CompareDialog, ShareDialog,
              JoinDialog}
    found = set()
    for info in pkgutil.walk_packages(journeymapper.__path__, "journeymapper."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == info.name:
                found.add(cls)
    assert found <= walked, f"dialogs not walked: {sorted(c.__name__ for c in found - walked)}"
