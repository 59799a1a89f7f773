"""Shared fixtures: small maps built through the model's own API, and the bench generator."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from journeymapper.model import (  # noqa: E402
    FlowKind,
    JourneyMap,
    LaneKind,
    sequential_ids,
)
from tests.browser import chromium_browser  # noqa: E402, F401  (the shared web-test fixture)

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def small_map() -> JourneyMap:
    """Two stages, one persona, three touchpoints, flows incl. an exit, a pain and a view."""
    journey = JourneyMap("Покупка кроссовок", language="ru", id_generator=sequential_ids())
    awareness = journey.add_stage("Осведомлённость")
    purchase = journey.add_stage("Pirkums ā č ē ģ ī ķ ļ ņ š ū ž")
    anna = journey.add_persona("Анна", colour="#d62728", marker="square")
    journey.add_lane(LaneKind.TOUCHPOINTS, "Точки контакта")
    actions = journey.add_lane(LaneKind.TEXT, "Действия")
    journey.set_cell(actions.id, awareness.id, "Видит рекламу")
    ad = journey.add_touchpoint(awareness.id, "Реклама в соцсетях", channel="social")
    site = journey.add_touchpoint(purchase.id, "Сайт", channel="web", description="Выбор модели")
    pay = journey.add_touchpoint(purchase.id, "Оплата", channel="web")
    journey.set_emotion(ad.id, anna.id, 1, 2)
    journey.set_emotion(pay.id, anna.id, -2)
    journey.set_metric(site.id, "conversion", 3.5)
    journey.add_flow(ad.id, site.id, FlowKind.MAIN)
    journey.add_flow(site.id, pay.id, FlowKind.MAIN, label="в корзину")
    journey.add_flow(site.id, None, FlowKind.EXIT, percent=40)
    journey.add_annotation("pain_point", pay.id, "Длинная форма", severity=4, votes=2)
    journey.add_annotation("opportunity", purchase.id, "Таблица размеров", severity=3)
    journey.add_view("Руководство", personas=[anna.id], stages=[purchase.id])
    return journey


@pytest.fixture(autouse=True)
def _garbage_collected_as_the_editor_does(request: pytest.FixtureRequest) -> None:
    """Tests with windows collect garbage on the GUI thread's timer, as the editor does."""
    if "qapp" in request.fixturenames or "qtbot" in request.fixturenames:
        from journeymapper.ui.gui_gc import collect_on_gui_thread

        collect_on_gui_thread(request.getfixturevalue("qapp"))


@pytest.fixture(autouse=True, scope="session")
def _clipboard_released_at_the_end() -> Iterator[None]:
    """Copied cards become plain text before Python exits, as the app does (else: a crash)."""
    yield
    from PySide6.QtWidgets import QApplication

    from journeymapper.ui.edit_actions import release_clipboard

    if QApplication.instance() is not None:
        release_clipboard()
