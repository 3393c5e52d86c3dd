"""Guess a resume's language from its script and common words (English vs. the rest)."""

from __future__ import annotations

import re
import unicodedata

JUDGED_LANGUAGES = ("de", "fr", "es")  # besides English: languages whose words the rules judge
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
    words = [w.casefold() for w in _WORD.findall(text)]
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    # Resumes are terse; English wins unless another language clearly has more function words.
    return best if scores[best] > 1.5 * max(scores["en"], 1) and best != "en" else "en"
