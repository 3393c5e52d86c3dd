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

from .nlp.terms import lexicon_terms
from .resources import language_lexicon, lexicon
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
FOREIGN_ZIPF = 3.0  # a word this common in another language is that language ("dades", Catalan), not a slip
OTHER_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "ca", "nl")
TOP_WORDS = 50_000  # the language's commonest words, whose starts and ends text cut by extraction leaves behind
MIN_PIECE = 4
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
    if len(parts) > 1:  # a compound, or a word hyphenated at a line break ("Do-kumentation")
        joined = parts[0] + "".join(part.lower() for part in parts[1:])
        return all(known_word(language, part, extra) for part in parts) or known_word(language, joined, extra)
    lower = word.casefold()
    if listed(language, word) or lower in extra or lower in _allowlist(language):
        return True
    return word.isascii() and (known(lower, extra) or lower in _product_words())


@cache
def _allowlist(language: str) -> frozenset[str]:
    """Real words of the language its Hunspell dictionary lacks (rules/lexicons/languages/LANG.yaml)."""
    return frozenset(str(w).casefold() for w in language_lexicon(language, "allowlist") or ())


@cache
def _product_words() -> frozenset[str]:
    """The words of the technology lexicon's products and of the skills lexicon, lowercase ("kubernetes")."""
    names = [str(n) for group in (lexicon("technology") or {}).values() for n in group or []]
    names += lexicon_terms("skills")
    return frozenset(part.casefold() for name in names for part in re.split(r"[\s/.+#-]+", name) if part)


def correction(language: str, word: str) -> str:
    """A close, common word of the language for an unknown word, else '': Hunspell's suggestion one edit away
    (on the development CVs two edits reached other words: "prototipado" is not "prototipo"), same first
    letter, not merely another case, and much commoner in the language than the word."""
    own = zipf(word.casefold(), language)
    if own >= MAX_SLIP_ZIPF:
        return ""  # a word people write: missing from the dictionary, not a slip
    engines = _dictionaries(language)
    if not engines:
        return ""
    for suggestion in engines[0].suggest(word)[:4]:
        s = str(suggestion)
        if s.casefold() == word.casefold() or " " in s or "-" in s or s[:1].casefold() != word[:1].casefold():
            continue
        common = zipf(s.casefold(), language)
        if (
            distance(word.casefold(), s.casefold()) == 1
            and common >= MIN_CORRECTION_ZIPF
            and common - own >= MIN_ZIPF_GAP
        ):
            return s
    return ""


def foreign(language: str, word: str) -> bool:
    """A word common in another language and not in this one ("dades" in a Spanish CV's Catalan lines)."""
    lower = word.casefold()
    return zipf(lower, language) < FOREIGN_ZIPF and any(
        zipf(lower, other) >= FOREIGN_ZIPF for other in OTHER_LANGUAGES if other != language
    )


@cache
def _pieces(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The starts and ends (four letters or more) of the language's common words: what a PDF that lost its
    accented glyphs ("probabilit" for "probabilité", "eveloppement") or a wrap leaves behind."""
    from wordfreq import top_n_list

    heads: set[str] = set()
    tails: set[str] = set()
    for common in top_n_list(language, TOP_WORDS):
        if common.isalpha():
            heads.update(common[:i] for i in range(MIN_PIECE, len(common)))
            tails.update(common[i:] for i in range(1, len(common) - MIN_PIECE + 1))
    return frozenset(heads), frozenset(tails)


def fragment(language: str, word: str) -> bool:
    """A piece of a common word of the language, cut by extraction or a wrap, rather than a typed word."""
    heads, tails = _pieces(language)
    lower = word.casefold()
    return lower in heads or lower in tails
