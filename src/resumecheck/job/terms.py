"""Skill terms: the lexicon's canonical names and aliases, found case-, inflection- and whole-term-aware."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import lexicon

_STOP = frozenset("a an and or the of for to in on with at by from as is are be we you our your their this that "
                  "will can able must should have has experience years year knowledge skills skill strong excellent "
                  "good ability plus bonus nice preferred required requirements qualifications responsibilities".split())


_QUALIFIERS = frozenset("strong solid proven deep excellent advanced expert working basic hands-on production "
                        "demonstrated extensive familiarity proficiency understanding fluency fluent".split())


@dataclass(frozen=True)
class Term:
    """A canonical skill and every spelling that counts as it."""

    name: str
    spellings: tuple[str, ...]


@cache
def lexicon_terms() -> tuple[Term, ...]:
    """Skills from rules/lexicons/skills.yaml: canonical name -> aliases."""
    terms = []
    for name, aliases in (lexicon("skills") or {}).items():
        spellings = {str(name)} | {str(alias) for alias in aliases or []}
        terms.append(Term(str(name), tuple(sorted(spellings, key=len, reverse=True))))
    return tuple(terms)


@cache
def _pattern(spelling: str) -> re.Pattern[str]:
    """Whole-term, case-insensitive, with simple inflections for word endings ('manage' finds 'managed')."""
    escaped = re.escape(spelling)
    if spelling.isalpha() and len(spelling) > 3 and spelling.islower():
        stem = escaped[:-1] if spelling.endswith("e") else escaped
        body = rf"{stem}(?:e|es|ed|ing|ment|ments|er|ers|s)?"
    else:
        body = escaped
    # 'R' must not match every r and 'Go' not 'going': short or symbol-bearing terms match case-sensitively.
    flags = 0 if len(spelling) <= 2 or not spelling.isalpha() and len(spelling) <= 3 else re.I
    return re.compile(rf"(?<![\w+#.-]){body}(?![\w+#-])", flags)


def find_term(term: Term, text: str) -> bool:
    """True when any spelling of the term occurs in text as a whole term."""
    return any(_pattern(spelling).search(text) for spelling in term.spellings)


def terms_in(text: str) -> list[Term]:
    """Lexicon terms mentioned in a text, in order of first mention."""
    found = []
    for term in lexicon_terms():
        positions = [m.start() for s in term.spellings for m in _pattern(s).finditer(text)]
        if positions:
            found.append((min(positions), term))
    return [term for _, term in sorted(found, key=lambda item: item[0])]


def candidate_terms(item: str) -> list[Term]:
    """Skill-like phrases in one requirement item that the lexicon does not know (capitalised names, tools)."""
    known = terms_in(item)
    taken = " ".join(s for t in known for s in t.spellings).casefold()
    found: list[Term] = []
    for match in re.finditer(r"\b(?:[A-Z][\w+#.-]*[\w+#]|[A-Z])(?:\s+(?:[A-Z][\w+#.-]*|\d[\w.]*))*", item):
        words = match.group(0).strip(" .").split()
        while words and words[0].casefold() in _STOP | _QUALIFIERS:
            words = words[1:]  # "Strong Python", "Production experience" -> the skill itself
        phrase = " ".join(words)
        if not phrase:
            continue
        if phrase.casefold() in taken or all(w.casefold() in _STOP for w in words) or len(phrase) < 2:
            continue
        if match.start() == 0 and len(words) == 1 and phrase[1:].islower():
            continue  # a capitalised first word of a sentence, not a name
        found.append(Term(phrase, (phrase,)))
    return known + found
