"""clean.grammar: slips a checker can find with high precision ('a integration', 'an new')."""

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
_VOWEL_LETTER_CONSONANT_SOUND = re.compile(r"^(?:one|once|u[bcdfgklmnprstvz][aeiou]|eu|ewe|uni|use|usu|uti|ura)", re.I)
# ... and words spelt with a consonant that start with a vowel sound (an hour, an honest, an heir).
_SILENT_H = re.compile(r"^(?:hour|honest|honou?r|heir|herb|x[^aeiouy])", re.I)  # and 'an Xbox' (ex-box)


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


@rule_function("grammar")
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
                yield context.finding(rule, line, match=match.group(0), correction=f"{right} {word}")
