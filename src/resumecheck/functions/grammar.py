"""clean.grammar: slips a checker can find with high precision ('a integration', 'an new', 'improved it by 30')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from ..facts.titles import TITLE_WORDS
from ..resources import lexicon
from ..spelling import is_technology, known
from . import rule_function

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding
    from ..model import Line

_ARTICLE = re.compile(r"(?:^(A|An)|(?<=[\s(\"“])(a|an))\s+([A-Za-z][a-z]+)\b")  # capital A only opening a line
# Words spelt with a vowel that start with a consonant sound (a unique, a one-off, a European) ...
# "un" before a vowel is the prefix (an unofficial, an unusual, an unaware) but for "uni" (a unit, a university)
# and "unanim"; "uni" before m or n is the prefix again (an unimportant, an uninstalled).
_VOWEL_LETTER_CONSONANT_SOUND = re.compile(
    r"^(?:one|once|u[bcdfgklmprstvz][aeiou]|uni(?![mn])|unanim|eu|ewe|use|usu|uti|ura)", re.I
)
# ... and words spelt with a consonant that start with a vowel sound (an hour, an honest, an heir).
_SILENT_H = re.compile(r"^(?:hour|honest|honou?r|heir|herb|x[^aeiouy])", re.I)  # and 'an Xbox' (ex-box)


# "improving user experience by 30" — a change measured by a bare number has lost its unit; the clause ends right
# after the number. "by 30 people", "by 30%", "by 2x", "by 2021" (a year) are whole.
_BARE_CHANGE = re.compile(
    r"\b(?:improv|increas|reduc|decreas|boost|cut|grow|grew|rais|lower|enhanc|accelerat|optimi[sz])\w*"
    r"(?P<object>[^.;:,]{0,60}?)\bby\s+(?P<number>\d+(?:[.,]\d+)*)(?=\s*(?:[,.;)](?!\d)|$|\s+(?:and|while|through|via|"
    r"within|across|with|for|in|on|over)\b))",
    re.I,
)
_COUNTED = re.compile(r"\b(?:number|count|headcount|team|staff|size)\b", re.I)  # "grew the team by 4": a count


def article_slip(article: str, word: str) -> str | None:
    """The right article when `article` is wrong before `word`, else None."""
    vowel_sound = (word[0].lower() in "aeiou" and not _VOWEL_LETTER_CONSONANT_SOUND.match(word)) or bool(
        _SILENT_H.match(word)
    )
    if article.lower() == "a" and vowel_sound:
        return "an" if article == "a" else "An"
    if article.lower() == "an" and not vowel_sound:
        return "a" if article == "an" else "A"
    return None


@rule_function("grammar", checks=("article", "bare-number", "phrase"))
def grammar(rule: Rule, context: Context) -> Iterator[Finding]:
    """'a' before a vowel sound or 'an' before a consonant sound; acronyms and letters are left alone, since
    their sound depends on how they are read ('an SQL', 'a SQL')."""
    for line in context.body:
        for match in _ARTICLE.finditer(line.text):
            article, word = match.group(1) or match.group(2), match.group(3)
            if word.islower() and not known(word):
                continue  # not an English word: another language's "a" ("il a exclu") or a typo reported elsewhere
            right = article_slip(article, word)
            if right is not None:
                yield context.finding(rule, line, match=match.group(0), check="article", correction=f"{right} {word}")
        for match in _BARE_CHANGE.finditer(line.text):
            if not _COUNTED.search(match.group("object")):
                number = match.group("number")
                yield context.finding(
                    rule,
                    line,
                    match=f"by {number}",
                    level="warning",
                    check="bare-number",
                    correction=f"by {number}% (or {number} of what: users, hours, dollars?)",
                )
    yield from wrong_phrases(rule, context)


@cache
def _wrong_phrases() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The fixed phrases resumes get wrong, each with its fix (rules/lexicons/wrong_phrases.yaml)."""
    pairs = (lexicon("wrong_phrases") or {}).get("phrases") or {}
    return tuple(
        (re.compile(rf"(?<![\w'’]){re.escape(str(wrong))}(?![\w'’])", re.I), str(right))
        for wrong, right in pairs.items()
    )


def wrong_phrases(rule: Rule, context: Context) -> Iterator[Finding]:
    """'seeking for', 'in accordance to', 'and etc.': phrases with one right form, written with their fix."""
    for line in context.body:
        for pattern, right in _wrong_phrases():
            found = pattern.search(line.text)
            if found:
                yield context.finding(
                    rule, line, match=found.group(0), check="phrase", correction=_cased(right, found.group(0))
                )


def _cased(right: str, written: str) -> str:
    """The fix in the case the phrase was written in ('Bachelors Degree' -> "Bachelor's Degree")."""
    if written.isupper():
        return right.upper()
    return right[:1].upper() + right[1:] if written[:1].isupper() else right


@cache
def products() -> dict[str, str]:
    """Technology names with one spelling: the name with case, spaces and hyphens folded away -> the name as its
    maker writes it ('springboot' -> 'Spring Boot'). A key two names share ('Realm', 'realm') is dropped."""
    tech = lexicon("technology") or {}
    names = [str(name) for group in tech.values() for name in group or []]
    # a skill named by one capitalised word ("Payroll", "Statistics") is a word, not a product with its own spelling
    # and so is one in sentence case ("E-commerce", "Open source"): only the first letter is its maker's
    names += [str(n) for n in lexicon("skills") or {} if not re.fullmatch(r"[A-Z][a-z]*(?:[\s-][a-z]+)*", str(n))]
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for name in names:
        key = re.sub(r"[\s-]+", "", name.casefold())
        if len(key) < MIN_PRODUCT_KEY or not re.fullmatch(r"[a-z][a-z0-9+#]*", key):
            continue
        if found.setdefault(key, name) != name:
            clashes.add(key)
    return {key: name for key, name in found.items() if key not in clashes}


MIN_ACRONYM_CASE = 4  # "Html", "Json": long enough to be the acronym and nothing else
MIN_PRODUCT_KEY = 3  # "R", "C", "Go": a letter or two is a word or an initial as often as a language
_TOKEN = re.compile(r"(?<![\w/@.#+-])[A-Za-z][A-Za-z0-9+#]*(?![\w/@+#-]|\.\w)")  # not part of a link, handle or file
_LIST_ITEM = re.compile(r"(?:^|[,|;:/•·(])\s*$")  # what stands before a word that opens an item of a list ("Tools: ")
_ITEM_END = re.compile(r"\s*(?:[,|;/•·)]|$)")  # and what stands after the item


@rule_function("capitals", checks=("technology-case", "mid-sentence"))
def capitals(rule: Rule, context: Context) -> Iterator[Finding]:
    """A technology name in a case its maker does not write ('Html', 'Typescript', 'excel' among 'Python, SQL'),
    and an ordinary verb or adverb capitalised mid-sentence ('I am Looking', 'and Implemented')."""
    reported: set[str] = set()
    for line in context.body:
        if context.above_sections(line.number) or line.kind == "heading":
            continue  # the contact block's link labels ("github | linkedin") are a style, not a slip
        found = _technology_case(line.text)
        if found is not None and found[0] not in reported:
            written, right, listed = found
            reported.add(written)  # each spelling once: "Typescript" eight times is one slip to fix
            yield context.finding(  # in a sentence the case reads as a typo; in a list of names, as a style
                rule,
                line,
                match=written,
                level="warning" if listed else None,
                check="technology-case",
                correction=right,
            )
        word = _capital_mid_sentence(context, line) if context.language == "en" else None  # English function words
        if word is not None:
            yield context.finding(  # the tags misread headings and run-on lines: a warning, not the rule's error
                rule, line, match=word, level="warning", check="mid-sentence", correction=word.lower()
            )


def _technology_case(text: str) -> tuple[str, str, bool] | None:
    """The first technology name on a line written in another case than its own, with its own spelling and
    whether it stands as an item of a list or a label ('Html, CSS', 'Github: handle'). A name in capitals is
    emphasis; a name in lower case is a slip only where the line writes other names in their own case, and a
    lower-case English word ('excel', 'rust') only as an item of such a list."""
    names = products()
    tokens = [(m, right) for m in _TOKEN.finditer(text) if (right := names.get(m.group(0).casefold())) is not None]
    proper = sum(1 for m, right in tokens if m.group(0) == right and right != right.lower())
    for found, right in tokens:
        written = found.group(0)
        if written == right or written.isupper() or right.islower() or written == right.replace(" ", ""):
            continue  # "TailwindCSS" for "Tailwind CSS": the case is right, the space a matter of style
        if right.isupper() and len(right) < MIN_ACRONYM_CASE:
            continue  # "Sem", "Sql": a short acronym in title case is as often an abbreviation ("Sem" for semester)
        opens = bool(_LIST_ITEM.search(text[: found.start()]))
        item = opens and bool(_ITEM_END.match(text[found.end() :]))
        if written.islower():
            if right[1:].islower():
                continue  # "pandas", "git", "lua": names their own projects write in lower case as often as not
            if proper < 2 or (known(written) and not item):
                continue
        return written, right, item or (opens and text[found.end() :].startswith(":"))
    return None


# Words after which a sentence runs on: a capital after them is a slip ("and Implemented", "I am Looking").
_LEADS_ON = frozenset(
    "and or but nor am is are was were be been being have has had to of for by with as also then the a an in on "
    "such not very highly".split()
)


def _capital_mid_sentence(context: Context, line: Line) -> str | None:
    """A capitalised verb or adverb ('Looking', 'Implemented', 'Highly') between lower-case words of a sentence,
    as spaCy tags it in context; not a name, a product, a title ('as Managing Director') or an acronym."""
    tokens = list(context.doc(line))
    tagged = context.pipeline.statistical
    if not tokens or (tagged and not any(token.pos_ for token in tokens)):
        return None  # a line given only tokens (not a bullet or summary): no tags to judge by
    for index in range(1, len(tokens)):
        token, before = tokens[index], tokens[index - 1]
        word = token.text
        if not (len(word) >= MIN_CAPITAL_WORD and word[0].isupper() and word[1:].islower() and word.isalpha()):
            continue
        verbal = token.pos_ in ("VERB", "ADV", "AUX") if tagged else word.lower().endswith(_VERBAL_ENDINGS)
        if before.text not in _LEADS_ON or not verbal:
            continue  # after a noun a capital may open a sentence whose period the page lost ("cash flows Coordinate")
        following = tokens[index + 1].text if index + 1 < len(tokens) else ""
        if following[:1].isupper() and not word.endswith("ly"):
            continue  # "Safe RL with Minimal Supervision": a title in title case
        if not known(word.lower()) or word.casefold() in products() or is_technology(word.casefold()):
            continue
        rest = line.text[token.idx + len(word) :]
        if TITLE_WORDS.match(rest.lstrip()) or TITLE_WORDS.fullmatch(word):
            continue  # "as Acting Manager", "Managing Director": a title set in capitals
        return str(word)
    return None


_VERBAL_ENDINGS = ("ed", "ing", "ly")  # without tags: the endings of verb forms and adverbs
MIN_CAPITAL_WORD = 3  # "Is", "Do": too short to tell a slip from an initial or a heading word


# A space before a comma or a closing period ("Python , SQL", "with clients ."), a space inside a number's group
# ("301-908- 9329"), and a period inside a sentence ("an AI agent. and backtested").
_SPACE_BEFORE = re.compile(r"(?<!\S)[^\s,.]*[A-Za-z0-9%)]\s+[,.](?=\s|$)")  # the word, its space and mark
_SPLIT_NUMBER = re.compile(r"(?<!\d)(\d{3,})(?:-\s+|\s+-)(\d{3,})(?![\d-])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_STRAY_PERIOD = re.compile(
    r"(?<![\w.])([a-z]{3,})\.\s+(?:and|or|but|with|to|the|of|for|in|on|by|from|using|which|that|while)(?=\s+[a-z])"
)
_ABBREVIATION = frozenset({"etc", "approx", "incl", "resp", "dept", "esp", "misc", "govt", "viz"})


@rule_function("spacing", checks=("before-punctuation", "inside-number", "stray-period"))
def spacing(rule: Rule, context: Context) -> Iterator[Finding]:
    """Stray spaces and periods that spell checkers pass: 'Python , SQL', '301-908- 9329', 'agent. and'."""
    for line in context.body:
        if sum(len(word) == 1 for word in line.words) * 2 >= len(line.words):
            continue  # letter-spaced type ("B e r l i n ,"): the spaces are the font's, not the writer's
        before = _SPACE_BEFORE.search(line.text) if context.language == "en" else None  # French sets ' ;' and ' :'
        if before is not None:
            quoted = before.group(0)
            yield context.finding(rule, line, match=quoted, check="before-punctuation", correction=_closed(quoted))
            continue
        number = next(
            (m for m in _SPLIT_NUMBER.finditer(line.text) if not (_YEAR.fullmatch(m[1]) and _YEAR.fullmatch(m[2]))),
            None,
        )
        if number is not None:
            yield context.finding(
                rule, line, match=number.group(0), check="inside-number", correction=f"{number[1]}-{number[2]}"
            )
            continue
        period = _STRAY_PERIOD.search(line.text)
        if period is not None and period.group(1) not in _ABBREVIATION:
            quoted = period.group(0)
            yield context.finding(rule, line, match=quoted, check="stray-period", correction=quoted.replace(".", "", 1))


def _closed(quoted: str) -> str:
    """The quoted text with the space before its comma or period taken out."""
    return re.sub(r"\s+([,.])", r"\1", quoted)
