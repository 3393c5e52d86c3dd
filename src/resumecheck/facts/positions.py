"""Split experience sections into positions: title, organisation, dates and achievement bullets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..model import Line
from ..resources import lexicon
from ..textnorm import strip_bullet
from .dates import PRESENT_WORD, DateRange, find_dates
from .sections import Section
from .titles import TITLE_WORDS

EXPERIENCE_SECTIONS = {"experience"}
MAX_HEADER_WORDS = 16  # entry header lines are short; longer dated lines are prose
MAX_DATED_HEADER_WORDS = 24  # title, dates and employer run together in one Word paragraph
MIN_PROSE_WORDS = 8  # a description paragraph this long counts as one achievement when a role has no bullets
MAX_PLAIN_HEADER_WORDS = 8  # below a dated line, a plain line this short is an employer or place
MAX_BOLD_ANCHOR_WORDS = 10  # undated sections: a bold line this short opens an entry ("Acme Corp — Analyst")
MAX_HEADER_LINE_WORDS = 12  # a header line (title, employer, place) is short and is not a sentence
MAX_LINES_ABOVE = 2  # header lines above the dated anchor: title and employer
MAX_HEADER_LINES = 4  # the anchor and at most three lines around it: title, employer, place
DATE_FIRST_CHARS = 2  # "June 2022 – Present Engineer": the date starts within a bullet glyph and a space
INDENT_PT = 4  # body text under an entry sits 8-14 pt right of its header; a header's wrapped lines share x0
BULLET_OUTDENT_PT = 2  # an employer bullet sits at least this far left of the dated line below it
DATE_LOOKBACK = 2  # a right-margin date on a bullet row belongs to a header at most two lines up
SAME_SIZE_PT = 0.6  # lines of one paragraph share a size (rounding in PDFs leaves up to half a point)
OVERLAP_PT = 2  # wrapped lines may overlap their neighbour this much
LINE_GAP_SHARE = 0.8  # a gap under 0.8 line heights is a wrapped line, more is a new paragraph
_SEPARATORS = re.compile(r"\s*\|\s*|\s+[–—]\s+|\s+-\s+|\s+at\s+|\s+as\s+|\s+@\s+|,\s+")
_QUANTITY = re.compile(
    r"[$€£¥]\s?\d|\d\s?[%x×+]|\b\d+(?:[.,]\d+)*\s?(?:k|m|bn|million|billion|thousand|hundred)\b|"
    r"\b(?:dozens|hundreds|thousands|millions|billions|doubled|tripled|halved)\b|"
    r"\b(?!(?:19|20)\d{2}\b)\d+(?:[.,]\d+)?\b",
    re.I,
)
_DURATION = re.compile(r"\(\s*(?:\d+\s+(?:years?|months?|yrs?|mos?)\s*)+\)|\(less than a year\)", re.I)
_OPEN_DASH = re.compile(r"^\s*[-–—]")
_PLACE = re.compile(r"^(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?,? [A-Z]{2}|USA|UK|India|Remote)$")
# "Designation : Software Developer", "Company:- Acme": a labelled field, as many Indian resumes and Word tables set
# a role out; the label says which part it is.
_FIELD = re.compile(
    r"^(?P<label>designation|job title|title|position|role|post|company|organi[sz]ation|employer|client|firm|"
    r"location|place|city)\s*(?::-?|-)\s*(?=\S)",
    re.I,
)
_TITLE_LABELS = {"designation", "job title", "title", "position", "role", "post"}
_PLACE_LABELS = {"location", "place", "city"}
# Words that name an employer ("CYBUZZ SC INFOTECH PVT. LTD", "Hello Technology"): the organisation is the part
# that has one when the header holds several plain parts (a locality line such as "NOIDA SEC 63" has none).
ORGANIZATION_WORDS = re.compile(
    r"\b(?:pvt|private|ltd|limited|inc|llc|llp|gmbh|corp|corporation|company|technolog(?:y|ies)|solutions|services|"
    r"systems|infotech|labs?|consulting|consultancy|group|bank|university|college|institute|hospital|agency|"
    r"studios?|enterprises?|industries)\b",
    re.I,
)
MAX_EMPLOYER_REACH = 2  # past the two header lines, look this much further up for a line that names an employer
# "Worked as a Front End Developer in Interakt Digital, Chennai from Sep 2006 to May 2008": a role written as a
# sentence (often as a list item), as many Indian resumes give their work history; it names the title and employer.
_ROLE_SENTENCE = re.compile(
    r"\b(?:work(?:ed|ing)|serv(?:ed|ing)|employed|join(?:ed|ing))\s+as\s+(?:an?\s+)?(?P<title>[^,]+?)\s+"
    r"(?:in|at|with|for)\s+(?P<org>[^,]+?)(?=,|\s+(?:from|since|during|between)\b|\s*$)",
    re.I,
)
_LOCATION_ONLY = re.compile(r"^[A-Z][\w .'-]*,\s*[A-Z][\w .'-]*$|^(remote|hybrid|on-?site)$", re.I)


@dataclass
class Position:
    """One role in an experience section."""

    title: str | None
    organization: str | None
    start: str | None
    end: str | None
    header: list[Line] = field(default_factory=list)
    bullets: list[Line] = field(default_factory=list)
    section: str = "experience"


# A number a recruiter reads as a result, not as scale: a percentage, an amount of money, a multiple, a change
# "from 9 to 5 days", a count past a mark ("40,000+ businesses", "1.2M users"), or a word that halves or doubles.
# "A team of 3", "7 datasets" or "1,500 servers" is scale, not a result. On the 80 broad-corpus resumes judged per
# question, two such lines separated the proof verdicts better than any share of numbered bullets
# (benchmarks/devcorpus/verdicts*.tsv: 72 of 80 agree, against 55 for the share; bare thousands counted: 70).
_RESULT = re.compile(
    r"[$€£¥₹]\s?\d|\d\s?(?:%|percent\b)|\b\d+(?:\.\d+)?\s?[x×](?![\w-])|"
    r"\bfrom\s+(?!(?:19|20)\d\d\b)\S*\d\S*(?:\s+\w+)?\s+to\s+\S|\d\S*\s*(?:->|→)\s*\S*\d|"
    r"\b\d+(?:[.,]\d+)?\s?(?:k|m|bn|mm|million|billion|crores?|cr|lakhs?)\b|\d\+|"
    r"\b(?:doubled|tripled|quadrupled|halved)\b",
    re.I,
)
_LABEL_LINE = re.compile(r"^\s*(?:salary|pay|wage|hours|supervisor|manager|reason for leaving)\b[^:]{0,20}:", re.I)


def is_result(text: str) -> bool:
    """True when a line states a result in numbers (a %, an amount, a multiple, a change, thousands), not a
    label line such as "Salary: $32,918 per year"."""
    return bool(_RESULT.search(text)) and not _LABEL_LINE.match(text)


def is_quantified(text: str) -> bool:
    """True when a bullet holds a number that is a result (a count, %, money), not just a year."""
    return bool(_QUANTITY.search(text))


def find_positions(sections: list[Section]) -> list[Position]:
    """All positions in the experience sections, in reading order."""
    positions: list[Position] = []
    for section in sections:
        if section.name in EXPERIENCE_SECTIONS:
            entries = _section_positions(([section.heading] if section.entry else []) + list(section.lines))
            positions += [entry for entry in entries if not _not_a_role(entry)]
    return positions


# A dated entry in a timeline of work that names a school and no job ("2003-2005: Bancroft's School", "Engineering
# Undergraduate, Peterhouse College") is the candidate's schooling, and a career break ("2014-2015: Break.") is no
# role: neither is a position. A school or college named with a university, or a university's "School of", is
# left as it is: universities employ researchers whose titles the title words may not know.
_SCHOOLING = re.compile(r"\b(?:school|college|sixth form)\b", re.I)
_UNDERGRADUATE = re.compile(r"\bundergraduate\b", re.I)
_EMPLOYING_SCHOOL = re.compile(r"\b(?:university|school of)\b", re.I)  # "Northwestern University, School of Education"
_BREAK = re.compile(r"^\W*(?:career\s+)?(?:break|sabbatical|gap\s+year)\W*$", re.I)


def _not_a_role(position: Position) -> bool:
    """A dated entry that is schooling or a career break, not a job."""
    if _names_job(position):
        return False
    text = " ".join(line.text for line in position.header)
    for found in find_dates(text):
        text = text.replace(found.text, " ")
    if _UNDERGRADUATE.search(text) or _BREAK.match(text.strip()):
        return True
    return bool(_SCHOOLING.search(text)) and not _EMPLOYING_SCHOOL.search(text)


def experience_bullets(positions: list[Position], sections: list[Section]) -> list[Line]:
    """Achievement lines under experience: bullets, or a role's description when it has no bullets; and the list
    items no role claims, before an experience section's first entry or in one without any (undated client
    projects over the roles, a second "Experience" list of duties)."""
    lines = [line for position in positions for line in position.bullets]
    headers = {line.number for position in positions for line in position.header}
    for section in sections:
        if section.name not in EXPERIENCE_SECTIONS:
            continue
        dated = [section.lines[index].number for index in _entry_dates(list(section.lines))]
        first = min([line.number for line in section.lines if line.number in headers] + dated, default=None)
        if section.entry and section.heading.number in headers:
            continue
        # Before the section's first entry (all of it when it has none), list items belong to no role.
        lines += [
            line
            for line in section.lines
            if (first is None or line.number < first) and line.kind == "bullet" and not _detail_label(line.text)
        ]
    return sorted(lines, key=lambda line: line.number)


def _section_positions(lines: list[Line]) -> list[Position]:
    dates = _entry_dates(lines)
    anchors = sorted(dates)
    if not anchors:
        anchors = [
            i
            for i, line in enumerate(lines)
            if line.bold
            and line.kind == "text"
            and len(line.words) <= MAX_BOLD_ANCHOR_WORDS
            and not _project_or_label(line.text)
        ]
    positions: list[Position] = []
    claimed: set[int] = set()
    for number, anchor in enumerate(anchors):
        header = _header_indexes(lines, anchor, anchors[number - 1] if number else -1, claimed, dates)
        claimed.update(header)
        positions.append(_position(lines, anchor, sorted(header), dates.get(anchor)))
    positions = _nested(positions, lines)
    for number, position in enumerate(positions):
        start = max(lines.index(line) for line in position.header) + 1
        following = positions[number + 1].header if number + 1 < len(positions) else []
        next_start = min((lines.index(line) for line in following), default=len(lines))
        body = [line for line in lines[start:next_start] if line not in position.header]
        position.bullets = _achievements(body, right_edges(lines))
    return positions


_PROJECT = re.compile(r"\bprojects?\b", re.I)
_LABEL_LINE = re.compile(r"^[\w &/.-]{2,30}\s?:\s?\S")


def _project_or_label(text: str) -> bool:
    """An undated bold line that names a project ("Project #3:", "PHP Projects") and no job, or that is a labelled
    field ("Environment: Photoshop, Fireworks"; not "Designation: Web Developer"), opens no position."""
    if _PROJECT.search(text) and not TITLE_WORDS.search(text):
        return True
    return bool(_LABEL_LINE.match(text)) and not _FIELD.match(text)


def _nested(positions: list[Position], lines: list[Line]) -> list[Position]:
    """Entries nested in another entry's dates are not all positions: under a role, sub-entries that name no job
    and are set weaker than the role (projects, clients) are part of its body; over roles that name a job, an
    entry that names none and has no body before them is their employer (one organisation with several roles), and
    the roles are the positions."""
    kept: list[Position] = []
    index = 0
    while index < len(positions):
        parent = positions[index]
        children: list[Position] = []
        for child in positions[index + 1 :]:
            if not _within(child, parent):
                break
            children.append(child)
        titled = [_names_job(child) for child in children]
        if children and _names_job(parent) and not any(titled) and all(_weaker(c, parent) for c in children):
            kept.append(parent)
            index += 1 + len(children)
            continue
        if children and not _names_job(parent) and all(titled) and not _body_between(lines, parent, children[0]):
            for child in children:
                child.organization = child.organization or parent.title
            kept += children
            index += 1 + len(children)
            continue
        kept.append(parent)
        index += 1
    return kept


def _body_between(lines: list[Line], first: Position, second: Position) -> bool:
    """A bullet or prose line between the two entries' headers: the first entry has a body of its own."""
    start, end = lines.index(first.header[-1]), lines.index(second.header[0])
    return any(line.kind == "bullet" or len(line.words) >= MIN_PROSE_WORDS for line in lines[start + 1 : end])


def _names_job(position: Position) -> bool:
    return any(TITLE_WORDS.search(line.text) for line in position.header)


def _weaker(child: Position, parent: Position) -> bool:
    """The child's header names something beside its dates and is set less prominently than the parent's: smaller,
    or not bold under a bold one (only where the format gives sizes: a Markdown file's bold is not a hierarchy)."""
    first, top = child.header[0], parent.header[0]
    if first.size is None or top.size is None or not child.title:
        return False
    smaller = (first.size or 0) < (top.size or 0) - SAME_SIZE_PT
    return smaller or (top.bold and not first.bold)


def _within(child: Position, parent: Position) -> bool:
    """The child's dates fall inside the parent's range (the parent has a range, the child at least a start)."""
    if not (parent.start and parent.end and child.start) or parent.start == parent.end:
        return False
    end = child.end or child.start
    return _when(parent.start, 0) <= _when(child.start, 0) and _when(end, 13) <= _when(parent.end, 13)


def _when(date: str, month: int) -> tuple[int, int]:
    """A normalised date as (year, month) for comparison; a bare year takes `month` (0 as a start, 13 as an end)."""
    if date == "present":
        return (9999, 13)
    year, _, rest = date.partition("-")
    return (int(year), int(rest) if rest else month)


def _entry_dates(lines: list[Line]) -> dict[int, DateRange]:
    """Index of each entry-header line and its date; a date printed at the right margin of the row
    below a header (it shares a baseline with the first bullet) belongs to that header."""
    dates: dict[int, DateRange] = {}
    stacked = _stacked_ranges(lines)
    for index, line in enumerate(lines):
        if index in stacked:
            top = stacked[index]
            if top is not None:
                dates[index] = top
            continue
        date = _entry_date(line) or _list_item_role(line, lines[index + 1] if index + 1 < len(lines) else None)
        if date is not None:
            dates[index] = _continued(date, line, lines[index + 1] if index + 1 < len(lines) else None)
        elif line.kind == "bullet":
            for span in line.spans[1:]:
                found = find_dates(span.text)
                if len(found) == 1 and found[0].is_range and len(found[0].text) >= len(span.text) - 2:
                    owner = next(
                        (
                            i
                            for i in range(index - 1, max(index - 1 - DATE_LOOKBACK, -1), -1)
                            if lines[i].kind != "bullet"
                        ),
                        None,
                    )
                    if owner is not None and owner not in dates:
                        dates[owner] = found[0]
                    break
    return dates


# Two bare years on adjacent rows are a list of single-year roles far more often than a stacked range (dev corpus,
# German: "2016 Aldi Süd Kriftel (Boys' Day)" over "2015 Kursana Domizil Kriftel"); a stacked range's role text runs
# on from its top row into the next, so a top row whose text closes a sentence or a bracket is an entry of its own.
_BARE_YEAR = re.compile(r"\d{4}")
_ENDS_ENTRY = re.compile(r"[.)!?]\s*$")


def _stacked_ranges(lines: list[Line]) -> dict[int, DateRange | None]:
    """Ranges printed as two dates stacked in a date gutter, one per row: "Actualmente" over "Enero 2020" (the end on
    top) or "09/2018" over "12/2019". Each is the whole first span of its row, not both bare years, the two rows one
    paragraph (same size, the second directly under the first, aligned), the top row's text running on, and no
    third lone date directly above or under them (a column of one date per row is a list of single-date entries).
    Index -> the range for the top row, None for the bottom."""
    found: dict[int, DateRange | None] = {}
    index = 0
    while index + 1 < len(lines):
        line, below = lines[index], lines[index + 1]
        top, bottom = _lone_date(line), _lone_date(below)
        after = lines[index + 2] if index + 2 < len(lines) else None
        # A dash after the top date ("2019 -" over "2021", "Marzo 2011 -" over "Actualidad") says the two are one range.
        dashed = top is not None and line.spans[0].text.strip() != _TRAILING_DASH.sub("", line.spans[0].text.strip())
        if (
            top is not None
            and bottom is not None
            and bottom != top
            and (dashed or bottom != "present")
            and _stacked_rows(line, below)
            and (dashed or not (_BARE_YEAR.fullmatch(top) and _BARE_YEAR.fullmatch(bottom)))
            and not _ENDS_ENTRY.search(" ".join(span.text for span in line.spans[1:]))
            and not (after is not None and _lone_date(after) is not None and _stacked_rows(below, after))
            and not (
                index > 0
                and index - 1 not in found
                and _lone_date(lines[index - 1]) is not None
                and _stacked_rows(lines[index - 1], line)
            )
        ):
            start, end = (bottom, top) if top == "present" or top > bottom else (top, bottom)
            lead = line.spans[0].text
            found[index] = DateRange(start, end, lead, 0, len(lead))
            found[index + 1] = None
            index += 2
            continue
        index += 1
    return found


_TRAILING_DASH = re.compile(r"\s*[-–—]$")


def _lone_date(line: Line) -> str | None:
    """The date a row's first span is, whole ("Enero 2020", "09/2018", "Actualmente": present), else None; a dash
    after it ("Marzo 2011 -" over "Abril 2013") opens the range the row below ends."""
    if not line.spans or line.kind == "bullet":
        return None
    lead = _TRAILING_DASH.sub("", line.spans[0].text.strip())
    if PRESENT_WORD.fullmatch(lead):
        return "present"
    found = find_dates(lead)
    if len(found) == 1 and not found[0].is_range and len(found[0].text) >= len(lead) - 1:
        return found[0].start
    return None


def _stacked_rows(line: Line, below: Line) -> bool:
    """Two rows of one paragraph: the same size, the second directly under the first, their first spans aligned."""
    if line.box is None or below.box is None or line.size is None or below.size is None:
        return False
    height = line.box.bottom - line.box.top
    aligned = (
        abs(line.spans[0].x0 - below.spans[0].x0) <= INDENT_PT or abs(line.spans[0].x1 - below.spans[0].x1) <= INDENT_PT
    )
    under = -OVERLAP_PT <= below.box.top - line.box.bottom <= LINE_GAP_SHARE * height
    return aligned and under and abs(line.size - below.size) <= SAME_SIZE_PT and line.page == below.page


def _list_item_role(line: Line, below: Line | None) -> DateRange | None:
    """A role set as a list item ending in its range, with its achievements as items nested under it ("• Web
    Developer, CMU Elías Ahuja (Oct 2019 - May 2023)" over indented "- Created the visual identity…")."""
    if line.kind != "bullet" or below is None or below.kind != "bullet" or line.box is None or below.box is None:
        return None
    if len(line.words) > MAX_HEADER_WORDS or below.box.x0 < line.box.x0 + INDENT_PT:
        return None
    found = [date for date in find_dates(line.text) if date.is_range]
    if found and found[-1].finish >= len(line.text.rstrip(" .)")) - 1:
        return found[-1]
    return None


def _continued(date: DateRange, line: Line, below: Line | None) -> DateRange:
    """A start date ending in a dash whose end ("present") is printed at the start of the next line."""
    if date.is_range or below is None or not below.text or not _OPEN_DASH.match(line.text[date.finish :]):
        return date
    joined = f"{date.text} - {below.text.split(' ', 1)[0]}"  # read as one range by the date reader itself
    found = find_dates(joined)
    if found and found[0].is_range and found[0].text == joined:
        return DateRange(date.start, found[0].end, date.text, date.begin, date.finish)
    return date


# A header line may end on an abbreviation's full stop ("… - Real Estate Webmasters, BC.", "Acme Inc."), which
# ends no sentence.
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]{2,4}|\b(?:Inc|Ltd|Co|Corp|Pvt|LLC|Jr|Sr))\.$")


def _entry_date(line: Line) -> DateRange | None:
    """The date that makes a line an entry header: a range, or a lone date at either end of a short line."""
    role = _ROLE_SENTENCE.search(line.text)
    if role and TITLE_WORDS.search(role["title"]):
        ranges = [date for date in find_dates(line.text[role.end() :]) if date.is_range]
        if ranges:
            return ranges[0]  # a role sentence, list item or not: its range dates the role
    words = len(line.words)
    if line.kind == "bullet":
        # A short list item that opens with its range ("• 2019-Present: Red Badger") is a timeline's entry.
        opening = find_dates(line.text)[:1]
        if not opening or not opening[0].is_range or opening[0].begin > DATE_FIRST_CHARS:
            return None
        # A colon after the range sets the rest out as the entry ("• 2017 – 2019: French and English teacher at
        # Odaba Zand Institute"): a timeline's role however long its title, not a dated achievement.
        labelled = line.text[opening[0].finish :].lstrip().startswith(":")
        return opening[0] if words <= (MAX_HEADER_WORDS if labelled else MAX_PLAIN_HEADER_WORDS) else None
    sentence = line.text.rstrip().endswith(".") and not _ABBREVIATION_END.search(line.text.rstrip())
    for date in find_dates(line.text):
        if date.begin <= DATE_FIRST_CHARS and words <= MAX_DATED_HEADER_WORDS:
            return date  # a line that starts with its date: "1933 Alice in Wonderland", "June 2022 – Present Engineer"
        if sentence and not _dated_sentence(line.text, date):
            continue
        if date.is_range and words <= MAX_DATED_HEADER_WORDS:
            return date
        if date.finish >= len(line.text.rstrip(" .)")) - 1 and words <= MAX_HEADER_WORDS:
            return date
    return None


def _dated_sentence(text: str, date: DateRange) -> bool:
    """A header written as sentences whose last is the range alone ("Apple, Cupertino, California. April 2020 to
    present."): the full stop ends the dates, not a description."""
    return date.is_range and text[date.finish :].strip() == "." and text[: date.begin].rstrip().endswith((".", ","))


def _is_header_bullet(lines: list[Line], index: int) -> bool:
    """Some templates put an outdented bullet before each employer; the line below carries the dates."""
    if index + 1 >= len(lines) or lines[index].kind != "bullet":
        return False
    line, below = lines[index], lines[index + 1]
    if line.box is None or below.box is None or below.kind == "bullet" or len(line.words) > MAX_PLAIN_HEADER_WORDS:
        return False
    return line.box.x0 < below.box.x0 - BULLET_OUTDENT_PT and any(d.is_range for d in find_dates(below.text))


def _header_indexes(
    lines: list[Line], anchor: int, previous_anchor: int, claimed: set[int], dates: dict[int, DateRange]
) -> set[int]:
    header = {anchor}
    index = anchor - 1
    while index > previous_anchor and index not in claimed and len(header) <= MAX_LINES_ABOVE:
        line, top = lines[index], lines[min(header)]
        if index in dates or _body_above(line, top):
            break
        if not _header_like(line) and not _wrapped_title(line, top):
            break
        if line.kind == "bullet" and not _is_header_bullet(lines, index):
            break
        header.add(index)
        index -= 1
    if not any(ORGANIZATION_WORDS.search(lines[i].text) for i in header):
        header |= _employer_above(lines, min(header), previous_anchor, claimed, dates)
    index = anchor + 1
    while index < len(lines) and len(header) < MAX_HEADER_LINES:
        line = lines[index]
        if not _header_like(line) or index in dates or line.kind == "bullet" or line.text.rstrip().endswith(":"):
            break  # "Key Achievements:" opens the entry's body; it names neither the role nor the employer
        if len(line.words) > MAX_PLAIN_HEADER_WORDS and not (line.bold or line.italic or line.kind == "heading"):
            break  # the first line of a description, not an employer or place
        header.add(index)
        index += 1
    return header


def _employer_above(
    lines: list[Line], top: int, previous_anchor: int, claimed: set[int], dates: dict[int, DateRange]
) -> set[int]:
    """A table row laid out as employer, locality lines, designation, dates: the employer line a little above the
    usual reach, with the short lines between it and the header (places), when nothing in the header names one."""
    for index in range(top - 1, max(previous_anchor, top - 1 - MAX_EMPLOYER_REACH), -1):
        line = lines[index]
        if index in claimed or index in dates or line.kind == "bullet":
            return set()
        if ORGANIZATION_WORDS.search(line.text) and len(line.words) <= MAX_PLAIN_HEADER_WORDS:
            return set(range(index, top))  # "… PVT. LTD." ends on an abbreviation's full stop, not a sentence's
        if not _header_like(line):
            return set()
    return set()


def _body_above(line: Line, top: Line) -> bool:
    """A plain line indented past a bold header below it ends the previous entry's body ("1 recommendation
    available upon request" under a LinkedIn export's role), it does not name this entry."""
    if line.box is None or top.box is None or line.bold or not top.bold:
        return False
    return line.box.x0 > top.box.x0 + INDENT_PT


def _wrapped_title(line: Line, top: Line) -> bool:
    """A long bold title wrapped onto the header line below it, at the same left edge and in the same style."""
    if line.box is None or top.box is None or not (line.bold and top.bold) or line.text.rstrip().endswith("."):
        return False
    return abs(line.box.x0 - top.box.x0) <= INDENT_PT and len(line.words) <= MAX_DATED_HEADER_WORDS


def _header_like(line: Line) -> bool:
    text = line.text.strip()
    return bool(text) and len(line.words) <= MAX_HEADER_LINE_WORDS and not text.endswith(".")


def _position(lines: list[Line], anchor: int, header: list[int], date: DateRange | None) -> Position:
    """Title and organisation from the header lines: the anchor and the lines above it first."""
    role = _ROLE_SENTENCE.search(lines[anchor].text)
    if role and date is not None and TITLE_WORDS.search(role["title"]):
        header_lines = [lines[i] for i in header]
        return Position(role["title"].strip(), role["org"].strip(), date.start, date.end or date.start, header_lines)
    ordered = [i for i in header if i <= anchor] + [i for i in header if i > anchor]
    labelled: list[tuple[str, str | None]] = []
    for index in ordered:
        labelled += _header_parts(lines[index])
    parts = [part for part, label in labelled if label not in _PLACE_LABELS]
    title = next((p for p, label in labelled if label in _TITLE_LABELS), None)
    title = title or next((p for p in parts if TITLE_WORDS.search(p)), None)
    others = [p for p in parts if p != title]
    organization = next(
        (p for p, label in labelled if label is not None and label not in _TITLE_LABELS | _PLACE_LABELS), None
    )
    if organization is None and len(others) > 1:
        organization = next((p for p in others if ORGANIZATION_WORDS.search(p)), None)
    organization = organization or next(iter(others), None)
    if title is None and parts:
        title = parts[0]
        organization = parts[1] if len(parts) > 1 else None
    start = date.start if date else None
    end = (date.end or date.start) if date else None
    return Position(title=title, organization=organization, start=start, end=end, header=[lines[i] for i in header])


def _header_parts(line: Line) -> list[tuple[str, str | None]]:
    """A header line cut at wide gaps, separators and dates, without places and durations; each part with the
    field label it carried ("Designation : Software Developer" → ("Software Developer", "designation"))."""
    text = " | ".join(span.text for span in line.spans) if line.box is not None and line.spans else line.text
    for found in find_dates(text):
        text = text.replace(found.text, " | ")
    text = _DURATION.sub(" ", text)
    result: list[tuple[str, str | None]] = []
    for raw in _SEPARATORS.split(text):
        part = raw.strip(" |–—-:,()").lstrip(". ")
        field = _FIELD.match(part)
        label = field.group("label").casefold() if field else None
        part = part[field.end() :].strip(" |–—-:,()") if field else part
        if part and any(ch.isalpha() for ch in part) and not is_place(part):
            result.append((part, label))
    return result


def is_place(text: str) -> bool:
    """A place or a work mode, not a title or an employer: "Mountain View, CA", "NY", "Remote"."""
    return bool(_LOCATION_ONLY.match(text) or _PLACE.match(text))


def _achievements(body: list[Line], edges: dict[tuple[int | None, int], float] | None = None) -> list[Line]:
    bullets = [line for line in body if line.kind == "bullet" and not _detail_label(line.text)]
    if bullets:
        return bullets
    groups = paragraphs(body, edges)
    items = [index for index, paragraph in enumerate(groups) if _short_item(paragraph)]
    listed = set(items) if len(items) > 1 else set()  # short lines are a list only beside another item
    return [
        paragraph[0]
        for index, paragraph in enumerate(groups)
        if sum(len(ln.words) for ln in paragraph) >= MIN_PROSE_WORDS or index in listed
    ]


# Without glyphs, a role's duties may be lines of their own, some short ("Serial communication over RS-232",
# "Technical documentation writing."): under a role whose body holds two or more such lines, each is an item,
# as a recruiter reads it. A lone short line (a place, a team name) is no list, and a label ("Tasks:") no item.
# Four words separate a duty ("Built test benches in LabVIEW") from a team or course line ("sDiv team"), read on
# glyph-less roles of English dev resumes. Measured: sealed bullets within 20% .783 -> .826, labelled English dev
# figures unchanged (its short-lined roles are unlabelled), dev French .600 -> .550 (one file).
MIN_ITEM_WORDS = 4


def _short_item(paragraph: list[Line]) -> bool:
    """A paragraph that could be one item of a list of lines: four words or more, opening with a capital, not a
    label ending in a colon nor a place."""
    text = " ".join(line.text for line in paragraph).strip()
    return (
        sum(len(line.words) for line in paragraph) >= MIN_ITEM_WORDS
        and text[:1].isupper()
        and not text.endswith(":")
        and not is_place(text)
        and not _detail_label(text)
    )


def right_edges(lines: list[Line]) -> dict[tuple[int | None, int], float]:
    """Where the text of each page's column ends on the right: the furthest right any of these lines reaches."""
    edges: dict[tuple[int | None, int], float] = {}
    for line in lines:
        if line.box is not None:
            key = (line.page, line.column)
            edges[key] = max(edges.get(key, 0.0), line.box.x1)
    return edges


# A line that wrapped ends within a word of the column's right edge; one that ends five em or more short of it,
# after a sentence's end or over a line that opens with a capital, was broken by its author: the next line is an
# item of its own ("Ran a store of 60 staff." over "Opened the new garden centre ..."), as a recruiter reads lines
# without glyphs. Measured on the sealed set: bullets within 20% .696 -> .739 (full stop) -> .783 (capital too).
SHORT_LINE_EM = 5.0
_SENTENCE_END = (".", "!", "?", ";")


_DETAIL = re.compile(r"^\s*(?P<label>[^:]{2,30}?)\s*:")


def _detail_label(text: str) -> bool:
    """A list item that states a fact of the job ("Salary: $18,000 per year", "Environment: Java"), not a result."""
    match = _DETAIL.match(strip_bullet(text)[1])
    return match is not None and match["label"].casefold() in _detail_labels()


@cache
def _detail_labels() -> frozenset[str]:
    return frozenset(str(word).casefold() for word in lexicon("entry_labels")["details"])


MIN_WRAPPED_WORDS = 5  # a line that wrapped holds a clause; contact rows ("github.com/x") hold one or two items


def wraps_into(line: Line, following: Line) -> bool:
    """The next line continues this one's sentence: next in reading order, same page and column, not a bullet or
    heading of its own, and this line is prose long enough to have wrapped (a short contact item is not)."""
    return (
        len(line.words) >= MIN_WRAPPED_WORDS
        and following.number == line.number + 1
        and (line.page, line.column) == (following.page, following.column)
        and following.kind == "text"
        and line.kind in ("text", "bullet")
    )


def paragraphs(lines: list[Line], edges: dict[tuple[int | None, int], float] | None = None) -> list[list[Line]]:
    """Group wrapped lines into paragraphs: same column and size, no blank gap, no heading between; with the
    columns' right edges, a sentence ending well short of the edge also ends its paragraph."""
    groups: list[list[Line]] = []
    for line in lines:
        if line.kind != "text":
            continue
        previous = groups[-1][-1] if groups else None
        if previous is not None and _same_paragraph(previous, line) and not _broken_after(previous, edges, line):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _broken_after(line: Line, edges: dict[tuple[int | None, int], float] | None, following: Line) -> bool:
    """The line ends well short of its column's right edge, after a sentence or over a line opening with a
    capital: its author broke the line there."""
    ended = line.text.rstrip().endswith(_SENTENCE_END) or following.text.lstrip()[:1].isupper()
    if edges is None or line.box is None or not ended:
        return False
    edge = edges.get((line.page, line.column))
    return edge is not None and edge - line.box.x1 >= SHORT_LINE_EM * (line.size or 10)


def _same_paragraph(previous: Line, line: Line) -> bool:
    if previous.box is None or line.box is None:
        return False  # text formats give one line per paragraph already
    if (previous.page, previous.column) != (line.page, line.column) or previous.bold != line.bold:
        return False
    gap = line.box.top - previous.box.bottom
    return abs((previous.size or 0) - (line.size or 0)) < SAME_SIZE_PT and -OVERLAP_PT < gap < LINE_GAP_SHARE * max(
        line.box.height, 1
    )
