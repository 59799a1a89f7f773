"""Translations: every UI text marked, every language complete and current, the .qm files work."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from journeymapper.ui.main_window import MainWindow
from tests import ui_helpers

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journeymapper"
UI_PACKAGES = ("ui", "scene", "workshop", "commands")
LANGUAGES = ("ru", "uk", "lv")

# Qt calls whose text arguments (by position) the user reads.
SETTERS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "showMessage": (0,),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "addAction": (0, 1),
    "addMenu": (0, 1),
    "addRow": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "addItem": (0, 1),
    "addItems": (0,),
    "setItemText": (1,),
    "setFormat": (0,),
    "setButtonText": (1,),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getOpenFileName": (1,),
    "getSaveFileName": (1,),
    "getExistingDirectory": (1,),
    "getColor": (2,),
}
CONSTRUCTORS: dict[str, tuple[int, ...]] = {
    "QAction": (0, 1),
    "QLabel": (0,),
    "QPushButton": (0, 1),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QToolButton": (),
    "QMenu": (0,),
    "QDockWidget": (0,),
    "QToolBar": (0,),
    "QMessageBox": (1, 2),
    "QCommandLinkButton": (0, 1),
    "QTreeWidgetItem": (1,),
    "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,),
}
KEYWORDS = {"text", "title", "toolTip", "statusTip", "placeholderText", "windowTitle", "label"}
# Literals that are not words: product names, separators, units people do not translate.
ALLOWED = {
    "JourneyMapper",
    "CSAT",
    "NPS",
    "CES",
    "PNG",
    "PDF",
    "SVG",
    "CSV",
    "English",
    "Русский",
    "Українська",
    "Latviešu",
}


def _texts(node: ast.expr) -> Iterator[str]:
    """The literal words in an argument (strings, f-string parts, list items)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            yield from _texts(part)
    elif isinstance(node, ast.List | ast.Tuple):
        for item in node.elts:
            yield from _texts(item)
    elif isinstance(node, ast.BinOp):
        yield from _texts(node.left)
        yield from _texts(node.right)


def _is_words(text: str) -> bool:
    stripped = re.sub(r"<[^>]*>|&\w+;", " ", text).strip()  # markup is not words
    if stripped in ALLOWED or not re.search(r"[^\W\d_]{2,}", stripped):
        return False
    if re.fullmatch(r"#[0-9a-fA-F]{3,8}", stripped):
        return False
    return not re.fullmatch(r"((Ctrl|Shift|Alt|Meta)\+)+\w+", stripped)


def unmarked_texts(path: Path) -> list[str]:
    """``file:line: text`` for every literal shown to the user without going through tr()."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        positions = SETTERS.get(name, CONSTRUCTORS.get(name, ()))
        args = [a for i, a in enumerate(node.args) if i in positions]
        if name in SETTERS or name in CONSTRUCTORS:
            args += [k.value for k in node.keywords if k.arg in KEYWORDS]
        for arg in args:
            for text in _texts(arg):
                if _is_words(text):
                    found.append(f"{path}:{node.lineno}: {text!r}")
    return found


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


def _ts(language: str) -> ET.Element:
    return ET.parse(ROOT / "translations" / f"journeymapper_{language}.ts").getroot()


# ------------------------------------------------------------------ (a) marked for translation
def test_the_scan_catches_an_unmarked_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Pain points')\nbutton.setToolTip(self.tr('fine'))\n"
        "QMessageBox.warning(self, 'Oops', f'{name} failed')\nx.setStyleSheet('color: red')\n"
        "QColor('#1f77b4')\naction.setShortcut('Ctrl+K')\nitem.setText(0, name)\n",
        encoding="utf-8",
    )
    found = unmarked_texts(sample)
    assert [line.split(": ", 1)[1] for line in found] == ["'Pain points'", "'Oops'", "' failed'"]


def test_every_visible_text_goes_through_translation() -> None:
    files = [p for pkg in UI_PACKAGES for p in sorted((PACKAGE / pkg).rglob("*.py"))]
    assert files
    problems = [line for path in files for line in unmarked_texts(path)]
    assert not problems, "not marked for translation:\n" + "\n".join(problems)


# ------------------------------------------------------------------ (b) complete and current
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_all_plural_forms(language: str) -> None:
    problems = []
    for context in _ts(language).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            where = f"{name}: {source!r}"
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            if translation.get("type") == "unfinished":
                problems.append(f"unfinished {where}")
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                texts = forms
                if len(forms) != 3 or not all(forms):
                    problems.append(f"needs 3 plural forms {where}: {forms}")
            else:
                texts = [translation.text or ""]
                if not texts[0]:
                    problems.append(f"empty {where}")
            for text in texts:
                for mark in re.findall(r"%\d|\[\*\]", source):
                    if text and mark not in text:
                        problems.append(f"{mark} lost in {where}: {text!r}")
                if source.count("&") == 1 and text and text.count("&") != 1:
                    problems.append(f"accelerator lost in {where}: {text!r}")
    assert not problems, "\n".join(problems)


def test_the_ts_files_hold_exactly_what_the_sources_mark() -> None:
    tool = _tool()
    found, problems = tool.extracted()
    assert not problems, "translate calls lupdate cannot read:\n" + "\n".join(problems)
    assert len(found) > 300
    for language in LANGUAGES:
        stored = tool.messages(ROOT / "translations" / f"journeymapper_{language}.ts")
        missing, stale = sorted(found - stored), sorted(stored - found)
        assert not missing and not stale, (
            f"journeymapper_{language}.ts is out of date; run `make translations`.\n"
            f"new in the sources: {missing[:10]}\ngone from the sources: {stale[:10]}"
        )


def test_the_tool_reads_helpers_and_skips_the_pure_packages() -> None:
    tool = _tool()
    files = {p.relative_to(PACKAGE).parts[0] for p in tool.source_files()}
    assert {"ui", "scene", "commands"} <= files
    assert not files & {"model", "words", "io", "layout", "export", "templates"}
    found, _ = tool.extracted()
    assert ("commands", "Add stage %1", False) in found  # via commands.base.tr
    assert ("Labels", "Pain points", False) in found  # via labels._tr
    assert ("CrashHandler", "Unexpected error", False) in found  # via a local alias
    assert ("Messages", "… and %n more problem(s)", True) in found  # plural with a variable


@pytest.mark.parametrize("language", (*LANGUAGES, "en"))
def test_the_shipped_qm_files_are_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    """Compiled again, each .ts gives the very bytes of the shipped .qm (file times say nothing
    in a fresh checkout)."""
    ts = ROOT / "translations" / f"journeymapper_{language}.ts"
    qm = PACKAGE / "resources" / "translations" / f"journeymapper_{language}.qm"
    fresh = tmp_path / qm.name
    lrelease = _tool().BIN / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert qm.stat().st_size > 1000
    assert qm.read_bytes() == fresh.read_bytes(), "run `make translations`"


# ------------------------------------------------------------------ (c) the .qm files at run time
PLURALS = {
    "ru": {
        1: "… и ещё 1 проблема",
        2: "… и ещё 2 проблемы",
        5: "… и ещё 5 проблем",
        21: "… и ещё 21 проблема",
    },
    "uk": {
        1: "… і ще 1 проблема",
        2: "… і ще 2 проблеми",
        5: "… і ще 5 проблем",
        21: "… і ще 21 проблема",
    },
    "lv": {
        0: "… un vēl 0 problēmu",
        1: "… un vēl 1 problēma",
        2: "… un vēl 2 problēmas",
        21: "… un vēl 21 problēma",
    },
}
KNOWN = {
    "ru": {
        ("Labels", "Pain points"): "Болевые точки",
        ("Labels", "Touchpoints"): "Точки контакта",
        ("Menus", "&File"): "&Файл",
        ("Labels", "Emotion curve"): "Кривая эмоций",
    },
    "uk": {
        ("Labels", "Pain points"): "Больові точки",
        ("Labels", "Touchpoints"): "Точки дотику",
        ("Menus", "&File"): "&Файл",
        ("StageForm", "Stage"): "Етап",
    },
    "lv": {
        ("Labels", "Pain points"): "Sāpju punkti",
        ("Labels", "Touchpoints"): "Saskarsmes punkti",
        ("StageForm", "Stage"): "Posms",
        ("Labels", "Opportunity"): "Iespēja",
    },
}
QT_BUTTONS = {
    "ru": ("Сохранить", "Отмена"),
    "uk": ("Зберегти", "Скасувати"),
    "lv": ("Saglabāt", "Atcelt"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_files_translate_and_pick_plural_forms(qapp: object, language: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from journeymapper.ui.i18n import install_translators

    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, language)
    try:
        assert len(translators) == 2  # Qt's qtbase and ours
        for (context, source), expected in KNOWN[language].items():
            assert QCoreApplication.translate(context, source) == expected
        for n, expected in PLURALS[language].items():
            text = QCoreApplication.translate("Messages", "… and %n more problem(s)", "", n)
            assert text == expected
        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question, "t", "x", buttons.Save | buttons.Discard | buttons.Cancel
        )
        assert box.button(buttons.Save).text() == QT_BUTTONS[language][0]
        assert box.button(buttons.Cancel).text() == QT_BUTTONS[language][1]
        box.deleteLater()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert QCoreApplication.translate("Labels", "Pain points") == "Pain points"


def test_preferences_remember_the_language_and_say_it_needs_a_restart(qtbot: object) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QLabel

    from journeymapper.ui.preferences_dialog import PreferencesDialog
    from journeymapper.ui.settings_store import SettingsStore

    settings = SettingsStore(QSettings("JourneyMapperTest", "i18n-prefs"))
    settings.settings.clear()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.chosen_language() == ""  # follows the system until chosen
    note = dialog.findChild(QLabel, "restart_note")
    assert note is not None and "restart" in note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("lv"))
    dialog.accept()
    assert SettingsStore(settings.settings).language() == "lv"
    settings.settings.clear()


# ------------------------------------------------------------------ export labels
def test_export_labels_cover_every_key_the_exporters_use() -> None:
    from journeymapper.export.html_labels import HTML_LABELS
    from journeymapper.words.labels import CHANNEL_NAMES, FLOW_NAMES, LABELS

    used, page_used = set(), set()
    for path in (PACKAGE / "export").glob("*.py"):
        keys = set(re.findall(r"words\[\"(\w+)\"\]", path.read_text(encoding="utf-8")))
        if path.name.startswith("html"):  # the web page has words of its own as well
            page_used |= keys
        else:
            used |= keys
    script = (PACKAGE / "resources" / "html" / "viewer.js").read_text(encoding="utf-8")
    page_used |= set(re.findall(r"words\.(\w+)", script))
    assert used and page_used
    for language in ("en", *LANGUAGES):
        assert used <= LABELS[language].keys(), language
        assert page_used <= LABELS[language].keys() | HTML_LABELS[language].keys(), language
        assert HTML_LABELS[language].keys() == HTML_LABELS["en"].keys(), language
        assert LABELS[language].keys() == LABELS["en"].keys(), language
        assert FLOW_NAMES[language].keys() == FLOW_NAMES["en"].keys(), language
        assert CHANNEL_NAMES[language].keys() == CHANNEL_NAMES["en"].keys(), language
    assert LABELS["ru"]["pain_points"] == "Болевые точки"  # as the templates name the lane
    assert LABELS["uk"]["touchpoints"] == "Точки дотику"
    assert LABELS["lv"]["stages"] == "Posmi"


make_window = ui_helpers.make_window


def test_map_language_is_offered_in_map_settings_and_drives_export_labels(
    make_window: Callable[..., MainWindow],
) -> None:
    from journeymapper.ui.map_settings_dialog import MapSettingsDialog
    from journeymapper.words.labels import labels_for

    window = make_window("e-shop", "en")
    journey = window.document.journey
    dialog = MapSettingsDialog(window.context, window)
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes == ["en", "ru", "uk", "lv"]
    dialog.language.setCurrentIndex(codes.index("lv"))
    dialog.apply()
    assert journey.language.value == "lv"
    assert labels_for(journey.language.value)["pain_points"] == "Sāpju punkti"
    window.document.undo_stack.undo()
    assert journey.language.value == "en"


def test_english_picks_singular_and_plural(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from journeymapper.ui.i18n import install_translators

    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "en")
    try:
        assert len(translators) == 1  # English needs only our plural forms, not qtbase
        say = QCoreApplication.translate
        assert say("Messages", "… and %n more problem(s)", None, 1) == "… and 1 more problem"
        assert say("Messages", "… and %n more problem(s)", None, 3) == "… and 3 more problems"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
