"""Opening verbs of bullets: strong or weak, past or present, from the lexicons and (when present) the tagger."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Literal

from ..facts.titles import TITLE_WORDS as _TITLE
from ..resources import language_lexicon, lexicon

Tense = Literal["past", "present", "unknown"]
# a whole word, capitals and digits inside it too: "UPRobotics" and "TensorFlow" are quoted whole, never "U"
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:['-][A-Za-z0-9]+)*")
FIRST_WORD_WITHIN = 40  # characters: a bullet's opening word starts this close to its start
# "Data Collection: Designed ...", "Full-stack developer - Wrote ...", "client.com – Built ...", "Compaction
# Strategy Enhancement. Conducted ...": a short label before a colon, a spaced dash or a full stop; the verb that
# follows opens the bullet.
_LABEL = re.compile(r"^\s*[^:–—\s][^:–—]{0,40}?(?::\s+|\s+[-–—]\s+|\.\s+(?=[A-Z]))(?=[A-Za-z])")
MAX_LABEL_WORDS = 4
# "Safety Audit Led monthly audits", "Blueprint Reading Read blueprints": a skill label in title case with no
# punctuation, then a capitalised strong verb (a capital mid-line starts the sentence). Up to three label words:
# the dev corpus's labelled duty lists use one to two; a fourth capital word is a name or a title, not a label.
MAX_BARE_LABEL_WORDS = 3
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "my", "our", "each", "every"})
# Adverbs that add nothing ("Successfully delivered"): the bullet still opens weakly. Others ("Consistently
# exceeded", "Continuously improved") say something, and the verb after them counts.
FILLER_ADVERBS = frozenset({"successfully", "effectively", "efficiently", "actively", "proactively", "diligently"})
# "Co-led", "Re-designed": a prefixed strong verb is that verb; "Optimised" is the British spelling of one;
# "Troubleshooted" is a regular past tense of a strong verb whose lexicon past is irregular.
_PREFIX = re.compile(r"^(?:co|re)-(?=[a-z])")
_BRITISH = re.compile(r"is(e|ed|es|ing)$")


@cache
def verb_forms() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """(form -> base, past forms, present forms) for every strong action verb."""
    base_of: dict[str, str] = {}
    past: set[str] = set()
    present: set[str] = set()
    for base, past_form in lexicon("action_verbs").items():
        base, past_form = str(base), str(past_form)
        forms_present = {base, _third_person(base), _gerund(base)}
        for form in forms_present | {past_form}:
            base_of.setdefault(form, base)
        past.add(past_form)
        present.update(forms_present)
    return base_of, frozenset(past - present), frozenset(present - past)


@cache
def weak_openers() -> frozenset[str]:
    return frozenset(str(word).lower() for word in lexicon("weak_verbs"))


def first_word(text: str) -> str | None:
    match = _WORD.search(text)
    return match.group(0) if match and match.start() < FIRST_WORD_WITHIN else None


def lead(text: str) -> str:
    """The bullet from its verb on: without a short label before a colon, a spaced dash or a full stop when a
    known verb follows ("Data Collection: Designed …", "Full-stack developer - Wrote …")."""
    label = _LABEL.match(text)
    if label and len(label.group(0).split()) <= MAX_LABEL_WORDS + 1 and _a_label(label.group(0)):
        rest = text[label.end() :]
        if base_verb(first_word(rest) or ""):
            return rest
    return _after_bare_label(text)


def _after_bare_label(text: str) -> str:
    """The bullet from a capitalised strong verb after a title-case label with no punctuation ("Safety Audit
    Led monthly audits" -> "Led monthly audits"); the text itself when there is none."""
    words = list(_WORD.finditer(text[: FIRST_WORD_WITHIN + 40]))
    for count, word in enumerate(words[1 : MAX_BARE_LABEL_WORDS + 1], start=1):
        before = words[:count]
        if text[: word.start()].strip(" \t•-–*") != " ".join(w.group(0) for w in before):
            return text  # punctuation or symbols between the words: not a bare label
        if any(not w.group(0)[:1].isupper() for w in before) or before[0].group(0).lower() in _DETERMINERS:
            return text  # a lowercase word inside, or "A Design of …": a sentence, not a label
        token, following = word.group(0), words[count + 1].group(0) if count + 1 < len(words) else ""
        # the verb starts a sentence that goes on in lowercase ("Led monthly"); "Safety Audit Led" has a capital
        # after "Audit", so "Audit" is still the label's
        capitalised = token[:1].isupper() and not token.isupper()
        verb = following[:1].islower() and following.lower() != "of"  # "Design of a laboratory" is a noun
        if capitalised and verb and base_verb(token) and not _TITLE.fullmatch(token):
            return text[word.start() :]
    return text


def _a_label(label: str) -> bool:
    """A label before a colon or a dash is any short phrase; before a full stop only a title ("Compaction
    Strategy Enhancement."), so that "Worked on reports. Built …" still opens with "Worked"."""
    if not label.rstrip().endswith("."):
        return True
    words = label.split()
    return all(word[:1].isupper() for word in words) and words[0].lower() not in weak_openers()


def base_verb(word: str) -> str | None:
    """The base of a strong verb form ("led" -> "lead"), also prefixed ("Co-led"), British ("Optimised") or in a
    regular past of an irregular verb ("Troubleshooted"); None for any other word."""
    base_of = verb_forms()[0]
    lower = _PREFIX.sub("", word.lower())
    for form in (lower, _BRITISH.sub(r"iz\1", lower)):
        if form in base_of:
            return base_of[form]
    if lower.endswith("ed") and lower[:-2] in base_of and base_of[lower[:-2]] == lower[:-2]:
        return lower[:-2]
    return None


def opener(text: str, doc: Any | None = None) -> tuple[str | None, str | None]:
    """(opening word, its base verb) where the base is None when it is not a known strong verb; a label
    before the verb ("Data Collection: Designed") and an adverb ("Consistently exceeded") are passed over."""
    text = lead(text)
    word = first_word(text)
    if word is None:
        return None, None
    base = base_verb(word)
    lower = word.lower()
    if base is None and lower.endswith("ly") and lower not in FILLER_ADVERBS:
        following = [m.group(0) for m in _WORD.finditer(text) if m.start() < 60][1:2]
        if following and (following_base := base_verb(following[0])):
            return following[0], following_base
    return word, base


def tense(text: str, doc: Any | None, statistical: bool) -> Tense:
    """The tense of a bullet's opening verb, from the lexicon, else the part-of-speech tag."""
    word = first_word(text)
    if word is None:
        return "unknown"
    _, past, present = verb_forms()
    lower = word.lower()
    if lower in past:
        return "past"
    if lower in present:
        return "present"
    if statistical and doc is not None and len(doc):
        tag = doc[0].tag_ if doc[0].is_alpha else ""
        if tag in ("VBD", "VBN"):
            return "past"
        if tag in ("VBZ", "VBP", "VBG"):
            return "present"
    return "unknown"


def _third_person(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _gerund(base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    return base + "ing"


# In German, French and Spanish: any letters ("Überwachung", "Diseñé", "Élaboration"), not only ASCII.
_ANY_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@cache
def language_forms(language: str) -> dict[str, str]:
    """Every form of a strong verb of the language's lexicon (noun, participle, past, infinitive), casefolded,
    mapped to its infinitive: "entwicklung", "entwickelt" -> "entwickeln"."""
    found: dict[str, str] = {}
    for base, forms in (language_lexicon(language, "action_verbs") or {}).items():
        for form in [base, *(forms or [])]:
            found.setdefault(str(form).casefold(), str(base))
    return found


@cache
def language_weak_openers(language: str) -> frozenset[str]:
    return frozenset(str(word).casefold() for word in language_lexicon(language, "weak_verbs") or ())


def language_opener(text: str, language: str) -> tuple[str | None, str | None]:
    """(opening word, its infinitive or None) of a bullet in another language; a short label before a colon or a
    spaced dash is passed over when a known verb form follows ("Backend: Entwicklung einer API")."""
    label = _LABEL.match(text)
    if label and len(label.group(0).split()) <= MAX_LABEL_WORDS + 1:
        rest = _ANY_WORD.search(text[label.end() :])
        if rest and rest.start() == 0 and rest.group(0).casefold() in language_forms(language):
            text = text[label.end() :]
    match = _ANY_WORD.search(text)
    if match is None or match.start() >= FIRST_WORD_WITHIN:
        return None, None
    word = match.group(0)
    return word, language_forms(language).get(word.casefold())
