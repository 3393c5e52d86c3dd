"""clean.spelling and clean.spelling-variety: misspellings, and American beside British spelling."""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import pairwise
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from ..facts.places import is_place
from ..facts.positions import ORGANIZATION_WORDS
from ..spelling import (
    CALENDAR_NAMES,
    MIN_CONTENT_PART,
    MIN_LENGTH,
    SELF_NOUN_BEFORE,
    calendar_name,
    closed_compound,
    common_words,
    correction,
    cut_head,
    distance,
    farther,
    foreign,
    in_variety,
    is_technology,
    known,
    lexical,
    ligature_gap,
    month_in_date,
    ordinary,
    place,
    places,
    split_product,
    technology,
    typing_slip,
    us_state_codes,
    variety,
    wrapped_tail,
    zipf,
)
from . import rule_function
from .spelling_languages import spellable, spelling_in_language

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding

MIN_FOREIGN_WORDS = 2
FOREIGN_WINDOW = 4  # words either side of a word that decide whether it stands in another language's stretch
MIN_PROSE_WORDS = 4  # a contact-block line of four lowercase words or more is a sentence, spelled like the body
MIN_CAPITAL_TYPO_LENGTH = 6  # on the corpus, every shorter capitalised "typo" was a name (Kasa, Palo, Briey)
LONG_CAPITAL_TYPO = 8
# A typing slip in a Title Case word this long, of a word this common (Zipf, wordfreq), is reported wherever it
# stands (_common_slip). Measured by injecting 2,000 one-letter slips into 107 English dev resumes: Title Case
# slips were found 76% of the time against 95% for lowercase ones, most lost inside names of schools and
# employers ('Mumbai Univeristy') or at a word's edge ('Creaetd'). Six-letter words of that frequency include
# surnames ('Martin', 'Hunter', 'Bakker' is one doubling from 'baker'), so seven.
COMMON_SLIP_LENGTH = 7
COMMON_SLIP_ZIPF = 4.0
VERY_LONG_CAPITAL_TYPO = 10
MIN_CAPS_LENGTH = 5  # all-capital words this long are headings or titles, not acronyms (AWS, SQL, HIPAA)
MIN_VARIETY_WORDS = 2  # the resume's own variety needs two words of it before a third word is out of step
# Short words Title Case leaves lowercase between capitalised ones ("Certificate of Achievement").
# ("at", "with" end a title: "Service Asisstant at Zawati Optometrist" names an employer after it.)
TITLE_CASE_SMALL = frozenset({"of", "and", "the", "in", "for", "&", "-", "–", "−"})
NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT", "LAW"})
_LINK = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\b[\w.-]+\.(?:com|org|net|io|me|dev|edu|in|ai|co)\b\S*")
_HOST = re.compile(r"^(?:https?://)?(?:www\.)?")  # what opens a web address before its site's name
# What glues words into one token when a space is missing ("algebra(MIT", "CAIRO UNIVERSTY| JUN-2018",
# "Information Technoloy- 4th Year")
_GLUE = re.compile(r"[(),;|\[\]]|-$")
# Eight or more capitals each followed by one space: a heading set in spaced capitals ("E X P E R I E N C E").
_SPACED = re.compile(r"(?<![A-Za-z])(?:[A-Z] ){7,}[A-Z](?![A-Za-z])")
SHORT_WORDS = frozenset("a i of to in on at an as by or me my we us it is be do go no so up".split())
MIN_SPACED_SLIP = 6  # the slipped word of a spaced heading; shorter pieces join up with anything
_BROKEN = re.compile(r"([A-Za-z]+)-$")  # a word the line breaks with a hyphen ("imag-")
# A word just before a year, or a day and a year, where a date's month stands: at the line's start or after a
# day, a dash, a bracket or a separator ("May 2021 - Juy 2024", "15 Septmener 1981", "Birth Januay 10, 1998"),
# not after another word ("Hackathon Dev 2020").
# A number with an ordinal ending ('3rd', '4rd-sem', '21th'), not inside a longer token ('A3rd', 'v1.2nd').
_ORDINAL = re.compile(r"(?<![\w.])(\d+)(st|nd|rd|th)(?![^\W\d_])", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_DATE_WORD = re.compile(
    r"(?:^|(?<=[\d\-–—(|,:;/•])|(?<=[\d\-–—(|,:;/•] )|(?<=[A-Za-z] ))([A-Za-z]{3,})\.?,? "
    r"(?:(\d{1,2})(?:st|nd|rd|th)?,? )?(?:19|20)\d\d(?!\d)"
)


@rule_function("spelling")
def spelling(rule: Rule, context: Context) -> Iterator[Finding]:
    """Words that are not English and have a close, common fix: lowercase words anywhere; capitalised and
    all-capital words where capitals do not mark a name (a line's or sentence's first word, a heading), unless
    spaCy reads them as a named entity or the resume spells them the same way twice; and any word one or two
    edits from a technology name ('Kubernates'), with that name as the fix. A German, French or Spanish resume is
    spelled with its own language's dictionary instead (spelling_languages.py)."""
    if context.language != "en":
        yield from spelling_in_language(rule, context)
        return
    extra = frozenset(w.casefold() for w in context.settings.dictionary)
    name_words = _name_words(context)
    repeated = _repeated_capitals(context)
    employers = _employer_words(context)
    named = _named_capitals(context, repeated)
    heads = {m.group(1).casefold() for line in context.body if (m := _BROKEN.search(line.text))}
    reported: set[str] = set()
    body = context.body
    for number, line in enumerate(body):
        for word, fix in _date_slips(line.text, extra | reported | name_words):
            reported.add(word.casefold())  # a date's month is no name, in the contact block too ("Januay 10")
            yield context.finding(rule, line, match=word, correction=fix)
        for written, fix in _ordinal_slips(line.text, reported):
            reported.add(written.casefold())  # a number's ending is no name's spelling, in the contact block too
            yield context.finding(rule, line, match=written, correction=fix)
        whole = spellable(line, context)
        prose = not whole and _prose(line.text)
        if not whole and (context.section_of(line) is not None or not (prose or _plain(line.text))):
            continue  # quoted references, or the name and contact block's names, handles and places
        doc = context.doc(line)
        links = [m.span() for m in _LINK.finditer(line.text)]
        aliens = _alien_words(line.text, context, extra)
        following = _first_word(body[number + 1].text) if number + 1 < len(body) else ""
        if whole:
            for word, fix in _spaced_slips(line.text, extra | reported):
                reported.add(word.casefold())
                yield context.finding(rule, line, match=word, correction=fix)
            for pair, fix in _split_names(line.text, links, extra | reported):
                reported.add(pair.casefold())
                yield context.finding(rule, line, match=pair, correction=fix)
        for index, token in enumerate(doc):
            text = token.text
            if _in_foreign_stretch(aliens, token.idx):
                continue  # a title or quote in another language ("Approches pour adultes autistes")
            if not any(start <= token.idx < end for start, end in links):
                for piece, fix in _glued_slips(text, context, extra | reported):
                    reported.add(piece.casefold())
                    yield context.finding(rule, line, match=piece, correction=fix)
            if len(text) < MIN_LENGTH or not text.isalpha() or not text.isascii():
                continue
            word = text.casefold()
            if word in reported or word in name_words or word in extra or token.ent_type_ == "PERSON":
                continue
            if any(start <= token.idx < end for start, end in links):
                continue  # a handle or site name inside an address
            if line.ocr and word in context.facts.document.layout.ocr_uncertain:
                continue  # an OCR guess, not the candidate's typo
            verdict = context.spelling.verdict(word)
            if verdict is None:
                continue  # an English word
            if text[:1].isupper() and word in employers and not (verdict[0] and typing_slip(word, verdict[0])):
                continue  # an employer's brand ('Forcast.'), not a slip, unless a letter is doubled or swapped
            spot = place(word) if whole and _place_slot(doc, index) else ""
            if spot and _edges_kept(word, spot.casefold()):
                reported.add(word)
                yield context.finding(rule, line, match=text, correction=spot)
                continue  # 'Shangehai, China', 'Jamshedpur, Bhubneshwar': a place misspelled where places stand
            if verdict[1] and not technology(word):
                continue  # two words run together (an extraction problem reported elsewhere)
            if not whole and not ((prose and (text.islower() or _month_slip(text))) or _long_slip(text, verdict[0])):
                continue  # in the contact block capitals mark names, places and employers, but not on a line
                # of common words ('German Centre for Integrative Biodversity Research')
            slip = bool(verdict[0]) and typing_slip(word, verdict[0])
            if _fragment(doc, index, heads, extra, following) or (not text.islower() and foreign(word) and not slip):
                continue  # a piece of a word cut by a wrap or a lost glyph, or a name in another language
                # ('Finlande'); a lowercase one alone is a slip ('existant'), two make a foreign line, and a
                # letter doubled or swapped in a word of both is an English slip ('Profesional')
            fix = _fix(doc, index, text, verdict[0], repeated, named, line.kind == "heading")
            if fix:
                reported.add(word)
                yield context.finding(rule, line, match=text, correction=fix)


def _spaced_slips(text: str, skip: frozenset[str] | set[str]) -> Iterator[tuple[str, str]]:
    """A slip in a heading set in spaced capitals ('W O R K E X P E R I E N E C E'): the letters rejoined, a
    word one edit from a common one with everyday words around it, (the word, its fix)."""
    for run in _SPACED.findall(text):
        folded = run.replace(" ", "").casefold()
        if _words_only(folded):
            continue  # 'PERSONALDETAILS', 'SCHOLARSHIPS'
        best = ""
        for start in range(len(folded)):
            for end in range(len(folded), start + MIN_SPACED_SLIP - 1, -1):
                piece = folded[start:end]
                if len(piece) <= len(best) or piece in skip or known(piece) or cut_head(piece):
                    continue  # known, or a word the box's edge cut ('PROFESSIONA')
                if _words_only(folded[:start]) and _words_only(folded[end:]) and correction(piece):
                    best = piece
        if best:
            yield best.upper(), correction(best).upper()


def _split_names(text: str, links: list[tuple[int, int]], skip: frozenset[str] | set[str]) -> Iterator[tuple[str, str]]:
    """A one-word product or compound split in two ('Java Script', 'Power Point', 'git hub', 'team work'): (the two
    words, the name)."""
    words = list(re.finditer(r"[A-Za-z]+", text))
    for first, second in pairwise(words):
        gap = text[first.end() : second.start()]
        if not gap or gap.strip(" \t") or any(start <= first.start() < end for start, end in links):
            continue  # not two words one space apart, or inside an address
        if (first.start() and text[first.start() - 1].isalnum()) or text[second.end() : second.end() + 1].isalnum():
            continue  # a piece of a longer token ('2Java')
        if len(second.group(0)) < MIN_CONTENT_PART and text[second.end() : second.end() + 1] == "-":
            continue  # a letter opening a hyphenated word ('direct X-ray', 'a T-shirt'), not a product's part
        pair = text[first.start() : second.end()]
        name = split_product(first.group(0), second.group(0)) or _compound(text, first, second)
        if name and pair.casefold() not in skip:
            yield pair, name


def _compound(text: str, first: re.Match[str], second: re.Match[str]) -> str:
    """A closed compound split in two ('team work', 'Data Base', 'non profit'), as the pair was cased, or ''."""
    joined = closed_compound(first.group(0), second.group(0))
    if not joined:
        return ""
    # the word before is looked for only for "self-": finding it for every pair was quadratic in the line
    before = re.findall(r"[\w']+", text[: first.start()]) if joined.startswith("self-") else []
    if before and before[-1].casefold() in SELF_NOUN_BEFORE:
        return ""
    written = first.group(0) + second.group(0)
    if written.isupper():
        return joined.upper()
    return joined[:1].upper() + joined[1:] if written[:1].isupper() else joined


def _date_slips(text: str, skip: frozenset[str] | set[str]) -> Iterator[tuple[str, str]]:
    """A month misspelled where a date writes it, just before a year ('Juy 2024'): (the word, the month)."""
    line = re.sub(r"\s+", " ", text)
    for match in _DATE_WORD.finditer(line):
        word = match.group(1)
        after_word = match.start(1) > 0 and line[match.start(1) - 2 : match.start(1) - 1].isalpha()
        if after_word and not match.group(2):
            continue  # after another word, only a day between it and the year marks a date ("Birth Januay 10, 1998")
        month = month_in_date(word.casefold()) if word.casefold() not in skip else ""
        if month:
            yield word, month.capitalize()


def ordinal(number: str) -> str:
    """The English ending of an ordinal number: 'st', 'nd', 'rd', or 'th' (11th to 13th, 111th, 4th)."""
    value = int(number)
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


def _ordinal_slips(text: str, skip: frozenset[str] | set[str]) -> Iterator[tuple[str, str]]:
    """A number with the wrong ordinal ending ('3nd-year', '4rd sem', '21th', '1th June'): (as written, the fix,
    in the case written). The ending follows from the number, so a wrong one is a slip wherever it stands."""
    for match in _ORDINAL.finditer(text):
        number, ending = match.groups()
        right = ordinal(number)
        if ending.casefold() == right or match.group(0).casefold() in skip:
            continue
        yield match.group(0), number + (right.upper() if ending.isupper() else right)


@lru_cache(maxsize=1 << 12)
def _words_only(text: str) -> bool:
    """Whether lowercase letters are English words put together ('work', 'workand', ''), by dynamic programming."""
    ends = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        starts = range(max(0, end - 20), end)
        ends[end] = any(ends[i] and _segment_word(text[i:end]) for i in starts)
    return ends[len(text)]


def _segment_word(piece: str) -> bool:
    """A word a spaced heading may hold: three letters or more and English, or a short function word."""
    return piece in SHORT_WORDS if len(piece) < 3 else known(piece)


def _glued_slips(text: str, context: Context, skip: frozenset[str] | set[str]) -> Iterator[tuple[str, str]]:
    """Words glued to a bracket, a comma or a bar with no space between ('algrbra(MITOCW)'), each a plain slip
    with a close, common fix, lowercase or a long capitalised slip (_long_slip: 'UNIVERSTY|'): (the word, its
    fix)."""
    if text.isalpha() or not _GLUE.search(text):
        return
    for piece in _GLUE.split(text):
        word = piece.casefold()
        if len(piece) < MIN_LENGTH or not (piece.isalpha() and piece.isascii()) or word in skip:
            continue
        verdict = context.spelling.verdict(word)
        if not verdict or not verdict[0] or verdict[1] or foreign(word) or wrapped_tail(word) or cut_head(word):
            continue
        if piece.islower() or _long_slip(piece.capitalize() if piece.isupper() else piece, verdict[0]):
            yield piece, verdict[0].upper() if piece.isupper() else verdict[0]


def _fix(doc: Any, index: int, text: str, correction: str, repeated: set[str], named: set[str], heading: bool) -> str:
    """The correction to report for an unknown word, or '' when its case says it is a name."""
    word = text.casefold()
    if " " in correction and not text.islower():
        return ""  # two words run together are a slip in running text; capitalised, a name ('Mytown')
    common = _common_slip(doc, index, text, correction)
    if text.isupper() and not common and _beside_name(doc, index):
        return ""  # a name in capitals ('MOH.TANDA SALAR'), not a shouted heading word ('OWN BUSSINESS WORK')
    if text.isupper() and _YEAR.fullmatch(next((t.text for t in doc[index + 1 :] if not t.is_space), "")):
        return ""  # capitals before a year name an event ('INCOM 2024', 'COMSYS 2023'), not a shouted word
    product = "" if correction and text.islower() else technology(word)  # "trainning": training, not Training
    if product.islower() and lexical(product) and text in named:
        product = ""  # a skill's plain word ("delivery") is no maker's name to hold a name to ('in Deliveroo's')
    if product and (text.islower() or doc[index].ent_type_ not in ("PERSON", "GPE", "LOC", "NORP")):
        return product  # "Kubernates", "postgress": a product one slip from its name
    # a month's or weekday's name is capitalised wherever it stands ("in Octuber 2020")
    titled = not text.islower() and (_title_case(doc, index) or _month_slip(text))
    # a letter doubled, undoubled or swapped inside a common word is a slip even mid-sentence ('under Hotest
    # Github Project'), where other capitals mark names,
    # and beside no other name ('De Goudse Waarden', 'EHTP Setler'), and no word of another language ('Ressources')
    # ...and so is any one-letter slip inside a long common word in Title Case ('Volunary', _long_slip), beside
    # English words rare or common ('Integrative Biodversity Research') but no name ('Cynthia Gilibert')
    typed = typing_slip(word, correction) and not _beside_name(doc, index)
    inside = _long_slip(text, correction) and not _beside_name(doc, index, english=lexical)
    slipped = bool(correction) and (typed or inside) and doc[index].ent_type_ not in NAME_ENTITIES
    slipped = slipped and not foreign(word)
    if text in repeated and (not titled or text in named):
        return ""  # the resume's own name for something, written the same way again
    if not (titled or slipped or common or _checkable(doc, index, text, heading)):
        return ""
    fix = correction or (calendar_name(word) if titled else "") or farther(word)
    if not fix or (not text.islower() and not (common or _slip_inside(word, fix))):
        return ""
    return fix.capitalize() if fix in CALENDAR_NAMES else fix


@rule_function("spelling_variety")
def spelling_variety(rule: Rule, context: Context) -> Iterator[Finding]:
    """Lowercase words in the resume's minority variety (a 'color' in a CV that writes 'colour' and 'centre')."""
    if context.facts.language not in (None, "en"):
        return
    seen: dict[str, list[tuple[Any, str]]] = {"us": [], "gb": []}
    for line in context.body:
        if not spellable(line, context):
            continue
        for word in re.findall(r"\b[a-z]{4,}\b", line.text):
            kind = variety(word)
            if kind and counterpart(word, kind):
                seen[kind].append((line, word))
    counts = Counter({kind: len({w for _, w in found}) for kind, found in seen.items()})
    if min(counts.values()) == 0:
        return
    major, minor = ("us", "gb") if counts["us"] > counts["gb"] else ("gb", "us")
    if counts[major] < MIN_VARIETY_WORDS or counts[major] == counts[minor]:
        return
    example = seen[major][0][1]
    names = {"us": "American", "gb": "British"}
    reported: set[str] = set()
    for line, word in seen[minor]:
        if word in reported:
            continue
        reported.add(word)
        fix = counterpart(word, minor)
        yield context.finding(
            rule,
            line,
            match=word,
            correction=fix or f"the {names[major]} spelling",
            variety=names[minor],
            resume_variety=names[major],
            example=example,
        )


def _name_words(context: Context) -> set[str]:
    """The candidate's name, the words inside the email address and links (a handle, a site name), and the site
    names of web addresses anywhere in the resume ('brightup' of 'www.brightup.de', an employer's own name)."""
    contact = context.facts.contact
    words = {w.casefold() for w in (contact.name or "").split()}
    texts = [contact.email or "", *contact.links]
    texts += [_HOST.sub("", m.group(0)).split("/")[0] for line in context.body for m in _LINK.finditer(line.text)]
    return words | {w.casefold() for text in texts for w in re.findall(rf"[A-Za-z]{{{MIN_LENGTH},}}", text)}


def _fragment(doc: Any, index: int, heads: set[str], extra: frozenset[str], following: str = "") -> bool:
    """A piece of a longer word: broken at a hyphen ('al-gorithm', 'imag-' / 'ination'), cut by a lost ff/fi
    glyph ('e ective', 'Arti cial'), the end of a common word ('tional', 'versity') or, closing a line, its
    start ('evalua') when the next line (its first word `following`) does not show a last letter dropped."""
    text = doc[index].text
    word = text.casefold()
    common = common_words()
    if index >= 2 and doc[index - 1].text == "-" and known((doc[index - 2].text + text).casefold(), extra):
        return True
    if index + 2 < len(doc) and doc[index + 1].text == "-" and known((text + doc[index + 2].text).casefold(), extra):
        return True
    if any(head + word in extra or (head + word in common and known(head + word)) for head in heads):
        return True  # "tool win- June 2003 dows": a word broken at a wrap, with another column set between
    if any(is_technology(head + word) for head in heads):
        return True  # 'Ter-' / 'raform': a product's name broken at a wrap
    before = doc[index - 1].text if index and doc[index - 1].text.isalpha() else ""
    after = doc[index + 1].text if index + 1 < len(doc) and doc[index + 1].text.isalpha() else ""
    if ligature_gap(before, text, after):
        return True
    if wrapped_tail(word) and (text.islower() or text.isupper()):
        return True  # 'tional', 'versity', 'PERIENCE': the end of a word whose start went elsewhere
    last = all(doc[i].is_space or not doc[i].text.isalnum() for i in range(index + 1, len(doc)))
    one_short = any(word + letter in common and known(word + letter) for letter in string.ascii_lowercase)
    if last and cut_head(word) and (not one_short or known(word + following.casefold(), extra)):
        return True  # 'evalua', 'Responsib' at a line's end: the rest went to the next line
        # ('Digital marketin' with no 'g' to follow is a typist's slip)
    # The start of a common word with two letters or more missing ('manageme', 'implementa', 'calcula') is text
    # cut at a box's edge wherever it stands; one missing letter ('desig') is a typist's slip.
    return cut_head(word) and not one_short


def _alien_words(text: str, context: Context, extra: frozenset[str]) -> list[tuple[int, bool]]:
    """(offset, whether another language's) for each word of three letters or more on a line: a common word of
    another language that is rare in English ('femmes', 'des'; 'pour' is English), or an unknown lowercase word
    with no close English fix ('desenvolvimento'); an English slip ('awarness') is no evidence of a language."""
    found: list[tuple[int, bool]] = []
    for match in re.finditer(r"\b[^\W\d_]{3,}\b", text):
        word = match.group(0)
        folded = word.casefold()
        product = is_technology(folded)  # 'keil' is German too, and a product
        if folded in extra or product or (known(folded) and (word[0].isupper() or not foreign(folded))):
            found.append((match.start(), False))
            continue  # English, or a capitalised name English knows ('Avila')
        if foreign(folded) or len(word) < MIN_LENGTH or word[0].isupper():
            found.append((match.start(), foreign(folded)))
            continue
        verdict = context.spelling.verdict(folded) if word.isascii() else None
        found.append((match.start(), not (verdict is not None and verdict[0]) and not technology(folded)))
    return found


def _in_foreign_stretch(words: list[tuple[int, bool]], offset: int) -> bool:
    """Whether the word at `offset` stands among words of another language: two or more of them in it and the
    FOREIGN_WINDOW words before it, or in it and those after (on the corpus, French titles in an English CV,
    often followed by their English translation on the same line; an English stretch has one slip at most)."""
    position = bisect_left(words, offset, key=itemgetter(0))  # the first word at or after it: offsets ascend
    before = words[max(0, position - FOREIGN_WINDOW) : position + 1]
    after = words[position : position + FOREIGN_WINDOW + 1]
    return any(sum(1 for _, alien in side if alien) >= MIN_FOREIGN_WORDS for side in (before, after))


def _prose(text: str) -> bool:
    """A sentence in the contact block ('responsability, human kidness and honesty guide me'), not a name,
    handle or address: mostly lowercase words."""
    words = re.findall(r"\b[^\W\d_]+\b", text)
    lower = sum(1 for w in words if w.islower())
    return lower >= MIN_PROSE_WORDS and lower * 2 > len(words)


def _long_slip(text: str, correction: str) -> bool:
    """A Title Case word of LONG_CAPITAL_TYPO letters or more one edit from a common word, with its first two
    letters and its last kept ('Volunary', 'Commerse'): a name is rarely that close to a long word ('Tremblin'
    gains the 'g' of 'trembling' at its end; CamelCase 'ExpressJS' is a product)."""
    word = text.casefold()
    if len(word) < LONG_CAPITAL_TYPO or not (text[:1].isupper() and text[1:].islower()) or " " in correction:
        return False
    return distance(word, correction) == 1 and word[:2] == correction[:2] and word[-1] == correction[-1]


def _plain(text: str) -> bool:
    """A line of English words and place names but one at most, besides acronyms ('Institute of Integrative
    Biodversity Research'): in the contact block, an employer's or a school's name made of words, not a
    person's name or a handle."""
    words = [w for w in re.findall(r"\b[^\W\d_]{4,}\b", _LINK.sub(" ", text)) if not w.isupper()]
    return bool(words) and sum(1 for w in words if not known(w.casefold())) <= 1


def _month_slip(text: str) -> bool:
    """A capitalised word one or two edits from a month's or weekday's name ('Octuber', 'Septmener')."""
    return text[:1].isupper() and bool(calendar_name(text.casefold()))


def _place_slot(doc: Any, index: int) -> bool:
    """A capitalised word where a place stands: before a comma and a country or US state ('Shangehai, China',
    'Chittenago, NY'), or after a known place and a comma ('Jamshedpur, Bhubneshwar')."""
    text = doc[index].text
    if not (text[:1].isupper() and text[1:].islower()):
        return False
    after = [t.text for t in doc[index + 1 : index + 4] if not t.is_space]
    if len(after) >= 2 and after[0] == "," and _region(after[1]):
        return True
    before = [t.text for t in doc[max(0, index - 3) : index] if not t.is_space]
    return len(before) >= 2 and before[-1] == "," and before[-2][:1].isupper() and before[-2].casefold() in places()


def _region(text: str) -> bool:
    """A country's or US state's name, or a US state's two-letter code ('NY')."""
    return is_place(text) or (len(text) == 2 and text in us_state_codes())


def _first_word(text: str) -> str:
    match = re.match(r"\W*([^\W\d_]+)", text)
    return match.group(1) if match else ""


def _checkable(doc: Any, index: int, text: str, heading: bool) -> bool:
    if text.islower():
        return True
    capitalised = text[0].isupper() and text[1:].islower()
    shouting = text.isupper() and len(text) >= MIN_CAPS_LENGTH  # shorter capitals are mostly acronyms
    if not (capitalised or shouting) or doc[index].ent_type_ in NAME_ENTITIES:
        return False
    if capitalised and _beside_place(doc, index):
        return False  # a word of a place's name ('Petach Tikva, Israel'), spelled as the place spells it
    # Mid-sentence capitals mark names (employers, products, places); at a line's or sentence's start they do not.
    previous = next((doc[i] for i in range(index - 1, -1, -1) if not doc[i].is_space), None)
    return previous is None or previous.text in (".", "!", "?", ":", "|", "•", "-", "–") or shouting or heading


def _beside_place(doc: Any, index: int) -> bool:
    """Whether the word before or after is a capitalised place name that is no common English word ('Tikva')."""
    for i in (index - 1, index + 1):
        near = doc[i].text if 0 <= i < len(doc) else ""
        if near[:1].isupper() and near[1:].islower() and near.casefold() in places() and not ordinary(near.casefold()):
            return True
    return False


def _title_case(doc: Any, index: int) -> bool:
    """A capitalised word between capitalised common English words (past 'of', 'and', a dash) and beside no other
    capitalised word: a title in Title Case ('Certificate of Acheivement', 'Qualified Enterance Examination'),
    whose capitals mark no name ('Volvo Eicher Commercial Vehicles' is one)."""
    if not (doc[index].text[:1].isupper() and doc[index].text[1:].islower()) or doc[index].ent_type_ in NAME_ENTITIES:
        return False
    titled = False
    for step in (-1, 1):
        i = index + step
        while 0 <= i < len(doc) and (doc[i].is_space or doc[i].text.casefold() in TITLE_CASE_SMALL):
            i += step
        near = doc[i].text if 0 <= i < len(doc) else ""
        if not near.isalpha() or near.islower():
            continue  # the title's edge: a number, a bracket, the line's end, or lowercase text
        capital_word = len(near) >= MIN_LENGTH and near[0].isupper() and near[1:].islower()
        if not capital_word or doc[i].ent_type_ in NAME_ENTITIES or not ordinary(near.casefold()):
            return False  # beside a name, an acronym or a brand ('GmbH'): a name of several words
        titled = True
    return titled


def _beside_name(doc: Any, index: int, english: Callable[[str], bool] = ordinary) -> bool:
    """Whether the word before or after is capitalised and neither an English word (`english`: by default a
    common one) nor a product: a name of several words."""
    for i in (index - 1, index + 1):
        for near in re.findall(r"[^\W\d_]+", doc[i].text) if 0 <= i < len(doc) else ():
            if not near.islower() and not english(near.casefold()) and not is_technology(near.casefold()):
                return True
    return False


def _slip_inside(word: str, correction: str) -> bool:
    """A capitalised word is reported only when the slip is inside a long word ('Independant', 'Enviroment'):
    names differ from an English word at their edges ('Kasa'/'casa', 'Palo'/'palm', 'Nazar'/'lazar'). A word of
    LONG_CAPITAL_TYPO letters or more one edit from its fix (or VERY_LONG_CAPITAL_TYPO, two) keeps its first two
    letters and its last one, or gains or loses a letter at its very end ('Commerse', 'Attitute', 'Passionated');
    past VERY_LONG_CAPITAL_TYPO only its first letter is sure ('Rsponsability'). A final 'e' gained or lost is
    another language's form ('Finlande', 'Institut'). Measured on the development and judged corpora."""
    if len(word) < MIN_CAPITAL_TYPO_LENGTH:
        return False
    very_long = len(word) >= VERY_LONG_CAPITAL_TYPO
    if len(word) < LONG_CAPITAL_TYPO or not (very_long or distance(word, correction) == 1):
        return _edges_kept(word, correction)
    start = word[:1] == correction[:1] if very_long else word[:2] == correction[:2]
    longer, shorter = (word, correction) if len(word) > len(correction) else (correction, word)
    extended = len(longer) == len(shorter) + 1 and longer.startswith(shorter) and longer[-1] != "e"
    return start and (word[-1:] == correction[-1:] or extended)


def _common_slip(doc: Any, index: int, text: str, correction: str) -> bool:
    """A Title Case or capitals word of COMMON_SLIP_LENGTH letters or more with two letters swapped, or one
    doubled or undoubled, in a very common English word ('Taecher', 'COMAPNY'): a slip at the word's edge too,
    where other capitalised words are only reported with the slip inside them, but beside no name ('Lisa
    Chamebrs'), unless the word is what names a school or an employer ('Mumbai Univeristy', 'Indian Instiitute')."""
    word = text.casefold()
    if (
        len(word) < COMMON_SLIP_LENGTH
        or not (text.isupper() or (text[:1].isupper() and text[1:].islower()))
        or " " in correction
    ):
        return False
    if doc[index].ent_type_ in ("PERSON", "NORP") or not typing_slip(word, correction) or foreign(word):
        return False
    if not ordinary(correction) or zipf(correction) < COMMON_SLIP_ZIPF:
        return False
    return bool(ORGANIZATION_WORDS.fullmatch(correction)) or not _beside_name(doc, index)


def _edges_kept(word: str, correction: str) -> bool:
    """The first two and the last two letters the same: the slip is inside the word."""
    return len(word) >= MIN_CAPITAL_TYPO_LENGTH and word[:2] == correction[:2] and word[-2:] == correction[-2:]


def _repeated_capitals(context: Context) -> set[str]:
    """Capitalised spellings the resume uses twice or more: its own names (a misspelling is rarely repeated)."""
    counts = Counter(word for line in context.body for word in re.findall(r"\b[A-Z][A-Za-z]+\b", line.text))
    return {word for word, count in counts.items() if count >= 2}


def _employer_words(context: Context) -> set[str]:
    """The employers the positions name in one word ('Forcast' of 'Forcast.'), casefolded: a one-word name is a
    brand, coined off a word as often as not ('Lyft', 'Forcast'), while words of a longer name are words."""
    worked = [p.organization or "" for p in context.facts.positions if p.section == "experience"]
    names = [re.findall(r"[A-Za-z]+", name) for name in worked]
    return {found[0].casefold() for found in names if len(found) == 1 and found[0][:1].isupper()}


def _named_capitals(context: Context, repeated: set[str]) -> set[str]:
    """Repeated capitalised spellings the resume also writes mid-sentence, after a lowercase word ('worked in
    Deliveroo's platform team'): names even where a line opens with them ('Deliveroo (2023 - 2024)')."""
    after_lowercase = re.compile(r"\b[a-z]+,? ([A-Z][a-z]+)\b")
    return {w for line in context.body for w in after_lowercase.findall(line.text) if w in repeated}


# How British spellings become American ones (Oxford -ize aside): a word only one dictionary knows is a variety
# only when its counterpart differs in one of these ways ('colour'/'color', 'modelling'/'modeling'); otherwise it
# is a word one dictionary lacks ('telematics', 'gmail').
_GB_TO_US = (
    ("isation", "ization"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("our", "or"),
    ("tre", "ter"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ller", "ler"),
    ("ogue", "og"),
    ("ence", "ense"),
    ("ae", "e"),
    ("oe", "e"),
    ("amme", "am"),
    ("eable", "able"),
    ("ement", "ment"),
    ("lyse", "lyze"),
)


def counterpart(word: str, kind: str) -> str:
    """The other variety's spelling of a word only one dictionary knows, when the two differ the way British and
    American spellings do ('organised' -> 'organized', 'behavior' -> 'behaviour'), else ''."""
    other = "us" if kind == "gb" else "gb"
    for gb, us in _GB_TO_US:
        source, target = (gb, us) if kind == "gb" else (us, gb)
        if source in word:
            candidate = word.replace(source, target, 1)
            if in_variety(candidate, other):  # 'organized' is British too (Oxford), but American for sure
                return candidate
    return ""
