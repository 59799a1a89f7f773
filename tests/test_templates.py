"""Templates build in every language, share one structure and read as native text."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from journeymapper.model import (
    AnnotationKind,
    Entity,
    Evidence,
    FlowKind,
    JourneyMap,
    LaneKind,
    Language,
    analysis,
    sequential_ids,
)
from journeymapper.templates import (
    LANGUAGES,
    TEMPLATES,
    add_default_lanes,
    build_template,
    emotion_scale,
    template_texts,
)

CASES = [(name, language) for name in TEMPLATES for language in LANGUAGES]
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATVIAN = re.compile(r"[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]")
UKRAINIAN_ONLY = set("іїєґІЇЄҐ")
RUSSIAN_ONLY = set("ыэъёЫЭЪЁ")


def _card_texts(journey: JourneyMap) -> Iterator[str]:
    """Every human-written label of a map that shows on the canvas."""
    yield journey.title
    yield journey.description
    yield from journey.emotion_scale.labels.values()
    for stage in journey.stages():
        yield stage.name
        yield stage.goal
    for lane in journey.lanes():
        yield lane.name
        yield from lane.cells.values()
    for persona in journey.personas():
        yield persona.name
        yield persona.description
    for tp in journey.touchpoints():
        yield from (tp.name, tp.description, tp.need, tp.owner)
    for flow in journey.flows():
        if flow.label:
            yield flow.label
    for note in journey.annotations():
        yield note.text
        yield note.owner
    for view in journey.views():
        yield view.name


def _names(journey: JourneyMap) -> list[str]:
    return [
        *(s.name for s in journey.stages()),
        *(lane.name for lane in journey.lanes()),
        *(p.name for p in journey.personas()),
        *(t.name for t in journey.touchpoints()),
        *(v.name for v in journey.views()),
    ]


def _all_ids(journey: JourneyMap) -> list[str]:
    entities: list[Entity] = [
        *journey.stages(),
        *journey.lanes(),
        *journey.personas(),
        *journey.touchpoints(),
        *journey.flows(),
        *journey.annotations(),
        *journey.views(),
    ]
    return [entity.id for entity in entities]


def _structure(journey: JourneyMap) -> tuple[object, ...]:
    """The map with every word and id replaced by positions: equal across languages."""
    entities: list[Entity] = [
        *journey.stages(),
        *journey.lanes(),
        *journey.personas(),
        *journey.touchpoints(),
    ]
    order = {entity.id: index for index, entity in enumerate(entities)}
    return (
        [(lane.kind, sorted(order[s] for s in lane.cells)) for lane in journey.lanes()],
        [(p.colour, p.marker) for p in journey.personas()],
        [
            (
                order[t.stage_id],
                t.channel,
                t.physical,
                t.evidence,
                sorted((order[p], e.as_is, e.to_be) for p, e in t.emotions.items()),
                sorted(t.metrics.items()),
                bool(t.owner),
            )
            for t in journey.touchpoints()
        ],
        [
            (
                order[f.source],
                None if f.target is None else order[f.target],
                f.kind,
                f.percent,
                bool(f.label),
            )
            for f in journey.flows()
        ],
        [
            (a.kind, order[a.target], a.severity, a.evidence, a.votes, bool(a.owner))
            for a in journey.annotations()
        ],
        [
            tuple(None if ids is None else [order[i] for i in ids] for ids in axes)
            for axes in ((v.personas, v.lanes, v.stages) for v in journey.views())
        ],
    )


@pytest.mark.parametrize(("name", "language"), CASES)
def test_every_template_builds_in_every_language(name: str, language: str) -> None:
    journey = build_template(name, language)
    assert journey.language is Language(language)
    assert journey.title.strip()
    # a description is content, or (blank template: instructions) a hint, never both
    assert bool(journey.description.strip()) != bool(journey.hint("", "description"))
    scale = journey.emotion_scale
    assert (scale.minimum, scale.maximum) == (-2, 2)
    assert scale.labels == emotion_scale(language).labels
    assert len(set(scale.labels.values())) == 5
    assert len(journey.stages()) == 6
    assert [lane.kind for lane in journey.lanes()][:4] == [
        LaneKind.TOUCHPOINTS,
        LaneKind.TEXT,
        LaneKind.TEXT,
        LaneKind.EMOTION,
    ]


@pytest.mark.parametrize("name", TEMPLATES)
def test_structure_is_identical_across_languages(name: str) -> None:
    maps = {language: build_template(name, language) for language in LANGUAGES}
    english = maps["en"]
    for language, journey in maps.items():
        counts = (
            len(journey.stages()),
            len(journey.lanes()),
            len(journey.personas()),
            len(journey.touchpoints()),
            len(journey.flows()),
            len(journey.annotations()),
            len(journey.views()),
        )
        assert counts == (
            len(english.stages()),
            len(english.lanes()),
            len(english.personas()),
            len(english.touchpoints()),
            len(english.flows()),
            len(english.annotations()),
            len(english.views()),
        ), language
        assert _structure(journey) == _structure(english), language


@pytest.mark.parametrize("name", TEMPLATES)
def test_text_tables_have_the_same_keys_in_every_language(name: str) -> None:
    keys = set(template_texts(name, "en"))
    for language in LANGUAGES:
        assert set(template_texts(name, language)) == keys, language


@pytest.mark.parametrize(("name", "language"), CASES)
def test_texts_fit_on_a_card(name: str, language: str) -> None:
    journey = build_template(name, language)
    for text in _names(journey):
        assert 0 < len(text) <= 40, text
    for text in _card_texts(journey):
        assert len(text) <= 160, text
    for tp in journey.touchpoints():
        assert len(tp.description) <= 140, tp.description
    for note in journey.annotations():
        assert len(note.text) <= 80, note.text


@pytest.mark.parametrize("name", TEMPLATES)
@pytest.mark.parametrize("language", ["ru", "uk"])
def test_russian_and_ukrainian_texts_are_cyrillic(name: str, language: str) -> None:
    journey = build_template(name, language)
    for text in _card_texts(journey):
        if text:
            assert CYRILLIC.search(text), f"{language}: {text!r} has no Cyrillic letters"


@pytest.mark.parametrize("name", TEMPLATES)
def test_latvian_texts_are_latvian(name: str) -> None:
    journey = build_template(name, "lv")
    texts = [text for text in _card_texts(journey) if text]
    assert not [text for text in texts if CYRILLIC.search(text)]
    with_diacritics = [text for text in texts if LATVIAN.search(text)]
    assert len(with_diacritics) >= len(texts) // 2


@pytest.mark.parametrize("name", TEMPLATES)
def test_english_texts_have_no_cyrillic_or_latvian_letters(name: str) -> None:
    for text in _card_texts(build_template(name, "en")):
        assert not CYRILLIC.search(text) and not LATVIAN.search(text), text


@pytest.mark.parametrize("name", TEMPLATES)
def test_ukrainian_is_ukrainian_and_russian_is_russian(name: str) -> None:
    ukrainian = " ".join(_card_texts(build_template(name, "uk")))
    russian = " ".join(_card_texts(build_template(name, "ru")))
    assert UKRAINIAN_ONLY & set(ukrainian), "no і/ї/є/ґ in the Ukrainian texts"
    assert not RUSSIAN_ONLY & set(ukrainian), sorted(RUSSIAN_ONLY & set(ukrainian))
    assert RUSSIAN_ONLY & set(russian), "no ы/э/ъ/ё in the Russian texts"
    assert not UKRAINIAN_ONLY & set(russian), sorted(UKRAINIAN_ONLY & set(russian))
    assert ukrainian != russian


@pytest.mark.parametrize("language", LANGUAGES)
def test_domain_vocabulary_of_each_language(language: str) -> None:
    lanes = [lane.name for lane in build_template("e-shop", language).lanes()]
    expected = {
        "en": ("Touchpoints", "Pain points"),
        "ru": ("Точки контакта", "Болевые точки"),
        "uk": ("Точки дотику", "Больові точки"),
        "lv": ("Saskarsmes punkti", "Sāpju punkti"),
    }[language]
    assert lanes[0] == expected[0]
    assert lanes[4] == expected[1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_e_shop_has_exits_pains_metrics_and_a_view(language: str) -> None:
    journey = build_template("e-shop", language)
    exits = [f for f in journey.flows() if f.kind is FlowKind.EXIT]
    assert exits and all(f.target is None and f.percent is not None for f in exits)
    assert {f.kind for f in journey.flows()} == set(FlowKind)
    pains = journey.annotations(kind=AnnotationKind.PAIN_POINT)
    assert len(pains) >= 4
    assert max(p.severity for p in pains) == 5
    assert all(p.owner and p.evidence is not None for p in pains)
    assert journey.annotations(kind=AnnotationKind.OPPORTUNITY)
    metrics = {name for tp in journey.touchpoints() for name in tp.metrics}
    assert {"conversion", "drop_off", "csat"} <= metrics
    first, second = journey.personas()
    assert first.colour != second.colour and first.marker != second.marker
    both = [tp for tp in journey.touchpoints() if len(tp.emotions) == 2]
    assert len(both) > len(journey.touchpoints()) / 2
    assert any(e.to_be is not None for tp in both for e in tp.emotions.values())
    assert all(tp.channel and tp.description and tp.need and tp.owner for tp in both)
    assert all(tp.evidence is not None for tp in journey.touchpoints())
    (view,) = journey.views()
    assert view.personas is not None and len(view.personas) == 1
    assert view.lanes is not None and len(view.lanes) < len(journey.lanes())
    text_lanes = [lane for lane in journey.lanes() if lane.kind is LaneKind.TEXT]
    assert all(len(lane.cells) == 6 for lane in text_lanes)


def test_e_shop_goes_back_from_checkout_to_the_size_chart() -> None:
    journey = build_template("e-shop", "en")
    by_id = {tp.id: tp.name for tp in journey.touchpoints()}
    back = [f for f in journey.flows() if f.kind is FlowKind.BACK]
    assert [(by_id[f.source], by_id[f.target or ""]) for f in back] == [
        ("Checkout form", "Looks for a size chart")
    ]
    assert analysis.loops(journey)


@pytest.mark.parametrize("language", LANGUAGES)
def test_saas_trial_shows_where_trial_users_leave(language: str) -> None:
    journey = build_template("saas-trial", language)
    exits = [f for f in journey.flows() if f.kind is FlowKind.EXIT]
    assert exits and all(f.percent is not None for f in exits)
    for flow in exits:
        assert "drop_off" in journey.touchpoint(flow.source).metrics
    assert journey.annotations(kind=AnnotationKind.PAIN_POINT)
    assert journey.annotations(kind=AnnotationKind.OPPORTUNITY)
    assert len(journey.personas()) == 2
    assert any(lane.cells for lane in journey.lanes())


@pytest.mark.parametrize("name", ["e-shop", "saas-trial"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_rich_templates_have_no_dead_ends_or_unreachable_touchpoints(
    name: str, language: str
) -> None:
    journey = build_template(name, language)
    assert analysis.dead_ends(journey) == []
    assert analysis.unreachable(journey) == []
    assert analysis.paths(journey)
    assert len(analysis.main_path(journey)) >= 6


@pytest.mark.parametrize("language", LANGUAGES)
def test_blank_has_classic_stages_default_lanes_and_one_persona(language: str) -> None:
    journey = build_template("blank", language)
    assert len(journey.stages()) == 6
    assert len(journey.lanes()) == 9
    assert len(journey.personas()) == 1
    assert journey.touchpoints() == []
    assert journey.flows() == [] and journey.annotations() == []


def test_blank_stage_names_in_english() -> None:
    names = [stage.name for stage in build_template("blank").stages()]
    assert names == [
        "Awareness",
        "Consideration",
        "Purchase",
        "Delivery",
        "Retention",
        "Advocacy",
    ]


@pytest.mark.parametrize(("name", "language"), CASES)
def test_building_twice_gives_the_same_ids(name: str, language: str) -> None:
    ids, again = (_all_ids(build_template(name, language)) for _ in range(2))
    assert ids == again
    assert len(set(ids)) == len(ids)


def test_ids_differ_between_templates_and_languages() -> None:
    en = build_template("e-shop", "en").stages()[0].id
    assert en != build_template("e-shop", "ru").stages()[0].id
    assert en != build_template("saas-trial", "en").stages()[0].id


def test_an_injected_id_generator_is_used() -> None:
    journey = build_template("blank", "en", id_generator=sequential_ids("t"))
    assert journey.lanes()[0].id == "t-0001"
    assert all(stage.id.startswith("t-") for stage in journey.stages())


@pytest.mark.parametrize("name", ["", "E-shop", "eshop", "unknown"])
def test_unknown_template_raises_value_error(name: str) -> None:
    with pytest.raises(ValueError, match="unknown template .*blank, e-shop, saas-trial"):
        build_template(name)


@pytest.mark.parametrize("language", ["", "de", "EN", "ua", "russian"])
def test_unknown_language_raises_value_error(language: str) -> None:
    with pytest.raises(ValueError, match="unknown template language .*en, ru, uk, lv"):
        build_template("e-shop", language)
    with pytest.raises(ValueError):
        add_default_lanes(JourneyMap(), language)


def test_language_enum_is_accepted() -> None:
    assert build_template("blank", Language.LV).language is Language.LV


@pytest.mark.parametrize("language", LANGUAGES)
def test_add_default_lanes_adds_nine_lanes_in_order(language: str) -> None:
    journey = JourneyMap(language=language, id_generator=sequential_ids())
    journey.add_stage("Existing")
    lanes = add_default_lanes(journey, language)
    assert list(lanes) == [
        "touchpoints",
        "actions",
        "thoughts",
        "emotions",
        "pain_points",
        "opportunities",
        "metrics",
        "backstage",
        "owner",
    ]
    assert [lane.kind for lane in journey.lanes()] == [
        LaneKind.TOUCHPOINTS,
        LaneKind.TEXT,
        LaneKind.TEXT,
        LaneKind.EMOTION,
        LaneKind.PAIN_POINTS,
        LaneKind.OPPORTUNITIES,
        LaneKind.METRICS,
        LaneKind.TEXT,
        LaneKind.TEXT,
    ]
    assert [lane.id for lane in journey.lanes()] == [lane.id for lane in lanes.values()]
    assert len({lane.name for lane in journey.lanes()}) == 9


def test_evidence_kinds_are_used() -> None:
    journey = build_template("e-shop")
    evidence = {tp.evidence for tp in journey.touchpoints()}
    evidence |= {a.evidence for a in journey.annotations()}
    assert evidence == set(Evidence)


def test_the_bundled_sample_is_the_english_e_shop_in_the_current_format() -> None:
    from pathlib import Path

    from journeymapper.io.jmap import dumps_map

    sample = Path(__file__).resolve().parent.parent / "journeymapper/resources/samples/sample.jmap"
    assert sample.read_bytes() == dumps_map(build_template("e-shop", "en"))
