"""Guess a resume's language from its script, its section headings and its common words (English vs. the rest)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

from ..resources import lexicon
from .sections import SECTION_LEXICONS, normalize_heading, unspace

JUDGED_LANGUAGES = ("de", "fr", "es")  # besides English: languages whose words the rules judge
# Section headings are written in the CV's language even where its lines are full of English tech words or hold an
# English transcript: two lines that are headings of one language only, and more of them than English ones,
# decide. Measured on the development corpus (benchmarks/devcorpus, every file but the held-out ones): all 78
# German, French and Spanish CVs with two such lines are in that language (three German ones were read as English
# by their function words), and no English resume has two (six have one, "Profil", "Formation", "Idiomas").
MIN_HEADING_VOTES = 2
_HEADING_WORDS = 4  # a heading line is short: longer lines are text that happens to hold a heading's words
_WORD = re.compile(r"[^\W\d_]+")
_STOPWORDS = {
    "en": {
        "the",
        "and",
        "of",
        "to",
        "in",
        "for",
        "with",
        "on",
        "a",
        "as",
        "by",
        "at",
        "from",
        "an",
        "is",
        "using",
        "my",
        "our",
    },
    "es": {"el", "la", "de", "y", "en", "los", "del", "las", "con", "para", "por", "una", "un"},
    "fr": {"le", "la", "de", "et", "les", "des", "en", "du", "pour", "avec", "une", "un", "dans"},
    "de": {"der", "die", "und", "das", "mit", "für", "von", "den", "im", "zu", "ein", "eine", "bei"},
    "pt": {"de", "e", "o", "a", "em", "para", "com", "do", "da", "dos", "das", "um", "uma"},
    "it": {"il", "di", "e", "la", "per", "con", "del", "della", "in", "un", "una", "dei"},
    "nl": {"de", "het", "en", "van", "een", "met", "voor", "op", "in", "bij"},
}
_SCRIPTS = (
    ("CJK", "zh"),
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("HANGUL", "ko"),
    ("CYRILLIC", "ru"),
    ("ARABIC", "ar"),
    ("HEBREW", "he"),
    ("GREEK", "el"),
    ("DEVANAGARI", "hi"),
    ("THAI", "th"),
)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the resume's main language, or None when there is too little text."""
    by_script = _script_language(text)
    if by_script != "":
        return by_script
    by_headings = _heading_language(text)
    if by_headings:
        return by_headings
    words = [w.casefold() for w in _WORD.findall(text)]
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    # Resumes are terse; English wins unless another language clearly has more function words.
    return best if scores[best] > 1.5 * max(scores["en"], 1) and best != "en" else "en"


def _script_language(text: str) -> str | None:
    """The language a non-Latin script names, None for too little text, "" when the words must decide."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 40:
        return None
    scripts: dict[str, int] = {}
    for ch in letters:
        if ord(ch) < 0x250:
            continue
        name = unicodedata.name(ch, "")
        for marker, code in _SCRIPTS:
            if marker in name:
                scripts[code] = scripts.get(code, 0) + 1
                break
    if scripts:
        code, count = max(scripts.items(), key=lambda item: item[1])
        if count >= 0.15 * len(letters):
            return "ja" if code == "zh" and scripts.get("ja", 0) > 0.05 * len(letters) else code
    return ""


def _heading_language(text: str) -> str | None:
    """The judged language whose section headings stand on lines of their own, when they clearly outnumber
    English ones; None when the headings do not decide."""
    tables = _heading_tables()
    votes: Counter[str] = Counter()
    for line in text.splitlines():
        words = normalize_heading(unspace(line.strip()))  # letter-spaced headings ("S P R A C H E N") joined
        if not words or len(words.split()) > _HEADING_WORDS:
            continue
        languages = [lang for lang, phrases in tables.items() if words in phrases or words.replace(" ", "") in phrases]
        if len(languages) == 1:  # "Kontakt", "Contact": a heading several languages share says nothing
            votes[languages[0]] += 1
    judged = [(count, lang) for lang, count in votes.items() if lang in JUDGED_LANGUAGES]
    if not judged:
        return None
    count, lang = max(judged)
    return lang if count >= MIN_HEADING_VOTES and count > votes["en"] else None


@cache
def _heading_tables() -> dict[str, frozenset[str]]:
    """Each language's heading phrases, normalised as headings are read, with and without their spaces."""
    tables: dict[str, frozenset[str]] = {}
    for table in SECTION_LEXICONS:
        phrases = {normalize_heading(str(p)) for entry in lexicon(table).values() for p in entry.get("phrases") or []}
        tables[table.partition("_")[2] or "en"] = frozenset(phrases | {p.replace(" ", "") for p in phrases})
    return tables
