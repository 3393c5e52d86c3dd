"""Placeholder and template content: what a template left behind and the candidate never replaced."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..facts.contact import EMAIL, URL
from ..resources import language_lexicon, lexicon
from ..spelling import known
from . import rule_function

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding

# Documentation domains (RFC 2606) and template wording ("youremail@yourdomain.com", "name@domain.com").
_PLACEHOLDER_EMAIL = re.compile(
    r"@(?:[\w-]+\.)*example\.(?:com|org|net)$|@(?:your-?)?domain\.\w+$|^(?:your[._-]?(?:e-?mail|name)|e-?mail|name|"
    r"first[._-]?(?:name)?[._-]?last[._-]?name)@",
    re.I,
)


def placeholder_email(email: str) -> bool:
    """An address from a template or the documentation domains, which nobody reads."""
    return _PLACEHOLDER_EMAIL.search(email) is not None


def placeholder_phone(phone: str) -> bool:
    """All one digit, a run of seven, a counting run, or a North American number on the 555 exchange, which
    is kept for fiction (555-0100 to 555-0199 are reserved outright; template numbers use the rest)."""
    digits = re.sub(r"\D", "", phone)
    national = digits[1:] if len(digits) == 11 and digits.startswith("1") else digits
    return (
        len(set(digits.lstrip("0") or "0")) <= 1
        or re.search(r"(\d)\1{6,}", digits) is not None
        or re.search(r"0123456789|1234567890|1234567", digits) is not None
        or (len(national) == 10 and national[3:6] == "555")
    )


HOME_ROW = frozenset("asdfghjkl;")
MASH_HOME_ROW_SHARE = 0.75  # keyboard mash sits on the home row; on the corpus no unknown long word came close
MIN_MASH_LENGTH = 10  # shorter home-row runs are real words and names ("flask", "Dallas")
MIN_OWN_NAME_PART = 3  # "rao" in "aakaashrao": shorter parts ("Li") would excuse too much
_TOKEN = re.compile(rf"[A-Za-z;:']{{{MIN_MASH_LENGTH},}}")


def keyboard_mash(token: str) -> bool:
    """'asdfasdfasdf', 'JLKJDAS;LKFJ': a long run of home-row keys, or one four-letter chunk typed over and over."""
    letters = token.casefold()
    if known(letters.strip(";:'")):
        return False
    home = sum(ch in HOME_ROW for ch in letters) / len(letters)
    chunks = [letters[i : i + 4] for i in range(len(letters) - 3)]
    repeated = bool(chunks) and max(chunks.count(chunk) for chunk in set(chunks)) >= 3
    return home >= MASH_HOME_ROW_SHARE or repeated


@rule_function("placeholder_text", checks=("sample-name", "template-text", "keyboard-mash"))
def placeholder_text(rule: Rule, context: Context, *, lexicon_file: str = "placeholders") -> Iterator[Finding]:
    """Template text, a template's sample name, or keyboard mash typed as filler: any of it fails clean."""
    terms = dict(lexicon(lexicon_file))
    own = language_lexicon(context.language, lexicon_file) or {}  # a German template's "Max Mustermann" too
    for key in ("phrases", "names"):
        terms[key] = [*(terms.get(key) or []), *(own.get(key) or [])]
    phrases = "|".join(re.escape(str(p)) for p in sorted(terms.get("phrases", []), key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w]){phrases}(?![\w])" if phrases else r"(?!x)x", re.I)
    name = (context.facts.contact.name or "").casefold()
    if name and name in {str(n).casefold() for n in terms.get("names", [])}:
        yield context.finding(
            rule,
            context.facts.contact.name_line,
            match=context.facts.contact.name,
            check="sample-name",
            problem="is a template's sample name",
        )
    own = {part for part in re.split(r"\W+", name) if len(part) >= MIN_OWN_NAME_PART}
    for line in context.facts.document.lines:
        found = pattern.search(line.text)
        if found:
            yield context.finding(
                rule, line, match=found.group(0), check="template-text", problem="is template text left in"
            )
            continue
        # Addresses and handles are made of the candidate's name ("anjalisaluja@…", "AakaashRao"): not typed filler.
        words = URL.sub(" ", EMAIL.sub(" ", line.text))
        tokens = [t for t in _TOKEN.findall(words) if not any(part in t.casefold() for part in own)]
        mash = next((token for token in tokens if keyboard_mash(token)), None)
        if mash:
            yield context.finding(rule, line, match=mash, check="keyboard-mash", problem="is keyboard mash, not words")
