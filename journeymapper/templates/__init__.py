"""Starting maps written natively in English, Russian, Ukrainian and Latvian (no Qt).

Each template is a language-independent structure (``spec``) plus one table of
texts per language; ``builder`` turns both into a map, so the languages cannot
drift apart structurally.
"""

from __future__ import annotations

from journeymapper.model import JourneyMap, seeded_uuid_ids
from journeymapper.model.ids import IdGenerator

from . import blank, eshop, saas_trial
from .builder import TemplateTexts, build_from_spec
from .lanes import DEFAULT_LANES, LANGUAGES, add_default_lanes, check_language, emotion_scale
from .spec import TemplateSpec, Texts

TEMPLATES: tuple[str, ...] = ("blank", "e-shop", "saas-trial")

_REGISTRY: dict[str, tuple[TemplateSpec, dict[str, Texts]]] = {
    "blank": (blank.SPEC, blank.TEXTS),
    "e-shop": (eshop.SPEC, eshop.TEXTS),
    "saas-trial": (saas_trial.SPEC, saas_trial.TEXTS),
}

__all__ = [
    "DEFAULT_LANES",
    "LANGUAGES",
    "TEMPLATES",
    "add_default_lanes",
    "build_template",
    "emotion_scale",
    "template_texts",
]


def _check_name(name: str) -> None:
    if name not in _REGISTRY:
        raise ValueError(f"unknown template {name!r}; choose one of {', '.join(TEMPLATES)}")


def template_texts(name: str, language: str) -> Texts:
    """The raw text table of one template in one language (for tests and translators)."""
    _check_name(name)
    return _REGISTRY[name][1][check_language(language)]


def build_template(
    name: str, language: str = "en", id_generator: IdGenerator | None = None
) -> JourneyMap:
    """A new map from template ``name`` written in ``language``.

    Without ``id_generator`` the ids are seeded by name and language, so the same
    template always gets the same ids. Unknown names or languages raise ValueError.
    """
    _check_name(name)
    check_language(language)
    spec, tables = _REGISTRY[name]
    texts = TemplateTexts(name, language, tables[language])
    ids = id_generator if id_generator is not None else seeded_uuid_ids(f"{name}-{language}")
    return build_from_spec(spec, texts, ids)
