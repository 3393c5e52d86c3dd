"""Skill terms: the lexicon's canonical names and aliases, found case-, inflection- and whole-term-aware."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..resources import lexicon

_STOP = frozenset(
    "a an and or the of for to in on with at by from as is are be we you our your their this that will "
    "can able must should have has experience years year knowledge skills skill plus bonus nice preferred "
    "required requirements qualifications responsibilities including include such etc using use working "
    "work degree related field equivalent ability understanding background".split()
)
_QUALIFIERS = frozenset(
    "strong solid proven deep excellent advanced expert working basic hands-on production demonstrated "
    "extensive familiarity proficiency understanding fluency fluent exceptional good great outstanding "
    "superb".split()
)
_BOUNDARY_BEFORE = r"(?<![\w+#.-])"
_BOUNDARY_AFTER = r"(?![\w+#-])"


@dataclass(frozen=True)
class Term:
    """A canonical skill and every spelling that counts as it."""

    name: str
    spellings: tuple[str, ...]
    soft: bool = False


def _load(name: str, soft: bool) -> tuple[Term, ...]:
    terms = []
    for canonical, aliases in (lexicon(name) or {}).items():
        spellings = {str(canonical)} | {_shown(str(alias)) for alias in aliases or []}
        terms.append(Term(str(canonical), tuple(sorted(spellings, key=len, reverse=True)), soft))
    return tuple(terms)


def _shown(alias: str) -> str:
    """Short lowercase aliases are acronyms as written in text: 'js' is matched as 'JS'."""
    return alias.upper() if len(alias) <= 3 and alias.isalpha() and alias.islower() else alias


@cache
def lexicon_terms() -> tuple[Term, ...]:
    """Hard skills (rules/lexicons/skills.yaml) then soft skills (soft_skills.yaml)."""
    return _load("skills", soft=False) + _load("soft_skills", soft=True)


@cache
def _index() -> tuple[re.Pattern[str], dict[str, list[Term]]]:
    """One alternation over every spelling, so a long text is scanned once, not once per skill."""
    by_spelling: dict[str, list[Term]] = {}
    for term in lexicon_terms():
        for spelling in term.spellings:
            by_spelling.setdefault(spelling.casefold(), []).append(term)
    alternation = "|".join(re.escape(s) for s in sorted(by_spelling, key=len, reverse=True))
    return re.compile(f"{_BOUNDARY_BEFORE}(?:{alternation}){_BOUNDARY_AFTER}", re.I), by_spelling


@cache
def _pattern(spelling: str) -> re.Pattern[str]:
    """Whole-term, with simple inflections for lowercase words ('manage' finds 'managed')."""
    escaped = re.escape(spelling)
    if spelling.isalpha() and len(spelling) > 4:
        stem = re.escape(_stem(spelling))
        body = rf"{stem}(?:e|es|ed|ing|ment|ments|er|ers|s|ion|ions)?"
    else:
        body = escaped
    return re.compile(f"{_BOUNDARY_BEFORE}{body}{_BOUNDARY_AFTER}", _flags(spelling))


def _stem(word: str) -> str:
    """closing -> clos, managed -> manag: a crude stem so one inflection finds another."""
    for ending in ("ment", "ing", "ion", "ed", "es", "e", "s"):
        if word.lower().endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            break
    return word[:-1] if word.lower().endswith("e") and len(word) > 4 else word


@cache
def _degree_words() -> frozenset[str]:
    return frozenset(str(s).casefold() for spellings in (lexicon("degrees") or {}).values() for s in spellings)


def _flags(spelling: str) -> int:
    # 'R' must not match every r and 'Go' not 'going': short terms keep their case; longer ones ignore it.
    return 0 if len(spelling) <= 3 else re.I


def find_term(term: Term, text: str) -> bool:
    """True when any spelling of the term occurs in text as a whole term, or, for a two- or three-word
    term, when each of its words appears inflected in one sentence ("administer medications" shows
    "medication administration")."""
    if any(_pattern(spelling).search(text) for spelling in term.spellings):
        return True
    return any(_words_together(spelling, text) for spelling in term.spellings if 2 <= len(spelling.split()) <= 3)


STEM = 5  # leading letters that identify an English word across its inflections (manage, managed, management)


def _words_together(spelling: str, text: str) -> bool:
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", spelling)]
    if len(words) < 2 or any(len(w) < 4 for w in words):
        return False
    stems = [w[:STEM] for w in words]
    for sentence in re.split(r"(?<=[.;!?])\s+|\n", text):
        tokens = {t.casefold()[:STEM] for t in re.findall(r"[A-Za-z]+", sentence) if len(t) >= 4}
        if all(stem in tokens for stem in stems):
            return True
    return False


def terms_in(text: str) -> list[Term]:
    """Lexicon terms mentioned in a text, in order of first mention."""
    return list(_terms_in(text))


# The fit rules ask again for the same skill items and texts (~1 ms a scan of the whole lexicon's alternation);
# the answer depends only on the text and the lexicon loaded once a process. 4096 holds a batch's recent items.
@lru_cache(maxsize=4096)
def _terms_in(text: str) -> tuple[Term, ...]:
    """terms_in, remembered per text."""
    pattern, by_spelling = _index()
    found: dict[str, Term] = {}
    for match in pattern.finditer(text):
        for term in by_spelling.get(match.group(0).casefold(), []):
            spelling = next(s for s in term.spellings if s.casefold() == match.group(0).casefold())
            if term.name not in found and (_flags(spelling) or match.group(0) == spelling):
                found[term.name] = term
    return tuple(found.values())


def candidate_terms(item: str, sentence_start: bool = True) -> list[Term]:
    """Lexicon terms in one requirement line, plus skill-like names the lexicon does not know."""
    known = terms_in(item)
    taken = {s.casefold() for t in known for s in t.spellings}
    found: list[Term] = []
    for match in re.finditer(r"\b(?:[A-Z][\w+#.&-]*[\w+#]|[A-Z])(?:\s+(?:[A-Z][\w+#.&-]*|\d[\w.]*))*", item):
        words = match.group(0).strip(" .").split()
        while words and words[0].casefold() in _STOP | _QUALIFIERS:
            words = words[1:]  # "Strong Python", "Production experience" -> the skill itself
        phrase = " ".join(words)
        if not phrase or len(phrase) < 2 or any(phrase.casefold() in spelling for spelling in taken):
            continue  # part of a known term ("IV" of "IV therapy")
        if any(w.casefold() in taken for w in words) or all(w.casefold() in _STOP for w in words):
            continue
        if phrase.casefold().rstrip("'s") in _degree_words():
            continue  # degrees are read separately, as a level
        if sentence_start and match.start() <= 2 and len(words) == 1 and phrase[1:].islower():
            continue  # a capitalised first word of a sentence, not a name
        found.append(Term(phrase, (phrase,)))
    return known + found
