"""Spelling in German, French and Spanish: the resume's own language's Hunspell dictionary, chosen by language.

A path separate from the English engine (spelling.py): Debian's hunspell-de-de, hunspell-fr and hunspell-es
through pyenchant, wordfreq's frequencies in that language to tell a slip from a rare word, and English
(Hunspell's en-US and en-GB), place names and the technology lexicon for the English and product words a German,
French or Spanish CV is full of ("Frontend", "Kubernetes", "Machine Learning"). Dictionaries load once per process.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from .nlp.components import lexicon_terms
from .resources import lexicon
from .spelling import distance, known, zipf

DICTIONARIES = {"de": ("de_DE", "de_AT", "de_CH"), "fr": ("fr_FR", "fr"), "es": ("es_ES", "es_MX", "es")}
# wordfreq's Zipf scale in the resume's language (3.0 is once per million words): a slip is rarer than that
# ("dévelopement" 1.96, a slip common enough on the web to be counted) and its correction at least 1.5 higher
# and at least 2.0 ("développement" 5.2, "Projektmanagement" 2.6); a rare real word ("Skripte" beside
# "Skript") sits within 1.5 of its neighbour. Chosen as the English engine's gap (spelling.py), checked by
# hand on the German, French and Spanish development CVs.
MAX_SLIP_ZIPF = 3.0
MIN_CORRECTION_ZIPF = 2.0
MIN_ZIPF_GAP = 1.5
LONG_WORD = 8  # two edits are a slip only in a word this long ("Projektmanagment"); short ones reach other words
MIN_CAPITAL_SLIP = 6  # a shorter capitalised unknown word is most often a name (a company, a town, a surname)


@cache
def _dictionaries(language: str) -> tuple[Any, ...]:
    """The installed Hunspell dictionaries of a language (the first is the one suggestions come from)."""
    try:
        import enchant
    except ImportError:
        return ()
    found = []
    for tag in DICTIONARIES.get(language, ()):
        try:
            found.append(enchant.Dict(tag))
        except Exception:  # that region's dictionary is not installed
            continue
    return tuple(found)


def available(language: str) -> bool:
    """True when a Hunspell dictionary of the language is installed (else its spelling is not checked)."""
    return bool(_dictionaries(language))


@lru_cache(maxsize=1 << 16)
def listed(language: str, word: str) -> bool:
    """True when the language's dictionary knows a word as written, in lower case or capitalised (German nouns)."""
    forms = {word, word.lower(), word.capitalize()}
    return any(engine.check(form) for engine in _dictionaries(language) for form in forms)


def known_word(language: str, word: str, extra: frozenset[str] = frozenset()) -> bool:
    """A word of the language, an English word (tech and business English inside the CV), a place, a product or
    an allowed term; a hyphenated compound when each part is ("Python-Skripte", "Full-Stack-Entwickler")."""
    parts = [part for part in word.split("-") if part]
    if len(parts) > 1:
        return all(known_word(language, part, extra) for part in parts)
    lower = word.casefold()
    if listed(language, word) or lower in extra:
        return True
    return word.isascii() and (known(lower, extra) or lower in _product_words())


@cache
def _product_words() -> frozenset[str]:
    """The words of the technology lexicon's products and of the skills lexicon, lowercase ("kubernetes")."""
    names = [str(n) for group in (lexicon("technology") or {}).values() for n in group or []]
    names += lexicon_terms("skills")
    return frozenset(part.casefold() for name in names for part in re.split(r"[\s/.+#-]+", name) if part)


def correction(language: str, word: str) -> str:
    """A close, common word of the language for an unknown word, else '': Hunspell's suggestion one edit away (two
    in a long word), same first letter, not merely another case, and much commoner in the language than the word."""
    own = zipf(word.casefold(), language)
    if own >= MAX_SLIP_ZIPF:
        return ""  # a word people write: missing from the dictionary, not a slip
    engines = _dictionaries(language)
    if not engines:
        return ""
    reach = 2 if len(word) >= LONG_WORD else 1
    for suggestion in engines[0].suggest(word)[:4]:
        s = str(suggestion)
        if s.casefold() == word.casefold() or " " in s or "-" in s or s[:1].casefold() != word[:1].casefold():
            continue
        common = zipf(s.casefold(), language)
        if (
            distance(word.casefold(), s.casefold()) <= reach
            and common >= MIN_CORRECTION_ZIPF
            and common - own >= MIN_ZIPF_GAP
        ):
            return s
    return ""
