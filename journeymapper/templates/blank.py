"""The blank template: the six classic stages, the default lanes and one persona."""

from __future__ import annotations

from journeymapper.model import Marker

from .spec import PersonaSpec, StageSpec, TemplateSpec, Texts

SPEC = TemplateSpec(
    stages=tuple(
        StageSpec(key)
        for key in (
            "awareness",
            "consideration",
            "purchase",
            "delivery",
            "retention",
            "advocacy",
        )
    ),
    personas=(PersonaSpec("customer", "#0072b2", Marker.CIRCLE),),
    hints=("map.description", "persona.customer.description"),
)

TEXTS: dict[str, Texts] = {
    "en": {
        "map.title": "New customer journey map",
        "map.description": "Six classic stages and the usual lanes. Rename the stages, "
        "add touchpoints and give the persona a face.",
        "stage.awareness.name": "Awareness",
        "stage.awareness.goal": "The customer learns that we exist",
        "stage.consideration.name": "Consideration",
        "stage.consideration.goal": "The customer compares us with the alternatives",
        "stage.purchase.name": "Purchase",
        "stage.purchase.goal": "The customer buys without friction",
        "stage.delivery.name": "Delivery",
        "stage.delivery.goal": "The customer gets what was promised",
        "stage.retention.name": "Retention",
        "stage.retention.goal": "The customer comes back",
        "stage.advocacy.name": "Advocacy",
        "stage.advocacy.goal": "The customer recommends us to others",
        "persona.customer.name": "Customer",
        "persona.customer.description": "Who is this person, what do they want, what worries them?",
    },
    "ru": {
        "map.title": "Новая карта пути клиента",
        "map.description": "Шесть классических этапов и привычные дорожки. Переименуйте этапы, "
        "добавьте точки контакта и опишите персону.",
        "stage.awareness.name": "Осведомлённость",
        "stage.awareness.goal": "Клиент узнаёт о нас",
        "stage.consideration.name": "Рассмотрение",
        "stage.consideration.goal": "Клиент сравнивает нас с альтернативами",
        "stage.purchase.name": "Покупка",
        "stage.purchase.goal": "Клиент покупает без лишних усилий",
        "stage.delivery.name": "Доставка",
        "stage.delivery.goal": "Клиент получает то, что ему обещали",
        "stage.retention.name": "Удержание",
        "stage.retention.goal": "Клиент возвращается за новыми покупками",
        "stage.advocacy.name": "Рекомендации",
        "stage.advocacy.goal": "Клиент советует нас друзьям",
        "persona.customer.name": "Клиент",
        "persona.customer.description": "Кто этот человек, чего он хочет и что его тревожит?",
    },
    "uk": {
        "map.title": "Нова карта шляху клієнта",
        "map.description": "Шість класичних етапів і звичні доріжки. Перейменуйте етапи, "
        "додайте точки дотику й опишіть персону.",
        "stage.awareness.name": "Усвідомлення",
        "stage.awareness.goal": "Клієнт дізнається про нас",
        "stage.consideration.name": "Розгляд",
        "stage.consideration.goal": "Клієнт порівнює нас з альтернативами",
        "stage.purchase.name": "Покупка",
        "stage.purchase.goal": "Клієнт купує без зайвих зусиль",
        "stage.delivery.name": "Доставка",
        "stage.delivery.goal": "Клієнт отримує те, що йому обіцяли",
        "stage.retention.name": "Утримання",
        "stage.retention.goal": "Клієнт повертається за новими покупками",
        "stage.advocacy.name": "Рекомендації",
        "stage.advocacy.goal": "Клієнт радить нас друзям",
        "persona.customer.name": "Клієнт",
        "persona.customer.description": "Хто ця людина, чого вона хоче і що її турбує?",
    },
    "lv": {
        "map.title": "Jauna klienta ceļojuma karte",
        "map.description": "Seši klasiskie posmi un ierastās joslas. Pārdēvējiet posmus, "
        "pievienojiet saskarsmes punktus un aprakstiet personu.",
        "stage.awareness.name": "Informētība",
        "stage.awareness.goal": "Klients uzzina, ka mēs pastāvam",
        "stage.consideration.name": "Apsvēršana",
        "stage.consideration.goal": "Klients salīdzina mūs ar alternatīvām",
        "stage.purchase.name": "Pirkums",
        "stage.purchase.goal": "Klients bez grūtībām veic pirkumu",
        "stage.delivery.name": "Piegāde",
        "stage.delivery.goal": "Klients saņem to, kas solīts",
        "stage.retention.name": "Noturēšana",
        "stage.retention.goal": "Klients atgriežas vēlreiz",
        "stage.advocacy.name": "Ieteikšana",
        "stage.advocacy.goal": "Klients iesaka mūs citiem",
        "persona.customer.name": "Klients",
        "persona.customer.description": "Kas ir šis cilvēks, ko viņš vēlas un kas viņu satrauc?",
    },
}
