"""Compare two versions of a map: every kind of change on the templates, matching, properties."""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.compare.apply import apply_diff, apply_report
from journeymapper.compare.changes import MapDiff, compare
from journeymapper.compare.effects import effects
from journeymapper.compare.flat import flatten, unflatten
from journeymapper.compare.report import to_json, to_text
from journeymapper.io.jmap import dumps_map, loads_map
from journeymapper.model import AnnotationKind, FlowKind, JourneyMap, ModelError, seeded_uuid_ids
from journeymapper.templates import build_template


def _copy(journey: JourneyMap) -> JourneyMap:
    copy = loads_map(dumps_map(journey))
    copy.new_id = seeded_uuid_ids("edits")
    return copy


def _text(old: JourneyMap, new: JourneyMap) -> str:
    return to_text(compare(old, new), "old", "new")


# What a reader of each language expects to read (written here by hand, not taken from the code).
SAY: dict[str, dict[str, str]] = {
    "en": {
        "q": '"{}"', "stage": "Stage {}", "map": "Map", "effects": "Effects",
        "no_changes": "No changes.",
        "added_stage": "added stage {}", "renamed_stage": "renamed stage {} → {}",
        "removed_stage": "removed stage {}", "reordered_stages": "reordered stages: {}",
        "renamed_card": "renamed touchpoint {} → {}", "channel": "channel",
        "app": "→ app", "moved_card": "moved touchpoint {} here from stage {}",
        "removed_card": "removed touchpoint {}", "added_card": "added touchpoint {}",
        "emotion": "emotion of {} at {}: {} → {} (Δ {})",
        "rerated": "re-rated pain point {}: {} → 1", "resolved": "resolved pain point {}",
        "added_pain": "added pain point {}", "added_opportunity": "added opportunity {}",
        "votes": "votes {}", "removed_flow": "removed flow {} →",
        "dead_end": "new dead end: {}", "added_flow": "added flow {} → {} (main path)",
        "dead_end_fixed": "dead end fixed: {}", "title": "map title {} → Q3 journey",
        "added_persona": "added persona {}", "renamed_lane": "renamed lane {} → {}",
        "added_view": "added view {}",
    },
    "ru": {
        "q": "«{}»", "stage": "Этап {}", "map": "Карта", "effects": "Последствия",
        "no_changes": "Изменений нет.",
        "added_stage": "добавлен этап {}", "renamed_stage": "переименован этап {} → {}",
        "removed_stage": "удалён этап {}", "reordered_stages": "изменён порядок этапов: {}",
        "renamed_card": "переименована точка контакта {} → {}", "channel": "канал",
        "app": "→ приложение", "moved_card": "перемещена точка контакта {} с этапа {}",
        "removed_card": "удалена точка контакта {}", "added_card": "добавлена точка контакта {}",
        "emotion": "эмоция персоны {} в точке контакта {}: {} → {} (Δ {})",
        "rerated": "изменена важность болевой точки {}: {} → 1",
        "resolved": "устранена болевая точка {}", "added_pain": "добавлена болевая точка {}",
        "added_opportunity": "добавлена возможность {}", "votes": "голоса {}",
        "removed_flow": "удалён переход {} →", "dead_end": "новый тупик: {}",
        "added_flow": "добавлен переход {} → {} (основной путь)",
        "dead_end_fixed": "тупик устранён: {}", "title": "карта: название {} → Q3 journey",
        "added_persona": "добавлена персона {}",
        "renamed_lane": "переименована дорожка {} → {}",
        "added_view": "добавлено представление {}",
    },
    "lv": {
        "q": "“{}”", "stage": "Posms {}", "map": "Karte", "effects": "Sekas",
        "no_changes": "Izmaiņu nav.",
        "added_stage": "pievienots posms {}", "renamed_stage": "pārdēvēts posms {} → {}",
        "removed_stage": "noņemts posms {}", "reordered_stages": "mainīta posmu secība: {}",
        "renamed_card": "pārdēvēts saskarsmes punkts {} → {}", "channel": "kanāls",
        "app": "→ lietotne", "moved_card": "pārvietots saskarsmes punkts {} no posma {}",
        "removed_card": "noņemts saskarsmes punkts {}",
        "added_card": "pievienots saskarsmes punkts {}",
        "emotion": "personas {} emocija saskarsmes punktā {}: {} → {} (Δ {})",
        "rerated": "mainīts sāpju punkta {} svarīgums: {} → 1",
        "resolved": "novērsts sāpju punkts {}", "added_pain": "pievienots sāpju punkts {}",
        "added_opportunity": "pievienota iespēja {}", "votes": "balsis {}",
        "removed_flow": "noņemta pāreja {} →", "dead_end": "jauns strupceļš: {}",
        "added_flow": "pievienota pāreja {} → {} (galvenais ceļš)",
        "dead_end_fixed": "strupceļš novērsts: {}", "title": "karte: nosaukums {} → Q3 journey",
        "added_persona": "pievienota persona {}", "renamed_lane": "pārdēvēta josla {} → {}",
        "added_view": "pievienots skats {}",
    },
}  # fmt: skip


def _say(journey: JourneyMap, key: str, *values: Any, quote: bool = True) -> str:
    table = SAY[journey.language.value]
    quoted = [table["q"].format(v) if quote else v for v in values]
    return table[key].format(*quoted)


def _section(text: str, title: str) -> str:
    """The lines of one section of the text report."""
    part = text.split(f"\n{title}\n", 1)[1]
    return part.split("\n\n", 1)[0]


@pytest.fixture(params=[("e-shop", "en"), ("saas-trial", "ru"), ("e-shop", "lv")])
def template(request: pytest.FixtureRequest) -> JourneyMap:
    name, language = request.param
    return build_template(name, language)


def test_a_map_compared_with_itself_has_no_changes(template: JourneyMap) -> None:
    diff = compare(template, _copy(template))
    assert diff.empty
    assert to_text(diff, "a", "b") == "a → b\n" + SAY[template.language.value]["no_changes"]
    assert to_json(diff, "a", "b")["identical"] is True


def test_stages_added_removed_renamed_and_reordered(template: JourneyMap) -> None:
    new = _copy(template)
    stages = new.stages()
    new.update(stages[0].id, name="Discovery ā")
    new.move(stages[1].id, 3)
    new.remove(stages[-1].id)
    added = new.add_stage("Returns")
    text = _text(template, new)
    say = functools.partial(_say, template)
    assert say("added_stage", "Returns") in _section(text, say("stage", "Returns"))
    assert say("renamed_stage", stages[0].name, "Discovery ā") in text
    assert say("removed_stage", stages[-1].name) in text
    order = " | ".join(s.name for s in new.stages())
    assert say("reordered_stages", order, quote=False) in text
    diff = compare(template, new)
    assert {c.id for c in diff.of("stage", "added")} == {added.id}


def test_touchpoints_added_removed_renamed_moved_and_changed(template: JourneyMap) -> None:
    new = _copy(template)
    stages = new.stages()
    first, second = new.touchpoints(stages[0].id)[0], new.touchpoints(stages[1].id)[0]
    gone = new.touchpoints(stages[2].id)[0]
    new.update(first.id, name="Renamed card", channel="app", owner="Field team Ω")
    new.move_touchpoint(second.id, stages[0].id, 0)
    new.remove(gone.id)
    fresh = new.add_touchpoint(stages[2].id, "New kiosk", channel="store")
    text = _text(template, new)
    say = functools.partial(_say, template)
    in_first = _section(text, say("stage", stages[0].name))
    assert say("renamed_card", first.name, "Renamed card") in in_first
    assert say("channel") in in_first and say("app") in in_first
    assert "→ Field team Ω" in in_first
    assert say("moved_card", second.name, stages[1].name) in in_first
    in_third = _section(text, say("stage", stages[2].name))
    assert say("removed_card", gone.name) in in_third
    assert say("added_card", "New kiosk") in in_third
    data = to_json(compare(template, new), "a", "b")
    moved = next(c for c in data["changes"] if c["id"] == second.id)
    assert moved["fields"]["stage"] == {"old": stages[1].id, "new": stages[0].id}
    assert any(c["id"] == fresh.id and c["op"] == "added" for c in data["changes"])


def test_emotions_per_persona_and_card_with_delta_and_stage_mood(template: JourneyMap) -> None:
    new = _copy(template)
    persona = new.personas()[0]
    card = next(t for t in new.touchpoints() if persona.id in t.emotions)
    before = card.emotions[persona.id].as_is
    assert before is not None
    value = before + 1 if before < new.emotion_scale.maximum else before - 1
    new.set_emotion(card.id, persona.id, value)
    text = _text(template, new)
    delta = f"{value - before:+g}"
    q = SAY[template.language.value]["q"].format
    line = _say(template, "emotion", q(persona.name), q(card.name), f"{before:g}", f"{value:g}",
                delta, quote=False)  # fmt: skip
    assert line.replace(".", ",") in text if template.language.value != "en" else line in text
    moods = effects(compare(template, new)).moods
    stage_mood = next(m for m in moods if m.stage == card.stage_id and m.persona == persona.id)
    assert stage_mood.delta is not None and stage_mood.delta * (value - before) > 0


def test_pains_added_resolved_re_rated_and_rank_changes(template: JourneyMap) -> None:
    new = _copy(template)
    pains = new.annotations(kind=AnnotationKind.PAIN_POINT)
    worst, other = pains[0], pains[1]
    new.update(worst.id, severity=1)
    new.update(other.id, votes=other.votes + 50)
    new.remove(pains[2].id)
    card = new.touchpoints()[0]
    new.add_annotation("pain_point", card.id, "Nobody answers the phone", severity=5)
    new.add_annotation("opportunity", card.id, "Call-back button")
    text = _text(template, new)
    say = functools.partial(_say, template)
    quoted = SAY[template.language.value]["q"].format(worst.text)
    assert say("rerated", quoted, worst.severity, quote=False) in text
    assert say("resolved", pains[2].text) in text
    assert say("added_pain", "Nobody answers the phone") in text
    assert say("added_opportunity", "Call-back button") in text
    assert say("votes", other.votes, quote=False) in text and f"→ {other.votes + 50}" in text
    effects_part = _section(text, say("effects"))
    worst_line = next(ln for ln in effects_part.split("\n") if quoted in ln)
    assert say("votes", "", quote=False).strip() not in worst_line  # its votes did not change
    found = effects(compare(template, new))
    assert pains[2].id in found.pains_addressed
    assert next(r for r in found.ranks if r.annotation == other.id).new_rank == 1


def test_flows_added_and_removed_name_the_dead_ends_they_make(template: JourneyMap) -> None:
    new = _copy(template)
    stages = new.stages()
    card = new.touchpoints(stages[0].id)[0]
    for flow in new.flows_from(card.id):
        new.remove(flow.id)
    text = _text(template, new)
    say = functools.partial(_say, template)
    assert say("removed_flow", card.name) in text
    assert say("dead_end", card.name) in _section(text, say("effects"))
    back = _copy(new)
    target = new.touchpoints(stages[1].id)[0]
    back.add_flow(card.id, target.id, FlowKind.MAIN)
    text = _text(new, back)
    assert say("added_flow", card.name, target.name) in text
    assert say("dead_end_fixed", card.name) in text


def test_settings_lanes_personas_and_views_are_reported(template: JourneyMap) -> None:
    new = _copy(template)
    new.set_setting("title", "Q3 journey")
    new.add_persona("Ēriks")
    lane = new.lanes()[1]
    new.update(lane.id, name="Backstage")
    new.add_view("Board")
    text = _text(template, new)
    say = functools.partial(_say, template)
    assert say("title", template.title, quote=False) in _section(text, say("map"))
    assert say("added_persona", "Ēriks") in text
    assert say("renamed_lane", lane.name, "Backstage") in text
    assert say("added_view", "Board") in text


def test_maps_made_separately_match_by_name_and_position() -> None:
    old = build_template("e-shop", "en")
    new = build_template("e-shop", "en", id_generator=seeded_uuid_ids("another file"))
    assert not {t.id for t in old.touchpoints()} & {t.id for t in new.touchpoints()}
    assert compare(old, new).empty
    stage = new.stages()[1]
    card = new.touchpoints(stage.id)[0]
    new.update(card.id, name="Landing page v2")
    diff = compare(old, new)
    assert [(c.op, c.name) for c in diff.changes] == [("changed", "Landing page v2")]


def test_the_json_of_maps_made_separately_rebuilds_the_new_one() -> None:
    old = build_template("e-shop", "uk")
    new = build_template("e-shop", "uk", id_generator=seeded_uuid_ids("another file"))
    stages = new.stages()
    new.update(new.touchpoints(stages[1].id)[0].id, name="Нова назва")
    new.move_touchpoint(new.touchpoints(stages[2].id)[0].id, stages[0].id, 0)
    new.remove(new.touchpoints(stages[3].id)[0].id)
    new.add_touchpoint(stages[4].id, "Примірка вдома")
    diff = compare(old, new)
    assert to_json(diff, "a", "b")["ids"]  # the ids differ: the report says which is which
    _same(diff, new)


def test_a_to_be_card_replacing_as_is_cards_is_matched_through_its_links() -> None:
    as_is = build_template("e-shop", "en")
    to_be = _copy(as_is)
    stage = to_be.stages()[3]
    old_cards = to_be.touchpoints(stage.id)[:2]
    merged = to_be.add_touchpoint(
        stage.id, "One-click checkout", replaces=[c.id for c in old_cards]
    )
    for card in old_cards:
        to_be.remove(card.id)
    diff = compare(as_is, to_be)
    change = next(c for c in diff.changes if c.id == merged.id)
    assert change.op == "changed" and change.old_id == old_cards[0].id
    assert diff.matching.merged == {old_cards[1].id: merged.id}
    assert [c.id for c in diff.of("touchpoint", "removed")] == [old_cards[1].id]
    assert "One-click checkout" in to_text(diff, "as-is", "to-be")


def test_to_be_curves_show_the_improvement_per_stage() -> None:
    journey = build_template("e-shop", "en")
    persona = journey.personas()[0]
    cards = [t for t in journey.touchpoints() if persona.id in t.emotions]
    for card in cards:
        journey.set_emotion(card.id, persona.id, card.emotions[persona.id].as_is, 2)
    diff = compare(flatten(journey), flatten(journey, "to_be"))
    moods = [m for m in effects(diff).moods if m.persona == persona.id and m.delta]
    assert moods and all(m.new == 2 and m.delta is not None and m.delta > 0 for m in moods)
    assert "Emotion per stage and persona" in to_text(diff, "as-is", "to-be")


# --- properties: diff(A, A) is empty; A + reported changes == B -------------------------------

Edit = Callable[[JourneyMap, Any], None]


def _pick(items: list[Any], data: st.DataObject) -> Any:
    return data.draw(st.sampled_from(items)) if items else None


def _edit(journey: JourneyMap, data: st.DataObject) -> None:
    stages, cards = journey.stages(), journey.touchpoints()
    personas, notes, flows = journey.personas(), journey.annotations(), journey.flows()
    action = data.draw(st.sampled_from(range(14)))
    name = data.draw(st.text(alphabet="abcАБВīēā ", min_size=1, max_size=8).filter(str.strip))
    card, stage = _pick(cards, data), _pick(stages, data)
    if action == 0 and card:
        journey.update(card.id, name=name)
    elif action == 1 and card and stage:
        journey.move_touchpoint(card.id, stage.id, data.draw(st.integers(0, 3)))
    elif action == 2 and stage:
        journey.add_touchpoint(stage.id, name, channel="web")
    elif action == 3 and card:
        journey.remove(card.id)
    elif action == 4:
        journey.add_stage(name, data.draw(st.integers(0, len(stages))))
    elif action == 5 and len(stages) > 1:
        journey.remove(stage.id)
    elif action == 6 and stage:
        journey.move(stage.id, data.draw(st.integers(0, len(stages) - 1)))
    elif action == 7 and card and personas:
        journey.set_emotion(card.id, _pick(personas, data).id, data.draw(st.integers(-2, 2)))
    elif action == 8 and len(cards) > 1:
        source, target = data.draw(st.permutations(cards))[:2]
        journey.add_flow(source.id, target.id, FlowKind.MAIN)
    elif action == 9 and flows:
        journey.remove(_pick(flows, data).id)
    elif action == 10 and card:
        journey.add_annotation("pain_point", card.id, name, severity=data.draw(st.integers(1, 5)))
    elif action == 11 and notes:
        journey.update(_pick(notes, data).id, severity=data.draw(st.integers(1, 5)))
    elif action == 12 and notes:
        journey.remove(_pick(notes, data).id)
    elif action == 13:
        journey.set_setting("title", name)


def _same(diff: MapDiff, new: JourneyMap) -> None:
    """Both the change list and what `diff --json` prints rebuild B from A."""
    assert unflatten(apply_diff(diff.old, diff)) == unflatten(flatten(new))
    printed = json.loads(json.dumps(to_json(diff, "a", "b"), ensure_ascii=False))
    assert unflatten(apply_report(diff.old, printed)) == unflatten(flatten(new))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), steps=st.integers(1, 12))
def test_applying_the_reported_changes_reproduces_the_new_map(
    data: st.DataObject, steps: int
) -> None:
    old = build_template("e-shop", "en")
    assert compare(old, _copy(old)).empty
    new = _copy(old)
    for _ in range(steps):
        with contextlib.suppress(ModelError):  # a refused edit changes nothing
            _edit(new, data)
    diff = compare(old, new)
    _same(diff, new)
    assert diff.empty == (dumps_map(old) == dumps_map(new))
    to_text(diff, "a", "b")  # every change can be put into words


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("en", {1: "1 change", 2: "2 changes", 11: "11 changes"}),
        ("ru", {1: "1 изменение", 3: "3 изменения", 5: "5 изменений", 11: "11 изменений",
                21: "21 изменение", 22: "22 изменения"}),
        ("uk", {1: "1 зміна", 4: "4 зміни", 12: "12 змін", 21: "21 зміна"}),
        ("lv", {1: "1 izmaiņa", 2: "2 izmaiņas", 11: "11 izmaiņas", 21: "21 izmaiņa"}),
    ],
)  # fmt: skip
def test_the_report_counts_its_changes_in_the_maps_plural(
    language: str, counts: dict[int, str]
) -> None:
    old = build_template("blank", language)
    for n, expected in counts.items():
        new = _copy(old)
        for i in range(n):
            new.add_persona(f"P{i}")
        assert to_text(compare(old, new), "a", "b").split("\n")[1] == expected


def test_a_ukrainian_report_speaks_ukrainian() -> None:
    old = build_template("e-shop", "uk")
    new = _copy(old)
    stage = new.stages()[1]
    card = new.touchpoints(stage.id)[0]
    new.update(card.id, channel="email", evidence="assumed")
    new.remove(new.annotations(kind=AnnotationKind.OPPORTUNITY)[0].id)
    text = _text(old, new)
    assert f"Етап «{stage.name}»" in text
    assert f"змінено точку дотику «{card.name}»: канал " in text
    assert "→ ел. пошта" in text and "підстава" in text and "→ припущення" in text
    assert "вилучено можливість «" in text
