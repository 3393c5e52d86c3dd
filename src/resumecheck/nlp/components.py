"""The project's spaCy components: phrase matchers fed from the lexicon YAML files under rules/lexicons."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .terms import lexicon_terms

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


def add_components(nlp: Language, lexicons: tuple[str, ...] = LEXICONS) -> None:
    """Add a matcher for each named lexicon (idempotent: a run adds what it needs)."""
    for lexicon_name in lexicons:
        pipe_name = f"lexicon_{lexicon_name}"
        if pipe_name not in nlp.pipe_names:
            nlp.add_pipe("resumecheck_lexicon", name=pipe_name, config={"lexicon_name": lexicon_name})
