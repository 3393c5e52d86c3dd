"""fit: does the resume show the must-haves? (The job-description checks live in fit_job.)"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ..findings import Location, clip
from ..job.terms import terms_in
from ..resources import language_lexicon, lexicon
from ..spelling import known
from . import rule_function

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding

MIN_SUBHEADING_LENGTH = 6  # shorter capitals are acronyms (AWS, SQL, HTML5)
_ITEM_SPLIT = re.compile(r"\s*(?:[,;|•·▪/]|\s-\s|\s–\s)\s*")
_LABEL = re.compile(r"^[^:]{2,40}:\s*")
_WORD = re.compile(r"[A-Za-z][A-Za-z+#.'-]*[A-Za-z+#]|[A-Za-z]")
# Levels a skills table prints beside or under the skills ("Python | Advanced"): a level is not a skill, and a
# row made of levels alone ("Intermediate Advanced") names none.
PROFICIENCY = frozenset(
    "beginner novice elementary basic intermediate advanced expert proficient fluent native bilingual "
    "conversational competent familiar good excellent strong upper lower level working professional".split()
)
STOPWORDS = frozenset(
    "the and for with from that this have has was were are our you your their into over under than then "
    "also using used use able via per within across while when where which who what will would can could "
    "more most team teams work worked working new data".split()
)


def listed_skills(context: Context) -> list[str]:
    """The items of the skills sections, split at commas, bars and bullets, without 'Label:' prefixes."""
    items: list[str] = []
    for section in context.facts.sections:
        if section.name != "skills":
            continue
        for line in section.lines:
            for item in _ITEM_SPLIT.split(_LABEL.sub("", line.text)):
                item = re.sub(r"^(?:and|or|&)\s+", "", item.strip(" .()"))
                named = any(ch.isalpha() for ch in item) and not _subheading(item) and not _level_only(item)
                if 1 <= len(item.split()) <= 4 and named:
                    items.append(item)
    return list(dict.fromkeys(items))


def _level_only(item: str) -> bool:
    """'Intermediate Advanced', 'Expert': proficiency levels with no skill named."""
    return all(word.strip("()-").casefold() in PROFICIENCY for word in item.split())


def _subheading(item: str) -> bool:
    """'PROGRAMMING', 'LANGUAGES': a capitalised English word heading a group of skills, not a skill."""
    return item.isupper() and item.isalpha() and len(item) >= MIN_SUBHEADING_LENGTH and known(item.casefold())


@rule_function("skills_evidence")
def skills_evidence(
    rule: Rule, context: Context, *, min_skills: int = 6, min_share: float = 0.5, max_skills: int = 60
) -> Iterator[Finding]:
    """Most listed skills should show up in experience or projects, where a recruiter looks for proof. A skill
    counts as shown when its words or any lexicon term in it ("Java" in "Java and J2EE") appear there; a list
    of more than 60 is a keyword dump, which this rule has nothing useful to say about item by item."""
    skills = [skill for skill in listed_skills(context) if not _not_for_bullets(skill)]
    if not min_skills <= len(skills) <= max_skills:
        return
    listed = " ".join(skills)
    if sum(not term.soft for term in terms_in(listed)) < NAMED_SKILLS_MIN:
        return  # traits and garbled skill bars ("good manners", "polite"): fit.named-skills says what is wrong
    evidence_text = " ".join(
        line.text for s in context.facts.sections if s.name in EVIDENCE_SECTIONS for line in s.lines
    )
    evidence = evidence_text.casefold()
    compact = _compact_runs(evidence_text)
    shown_terms = {term.name for term in terms_in(evidence_text)}
    unproven = [
        skill
        for skill in skills
        if not any(
            re.search(rf"(?<![\w]){re.escape(part.casefold())}(?![\w])", evidence)
            or (len(_compact(part)) >= MIN_COMPACT and _compact(part) in compact)
            for part in _parts(skill)
        )
        and not any(term.name in shown_terms for term in terms_in(skill))
    ]
    share = 1 - len(unproven) / len(skills)
    if share < min_share:
        heading = next(s.heading for s in context.facts.sections if s.name == "skills")
        # the listed skills as written (each is words of the resume), quoted and named in the message
        skills_text = ", ".join(unproven[:8])
        yield context.finding(
            rule, heading, match=skills_text, skills=skills_text, count=len(unproven), total=len(skills)
        )


# Where a recruiter looks for a listed skill in use: roles, projects and the summary, and also activities,
# publications, awards and certifications (a paper "in Python", an "AWS Certified" line show the skill too).
EVIDENCE_SECTIONS = frozenset(
    {
        "experience",
        "projects",
        "summary",
        "volunteer",
        "leadership",
        "activities",
        "publications",
        "awards",
        "certifications",
    }
)
MIN_COMPACT = 4  # "CloudFormation" matches "Cloud Formation" run together; "C" or "R" never match that way
COMPACT_RUN = 3  # words of the evidence run together: "Amazon Web Services" against "AmazonWebServices"
_HEAD = re.compile(r"^([^()\[\]]+?)\s*[(\[]\s*([^()\[\]]*)[)\]]?\s*$")


def _parts(skill: str) -> list[str]:
    """A listed item and, for one split at a bracket ("Flask (Python", "C#(Proficient"), the skill before it and
    the one inside: either shown counts."""
    head = _HEAD.match(skill)
    if head is None:
        return [skill]
    inside = [part.strip() for part in head.groups()]
    return [skill, *(p for p in inside if p and not _level_only(p) and not any(ch.isdigit() for ch in p))]


def _compact(text: str) -> str:
    """Letters, digits, + and # only: "Cloud Formation", "Node.js" and "NodeJS" compare alike."""
    return re.sub(r"[^\w+#]|_", "", text.casefold())


def _compact_runs(text: str) -> frozenset[str]:
    """Every run of one to three words of the text, compacted: what a compacted skill is looked up in (whole
    words only, so "Java" is not found in "JavaScript")."""
    words = [_compact(word) for word in text.split()]
    return frozenset("".join(words[i : i + n]) for n in range(1, COMPACT_RUN + 1) for i in range(len(words)))


@cache
def _spoken_languages() -> frozenset[str]:
    return frozenset(str(word).casefold() for word in lexicon("contact_labels")["languages"])


def _not_for_bullets(skill: str) -> bool:
    """A spoken language ("German Native speaker", "English [C2") or a soft trait ("Empathy", "Teamwork"): a
    recruiter does not look for it in bullets, so its absence there proves nothing."""
    terms = terms_in(skill)
    words = {word.casefold() for word in re.findall(r"[^\W\d_]+", skill)}
    if words & _spoken_languages() and not any(not term.soft and term.name.casefold() not in words for term in terms):
        return True
    return bool(terms) and all(term.soft for term in terms)


NAMED_SKILLS_MIN = 2  # fit.named-skills' default: fewer concrete skills than this is its finding


@rule_function("named_skills")
def named_skills(rule: Rule, context: Context, *, min_named: int = NAMED_SKILLS_MIN) -> Iterator[Finding]:
    """A skills section that names fewer than two concrete skills or tools (the rest soft traits, vague phrases
    or placeholders) shows a recruiter nothing to match, and fails fit on its own."""
    sections = [section for section in context.facts.sections if section.name == "skills"]
    if not sections:
        return  # fit.skills-section says the section is missing
    if not any(section.lines for section in sections):
        return  # a heading with nothing read under it: its list sits in a column read apart or is drawn, and
        # "names 0 skills" would be said of a list never read (dev corpus: Rails, Node.js… beside "Skills")
    text = " ".join(line.text for section in sections for line in section.lines)
    named = [term.name for term in terms_in(text) if not term.soft]
    if len(named) < min_named:
        # the named skill ("Java") is not among the traits: only items naming no concrete skill are listed
        listed = listed_skills(context)
        others = [item for item in listed if not any(not t.soft for t in terms_in(item))]
        yield context.finding(
            rule,
            sections[0].heading,
            match=", ".join(listed[:6]) or None,  # what the section lists, as written: each item is resume text
            count=len(named),
            named=", ".join(named) or "none",
            others=", ".join(others[:6]) or "nothing",
        )


# Hidden keyword blocks run to dozens of letters; a stray "Page1" or a page number set off the page is a
# producer's artifact (the dev audit: every hidden text under 12 letters was one, every block above it stuffing).
MIN_HIDDEN_LETTERS = 12


@rule_function("keyword_stuffing", checks=("hidden-text", "repeated-term"))
def keyword_stuffing(
    rule: Rule, context: Context, *, min_repeats: int = 10, max_share: float = 0.04
) -> Iterator[Finding]:
    """Hidden text (white, tiny, off-page) or one keyword repeated far beyond normal use."""
    for hidden in context.facts.document.layout.hidden:
        if sum(ch.isalpha() for ch in hidden.text) < MIN_HIDDEN_LETTERS:
            continue
        finding = context.finding(
            rule,
            None,
            match=clip(hidden.text),
            check="hidden-text",
            problem=f"{hidden.reason} text an ATS reads but a person cannot see",
        )
        box = hidden.box
        yield replace(
            finding, location=Location(page=hidden.page, bbox=(box.x0, box.top, box.x1, box.bottom) if box else None)
        )
    name_words = {w.casefold() for w in (context.facts.contact.name or "").split()}
    words = [w.casefold() for line in context.body for w in _WORD.findall(line.text)]
    stop = STOPWORDS | {str(w).casefold() for w in language_lexicon(context.language, "stopwords") or ()}
    counts = Counter(w for w in words if len(w) > 2 and w not in stop and w not in name_words)
    if not counts or not words:
        return
    term, repeats = counts.most_common(1)[0]
    if repeats >= min_repeats and repeats / len(words) > max_share:
        line = next(ln for ln in context.body if term in ln.text.casefold())
        yield context.finding(
            rule,
            line,
            match=term,
            level="suggestion",
            check="repeated-term",
            problem=f"'{term}' is repeated {repeats} times ({repeats / len(words):.0%} of all words)",
        )
