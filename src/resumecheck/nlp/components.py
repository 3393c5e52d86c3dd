"""The project's spaCy components: phrase matchers fed from the lexicon YAML files under rules/lexicons."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..resources import language_lexicon, lexicon

# Each lexicon becomes a span group of the same name on every Doc.
LEXICONS = ("action_verbs", "weak_phrases", "buzzwords", "skills", "degrees", "objective_phrases", "references_phrases")


class LexiconMatcher:
    """Marks every phrase of one lexicon (case-insensitive, whole tokens) as a span in doc.spans[key]."""

    def __init__(self, nlp: Language, name: str, lexicon_name: str) -> None:
        self.key = lexicon_name
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        phrases = lexicon_terms(lexicon_name)
        self.matcher.add(lexicon_name, [nlp.make_doc(phrase) for phrase in phrases])

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.key] = [doc[start:end] for _, start, end in self.matcher(doc)]
        return doc


@Language.factory("resumecheck_lexicon", default_config={"lexicon_name": "action_verbs"})
def make_lexicon_matcher(nlp: Language, name: str, lexicon_name: str) -> LexiconMatcher:
    """Factory for a lexicon phrase matcher."""
    return LexiconMatcher(nlp, name, lexicon_name)


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


def add_components(nlp: Language, lexicons: tuple[str, ...] = LEXICONS) -> None:
    """Add a matcher for each named lexicon (idempotent: a run adds what it needs)."""
    for lexicon_name in lexicons:
        pipe_name = f"lexicon_{lexicon_name}"
        if pipe_name not in nlp.pipe_names:
            nlp.add_pipe("resumecheck_lexicon", name=pipe_name, config={"lexicon_name": lexicon_name})
