"""Find section headings by wording and typography, and map each to a canonical section name."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache
from itertools import product

from ..model import Document, Line
from ..resources import lexicon
from .dates import find_dates
from .titles import TITLE_WORDS

MAX_HEADING_WORDS = 6
MAX_HEADING_CHARS = 48
# All-capital headings run longer in academic CVs ("COMPETITIVE GRANT WRITING AND RESEARCH FUNDING HISTORY", 8 words).
MAX_CAPS_HEADING_WORDS = 8
MAX_CAPS_HEADING_CHARS = 64
MAX_ENTRY_HEADING_WORDS = 12
MAX_WORD_LETTERS = 16  # "responsibilities", the longest word the section lexicon holds
# Sub-heads inside an entry sit within three lines under its dated line (title, employer, then the sub-head).
SUBHEAD_REACH = 3
ENTRY_SECTIONS = {"experience", "projects", "education"}  # sections made of entries, each with its own header
# Sections that list dated roles of their own (memberships, volunteering, offices held): a dated role line in the
# headings' style under one of them is its entry, not an experience section the page forgot to head.
ROLE_LIST_SECTIONS = {"activities", "volunteer", "leadership", "awards"}
# A labelled field line: a label of one to three words, a colon (or ":-"), then its value.
_FIELD_LINE = re.compile(r"^\s*[A-Za-z][\w.'/&()-]*(?:\s[\w.'/&()-]+){0,2}\s*:-?\s*(?!//)\S")  # not "https://"
# In-entry sub-heads; "Achievements" alone is also a section, so it only counts right under an entry's dates.
SUBHEADS = {
    "key achievements",
    "achievements",
    "accomplishments",
    "key accomplishments",
    "responsibilities",
    "key responsibilities",
    "duties",
    "key duties",
    "highlights",
    "key highlights",
    "key result areas",
    "tasks",
    "environment",
    "tools used",
    "technologies used",
    "achievements and responsibilities",
}
HEADING_ALIGN_TOLERANCE = 3.0  # points: left-aligned headings start together; centred ones differ by far more
_NOT_LETTERS = re.compile(r"[^a-z& ]+")
# "and" in the languages whose headings the lexicons hold ("Formation et Certifications", "Kenntnisse und Interessen").
_CONJUNCTION = re.compile(r" (?:and|und|et|y|e) ")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class Section:
    """A section of the resume: its canonical name, the heading as printed, and its lines."""

    name: str
    heading: Line
    lines: tuple[Line, ...]
    entry: bool = False  # the heading is itself a role's title line, styled like the section headings


def unspace(text: str) -> str:
    """Join letter-spaced text ("E X P E R I E N C E" -> "EXPERIENCE"); other text is returned as it is."""
    tokens = text.split()
    singles = sum(len(token) == 1 and token.isalpha() for token in tokens)
    # Letter-spaced headings are made of one-letter tokens; ordinary text has a few ("a", "I", "&").
    if len(tokens) >= 4 and singles >= 0.7 * len(tokens):
        return "".join(tokens)
    if len(tokens) >= 2 and singles == len(tokens) and text.isupper():
        return "".join(tokens)  # one spaced word on its own span: "A N D"
    return text


def heading_text(line: Line) -> str:
    """A line's text as a heading reads it: letter spacing undone word by word (PDF spans part the words), and
    a side heading ("EDUCATION" in a left margin, on the row of its first content line) apart from that content."""
    if line.spans and len(line.spans) > 1 and line.box is not None:
        first, second = unspace(line.spans[0].text), line.spans[1].text
        # A letter-spaced heading is also cut into spans, one a word: that is one heading, not a side heading.
        side = unspace(second) == second and not first.endswith((",", "&", "/"))
        dated = _heading_before_dates(first)
        if dated:
            return dated
        if side and _exact_section(first) and (all_capitals(first) or line.bold):
            return first
        return " ".join(unspace(span.text) for span in line.spans)
    text = unspace(line.text)
    return (_heading_before_dates(text) if line.box is not None else None) or text


def _heading_before_dates(text: str) -> str | None:
    """The heading that opens a date-gutter row, "BERUFSERFAHRUNG 02.2013-08.2013" (the PDF drew the heading and
    the first entry's dates as one run of text): an all-capitals known heading and, right after it, a date."""
    if not any(ch.isdigit() for ch in text[: MAX_CAPS_HEADING_CHARS + 12]):
        return None  # no date near the start (most lines: this is called for every line's style)
    words = text.split()
    for count in range(1, min(len(words), MAX_CAPS_HEADING_WORDS + 1)):
        head, rest = " ".join(words[:count]), " ".join(words[count:])
        if not rest[:1].isdigit() or not all_capitals(head) or _exact_section(head) is None:
            continue
        dates = find_dates(rest)
        if dates and dates[0].begin == 0:
            return head
    return None


def canonical_section(text: str) -> str | None:
    """Map a heading's text to a canonical section name, or None when it is not a known heading."""
    return _exact_section(text) or _keyword_section(text)


def _exact_section(text: str) -> str | None:
    phrases, _ = _lexicon_tables()
    words = _normalize(unspace(text))
    if not words:
        return None
    return phrases.get(words) or phrases.get(words.replace(" ", "")) or _rejoined(words, phrases)


def broken_heading(text: str) -> bool:
    """A heading an ATS reads in pieces: letter-spaced ("E X P E R I E N C E") or split inside a word ("int erests")."""
    phrases, _ = _lexicon_tables()
    words = _normalize(text)
    return bool(words) and words not in phrases and _exact_section(text) is not None


MAX_FRAGMENT_LETTERS = 3  # small caps drawn letter-spaced break into pieces such as "oth er", "awa rds", "exp erience"
MAX_FRAGMENT_TOKENS = 4


def _rejoined(words: str, phrases: dict[str, str]) -> str | None:
    """A heading broken inside its words ("oth er information"): try joining each short fragment to a neighbour."""
    tokens = words.split()
    if not 2 <= len(tokens) <= MAX_FRAGMENT_TOKENS or not any(len(t) <= MAX_FRAGMENT_LETTERS for t in tokens):
        return None
    for glue in product((" ", ""), repeat=len(tokens) - 1):
        if "" not in glue:
            continue
        joined = tokens[0] + "".join(g + t for g, t in zip(glue, tokens[1:], strict=True))
        if joined in phrases:
            return phrases[joined]
    return None


CORE_SECTIONS = ("experience", "education", "skills", "projects")  # what a recruiter reads a resume for


def _keyword_section(text: str) -> str | None:
    if _YEAR.search(text):
        return None  # "Research Assistant, 2019 – 2021" is an entry, not a heading
    joined = unspace(text)
    words = _normalize(joined)
    tokens = words.split()
    if len(tokens) > MAX_CAPS_HEADING_WORDS:
        return None
    # Letter-spaced text has lost its word breaks (joined here or by heading_text: a "word" longer than any
    # heading word, "freelancingassignments"), so keywords are found inside the joined letters.
    edge = "" if joined != text or any(len(token) > MAX_WORD_LETTERS for token in tokens) else r"\b"
    # A combined heading names two sections ("SKILLS & INTERESTS", "Education and Certifications"): a core
    # section named in it is what it holds most of; without one, the head noun at its end names it ("Awards and
    # Certifications", "Activities & Hobbies", as the development labels read them).
    patterns = _keyword_patterns(edge)
    named = [name for part in _CONJUNCTION.split(words) if (name := _head_noun(part, patterns))]
    core = [name for name in named if name in CORE_SECTIONS]
    if len(named) > 1 and core:
        return core[0]
    return _head_noun(words, patterns)


@cache
def _keyword_patterns(edge: str) -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """Each section keyword with its pattern compiled once (a compound's head noun, "Berufserfahrung", may start
    inside a word) and its section's name."""
    return tuple(
        (keyword, re.compile(rf"{'' if head else edge}{re.escape(keyword)}(?:s|es)?{edge}"), name)
        for keyword, name, head in _lexicon_tables()[1]
    )


def _head_noun(words: str, patterns: tuple[tuple[str, re.Pattern[str], str], ...]) -> str | None:
    """The section named by the last keyword in the words (English headings end in their head noun)."""
    best: tuple[int, str] | None = None
    for keyword, pattern, name in patterns:
        if keyword not in words:  # the pattern matches the keyword itself: without it, no match
            continue
        for match in pattern.finditer(words):
            if best is None or match.end() > best[0]:  # English headings end in their head noun
                best = (match.end(), name)
    return best[1] if best else None


def header_block(lines: list[Line], sections: list[Section]) -> list[Line]:
    """The lines above the first section heading (all of them when there is no heading)."""
    first = sections[0].heading.number if sections else None
    return [line for line in lines if first is None or line.number < first]


def all_capitals(text: str) -> bool:
    """True when every letter is a capital (and there is at least one)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def find_sections(document: Document) -> list[Section]:
    """Every section heading in reading order with the lines under it."""
    body = document.body_lines
    headings = _heading_lines(body)
    owners = _owners(body, [line for line, _, _ in headings])
    sections: list[Section] = []
    for index, (line, name, entry) in enumerate(headings):
        lines = tuple(ln for ln in body if owners.get(ln.number) == index)
        sections.append(Section(name=name, heading=line, lines=_side_content(line) + lines, entry=entry))
    return sections


def _owners(body: list[Line], headings: list[Line]) -> dict[int, int]:
    """Each body line's section, as the index of its heading: the last heading before it in reading order, except
    where a column goes on from an earlier page with no heading of its own above the lines and reading order puts
    them under another column's heading on this page (a sidebar read first on page 2, "HOBBIES", before the main
    column's rest of "BERUFSERFAHRUNG"): they belong to the section last open in their column."""
    owners: dict[int, int] = {}
    current = -1
    for line in body:
        while current + 1 < len(headings) and headings[current + 1].number <= line.number:
            current += 1
        if current < 0 or headings[current].number == line.number:
            continue
        owner = headings[current]
        page = line.page
        if page is not None and owner.page == page and owner.column != line.column and line.box is not None:
            here = [h for h in headings[: current + 1] if (h.page, h.column) == (page, line.column)]
            before = [
                i for i, h in enumerate(headings[: current + 1]) if h.column == line.column and (h.page or 0) < page
            ]
            if not here and before:
                owners[line.number] = before[-1]
                continue
        owners[line.number] = current
    return owners


def _heading_lines(body: list[Line]) -> list[tuple[Line, str, bool]]:
    """Section headings as (line, canonical name, is-an-entry): the lexicon confirms a few, their style the rest."""
    explicit = any(line.heading_level for line in body) and all(
        line.box is None and line.style is None for line in body
    )
    # Markdown and JSON Resume mark their headings; there, bold text is emphasis, not a heading.
    candidates = [line for line in body if (line.kind == "heading" if explicit else _looks_like_heading(line))]
    if explicit:
        candidates = _without_name_heading(candidates)
    body_size = _body_size(body)
    # A heading matched only by a keyword ("Leadership team and the board") must also look like one.
    texts = {line.number: heading_text(line) for line in candidates}
    matched = [
        (
            line,
            _exact_section(texts[line.number]),
            _keyword_section(texts[line.number]) if _emphasised(line, body_size) else None,
        )
        for line in candidates
    ]
    known = [(line, exact or keyword) for line, exact, keyword in matched if exact or keyword]
    if not known:
        return []
    # The headings' style is the one most section names share: thirteen "Project #n:" sub-heads are one name, and
    # must not outvote the summary, experience, education and skills headings styled alike.
    styled_names = dict.fromkeys((_signature(line), name) for line, name in known)
    style_counts = Counter(signature for signature, _ in styled_names)
    dominant, _ = style_counts.most_common(1)[0]
    columns = _heading_columns([line for line, _ in known if _signature(line) == dominant])
    colon = _mostly_colon([line for line, _ in known])
    index = {line.number: i for i, line in enumerate(body)}

    def entry_below(line: Line) -> bool:
        following = body[index[line.number] + 1 : index[line.number] + 2]
        return _styled_entry(line, following[0] if following else None)

    first_known = known[0][0].number
    result: list[tuple[Line, str, bool]] = []
    for line, exact, keyword in matched:
        signature = _signature(line)
        if line.number == first_known and _opening_statement(line, exact, body_size):
            result.append((line, exact or "summary", False))
            continue
        labelled = line.text.rstrip().endswith(":") and not colon and not _colon_section(line, exact, dominant)
        if not _in_heading_column(line, columns) or labelled:
            continue  # indented under the section headings, or a "Key duties:" label: a sub-head inside a section
        if exact and (
            signature[:4] == dominant[:4] or _more_prominent(line, signature, dominant) or _emphatic_exact(line)
        ):
            result.append((line, exact, False))
        elif keyword and signature[:4] == dominant[:4]:
            result.append((line, keyword, False))
        elif (
            not (exact or keyword) and signature == dominant and style_counts[dominant] >= 2 and _plausible_other(line)
        ):
            entry = entry_below(line)
            # Styled like the confirmed headings, a keyword names it even unemphasised (plain "Experiences" among
            # plain "Education" and "Skills").
            named = None if entry else _keyword_section(texts[line.number])
            result.append((line, "experience" if entry else named or "other", entry))
    if style_counts[dominant] >= 2 and not explicit:
        taken = {line.number for line, _, _ in result} | set(texts)
        result += [
            (line, "experience", True)
            for line in body
            if line.number not in taken
            and _signature(line) == dominant
            and _in_heading_column(line, columns)
            and entry_below(line)
        ]
    headings = _wrapped_headings(_without_top_name(sorted(result, key=lambda item: item[0].number), body), index)
    return _inside_entries(
        headings,
        lambda line: body[max(0, index[line.number] - SUBHEAD_REACH) : index[line.number]],
        lambda line: body[index[line.number] + 1 : index[line.number] + 1 + SUBHEAD_REACH],
    )


NAME_TOP_LINES = 3  # the name opens the page: within its first three lines (after a "Curriculum Vitae" title)
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'.-]*")


def _without_top_name(headings: list[tuple[Line, str, bool]], body: list[Line]) -> list[tuple[Line, str, bool]]:
    """Drop the candidate's name, set in the bold of the section headings at the top of a Word file ("Sarah Lee",
    or "Ankan Basu" under a "Curriculum Vitae" title): an unknown heading over every known one, in the first lines
    of the page, two to four capitalised words and nothing else, is the name that opens the resume."""
    top = {line.number: index for index, line in enumerate(body[:NAME_TOP_LINES])}
    kept = []
    for position, (line, name, entry) in enumerate(headings):
        words = line.text.split()
        name_shaped = 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(word) for word in words)
        first = all(other == "other" for _, other, _ in headings[:position])
        # A larger line above it, other than a "Curriculum Vitae" title, is the name ("SENIOR DATA ENGINEER" under
        # a 20 pt "Debra Lowe" is a title line).
        named_above = line.number in top and any(
            (other.size or 0) > (line.size or 0) and not _document_title().search(_normalize(other.text))
            for other in body[: top[line.number]]
        )
        if (
            name == "other"
            and first
            and line.number in top
            and not named_above
            and name_shaped
            and _exact_section(line.text) is None
        ):
            continue
        kept.append((line, name, entry))
    return kept


_OPEN_END = re.compile(r"(?:\s(?:and|&)|[,&-])\s*$", re.I)  # "MANAGEMENT AND", "Summer Schools &", "TRAIN-"


def _wrapped_headings(headings: list[tuple[Line, str, bool]], index: dict[int, int]) -> list[tuple[Line, str, bool]]:
    """A heading wrapped onto two lines ("MANAGEMENT AND" over "LEADERSHIP SKILLS" in a Europass gutter, "Summer
    Schools &" over "Workshops") is one heading: its first part ends open, and the next line is a heading too. The
    two read as one name, kept on the second line (the first part would otherwise name a section of its own)."""
    kept: list[tuple[Line, str, bool]] = []
    for line, name, entry in headings:
        if kept and not entry and not kept[-1][2] and _OPEN_END.search(kept[-1][0].text):
            before = kept[-1][0]
            if index.get(line.number) == index.get(before.number, -2) + 1 and before.page == line.page:
                glued = heading_text(before).rstrip(" -") + ("" if before.text.rstrip().endswith("-") else " ")
                joined = canonical_section(glued + heading_text(line))
                kept[-1] = (line, joined or (name if name != "other" else kept[-1][1]), False)
                continue
        kept.append((line, name, entry))
    return kept


def _opening_statement(line: Line, exact: str | None, body_size: float) -> bool:
    """The first known heading, "Objective:" or "About me:" with its colon, bold or as large as the body, over
    the statement under the contact lines: it heads that statement though it is styled unlike the later headings
    (bold capitals) and they carry no colon; a sub-head label names no summary or objective."""
    if exact not in ("summary", "objective") or not line.text.rstrip().endswith(":") or line.kind == "bullet":
        return False
    return line.bold or all_capitals(line.text) or (line.size or 0) > body_size + 0.5


def _colon_section(line: Line, exact: str | None, dominant: tuple[object, ...]) -> bool:
    """A line that is exactly a main section's name with a colon ("Work Experience:", "Education:"), styled as the
    other headings are, is a heading though most headings carry no colon; a sub-head label ("Key duties:") is not."""
    main = exact in {"experience", "education", "skills", "projects"}
    return main and _normalize(line.text) not in SUBHEADS and _signature(line) == dominant


def _inside_entries(
    headings: list[tuple[Line, str, bool]], above: Callable[[Line], list[Line]], below: Callable[[Line], list[Line]]
) -> list[tuple[Line, str, bool]]:
    """Drop what is part of an entry: a role title styled like a heading while the experience section is already
    open, a sub-head ("Responsibilities", "Key Achievements") just below a dated entry line, and an unknown
    heading-styled line over an entry's dates or labelled fields (an employer in capitals, "CYBUZZ INFOTECH PVT.
    LTD" then "NOIDA" then "From: July-2015 to Present"; a project "TATA POWER" over "Environment : PHP"; a
    "DIPLOMA" over "College : …"), as Word tables lay entries out."""
    kept: list[tuple[Line, str, bool]] = []
    # A sub-head repeated under every role ("Key Achievements:" after each role's duties) labels part of an entry
    # however far below its dates it sits: a section heading is printed once.
    repeats = Counter(_normalize(line.text) for line, _, _ in headings)
    entry_lines: set[int] = set()  # the heading-styled lines taken into an experience entry so far
    for line, name, entry in headings:
        current = kept[-1][1] if kept else None
        inexact = _exact_section(heading_text(line)) is None
        unknown = name == "other" and inexact
        # A keyword names a section in an employer's name ("S&W Technologies" -> skills): right under a role's
        # title line taken into its entry, and over the entry's dates, it is part of that entry header.
        previous = above(line)[-1:]
        named_by_keyword = inexact and bool(previous) and previous[0].number in entry_lines
        if current == "experience" and (
            entry
            or (_normalize(line.text) in SUBHEADS and repeats[_normalize(line.text)] > 1)
            or (
                (name == "other" or _normalize(line.text) in SUBHEADS)
                and _in_header_block(reversed(above(line)), _has_date)  # a dated entry line just above
            )
            or (
                (unknown or named_by_keyword)
                and _in_header_block(below(line), lambda other: _has_date_range(other) or _is_field(other))
            )
        ):
            entry_lines.add(line.number)
            continue
        if (
            current in ENTRY_SECTIONS
            and unknown
            and (
                _in_header_block(below(line), _is_field)
                # a heading the format marks as one ("## My Journey") opens a section whatever is under it
                or (line.heading_level is None and _in_header_block(below(line), _has_date_range))
            )
        ):
            continue  # a school or a city over an education entry's dates, as Word tables set them out
        if entry and current in ROLE_LIST_SECTIONS:
            continue  # "2014-Present Board Member" under Professional Affiliations: that section's entry, no job
        if current == "education" and (entry or unknown) and _DEGREE.search(line.text):
            continue  # "Associate of Arts in …" over its dates: a degree styled like a role or a heading, not either
        kept.append((line, name, entry))
    return kept


# A degree named in an entry's title line: "Associate of Arts in Business", "Bachelor's degree in", "MSc Physics".
_DEGREE = re.compile(
    r"\b(?:associate|bachelor|master|doctor)(?:'?s)?\s+(?:of|in|degree)\b|\bdiploma\b|"
    r"\b(?:B\.?A|B\.?Sc?|M\.?Sc?|M\.?A|MBA|Ph\.?D)\b\.?",
    re.I,
)


def _in_header_block(lines: Iterable[Line], test: Callable[[Line], bool]) -> bool:
    """True when one of these lines, taken in order up to the first bullet (where an entry's achievements start),
    passes the test: the lines around a heading candidate that belong to the same entry header."""
    for other in lines:
        if other.kind == "bullet":
            return False
        if test(other):
            return True
    return False


def _has_date(line: Line) -> bool:
    return bool(find_dates(line.text))


def _has_date_range(line: Line) -> bool:
    return any(date.is_range for date in find_dates(line.text))


def _is_field(line: Line) -> bool:
    return bool(_FIELD_LINE.match(line.text))


def _side_content(line: Line) -> tuple[Line, ...]:
    """The content printed on a side heading's row ("EXPERIENCE  Data Analyst"), as a line of the section; the
    dates drawn in one run with the heading ("BERUFSERFAHRUNG 02.2013-08.2013") open that content."""
    heading = heading_text(line)
    if heading == line.text:
        return ()
    if not line.spans:  # one run of text: the dates after the heading are all the content
        rest_text = line.text[len(heading) :].strip() if line.text.startswith(heading) else ""
        return (replace(line, text=rest_text),) if rest_text and find_dates(rest_text) else ()
    first = unspace(line.spans[0].text)
    if heading == first and len(line.spans) > 1:
        rest = line.spans[1:]
    elif first.startswith(heading) and first != heading:
        dates = line.spans[0]
        rest = (replace(dates, text=dates.text[len(heading) :].strip()), *line.spans[1:])
    else:
        return ()
    text = " ".join(span.text for span in rest)
    box = replace(line.box, x0=rest[0].x0) if line.box is not None else None
    return (replace(line, text=text, spans=tuple(rest), box=box),)


def _without_name_heading(candidates: list[Line]) -> list[Line]:
    """A Markdown CV often sets the name as a top-level heading like its sections: the first such line is the name."""
    if not candidates or canonical_section(candidates[0].text):
        return candidates
    words = candidates[0].text.split()
    if (
        2 <= len(words) <= 5
        and all(word[:1].isupper() for word in words)
        and not any(ch.isdigit() for ch in candidates[0].text)
    ):
        return candidates[1:]
    return candidates


def _styled_entry(line: Line, below: Line | None) -> bool:
    """A role title set in the section-heading style ("Head of Programming at UPRobotics" over its dates, or with
    them in brackets) starts an experience entry: it names a job and it or the next line holds a date range."""
    if (
        not TITLE_WORDS.search(line.text)
        or len(line.words) > MAX_ENTRY_HEADING_WORDS
        or line.text.rstrip().endswith(".")
    ):
        return False
    return any(date.is_range for other in (line, below) if other is not None for date in find_dates(other.text))


def _heading_columns(lines: list[Line]) -> dict[int, float]:
    """Where left-aligned section headings start, per column: the x0 most of them share (centred ones share none)."""
    columns: dict[int, float] = {}
    for column in {line.column for line in lines}:
        starts = sorted(line.box.x0 for line in lines if line.column == column and line.box is not None)
        # Left-aligned headings start within a couple of points of each other; centred ones spread by tens.
        best = max(
            ([x for x in starts if abs(x - start) <= HEADING_ALIGN_TOLERANCE] for start in starts), key=len, default=[]
        )
        if len(best) >= 2 and len(best) * 5 >= len(starts) * 3:  # at least three in five share it
            columns[column] = min(best)
    return columns


def _in_heading_column(line: Line, columns: dict[int, float]) -> bool:
    """False for a line indented well right of where this column's section headings start."""
    if line.box is None or line.column not in columns:
        return True
    # An indent of 1.5 em or more separates a sub-head or entry title from the headings' own column.
    return line.box.x0 <= columns[line.column] + 1.5 * (line.size or 10)


def _mostly_colon(lines: list[Line]) -> bool:
    return sum(line.text.rstrip().endswith(":") for line in lines) * 2 > len(lines)


def _looks_like_heading(line: Line) -> bool:
    text = heading_text(line).strip()
    if line.kind == "heading":
        return len(text) <= 2 * MAX_HEADING_CHARS
    caps = all_capitals(text)
    # A Word list's numbering can run on into the heading after it (a Google Docs "EDUCATION" after the skills
    # list): a bold capital line that is exactly a heading is one, list item or not.
    listed = line.kind == "bullet" and not _emphatic_exact(line)
    if listed or not text or len(text) > (MAX_CAPS_HEADING_CHARS if caps else MAX_HEADING_CHARS):
        return False
    if (
        len(text.split()) > (MAX_CAPS_HEADING_WORDS if caps else MAX_HEADING_WORDS)
        or text.endswith((".", ",", ";"))
        or "@" in text
    ):
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 0.6 * len(text.replace(" ", "")) and letters >= 3


def _signature(line: Line) -> tuple[object, ...]:
    """What makes a heading look like its siblings: size, weight, capitals, heading level, column."""
    text, size = _styled_part(line)
    letters = list(filter(str.isalpha, text))  # filter and map: called for every line, several times
    upper = bool(letters) and sum(map(str.isupper, letters)) > 0.8 * len(letters)
    return (line.heading_level, round(size or 0), line.bold, upper, (line.font or "").split("+")[-1])


# Points between a heading and smaller text on its row that is another column's (a sidebar's address beside
# "ARBEITSERFAHRUNG"): over the 120 development PDF rows that open with a known heading, side-heading content
# sat at most 134 pt after it; the smaller text farther than two inches (3 rows) was all sidebar text.
SIDEBAR_GAP = 144.0


def _styled_part(line: Line) -> tuple[str, float | None]:
    """The text and type size that style the line: a heading's own run where smaller text far to its right on the
    same row belongs to a sidebar, the heading before the dates of a date-gutter row, and the whole line otherwise."""
    spans = line.spans
    if line.box is not None and (dated := _heading_before_dates(spans[0].text if spans else line.text)):
        return dated, spans[0].size if spans and spans[0].size is not None else line.size
    if len(spans) < 2 or spans[0].size is None:
        return line.text, line.size
    size = spans[0].size
    smaller = all(span.size is not None and span.size < size for span in spans[1:])
    if smaller and spans[1].x0 - spans[0].x1 > SIDEBAR_GAP:
        return spans[0].text, size
    return line.text, line.size


def _more_prominent(line: Line, signature: tuple[object, ...], dominant: tuple[object, ...]) -> bool:
    """A known heading styled unlike the others still counts when it is larger, or as large with every mark the
    section headings carry (bold, capitals): a bold "Skills" under bold-capital headings is a sub-head."""
    if line.heading_level is not None and isinstance(dominant[0], int):
        return line.heading_level <= dominant[0]  # explicit outline levels decide: a sub-heading is not a section
    size, dominant_size = signature[1], dominant[1]
    if line.kind == "bullet" or not isinstance(dominant_size, int) or not isinstance(size, int):
        return False
    marks = (line.bold or signature[3]) and line.bold >= bool(dominant[2]) and bool(signature[3]) >= bool(dominant[3])
    return size > dominant_size or (size == dominant_size and bool(marks))


def _body_size(body: list[Line]) -> float:
    weights: Counter[float] = Counter()
    for line in body:
        weights[round(line.size or 0, 1)] += len(line.words)
    return weights.most_common(1)[0][0] if weights else 0.0


def _emphasised(line: Line, body_size: float) -> bool:
    return line.kind == "heading" or line.bold or all_capitals(line.text) or (line.size or 0) > body_size + 0.5


def _emphatic_exact(line: Line) -> bool:
    """A bold, all-capitals line that is exactly a known heading ("SUMMARY" in a text box) is one."""
    return line.bold and all_capitals(line.text) and _exact_section(line.text) is not None


def _plausible_other(line: Line) -> bool:
    if any(ch.isdigit() for ch in line.text[:1]) or len(line.text.split()) > MAX_HEADING_WORDS + 2:
        return False
    if _YEAR.search(line.text) and _has_date(line):
        return False  # "Dec 2020 – Present" in the headings' bold (a Word table cell) dates an entry, names nothing
    return not _document_title().search(_normalize(line.text))  # "Lebenslauf", "Daten und Lebenslauf": no section


@cache
def _document_title() -> re.Pattern[str]:
    """The words that title the document itself (contact_labels.yaml document_titles)."""
    words = sorted({_normalize(str(word)) for word in lexicon("contact_labels")["document_titles"]}, key=len)
    return re.compile(rf"\b(?:{'|'.join(re.escape(word) for word in reversed(words))})\b")


def normalize_heading(text: str) -> str:
    """A heading's words as the section lexicons are matched: casefolded, accents and punctuation gone."""
    return _normalize(text)


def _normalize(text: str) -> str:
    text = fold_accents(text.casefold())
    text = _NOT_LETTERS.sub(" ", text.replace("&", " and ").replace("/", " "))
    return " ".join(text.split())


# An accent some PDFs draw as a glyph of its own, with a space before it: "EXPE ́RIENCE", "Educacio ́ n", "INT ́ERˆETS".
_DETACHED_ACCENT = re.compile(r"\s+[\u0300-\u036f]\s?|\s?[\u00b4\u00a8\u02c6\u02dc\u02c7\u02d8\u02d9\u02da]\s?")


def fold_accents(text: str) -> str:
    """Letters without their accents, ligatures spelt out ("Beruﬂiche Qualités" -> "Berufliche Qualites")."""
    if text.isascii():
        return text  # no accent, ligature or detached mark to fold, and NFKD leaves ASCII as it is
    text = _DETACHED_ACCENT.sub("", text)
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "OE"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


SECTION_LEXICONS = ("sections", "sections_de", "sections_fr", "sections_es")  # English first: it wins a clash


@cache
def _lexicon_tables() -> tuple[dict[str, str], tuple[tuple[str, str, bool], ...]]:
    phrases: dict[str, str] = {}
    keywords: list[tuple[str, str, bool]] = []
    for table in SECTION_LEXICONS:
        for name, entry in lexicon(table).items():
            for phrase in entry.get("phrases") or []:
                normalized = _normalize(phrase)
                phrases.setdefault(normalized, name)
                phrases.setdefault(normalized.replace(" ", ""), name)
            heads = {_normalize(head) for head in entry.get("heads") or []}
            for keyword in entry.get("keywords") or []:
                keywords.append((_normalize(keyword), name, False))
            keywords += [(head, name, True) for head in sorted(heads)]
    return phrases, tuple(keywords)
