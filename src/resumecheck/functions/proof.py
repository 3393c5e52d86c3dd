"""proof: do the results stand out, with numbers and strong verbs?"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from ..facts.positions import Position, is_result
from ..facts.timeline import to_month, today_month
from ..facts.titles import TITLE_WORDS
from ..findings import clip
from ..model import Line
from ..resources import lexicon
from . import rule_function
from .verbs import first_word, language_opener, language_weak_openers, opener, tense, weak_openers

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


# "52 out of 2,500…", "Thousands of teams…", "Over 90% first-response resolution rate": the result leads.
_RESULT_FIRST = re.compile(
    r"^\W*(?:(?:over|more\s+than|nearly|almost|up\s+to|about|approximately|around)\s+)?"
    r"(?:[$€£]?\d|(?:dozens|hundreds|thousands|millions|billions)\b)",
    re.I,
)
_AGENT = re.compile(r"(?:\s+\w+ly)?\s+by\b", re.I)  # "is used daily by Dropbox": the doer is named
_RELATIVE = re.compile(r"\b(?:which|that|who)\s+$", re.I)
NEW_ROLE_MONTHS = 3  # a role this new may have no results to list yet
RECENT_ROLE_MONTHS = 36  # a role that ended over three years before the latest dated start or end is not recent
_PREPOSITIONS = frozenset({"on", "of", "in", "for", "at", "with", "and", "to"})
NOT_THE_CANDIDATE = frozenset({"it", "this", "which", "that", "they"})


@rule_function("action_verbs")
def action_verbs(rule: Rule, context: Context) -> Iterator[Finding]:
    """Each bullet opens with a strong action verb (a weak or missing verb is flagged); a bullet that leads
    with its result ("52 out of 2,500 applicants chose…", "Thousands of teams rely on…") is fine too."""
    if context.language != "en":
        yield from _weak_openers_in_language(rule, context)
        return
    weak = weak_openers()
    for line in context.facts.bullets:
        word, base = opener(line.text)
        if word is None or base is not None or _RESULT_FIRST.match(line.text) or _weak_phrase_first(context, line):
            continue
        if _dated_entry(line.text) or _item_list(line.text):
            continue  # "March 2015 - May 2015: internship at …", "SQL, Python, R, Bash": an entry or a list
        doc = context.doc(line)
        lower = word.lower()
        if lower not in weak:
            if context.pipeline.statistical and len(doc) and doc[0].pos_ == "VERB":
                continue  # a verb our lexicon lacks: give it the benefit of the doubt
            if not context.pipeline.statistical and lower.endswith("ed"):
                continue  # blank pipeline: an -ed word is most likely a past-tense verb
        yield context.finding(rule, line, match=word, problem="a weak verb" if lower in weak else "not an action verb")


@cache
def _dated_opening() -> re.Pattern[str]:
    """A line that opens with a date ("March 2015- May 2015: …", "from January 2015: …", "2019: …")."""
    months = sorted({str(m) for forms in lexicon("dates")["months"].values() for m in forms}, key=len, reverse=True)
    month = "|".join(re.escape(m) for m in months)
    return re.compile(rf"^\W*(?:(?:from|since)\s+)?(?:(?:{month})\.?\s+)?(?:19|20)\d{{2}}\b", re.I)


def _dated_entry(text: str) -> bool:
    """A list entry led by its date is a line of a timeline (a course, a stay, a post), not a duty to verb-lead."""
    return _dated_opening().match(text) is not None


_PARENTHESES = re.compile(r"\([^)]*\)")
_ITEM_BREAK = re.compile(r"\s*(?:,(?!\d{3}\b)|[;•·])\s*")  # "10,000" is a number, not two items
_LIST_LABEL = re.compile(r"^([^:]{1,40}):\s+")  # "Tools used for daily activities: Linux, Bash, …"


@cache
def _detail_words() -> frozenset[str]:
    """The first words of a role's detail labels ("tools", "technologies", "environment"; entry_labels.yaml)."""
    return frozenset(str(label).split()[0].casefold() for label in lexicon("entry_labels")["details"])


LIST_ITEMS = 4  # "SQL, Python, R, Bash": four or more items; "X, Y and Z" in a sentence has fewer
LIST_ITEM_WORDS = 3  # an item of a skills or course list is a name of up to three words ("Big Data", "Metrology")
LIST_SHORT_SHARE = 0.75  # on the dev corpus, list lines read as bullets had at least 3 in 4 items this short;
# duty bullets with commas ("Handled 70+ calls daily, resolving inquiries and complaints") have long clauses


def _item_list(text: str) -> bool:
    """A line of short comma-separated names (a tool, skill or course list that fell under a role) is a list,
    not an achievement; commas inside parentheses ("… service (Go, RabbitMQ, MongoDB)") do not count."""
    listed = _PARENTHESES.sub("", text)
    label = _LIST_LABEL.match(listed)
    if label and (label.group(1).split() or [""])[0].casefold() in _detail_words():
        listed = listed[label.end() :]  # a tool list under its label; "Event-driven architecture on GCP: Pub/Sub,
        # Vertex AI, …" names a thing built, and its label is the noun the bullet opens with
    items = [item for item in _ITEM_BREAK.split(listed) if item.strip(" .")]
    if len(items) < LIST_ITEMS or len(items[0].split()) > LIST_ITEM_WORDS or ":" in items[0]:
        return False  # few items, or a clause before the first comma ("Phabricator is used daily by Facebook, …")
    short = sum(1 for item in items if len(item.split()) <= LIST_ITEM_WORDS)
    return short >= LIST_SHORT_SHARE * len(items)


def _weak_openers_in_language(rule: Rule, context: Context) -> Iterator[Finding]:
    """German, French and Spanish bullets often open with a noun ("Entwicklung einer …", "Gestion de …",
    "Desarrollo de …") or end with a participle ("… entwickelt"), so a word that is not a verb is no fault there:
    only an opener of the language's weak list ("Mitarbeit", "Participation", "Apoyo") is flagged."""
    weak = language_weak_openers(context.language)
    for line in context.facts.bullets:
        word, _ = language_opener(line.text, context.language)
        if word is None or word.casefold() not in weak or _weak_phrase_first(context, line):
            continue
        yield context.finding(rule, line, match=word, problem="a weak verb")


@rule_function("passive_voice")
def passive_voice(rule: Rule, context: Context) -> Iterator[Finding]:
    """Passive constructions hide who did the work, in a bullet's main clause only: "which was implemented"
    and "the libraries that are shared" describe a thing, and "It was featured" or "Phabricator is used" a
    product, not the candidate. The parser's auxpass on the root verb, else a be + participle pattern."""
    for line in context.facts.bullets:
        doc = context.doc(line)
        match = None
        if context.pipeline.statistical:
            aux = next((t for t in doc if t.dep_ == "auxpass" and t.head.dep_ == "ROOT" and _hides_doer(t)), None)
            if aux is not None:  # the words as written, an adverb between included ("am actively involved")
                first, last = sorted((aux, aux.head), key=lambda token: token.i)
                match = doc.text[first.idx : last.idx + len(last.text)]
        else:
            found = _PASSIVE.search(line.text)
            if (
                found
                and found.group(1).lower() not in _NOT_PARTICIPLE
                and not _RELATIVE.search(line.text[: found.start()])
                and not _opens_with_verb(line.text)
                and not _AGENT.match(line.text[found.end() :])
                and not re.search(r"\b(?:it|this|they)\s+$", line.text[: found.start()], re.I)
            ):
                match = found.group(0)
        if match:
            yield context.finding(rule, line, match=match)


def _opens_with_verb(text: str) -> bool:
    """Without a parser: a bullet opening with a known, weak, -ing or -ed verb has the candidate as subject."""
    word, base = opener(text)
    lower = (word or "").lower()
    if lower in ("was", "were", "is", "are", "been", "being", "got"):
        return False  # "Was promoted": the passive is the opening
    return base is not None or lower in weak_openers() or lower.endswith(("ing", "ed"))


def _hides_doer(aux: Any) -> bool:
    """A passive root hides the candidate unless its sentence opens with the candidate's own verb ("Working with
    the team to ensure PBIs are delivered": the parser may still make "delivered" the root), names its doer
    ("used daily by Facebook") or is about a thing ("Phabricator is used", "It was featured")."""
    verb = aux.head
    first = next((t for t in verb.sent if t.is_alpha), None)
    if first is not None and first.pos_ == "VERB" and first.i < aux.i and first.tag_ in ("VBD", "VBG", "VB"):
        return False
    if any(t.dep_ == "agent" for t in verb.children):
        return False
    subject = next((t for t in verb.children if t.dep_ == "nsubjpass"), None)
    return subject is None or not (subject.pos_ == "PROPN" or subject.lower_ in NOT_THE_CANDIDATE)


@rule_function("repeated_verbs")
def repeated_verbs(rule: Rule, context: Context, *, max_repeats: int = 2, min_share: float = 0.2) -> Iterator[Finding]:
    """The same opening verb more than twice reads like a template when it crowds one role or opens at least a
    fifth of all bullets; spread thinly over a long career ("Designed" in 5 of 30 bullets) it is just a verb."""
    bullets = context.facts.bullets
    keys = [_verb_key(line.text, context.language) for line in bullets]
    in_role = Counter(
        (index, key)
        for index, position in enumerate(context.facts.positions)
        for key in (_verb_key(line.text, context.language) for line in position.bullets)
        if key
    )
    crowded = {key for (_, key), count in in_role.items() if count > max_repeats}
    totals = Counter(key for key in keys if key)
    seen: Counter[str] = Counter()
    for line, key in zip(bullets, keys, strict=True):
        if key is None:
            continue
        seen[key] += 1
        if seen[key] == max_repeats + 1 and (key in crowded or totals[key] / len(bullets) >= min_share):
            word = opener(line.text)[0] if context.language == "en" else language_opener(line.text, context.language)[0]
            yield context.finding(rule, line, match=word, count=totals[key])


def _weak_phrase_first(context: Context, line: Line) -> bool:
    """'Responsible for …' is proof.weak-phrases' finding; the same opening is not reported twice."""
    return any(span.start_char <= 2 for span in context.lexicon_spans(context.doc(line), "weak_phrases"))


def _verb_key(text: str, language: str = "en") -> str | None:
    if language != "en":  # only a known verb: an opening noun phrase repeated ("Python", "Die") is no verb
        return language_opener(text, language)[1]
    word, base = opener(text)
    return base or (word.lower() if word else None)


@rule_function("quantified_bullets", checks=("no-bullets", "no-numbers", "few-results", "few-numbers"))
def quantified_bullets(
    rule: Rule, context: Context, *, min_share: float = 0.5, min_bullets: int = 3, min_results: int = 2
) -> Iterator[Finding]:
    """Fewer than `min_results` results in numbers (experience bullets, projects, awards, leadership, the
    summary) fails proof on its own, unless a publication record stands as the proof (two cited papers on an
    academic CV, four on any other); a low share of numbers is a warning."""
    bullets, quantified = context.facts.bullets, context.facts.quantified
    results = [line for line in _achievement_lines(context) if _shows_result(line.text)]
    published = _published(context, MIN_PUBLICATIONS if context.profile == "academic" else MIN_RECORD)
    if len(results) < min_results and not published:
        yield from _too_few_results(rule, context, results, min_results)
    elif bullets and len(bullets) >= min_bullets and len(quantified) / len(bullets) < min_share:
        share = f"{len(quantified) / len(bullets):.0%}"
        problem = f"Only {share} of your experience bullets hold a number"
        yield context.finding(rule, None, value=share, check="few-numbers", problem=problem)


RESULT_SECTIONS = frozenset({"projects", "awards", "leadership", "volunteer", "summary"})
# What makes a line of a publications list a publication: a venue, a publisher or a citation's parts. A template's
# "1865 Chapter One, Down the Rabbit Hole." under a Publications heading is none of them.
_VENUE = re.compile(
    r"\b(?:journal|proceedings|conference|symposium|workshop|transactions|letters|review|arxiv|doi|ieee|acm|"
    r"springer|elsevier|wiley|nature|science|vol|volume|issue|pp|in press|forthcoming|preprint|submitted|accepted|"
    r"et al|oral|poster)\b|\bIn:|"
    r"(?-i:\b[A-Z]{3,}\s+(?:19|20)\d{2}\b)",  # a venue's acronym and year: "ECCV 2024", "AIAA SPACE 2016"
    re.I,
)
MIN_PUBLICATIONS = 2  # two cited papers make a publication record; one may be a thesis or a class report
# Outside an academic CV, a record of papers is the proof only when it is a body of work: on the dev corpus the
# recruiter passed an early-career and an industry CV with 4 and 12 cited lines and no results in numbers, and
# failed a principal engineer's with 3 conference papers beside duty bullets (benchmarks/devcorpus/verdicts.tsv).
MIN_RECORD = 4


# An amount written with a hyphen, as an adjective: "a 20-million-dollar project", "a 3-billion-euro fund".
_HYPHENED_AMOUNT = re.compile(r"\b\d+(?:[.,]\d+)?-(?:thousand|million|billion)\b", re.I)


def _shows_result(text: str) -> bool:
    """A result in numbers (facts.positions.is_result) or an amount written as an adjective."""
    return is_result(text) or _HYPHENED_AMOUNT.search(text) is not None


def _published(context: Context, least: int = MIN_PUBLICATIONS) -> bool:
    """A publications section with at least `least` lines that cite a venue."""
    lines = [line for s in context.facts.sections if s.name == "publications" for line in s.lines]
    return sum(1 for line in lines if _VENUE.search(line.text)) >= least


def _achievement_lines(context: Context) -> list[Line]:
    """Where a recruiter looks for results: experience bullets, then projects, awards, leadership and the
    summary (a student's proof is often a project; a senior's headline numbers often sit in the summary)."""
    seen = {id(line) for line in context.facts.bullets}
    extra = [
        line
        for section in context.facts.sections
        if section.name in RESULT_SECTIONS
        for line in section.lines
        if id(line) not in seen
    ]
    return [*context.facts.bullets, *extra]


def _too_few_results(rule: Rule, context: Context, results: list[Line], wanted: int) -> Iterator[Finding]:
    """The error of a resume with too few results to weigh, said as what is there."""
    bullets = context.facts.bullets
    anchor = results[0] if results else (bullets[0] if bullets else None)
    count = str(len(results))
    if not bullets and not results:
        problem = "No achievements were found under Experience: list what you did as bullets"
        yield context.finding(rule, anchor, level="error", value=count, check="no-bullets", problem=problem)
    elif not results:
        problem = (
            "Your one experience bullet has no result in numbers"
            if len(bullets) == 1
            else f"None of your {len(bullets)} experience bullets has a result in numbers"
        )
        yield context.finding(rule, anchor, level="error", value=count, check="no-numbers", problem=problem)
    else:
        problem = (
            f"Only {len(results)} of your achievements shows a result in numbers (a %, an amount, a multiple, a "
            f"change from one figure to another); a recruiter looks for at least {wanted}"
        )
        yield context.finding(rule, anchor, level="error", value=count, check="few-results", problem=problem)


@rule_function("verb_tense", checks=("lead-for-led", "past-role", "current-role"))
def verb_tense(rule: Rule, context: Context) -> Iterator[Finding]:
    """Past roles in the past tense; a current role in one tense throughout."""
    statistical = context.pipeline.statistical
    for position in context.facts.positions:
        tenses = [
            (line, tense(line.text, context.doc(line), statistical))
            for line in position.bullets
            if not _noun_opening(line.text)
        ]
        known = [(line, t) for line, t in tenses if t != "unknown"]
        if not known:
            continue
        if not _is_current(position):
            for line, t in known:
                if t == "present":
                    word = first_word(line.text)
                    if word == "Lead":  # "Lead" for "Led": the commonest past-tense slip on resumes
                        problem = 'used as a past tense: the past of "lead" is "led"'
                        yield context.finding(rule, line, match=word, check="lead-for-led", problem=problem)
                    else:
                        problem = "a past role written in the present tense"
                        yield context.finding(rule, line, match=word, check="past-role", problem=problem)
                    break
            continue
        counts = Counter(t for _, t in known)
        if len(counts) > 1:
            minority = min(counts, key=lambda t: counts[t])
            line = next(line for line, t in known if t == minority)
            yield context.finding(
                rule,
                line,
                match=first_word(line.text),
                check="current-role",
                problem="in another tense than the rest of the current role",
            )


@rule_function("bullets_per_role", checks=("no-bullets", "too-many"))
def bullets_per_role(rule: Rule, context: Context, *, recent_roles: int = 2, max_bullets: int = 8) -> Iterator[Finding]:
    """A recent role with no achievements, or so many that none stands out; a role begun in the last three
    months before the resume was written may not have any yet. A CV with a publication record is read like an
    academic one: its appointments are described in a line, the proof is in the papers."""
    if _published(context):
        return
    recent = context.facts.positions[:recent_roles]
    recent += [p for p in context.facts.positions if _is_current(p) and p not in recent]
    now = today_month(context.present)
    # When the resume was current: its latest dated start or finished end ("Present" in an undated old resume
    # would mean today and make every earlier role look years old).
    marks = [to_month(p.start, end=False) for p in context.facts.positions if p.start]
    marks += [to_month(p.end, end=True) for p in context.facts.positions if p.end and p.end != "present"]
    latest = max((mark for mark in marks if mark is not None), default=None)
    for position in recent:
        count = len(position.bullets)
        anchor = position.header[0] if position.header else None
        started = to_month(position.start, end=False, today=context.present)
        ended = to_month(position.end, end=True, today=context.present) if position.end else None
        if ended is not None and latest is not None and latest - ended > RECENT_ROLE_MONTHS:
            continue  # listed first, but over years before the next role began: not what is read for now
        if count == 0 and started is not None and now - started <= NEW_ROLE_MONTHS:
            continue
        if count == 0:
            yield context.finding(
                rule,
                anchor,
                match=clip(anchor.text, 80) if anchor else None,
                count=count,
                check="no-bullets",
                problem="has no bullets",
            )
        elif count > max_bullets:
            yield context.finding(
                rule,
                anchor,
                match=clip(anchor.text, 80) if anchor else None,
                count=count,
                check="too-many",
                problem=f"has {count} bullets (more than {max_bullets})",
            )


def _noun_opening(text: str) -> bool:
    """'Lead engineer on …', 'Research on machine learning': a noun phrase, which has no tense."""
    words = text.split()[:2]
    return len(words) == 2 and (words[1].lower() in _PREPOSITIONS or TITLE_WORDS.fullmatch(words[1]) is not None)


def _is_current(position: Position) -> bool:
    return position.end == "present"
