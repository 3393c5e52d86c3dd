"""The spelling analysis: which words are English, and a close, common correction for the others.

Worked out once per resume before the rules run (in a single-file run, in the process that parses, while the
main process loads the spaCy pipeline); the `clean.spelling` rule decides which words to report.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .nlp.components import lexicon_terms
from .resources import lexicon

Verdict = tuple[str, bool]  # (a close, common correction or '', whether it is two words run together)

MIN_LENGTH = 4  # short tokens are mostly abbreviations
MIN_CORRECTION_FREQUENCY = 50  # the suggested word must be a common one
MIN_KNOWN_FREQUENCY = 100  # per billion words: below this the frequency list mixes rare words and typos
DICTIONARY_FOLDERS = (
    "/usr/share/hunspell",
    "/usr/share/myspell/dicts",
    "/usr/share/myspell",
    "/Library/Spelling",
    str(Path.home() / "Library" / "Spelling"),
)
MIN_SPLIT_FREQUENCY = 2000  # per billion words: both halves of a run-together pair are everyday words ("ant" 3,500)
_BRITISH = (
    (r"isation$", "ization"),
    (r"isations$", "izations"),
    (r"ise$", "ize"),
    (r"ised$", "ized"),
    (r"ises$", "izes"),
    (r"ising$", "izing"),
    (r"iser$", "izer"),
    (r"isers$", "izers"),
    (r"our$", "or"),
    (r"ours$", "ors"),
    (r"oured$", "ored"),
    (r"ouring$", "oring"),
    (r"yse$", "yze"),
    (r"ysed$", "yzed"),
    (r"ysing$", "yzing"),
    (r"tre$", "ter"),
    (r"tres$", "ters"),
    (r"mme$", "m"),
    (r"mmes$", "ms"),
    (r"lled$", "led"),
    (r"lling$", "ling"),
    (r"ller$", "ler"),
    (r"ogue$", "og"),
    (r"ence$", "ense"),
    (r"ae", "e"),
    (r"oe", "e"),
)
_DROPS_E = ("ing", "ed", "er", "ers")  # not "able": "manageable" keeps its e, and "managable" is a typo
_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "ment", "ments", "ness", "able", "al", "ize", "ized")


@cache
def _speller() -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(distance=1)


@cache
def _allowlist() -> frozenset[str]:
    words = {str(w).casefold() for w in lexicon("allowlist")}
    for term in lexicon_terms("skills"):
        words.update(part.casefold() for part in re.split(r"[\s/.-]+", term) if part)
    return frozenset(words)


@cache
def dictionaries() -> tuple[Any, ...]:
    """The system's Hunspell dictionaries for US and British English (affix rules included), read through
    spylls; an empty tuple when they are not installed (`apt install hunspell-en-us hunspell-en-gb`)."""
    try:
        from spylls.hunspell import Dictionary
    except ImportError:
        return ()
    found = []
    for name in ("en_US", "en_GB"):
        for folder in (*os.environ.get("DICPATH", "").split(os.pathsep), *DICTIONARY_FOLDERS):
            base = Path(folder) / name if folder else None
            if base is not None and base.with_suffix(".dic").is_file() and base.with_suffix(".aff").is_file():
                try:
                    found.append(Dictionary.from_files(str(base)))
                except Exception:  # a damaged dictionary: fall back to the word list
                    continue
                break
    return tuple(found)


def known(word: str, extra: frozenset[str] = frozenset()) -> bool:
    """True when a lowercase word is English (a Hunspell dictionary with its affix rules, when installed, or a
    common word of the frequency list), an allowed term, or — without Hunspell — a British spelling or a
    regular inflection of a known word."""
    speller = _speller()
    if word in _allowlist() or word in extra:
        return True
    hunspell = dictionaries()
    if hunspell:
        # The frequency list also holds rare misspellings ("dependancy"), so only its common words count.
        common = word in speller and speller.word_usage_frequency(word) * 1e9 >= MIN_KNOWN_FREQUENCY
        return common or any(dictionary.lookup(word) for dictionary in hunspell)
    if word in speller:
        return True
    for pattern, replacement in _BRITISH:
        variant = re.sub(pattern, replacement, word)
        if variant != word and variant in speller:
            return True
    if word + "s" in speller or word + "es" in speller:
        return True  # a singular the dictionary only knows as a plural ("telecom")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            silent_e = suffix in _DROPS_E and stem + "e" in speller  # manage -> managing, not manag -> managment
            if stem in speller or silent_e or stem in _allowlist() or stem in extra:
                return True
    return False


def _split_into_words(word: str) -> bool:
    """A run-together pair of common words ('teamplayer') is an extraction problem, reported elsewhere, not a
    typo; a split into rare words ('mana' + 'gable' for 'managable') is not evidence of one."""
    speller = _speller()

    def common(part: str) -> bool:
        return part in speller and speller.word_usage_frequency(part) * 1e9 >= MIN_SPLIT_FREQUENCY

    return any(common(word[:i]) and common(word[i:]) for i in range(3, len(word) - 2))


def verdict(word: str) -> Verdict | None:
    """None for a known word; else (a close, common correction or '', whether it is two words run together)."""
    if known(word):
        return None
    speller = _speller()
    candidates = set(speller.known(speller.edit_distance_1(word))) - {word}  # not the word itself, even if listed
    correction = max(candidates, key=speller.word_usage_frequency, default="")
    if correction and speller.word_usage_frequency(correction) * 1e9 < MIN_CORRECTION_FREQUENCY:
        correction = ""
    return correction, _split_into_words(word)


@dataclass(frozen=True)
class Spelling:
    """Verdicts on words: those worked out ahead, the rest on demand."""

    ahead: Mapping[str, Verdict | None] = field(default_factory=dict)

    def verdict(self, word: str) -> Verdict | None:
        """None for a known lowercase word, else its verdict."""
        return self.ahead[word] if word in self.ahead else verdict(word)


def analyze_spelling(texts: list[str]) -> Spelling:
    """The verdict on every word of four or more letters in these texts."""
    words = {w.casefold() for text in texts for w in re.findall(rf"[A-Za-z]{{{MIN_LENGTH},}}", text)}
    return Spelling({word: verdict(word) for word in words})
