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
SUFFIX_LETTERS = 5  # -ance/-ence, -able/-ible: the slip sits in a word's last five letters
MIN_KNOWN_FREQUENCY = 100  # per billion words: below this the frequency list mixes rare words and typos
# SCOWL's lists as Debian's wamerican and wbritish install them; RESUMECHECK_WORD_LISTS (paths joined by the
# system's path separator) names others, e.g. the same lists copied from a Linux machine.
WORD_LISTS = tuple(
    os.environ.get(
        "RESUMECHECK_WORD_LISTS",
        os.pathsep.join(("/usr/share/dict/american-english", "/usr/share/dict/british-english")),
    ).split(os.pathsep)
)
STRONG_SPLIT_PART = 4  # a split whose parts both have four letters or more ('year' + 'long') is a compound
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
def dictionaries() -> frozenset[str]:
    """The system's packaged English word lists — SCOWL's American and British lists, from which Hunspell's
    en_US and en_GB dictionaries are built, with every inflected form written out (Debian and Ubuntu:
    `apt install wamerican wbritish`) — as one set of lowercase words; empty when they are not installed."""
    words: set[str] = set()
    for path in WORD_LISTS:
        try:
            words.update(line.strip().casefold() for line in Path(path).read_text(encoding="utf-8").splitlines())
        except (OSError, UnicodeDecodeError):
            continue
    return frozenset(words)


def known(word: str, extra: frozenset[str] = frozenset()) -> bool:
    """True when a lowercase word is English (in the packaged word lists when installed, or a common word of
    the frequency list), an allowed term, or — without the word lists — a British spelling or a regular
    inflection of a known word."""
    speller = _speller()
    if word in _allowlist() or word in extra:
        return True
    listed = dictionaries()
    if listed:
        if word in listed:
            return True
        # The frequency list also holds rare misspellings ("dependancy"): a rare entry counts as a word
        # unless it is a common word with its suffix vowel swapped.
        if word in speller:
            common = speller.word_usage_frequency(word) * 1e9 >= MIN_KNOWN_FREQUENCY
            return common or not _suffix_vowel_slip(word, speller)
        return False
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


def _suffix_vowel_slip(word: str, speller: Any) -> bool:
    """'dependancy' for 'dependency', 'independant', 'accessable': one vowel swapped in the last five letters
    (-ance/-ence, -ant/-ent, -able/-ible), the commonest spelling slip, which the frequency list keeps."""
    for index in range(max(0, len(word) - SUFFIX_LETTERS), len(word)):
        if word[index] not in "aeiou":
            continue
        for vowel in "aeiou":
            other = word[:index] + vowel + word[index + 1 :]
            if (
                other != word
                and other in speller
                and speller.word_usage_frequency(other) > speller.word_usage_frequency(word)
            ):
                return True
    return False


def _split_into_words(word: str, shortest: int = 3) -> bool:
    """A run-together pair of common words ('teamplayer') is an extraction problem, reported elsewhere, not a
    typo; a split into rare words ('mana' + 'gable' for 'managable') is not evidence of one."""
    speller = _speller()

    def common(part: str) -> bool:
        return part in speller and speller.word_usage_frequency(part) * 1e9 >= MIN_SPLIT_FREQUENCY

    return any(common(word[:i]) and common(word[i:]) for i in range(shortest, len(word) - shortest + 1))


def verdict(word: str) -> Verdict | None:
    """None for a known word; else (a close, common correction or '', whether it is two words run together)."""
    if known(word):
        return None
    speller = _speller()
    candidates = set(speller.known(speller.edit_distance_1(word))) - {word}  # not the word itself, even if listed
    correction = max(candidates, key=speller.word_usage_frequency, default="")
    if correction and speller.word_usage_frequency(correction) * 1e9 < MIN_CORRECTION_FREQUENCY:
        correction = ""
    split = _split_into_words(word)
    if split and _vowel_swap(word, correction) and not _split_into_words(word, shortest=STRONG_SPLIT_PART):
        split = False  # 'exist' + 'ant' is a weak split; 'year' + 'long' ('yearlong') is a real compound
    return correction, split


def _vowel_swap(word: str, correction: str) -> bool:
    """'existant' for 'existent': one vowel changed near the end is the suffix slip, even when the misspelling
    also splits into two common words ('exist' + 'ant')."""
    if not correction or len(word) != len(correction):
        return False
    changed = [i for i, (a, b) in enumerate(zip(word, correction, strict=True)) if a != b]
    return (
        len(changed) == 1
        and changed[0] >= len(word) - SUFFIX_LETTERS
        and {word[changed[0]], correction[changed[0]]} <= set("aeiou")
    )


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
