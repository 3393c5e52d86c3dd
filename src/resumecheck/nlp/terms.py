"""The terms of a lexicon file as plain strings: read by the matchers and by spelling, without importing spaCy."""

from __future__ import annotations

from typing import Any

from ..resources import language_lexicon, lexicon


def lexicon_terms(name: str, language: str = "en") -> list[str]:
    """The terms of a lexicon file: a list, or a mapping of canonical term to aliases (all returned); in another
    language, that language's lexicon of the name when it has one."""
    own: Any = language_lexicon(language, name)
    data: Any = lexicon(name) if own is None else own
    terms: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, list) and key in ("terms", "phrases", "words"):
                terms += [str(v) for v in value]
            elif isinstance(value, list):
                terms += [str(key)] + [str(v) for v in value]
            elif isinstance(value, str):
                terms += [str(key), value]  # base: past tense
            else:
                terms.append(str(key))
    else:
        terms = [str(v) for v in data or []]
    return sorted(set(terms))
