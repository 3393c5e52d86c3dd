"""clean.grammar: slips a checker can find with high precision ('a integration', 'an new', 'improved it by 30')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..spelling import known
from . import rule_function

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding

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


@rule_function("grammar", checks=("article", "bare-number"))
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
