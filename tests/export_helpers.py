"""Maps for the export tests, built through the model's own API and the templates."""

from __future__ import annotations

from journeymapper.model import FlowKind, JourneyMap, LaneKind, sequential_ids

LV_NAME = "Ģimenes pirkums ar žurnālu"
RU_NAME = "Оформление заказа"
UK_NAME = "Відгук і повернення"
LONG = "Ļoti garš apraksts ar Кириллицей un diakritiskām zīmēm. " * 200


def mixed_map() -> JourneyMap:
    """Latvian, Russian and Ukrainian names, a 10,000-character text, an empty stage."""
    journey = JourneyMap("Kartes nosaukums — Карта", language="lv", id_generator=sequential_ids())
    journey.set_setting("author", "Līga Bērziņa")
    journey.add_lane(LaneKind.TOUCHPOINTS, "Saskarsmes punkti")
    journey.add_lane(LaneKind.TEXT, "Darbības")
    journey.add_lane(LaneKind.EMOTION, "Emocijas")
    journey.add_lane(LaneKind.PAIN_POINTS, "Sāpju punkti")
    journey.add_lane(LaneKind.OPPORTUNITIES, "Iespējas")
    first = journey.add_stage(LV_NAME)
    second = journey.add_stage(RU_NAME)
    journey.add_stage(UK_NAME)
    persona = journey.add_persona("Jānis", colour="#0072b2")
    a = journey.add_touchpoint(first.id, "Reklāma", description=LONG[:10_000])
    b = journey.add_touchpoint(second.id, "Корзина", description="Кладёт пару в корзину")
    journey.set_emotion(a.id, persona.id, 1, 2)
    journey.set_emotion(b.id, persona.id, -2, 1)
    journey.add_flow(a.id, b.id, FlowKind.MAIN, percent=40)
    journey.add_flow(b.id, None, FlowKind.EXIT, label="уходит")
    journey.add_annotation("pain_point", b.id, "Длинная форма заказа", severity=5)
    journey.add_annotation("opportunity", b.id, "Īsāka forma")
    journey.set_cell(journey.lanes()[1].id, first.id, "Skatās reklāmu")
    return journey
