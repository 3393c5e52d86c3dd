"""clean: is it free of errors and red flags?"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from ..facts.contact import EMAIL, URL
from ..facts.dates import find_dates
from ..facts.positions import wraps_into
from ..facts.timeline import date_spans, intervals, merged, month_label, to_month, today_month
from ..findings import Location, clip, clip_end
from ..resources import language_lexicon, lexicon
from . import rule_function
from .placeholders import placeholder_email, placeholder_phone

if TYPE_CHECKING:
    from ..engine.context import Context
    from ..engine.rule import Rule
    from ..findings import Finding
    from ..model import Line

_UNPROFESSIONAL = re.compile(
    r"sexy|hott?ie|\bhot|babe|baby|cutie|princess|420|69|xxx|party|lover|gangsta|stoner|"
    r"killer|badass|swag|thug|drunk|weed|boozy|pimp|devil|666",
    re.I,
)
_MALFORMED_URL = re.compile(r"\bh?t?tps?:/(?!/)|\bhttps?//|\bwww\.\.|\bwww,|\bhtps?://|\bhttp:///", re.I)
_PRONOUN = re.compile(r"\b(I|[Mm]e|[Mm]y|[Mm]yself)\b(?![.'’-]?\w)|\bI(?=['’](?:m|ve|d|ll)\b)")
MAX_TITLE_WORDS = 6  # "My Cool Side Project Name": titles are short
# A US social security number (123-45-6789) or a Pakistani CNIC (12345-1234567-1): no phone or date looks so.
_NATIONAL_ID = re.compile(r"(?<![\d-])(?:\d{3}-\d{2}-\d{4}|\d{5}-\d{7}-\d)(?![\d-])")
LINK_LABEL_WORDS = 8  # a link's text longer than this is a sentence under the link's box, not its label
PROFILE_SITES = frozenset(
    {
        "linkedin.com",
        "github.com",
        "twitter.com",
        "x.com",
        "gitlab.com",
        "behance.net",
        "dribbble.com",
        "medium.com",
        "facebook.com",
        "instagram.com",
    }
)


def _national_id(text: str) -> re.Match[str] | None:
    """An ID number, not a template's zeros ("000-00-0000" is a placeholder, reported as one)."""
    found = _NATIONAL_ID.search(text)
    return found if found and len(set(re.sub(r"\D", "", found.group(0)))) > 1 else None


STUDY_SECTIONS = frozenset({"education", "volunteer", "military", "leadership"})


@rule_function("email_quality", checks=("placeholder", "invalid", "unprofessional"))
def email_quality(rule: Rule, context: Context) -> Iterator[Finding]:
    """A placeholder address (fails clean on its own: nobody can reply), a malformed one, or one a recruiter
    would not take seriously."""
    contact = context.facts.contact
    if contact.email and placeholder_email(contact.email):
        yield context.finding(
            rule,
            contact.email_line,
            match=contact.email,
            level="error",
            check="placeholder",
            problem="is a placeholder from a template: nobody can reply to it",
        )
        return
    for line in context.body[:20]:
        for token in re.findall(r"\S+@\S*", line.text):
            token = token.strip(".,;:()<>[]")
            # a valid address inside the token is the address, glued to its label ("E-mail:name@mail.com")
            if "@" in token and not EMAIL.search(token) and not token.startswith("@"):
                yield context.finding(rule, line, match=token, check="invalid", problem="is not a valid address")
                return
    if contact.email and _UNPROFESSIONAL.search(contact.email.split("@")[0]):
        yield context.finding(
            rule, contact.email_line, match=contact.email, check="unprofessional", problem="looks unprofessional"
        )


@rule_function("phone_quality", checks=("placeholder", "digits"))
def phone_quality(rule: Rule, context: Context) -> Iterator[Finding]:
    """A placeholder number (000-000-0000, 123-456-7890, a fictional 555 number) fails clean on its own: a
    recruiter cannot call back. A number with too few or too many digits is a warning."""
    phone = context.facts.contact.phone
    if not phone:
        return
    digits = re.sub(r"\D", "", phone)
    line = context.facts.contact.phone_line
    # National numbers with their area code: ten digits in North America and France, nine in Spain, eight in
    # much of Latin America and in short German numbers (the language's `min_phone_digits`).
    shortest = int(language_lexicon(context.language, "min_phone_digits") or 10)
    if placeholder_phone(phone):
        problem = "is a placeholder, not a number a recruiter can call"
        yield context.finding(rule, line, match=phone, problem=problem, level="error", check="placeholder")
    elif not shortest <= len(digits) <= 15 and not (phone.strip().startswith("+") and len(digits) >= 8):
        yield context.finding(rule, line, match=phone, problem=f"has {len(digits)} digits", check="digits")


@rule_function("links_quality", checks=("malformed", "front-page", "other-site"))
def links_quality(rule: Rule, context: Context) -> Iterator[Finding]:
    """Malformed URLs, a profile link that opens the site's front page or feed instead of your profile, or link
    text that names a different site than the link opens."""
    for line in context.body:
        bad = _MALFORMED_URL.search(line.text)
        if bad:
            url = bad.group(0)
            yield context.finding(rule, line, match=url, link=url, check="malformed", problem="is a malformed URL")
    for url in context.facts.contact.links:
        if _generic_profile(url):
            printed = next((ln for ln in context.facts.document.lines if url in ln.text), None)
            yield context.finding(
                rule,
                printed or context.facts.contact.email_line,
                match=url if printed is not None else None,  # a link target the page does not print is not a quote
                link=url,
                check="front-page",
                problem="opens the site, not your profile: link to your own page",
            )
    seen: set[tuple[str, str]] = set()
    for link in context.facts.document.layout.links:
        text = link.text or ""
        if (text, link.uri) in seen:
            continue  # one link drawn as two boxes (a wrapped label) is one problem
        seen.add((text, link.uri))
        shown_hosts = [_host(found.group(0)) for found in URL.finditer(text)]
        if not shown_hosts or link.uri.lower().startswith(("mailto:", "tel:")) or len(text.split()) > LINK_LABEL_WORDS:
            continue  # a link over a whole sentence (a citation, a disclaimer) has no one label to compare
        shown_host = shown_hosts[0]
        target_host = _host(link.uri)
        if not (shown_host in PROFILE_SITES or target_host in PROFILE_SITES):
            continue  # "a-rifa.netlify.com" opening ".app", a short link opening its page: both the person's own
        matches = target_host in text.lower() or any(_same_site(host, target_host) for host in shown_hosts if host)
        if shown_host and target_host and not matches:  # link text with two sites: either may be the target
            problem = f"says {shown_host} but opens {target_host}"
            finding = context.finding(rule, None, match=link.text, link=link.text, check="other-site", problem=problem)
            yield replace(finding, location=Location(page=link.page))


def _generic_profile(url: str) -> bool:
    """'https://www.twitter.com', 'linkedin.com/feed/': a social site with no handle in the path."""
    host = _host(url)
    path = urlparse(url if "://" in url else "http://" + url).path.strip("/").lower()
    return host in PROFILE_SITES and path in ("", "feed", "in", "home", "login")


def _same_site(shown: str, target: str) -> bool:
    """One site under two spellings: a sub-domain of the other, or a host cut by a line wrap ("rempsyc.remi-")."""
    return shown.endswith(target) or target.endswith(shown) or target.startswith(shown)


def _host(url: str) -> str:
    url = url if "://" in url else "http://" + url
    host = (urlparse(url).hostname or "").lower().rstrip(".")  # "www.stomt.com." ends a sentence
    return host[4:] if host.startswith("www.") else host


@rule_function("personal_pronouns")
def personal_pronouns(
    rule: Rule, context: Context, *, sections: tuple[str, ...] = ("summary", "objective", "experience")
) -> Iterator[Finding]:
    """I, me, my in the summary and experience (resumes are written without them)."""
    for line in context.body:
        if (
            context.section_of(line) not in sections
            or line.kind == "heading"
            or line is context.facts.contact.name_line
        ):
            continue
        if _title_like(line.text):
            continue  # "About me", "My Cool Side Project": a heading or a name, not a sentence about yourself
        for match in _PRONOUN.finditer(line.text):
            if match.group(0) == "I" and _roman_numeral(line.text, match.start(), match.end()):
                continue
            yield context.finding(rule, line, match=match.group(0))
            break


def _title_like(text: str) -> bool:
    """A short line with every word capitalised (or of two words at most): a title, not a sentence."""
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    return 0 < len(words) <= MAX_TITLE_WORDS and (len(words) <= 2 or all(w[0].isupper() for w in words))


def _roman_numeral(text: str, start: int, end: int) -> bool:
    """'Circuits I', 'World War I': a capitalised word before and nothing sentence-like after."""
    before = text[:start].rstrip().split(" ")[-1:] or [""]
    after = text[end:].lstrip()[:1]
    following = text[end:].split()[:1]
    listed = bool(following) and following[0].lower() in ("and", "or", "&")
    return bool(before[0][:1].isupper()) and (
        after == "" or after in ",;:-–&)+|" or after.isupper() or after.isdigit() or listed
    )


@rule_function("personal_info", checks=("personal-data", "photo"))
def personal_info(
    rule: Rule, context: Context, *, lexicon_file: str = "personal_info", photo: bool = True
) -> Iterator[Finding]:
    """Date of birth, age, marital status, nationality, religion, photo, national ID (phrases from a lexicon file
    read as text patterns: `anywhere` phrases, and `as_label` words only before a colon). Where the market's norms
    expect them (a German Lebenslauf), a photo and the lexicon's `customary` data are not flagged."""
    phrases = lexicon(lexicon_file)
    expected = context.market.personal_data_expected
    customary = {str(term).casefold() for term in phrases.get("customary", [])} if expected else set()
    anywhere = "|".join(re.escape(t) for t in sorted(phrases.get("anywhere", []), key=len, reverse=True))
    labels = "|".join(re.escape(t) for t in sorted(phrases.get("as_label", []), key=len, reverse=True))
    pattern = re.compile(rf"\b(?:{anywhere})\b" + (rf"|(?:^|[|•·,;]\s*)(?:{labels})\s*[:\-–]" if labels else ""), re.I)
    flagged: set[int] = set()
    for line in context.facts.document.lines:
        match = next((m for m in pattern.finditer(line.text) if _term(m.group(0)) not in customary), None)
        match = match or _national_id(line.text)
        if match is None and context.above_sections(line.number) and not expected:
            match = _birth_date(line.text, today_month(context.present))
        if match:
            quoted = match.group(0).strip(" |•·,;:-–")
            flagged.add(line.number)
            yield context.finding(rule, line, match=quoted, item=f'"{quoted}"', check="personal-data")
    for _, label, line in () if expected else context.facts.personal.lines:
        if line.number not in flagged:  # a label the lexicon's patterns miss ("Geb. 12.03.1990")
            yield context.finding(rule, line, match=label, item=f'"{label}"', check="personal-data")
    head_shot = context.facts.personal.photo
    if photo and head_shot is not None and not expected:
        page, box = head_shot
        finding = context.finding(rule, None, item="a photo", check="photo")
        yield replace(finding, location=Location(page=page, bbox=box))


def _term(matched: str) -> str:
    """The lexicon term a match stands for ("| Nationality:" -> "nationality")."""
    return matched.strip(" |•·,;:-–").casefold()


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A day-precise date alone on a contact-block line (an icon may label it): only a birth date is written so.
_LONE_DATE = re.compile(
    rf"^\W{{0,3}}(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+(\d{{4}})|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(\d{{4}})"
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-](\d{{4}}))\W{{0,2}}$",
    re.I,
)
MIN_AGE = 14  # a day-precise date this many years before the resume was written is a birthday, not an event


def _birth_date(text: str, present: int) -> re.Match[str] | None:
    """'26 November 1865' on its own line in the contact block: a date of birth labelled by an icon."""
    found = _LONE_DATE.match(text.strip())
    if found is None:
        return None
    year = int(next(group for group in found.groups() if group))
    return found if present // 12 - year >= MIN_AGE else None


@rule_function("date_sanity", checks=("no-dates", "future-start", "end-before-start", "future-end", "stale-update"))
def date_sanity(rule: Rule, context: Context) -> Iterator[Finding]:
    """An end before its start, a date in the future, a position without dates, or a "Last updated" line older
    than a year when the resume is read."""
    today = context.settings.today
    now = today_month(today)
    yield from _stale_update(rule, context, now)
    for position in context.facts.positions:
        anchor = position.header[0] if position.header else None
        what = position.title or position.organization or "a position"
        if position.start is None:
            yield context.finding(
                rule,
                anchor,
                match=clip(anchor.text, 80) if anchor else None,
                check="no-dates",
                problem=f"{what} has no dates",
            )
            continue
        start = to_month(position.start, end=False)
        end = to_month(position.end, end=True, today=today)
        if start is not None and start > now:
            problem = f"{what} starts in the future"
            quoted = clip(anchor.text, 80) if anchor else None
            yield context.finding(rule, anchor, match=quoted, check="future-start", problem=problem)
        elif start is not None and end is not None and end < start:
            problem = f"{what} ends before it starts"
            quoted = clip(anchor.text, 80) if anchor else None
            yield context.finding(rule, anchor, match=quoted, check="end-before-start", problem=problem)
        elif position.end not in (None, "present") and end is not None and to_month(position.end, end=False) > now:  # type: ignore[operator]
            yield context.finding(
                rule,
                anchor,
                match=clip(anchor.text, 80) if anchor else None,
                check="future-end",
                problem=f"{what} ends in the future; write 'Present' for a current role",
            )


STALE_MONTHS = 12  # a resume "last updated" over a year before it is read looks abandoned
_UPDATED = re.compile(r"\b(?:last\s+)?updated\b|\blast\s+revised\b", re.I)


def _stale_update(rule: Rule, context: Context, now: int) -> Iterator[Finding]:
    for line in context.body:
        if not _UPDATED.search(line.text):
            continue
        for date in find_dates(line.text):
            month = to_month(date.end or date.start, end=True)
            if month is not None and now - month > STALE_MONTHS:
                years = (now - month) // 12
                age = f"over {years} year{'s' if years > 1 else ''}" if years else "over a year"
                yield context.finding(
                    rule,
                    line,
                    match=clip(line.text, 80),
                    check="stale-update",
                    problem=f"the resume says it was last updated {age} ago; a recruiter reads it as out of date",
                )
                return


@rule_function("employment_gaps")
def employment_gaps(rule: Rule, context: Context, *, min_months: int = 6) -> Iterator[Finding]:
    """Gaps of more than six months between positions (overlaps merged); say what you did in between. Time in
    education and service counts: a degree between two jobs, or term time between internships, is no gap."""
    today = context.present
    study = _study_spans(context)
    graduation = max((end for _, end in study), default=None)
    spans = merged(intervals(context.facts.positions, today) + study)
    for (_, end), (start, _) in itertools.pairwise(spans):
        if graduation is not None and start <= graduation:
            continue  # before the last degree was finished: a student's term time between jobs
        if start - end - 1 > min_months:
            gap = f"{month_label(end)} to {month_label(start)}"  # worked out, not quoted: the message says it
            yield context.finding(rule, None, gap=gap, count=start - end - 1)


def _study_spans(context: Context) -> list[tuple[int, int]]:
    """Dated ranges in the education, volunteer and service sections (a lone education date, such as an
    expected graduation, counts as that month)."""
    spans = []
    for section in context.facts.sections:
        if section.name in STUDY_SECTIONS:
            texts = [line.text for line in section.lines]
            spans += date_spans(texts, context.present, singles=section.name == "education")
    return [(start, end) for start, end in spans if start <= end]


_UNFINISHED = re.compile(r"\b(?:and|or|the|a|an|of|to|with|for|in|on|by|from)\s*$", re.I)


@rule_function("punctuation_consistency")
def punctuation_consistency(rule: Rule, context: Context, *, min_bullets: int = 4) -> Iterator[Finding]:
    """Some bullets end with a period and others do not; a bullet that stops on "and" or "the" is one sentence
    split across two paragraphs, not a style choice, so it is not counted."""
    bullets = [line for line in context.facts.bullets if line.kind == "bullet" and not _UNFINISHED.search(line.text)]
    if len(bullets) < min_bullets:
        return
    with_period = [line for line in bullets if line.text.rstrip().endswith(".")]
    without = [line for line in bullets if not line.text.rstrip().endswith(".")]
    if with_period and without:
        minority = min(with_period, without, key=len)
        yield context.finding(
            rule, minority[0], match=clip_end(minority[0].text, 40), count=len(with_period), total=len(bullets)
        )


_DEICTIC = re.compile(r"\b(?:this|these)\s+(?:project|role|position|team|course|program|programme|work)s?\b", re.I)


@rule_function("duplicate_text")
def duplicate_text(rule: Rule, context: Context, *, min_words: int = 5) -> Iterator[Finding]:
    """The same bullet or line twice; not the name or headline of the top repeated as a later page's header, nor
    a line about its own entry ("Author and maintainer of this project") that is true of two entries."""
    seen: dict[str, int] = {}
    reported: set[str] = set()
    headers = {id(line) for position in context.facts.positions for line in position.header}
    for line in context.body:
        if len(line.words) < min_words or line.kind == "heading" or id(line) in headers:
            continue  # repeated titles and date lines of separate roles are not copied text
        if _DEICTIC.search(line.text) or _entry_label(line, context):
            continue
        key = re.sub(r"\W+", " ", line.text.casefold()).strip()
        if key in seen and context.above_sections(seen[key]):
            continue  # the top block repeated on a later page
        if key not in seen:
            seen[key] = line.number
        elif key not in reported:
            reported.add(key)  # each copied text once, however often it repeats
            yield context.finding(rule, line, match=clip(line.text), first=seen[key])


LISTING_SECTIONS = frozenset({"education", "certifications", "awards", "coursework", "languages", "skills"})
NAME_WORD_SHARE = 0.7  # a line whose words are this much capitalised, numbers or dates names things: no sentence


def _entry_label(line: Line, context: Context) -> bool:
    """A line that names an entry rather than saying something about it: a table cell, a line of a listing
    section (two degrees from one school, two certificates from one body), a date line, or a line made of names
    ("St. Lawrence High School Kolkata, West Bengal"). Such lines repeat by nature on real resumes."""
    if line.in_table or context.section_of(line) in LISTING_SECTIONS:
        return True
    words = [w.strip("()[],.;:|•-–—") for w in line.words]
    words = [w for w in words if w]
    named = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha())
    return bool(words) and named / len(words) >= NAME_WORD_SHARE


_DOUBLED = re.compile(r"\b([A-Za-z]{2,})\s+(?=[a-z])(?i:\1)\b")
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


def _accidental_double(found: re.Match[str]) -> bool:
    """Not a typed doubled word: raised ordinals read as 'th th' ('26th … 7th'), or a handle beside its own site
    ('AdrianForsythe adrianforsythe.com')."""
    word = found.group(1)
    if word.casefold() in _ORDINAL_SUFFIXES:
        return True
    text, end = found.string, found.end()
    handle = any(ch.isupper() for ch in word[1:])
    return handle or text[end : end + 1] in (".", "@", "/")


_LAST_WORD = re.compile(r"(?<![/@.\w])([A-Za-z]{2,})\s*$")  # a word, not the end of a link or handle
_FIRST_WORD = re.compile(r"^\s*([a-z][A-Za-z]*)\b(?![/@.]\w)")


@rule_function("repeated_words")
def repeated_words(rule: Rule, context: Context) -> Iterator[Finding]:
    """A doubled word ("the the") on one line, or split across a wrapped line: the last word of one line again
    as the first of the next line of the same paragraph (lower case: "Analyst\\nAnalyst" is a title twice)."""
    body = context.body
    grammatical = {str(w).casefold() for w in language_lexicon(context.language, "grammatical_doubles") or ()}
    for index, line in enumerate(body):
        for found in _DOUBLED.finditer(line.text):
            if not _accidental_double(found) and found.group(1).casefold() not in grammatical:
                yield context.finding(rule, line, match=found.group(0))
        following = body[index + 1] if index + 1 < len(body) else None
        if following is None or context.above_sections(line.number) or not wraps_into(line, following):
            continue  # the contact block is rows of items, not prose that wraps
        last, first = _LAST_WORD.search(line.text), _FIRST_WORD.match(following.text)
        if last and first and last.group(1).casefold() == first.group(1).casefold():
            yield context.finding(rule, following, match=first.group(1))


MIN_PHONE_DIGITS = 9  # the shortest national numbers with area code; years and page ranges have fewer digits
_PHONE = re.compile(r"(?:\+\s?)?\(?\d[\d\s().-]{6,18}\d")


@rule_function("referee_details")
def referee_details(rule: Rule, context: Context) -> Iterator[Finding]:
    """Referees' phone numbers or email addresses printed under References: they are the referees' data, shared
    with every reader of the resume and before the referee knows which job is calling."""
    contact = context.facts.contact
    own = {_digits(contact.phone or ""), (contact.email or "").casefold()} - {""}
    for section in context.facts.sections:
        if section.name != "references":
            continue
        for line in section.lines:
            if line.zone != "body":
                continue  # a running header or footer repeats the candidate's own details, not a referee's
            found = EMAIL.search(line.text) or _PHONE.search(line.text)
            if not found or {_digits(found.group(0)), found.group(0).casefold()} & own:
                continue  # "References: ask me, 9064112580" gives the candidate's own number
            if not found.group(0)[0].isdigit() or sum(ch.isdigit() for ch in found.group(0)) >= MIN_PHONE_DIGITS:
                yield context.finding(rule, line, match=found.group(0))
                return


def _digits(text: str) -> str:
    """A phone number's last ten digits, to compare two ways of writing one number."""
    return "".join(ch for ch in text if ch.isdigit())[-10:]
