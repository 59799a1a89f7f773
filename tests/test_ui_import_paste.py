"""File ▸ Import…, dropped Mermaid/CSV/XLSX files, Edit ▸ Paste of lines and spreadsheet rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeymapper.commands import ChangeSetting
from journeymapper.commands.paste_rows import PasteRows, rows_of
from journeymapper.io.jmap import dumps_map
from journeymapper.io.paste import parse_pasted_text
from journeymapper.model import AnnotationKind, ModelError
from journeymapper.templates import build_template
from journeymapper.ui.main_window import MainWindow
from tests import ui_helpers
from tests.ui_helpers import Boxes

boxes = ui_helpers.boxes
make_window = ui_helpers.make_window
window = ui_helpers.window

Button = QMessageBox.StandardButton

MERMAID = """journey
  title Оформление заказа
  section Выбор
    Каталог: 4: Анна
    Корзина: 2: Анна, Pēteris
  section Оплата
    Форма оплаты: 1: Pēteris
"""
CSV = "stage,touchpoint,channel,persona,emotion,pain_point\nAwareness,Ad,ad,Kim,1,\n"
CSV += "Purchase,Checkout,web,Kim,-1,Too many fields\n"


def _mock_open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    def open_name(*_args: Any) -> tuple[str, str]:
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))


def _drop(window: MainWindow, path: Path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    return enter.isAccepted()


# ------------------------------------------------------------------ import
def test_import_dialog_opens_a_mermaid_journey_as_a_new_unsaved_map(
    window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = tmp_path / "checkout.mmd"
    source.write_text(MERMAID, encoding="utf-8")
    _mock_open(monkeypatch, source)
    window.menus.import_.trigger()
    journey = window.document.journey
    assert journey.title == "Оформление заказа"
    assert [s.name for s in journey.stages()] == ["Выбор", "Оплата"]
    assert [t.name for t in journey.touchpoints()] == ["Каталог", "Корзина", "Форма оплаты"]
    assert [p.name for p in journey.personas()] == ["Анна", "Pēteris"]
    assert window.document.path is None
    assert window.document.is_modified()
    assert boxes.calls == []
    assert source.read_text(encoding="utf-8") == MERMAID  # the input is never modified


def test_dropping_a_csv_file_imports_it(window: MainWindow, tmp_path: Path) -> None:
    source = tmp_path / "journey.csv"
    source.write_text(CSV, encoding="utf-8-sig")
    assert _drop(window, source)
    journey = window.document.journey
    assert [s.name for s in journey.stages()] == ["Awareness", "Purchase"]
    pains = journey.annotations(journey.touchpoints()[1].id)
    assert [(a.kind, a.text) for a in pains] == [(AnnotationKind.PAIN_POINT, "Too many fields")]
    assert "journey.csv" in window.statusBar().currentMessage()


def test_import_of_an_xlsx_workbook(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = tmp_path / "journey.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["stage", "touchpoint", "persona", "emotion"])
    sheet.append(["Piegāde", "Kurjers zvana", "Līga", 2])
    sheet.append(["Piegāde", "Paka saņemta", "Līga", 1])
    book.save(source)
    _mock_open(monkeypatch, source)
    assert window.interop.import_dialog()
    journey = window.document.journey
    assert [t.name for t in journey.touchpoints()] == ["Kurjers zvana", "Paka saņemta"]
    assert [p.name for p in journey.personas()] == ["Līga"]


def test_bad_file_shows_the_line_and_keeps_the_map(
    window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    before = window.document.journey
    source = tmp_path / "bad.mmd"
    source.write_text("journey\n  section A\n    Task: abc: Me\n", encoding="utf-8")
    _mock_open(monkeypatch, source)
    assert not window.interop.import_dialog()
    assert boxes.kinds() == ["warning"]
    assert "line 3" in boxes.calls[0][2]
    assert window.document.journey is before


def test_bad_csv_names_the_row_and_column(window: MainWindow, boxes: Boxes, tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("stage,touchpoint,emotion\nA,B,1\nA,C,lots\n", encoding="utf-8")
    assert not window.interop.import_path(source, ask=False)
    assert boxes.kinds() == ["warning"]
    assert "row 3, column emotion" in boxes.calls[0][2]


def test_import_asks_about_unsaved_changes_first(
    window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    journey = window.document.journey
    window.context.push(ChangeSetting(journey, "title", "Edited"))
    source = tmp_path / "checkout.mmd"
    source.write_text(MERMAID, encoding="utf-8")
    boxes.answer = Button.Cancel
    assert _drop(window, source)  # accepted, then the user cancels at the prompt
    assert window.document.journey is journey
    assert boxes.kinds() == ["question"]
    boxes.answer = Button.Discard
    _mock_open(monkeypatch, source)
    assert window.interop.import_dialog()
    assert window.document.journey.title == "Оформление заказа"


# ------------------------------------------------------------------- paste
def _paste(window: MainWindow, text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)
    window.menus.paste.trigger()


def test_pasting_lines_onto_a_stage_makes_one_card_per_line_in_one_undo_step(
    window: MainWindow,
) -> None:
    journey = window.document.journey
    stage = journey.stages()[2]
    window.document.scene.select_ids([stage.id])
    before = dumps_map(journey)
    count = window.document.undo_stack.count()
    _paste(window, "- Сравнивает цены\n- Читает отзывы\n\n3. Izvēlas izmēru\n")
    names = [t.name for t in journey.touchpoints(stage.id)]
    assert names[-3:] == ["Сравнивает цены", "Читает отзывы", "Izvēlas izmēru"]
    assert window.document.undo_stack.count() == count + 1
    selected = window.document.scene.selected_ids()
    assert [journey.touchpoint(i).name for i in selected][-3:] == names[-3:]
    window.document.undo_stack.undo()
    assert dumps_map(journey) == before
    window.document.undo_stack.redo()
    assert [t.name for t in journey.touchpoints(stage.id)][-3:] == names[-3:]


def test_pasting_onto_a_selected_card_uses_its_stage(window: MainWindow) -> None:
    journey = window.document.journey
    card = journey.touchpoints()[-1]
    window.document.scene.select_ids([card.id])
    _paste(window, "Only line")
    assert journey.touchpoints(card.stage_id)[-1].name == "Only line"


def test_pasting_spreadsheet_rows_makes_cards_stages_personas_and_pains(
    window: MainWindow,
) -> None:
    journey = window.document.journey
    first = journey.stages()[0]
    before = dumps_map(journey)
    stages_before = [s.name for s in journey.stages()]
    count = window.document.undo_stack.count()
    rows = (
        "stage\ttouchpoint\tchannel\tpersona\temotion\tpain_point\topportunity\n"
        f"{first.name}\tBanner\tad\tОльга\t-1\tIgnored\t\n"
        'Loyalty\tNewsletter\temail\tОльга\t2\t\t"Personal\noffers"\n'
        "Loyalty\t\t\t\t\tNo programme\t\n"
    )
    _paste(window, rows)
    assert window.document.undo_stack.count() == count + 1
    assert [s.name for s in journey.stages()] == [first.name, "Loyalty", *stages_before[1:]]
    olga = next(p for p in journey.personas() if p.name == "Ольга")
    banner = journey.touchpoints(first.id)[-1]
    assert (banner.name, banner.channel.value) == ("Banner", "ad")
    assert banner.emotions[olga.id].as_is == -1
    assert [a.text for a in journey.annotations(banner.id)] == ["Ignored"]
    loyalty = journey.stages()[1]
    [letter] = journey.touchpoints(loyalty.id)
    assert letter.emotions[olga.id].as_is == 2
    assert [a.text for a in journey.annotations(letter.id)] == ["Personal\noffers"]
    assert [a.text for a in journey.annotations(loyalty.id)] == ["No programme"]
    window.document.undo_stack.undo()
    assert dumps_map(journey) == before


def test_a_bad_pasted_row_changes_nothing_and_names_the_row(
    window: MainWindow, boxes: Boxes
) -> None:
    journey = window.document.journey
    before = dumps_map(journey)
    count = window.document.undo_stack.count()
    _paste(window, "touchpoint\temotion\nFine\t1\nToo happy\t9\n")
    assert boxes.kinds() == ["warning"]
    assert "row 3" in boxes.calls[0][2] and "emotion" in boxes.calls[0][2]
    assert dumps_map(journey) == before
    assert window.document.undo_stack.count() == count
    _paste(window, "touchpoint\temotion\nFine\tvery\n")
    assert boxes.kinds() == ["warning", "warning"]
    assert "row 2, column emotion" in boxes.calls[1][2]


def test_copied_cards_still_paste_as_cards(window: MainWindow) -> None:
    journey = window.document.journey
    card = journey.touchpoints()[0]
    window.document.scene.select_ids([card.id])
    window.menus.copy.trigger()
    count = len(journey.touchpoints())
    window.menus.paste.trigger()
    assert len(journey.touchpoints()) == count + 1
    assert journey.touchpoints(card.stage_id)[-1].name == card.name


# ------------------------------------------------------- the command alone
def test_paste_rows_on_another_scale_and_redo_keeps_the_ids() -> None:
    from PySide6.QtGui import QUndoStack

    from journeymapper.commands import push
    from journeymapper.model import EmotionScale

    journey = build_template("blank", "en")
    journey.set_emotion_scale(EmotionScale(1, 10))
    stage = journey.stages()[0]
    stack = QUndoStack()
    rows = rows_of(parse_pasted_text("touchpoint\temotion\nCall\t7\nMail\t9,5\n"))
    command = PasteRows(journey, rows, stage.id)
    assert push(stack, command)
    ids = list(command.touchpoint_ids)
    values = [next(iter(journey.touchpoint(i).emotions.values())).as_is for i in ids]
    assert values == [7, 9.5]
    stack.undo()
    stack.redo()
    assert [t.id for t in journey.touchpoints(stage.id)][-2:] == ids
    with pytest.raises(ModelError, match="row 2, column emotion"):
        PasteRows(
            journey, rows_of(parse_pasted_text("touchpoint\temotion\nX\t11")), stage.id
        ).apply()


def test_pasted_rows_are_grouped_as_a_csv_import_groups_them(tmp_path: Path) -> None:
    """One grouping rule: the same rows make the same cards by paste and by CSV import."""
    from journeymapper.io.importers import import_file

    text = "stage\ttouchpoint\tchannel\tpersona\temotion\n"
    text += "Buy\tCart\tсайт\tAnna\t1\nBuy\tCart\t\tBoris\t-1\nBuy\tPay\tapp\tAnna\t2\n"
    (tmp_path / "rows.csv").write_text(text.replace("\t", ","), encoding="utf-8")
    imported = import_file(tmp_path / "rows.csv")
    journey = build_template("blank", "en")
    PasteRows(journey, rows_of(parse_pasted_text(text)), journey.stages()[0].id).apply()

    def cards(j: Any) -> list[tuple[str, str, str, list[tuple[str, float | None]]]]:
        names = {p.id: p.name for p in j.personas()}
        return [
            (j.stage(t.stage_id).name, t.name, t.channel.value,
             sorted((names[p], e.as_is) for p, e in t.emotions.items()))
            for t in j.touchpoints()
        ]  # fmt: skip

    assert cards(journey) == cards(imported)
    assert cards(journey) == [
        ("Buy", "Cart", "web", [("Anna", 1), ("Boris", -1)]),
        ("Buy", "Pay", "app", [("Anna", 2)]),
    ]
