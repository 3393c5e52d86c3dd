"""proof: do the results stand out, with numbers and strong verbs?"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..facts.positions import Position
from . import rule_function
from .verbs import first_word, opener, tense, weak_openers

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding

_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?(\w+ed|built|made|done|given|taken|led|run|won|chosen|written|"
    r"sold|taught|driven|grown|known|seen|shown|held|kept|brought|bought|paid|sent|spent|put|set|cut)\b",
    re.I,
)
_NOT_PARTICIPLE = {
    "need",
    "speed",
    "feed",
    "seed",
    "bed",
    "red",
    "shed",
    "embed",
    "bred",
    "interested",
    "based",
    "skilled",
    "experienced",
    "dedicated",
    "motivated",
    "passionate",
    "excited",
    "committed",
}


@rule_function("action_verbs")
def action_verbs(rule: Rule, context: Context) -> Iterator[Finding]:
    """Each bullet opens with a strong action verb (a weak or missing verb is flagged)."""
    weak = weak_openers()
    for line in context.facts.bullets:
        word, base = opener(line.text)
        if word is None or base is not None:
            continue
        doc = context.doc(line)
        lower = word.lower()
        if lower not in weak:
            if context.pipeline.statistical and len(doc) and doc[0].pos_ == "VERB":
                continue  # a verb our lexicon lacks: give it the benefit of the doubt
            if not context.pipeline.statistical and lower.endswith("ed"):
                continue  # blank pipeline: an -ed word is most likely a past-tense verb
        yield context.finding(rule, line, match=word, problem="a weak verb" if lower in weak else "not an action verb")


@rule_function("passive_voice")
def passive_voice(rule: Rule, context: Context) -> Iterator[Finding]:
    """Passive constructions hide who did the work: the parser's auxpass, else a be + participle pattern."""
    for line in context.facts.bullets:
        doc = context.doc(line)
        if context.pipeline.statistical:
            aux = next((token for token in doc if token.dep_ == "auxpass"), None)
            match = f"{aux.text} {aux.head.text}" if aux is not None else None
        else:
            found = _PASSIVE.search(line.text)
            match = found.group(0) if found and found.group(1).lower() not in _NOT_PARTICIPLE else None
        if match:
            yield context.finding(rule, line, match=match)


@rule_function("repeated_verbs")
def repeated_verbs(rule: Rule, context: Context, *, max_repeats: int = 2) -> Iterator[Finding]:
    """The same opening verb more than a couple of times reads like a template."""
    seen: Counter[str] = Counter()
    for line in context.facts.bullets:
        word, base = opener(line.text)
        key = base or (word.lower() if word else None)
        if key is None:
            continue
        seen[key] += 1
        if seen[key] == max_repeats + 1:
            total = sum(
                1 for ln in context.facts.bullets if (opener(ln.text)[1] or (first_word(ln.text) or "").lower()) == key
            )
            yield context.finding(rule, line, match=word, count=total)


@rule_function("verb_tense")
def verb_tense(rule: Rule, context: Context) -> Iterator[Finding]:
    """Past roles in the past tense; a current role in one tense throughout."""
    statistical = context.pipeline.statistical
    for position in context.facts.positions:
        tenses = [(line, tense(line.text, context.doc(line), statistical)) for line in position.bullets]
        known = [(line, t) for line, t in tenses if t != "unknown"]
        if not known:
            continue
        if not _is_current(position):
            for line, t in known:
                if t == "present":
                    yield context.finding(
                        rule, line, match=first_word(line.text), problem="a past role written in the present tense"
                    )
                    break
            continue
        counts = Counter(t for _, t in known)
        if len(counts) > 1:
            minority = min(counts, key=lambda t: counts[t])
            line = next(line for line, t in known if t == minority)
            yield context.finding(
                rule, line, match=first_word(line.text), problem="the current role mixes past and present tense"
            )


@rule_function("bullets_per_role")
def bullets_per_role(rule: Rule, context: Context, *, recent_roles: int = 2, max_bullets: int = 8) -> Iterator[Finding]:
    """A recent role with no achievements, or so many that none stands out."""
    recent = context.facts.positions[:recent_roles]
    recent += [p for p in context.facts.positions if _is_current(p) and p not in recent]
    for position in recent:
        count = len(position.bullets)
        anchor = position.header[0] if position.header else None
        if count == 0:
            yield context.finding(
                rule, anchor, match=anchor.text[:80] if anchor else None, count=count, problem="has no bullets"
            )
        elif count > max_bullets:
            yield context.finding(
                rule,
                anchor,
                match=anchor.text[:80] if anchor else None,
                count=count,
                problem=f"has {count} bullets (more than {max_bullets})",
            )


def _is_current(position: Position) -> bool:
    return position.end == "present"
