"""Find the candidate's name, email, phone, links and location."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

import phonenumbers

from ..model import Document, Line, Span
from ..resources import lexicon
from .dates import find_dates
from .places import is_place
from .positions import ORGANIZATION_WORDS
from .sections import Section, canonical_section, fold_accents, header_block, unspace
from .titles import TITLE_WORDS

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])", re.I)
# A run of digits with the separators phones use (a middle dot too: "(+44) · 786 · 024 · 0326", as typeset
# templates print it); a masked tail ("+91-98206xxxxx") still reads as a phone. A German or Austrian number
# parts its area code with a slash ("0163/2055604", "089 / 1234567"): tried first, from a 0 and 3+ digits (a
# month "05/2019" has 2). A slash after a number starts a second number only when one follows it ("+49-89-80 92 86
# 94/0160 95 96 43 99": two phones, the first read whole), never a month or a year ("12.2015/01.2016", "2019/2020").
_PHONE_RUN = re.compile(
    r"(?<![\w/.,])(?:0\d{2,5} ?/ ?\d[\d \-]{3,12}\d|(?:\+\s?|\(\+?)?\d[\d\s().\-–·]{5,22}(?:\d\)?|\d[xX]{2,}))"
    r"(?![\w%+]|/(?!\s?(?:\+|0\d{3})))"
)
_PHONE_LABEL = re.compile(r"\b(?:phone|tel|telephone|mobile|mob|cell|whatsapp)\b\.?\s*:?", re.I)
_MASK = re.compile(r"[xX]{2,}$")
# "name [at] domain [dot] org": obfuscated against scrapers, still the candidate's address.
_AT = re.compile(r"\s*[\[({]\s*at\s*[\])}]\s*", re.I)
_DOT = re.compile(r"\s*[\[({]\s*dot\s*[\])}]\s*", re.I)
# Regions tried for a number printed without its country code; a printed "+CC" decides by itself.
_PHONE_REGIONS = ("US", "GB", "IN", "CA", "AU", "DE", "FR")
_YEAR_RANGE = re.compile(r"^(?:19|20)\d{2}\s*[-–]\s*(?:(?:19|20)\d{2}|\d{2})$")
# A calendar date written with dots, slashes or hyphens ("28.10.1997", "12/03/1990", "1990-03-12"), as a date of
# birth is printed in European and Indian CVs, and an arXiv identifier ("2501.01202"): never a phone.
_CALENDAR_DATE = re.compile(
    r"^\(?\*?(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?(?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}"
    r"|(?:0?[1-9]|[12]\d|3[01])\s(?:0?[1-9]|1[0-2])\s(?:19|20)\d{2})\)?$"  # "12 03 1990": day, month, year
)
# Three lowercase words in a row make a sentence ("My focus is on Raku, React"): contact and name lines have none.
_PROSE = re.compile(r"\b[a-z]+\s+[a-z]+\s+[a-z]+\b")
_ARXIV_ID = re.compile(r"^\d{4}\.\d{4,5}$")
_YEAR_IN_RANGE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?!\d)")
URL = re.compile(
    r"(?<![@\w])(?:https?://|www\.)[^\s|,;()<>\"']+|(?<![@\w.])(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|me|co|in|ai|edu|gov|page|app|site|xyz|us|uk|de|ca|au|eu|fr|nl|se|ch|es|it|info|biz|design|tech|cloud|blog|studio|codes|pro|portfolio|website|online|link|bio|art|works|email)(?:/[^\s|,;()<>\"']*)?(?![\w@])",
    re.I,
)
_PROFILE_HOST = re.compile(r"\b(?:linkedin\.com|github\.com|gitlab\.com|behance\.net|dribbble\.com)/", re.I)
_LOCATION = re.compile(
    r"\b([A-Z][a-zA-Z.'-]+(?:\s[A-Z][a-zA-Z.'-]+){0,3}),\s*(A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\b(?:\s+\d{5})?"
)
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w.'’-]*$")
# Page ranges in publication lists rise by tens or hundreds; two halves of a phone number rarely rise like that.
PAGE_RANGE_SPAN = 2000
TOP_LINES = 12  # where a recruiter looks for the name and contact details
# A two-column page read sidebar first puts the name, which opens the main column, past the first twelve lines;
# the first three lines of each column on page 1 are name candidates too (name, title, a tagline).
COLUMN_TOP_LINES = 3
_FIELD_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_][\w .,'/-]{0,28}?)\s*[:：]\s*(?P<value>.*)$")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)\s*$")  # a remark closing a labelled value: "(*28.10.1997)", "(geb. Roth)"
_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")  # "ThibaultNormand": a letter-spaced name loses its word break
TITLE_PENALTY = 6.0  # points of type: a 16 pt "Data Engineer" headline still loses to an 11 pt name line
LETTERHEAD_BONUS = 6.0  # points of type: the name opening an 8 pt contact row beats a 12 pt line of the body


@dataclass
class Contact:
    """Contact facts, each with the line it was found on."""

    name: str | None = None
    name_line: Line | None = None
    email: str | None = None
    email_line: Line | None = None
    phone: str | None = None
    phone_line: Line | None = None
    links: list[str] = field(default_factory=list)
    location: str | None = None
    in_header_footer: bool = False


def find_contact(document: Document, sections: list[Section]) -> Contact:
    """Extract contact facts, preferring the top of the resume and never a referee's details."""
    excluded = {ln.number for s in sections if s.name == "references" for ln in s.lines}
    body = [ln for ln in document.body_lines if ln.number not in excluded]
    top = header_block(body, sections)[:TOP_LINES] or body[:TOP_LINES]
    margins = [ln for ln in document.lines if ln.zone != "body"]
    contact = Contact()
    pool = top or body
    headings = {s.heading.number for s in sections}
    # A page header holds the name in many Word templates: on page 1 it competes with the body's lines.
    first_header = [ln for ln in margins if ln.zone == "header" and ln.page in (None, 1)][:TOP_LINES]
    extra = [ln for ln in _column_tops(body, headings) + first_header if ln not in pool]
    personal = [ln for s in sections if s.name == "other" for ln in s.lines if ln.page in (None, 1)]
    contact.name, contact.name_line = _labelled_name_field(pool + extra + personal, document.body_lines)
    if contact.name is None:
        contact.name, contact.name_line = _name(pool + extra, document)
    if contact.name is None:  # some templates print the name only in the running page header
        contact.name, contact.name_line = _name([ln for ln in margins if ln.zone == "header"], document)
    contact.name = _without_prefix(contact.name)
    # A contact row in the running page header is at the top of page 1 too: read before the body's referees.
    head = top + [ln for ln in first_header if ln not in top]
    contact.email, contact.email_line = _first(EMAIL, head, body, margins, _email_ok, _email_text)
    contact.phone, contact.phone_line = _first(
        _PHONE_RUN, head, body, margins, _phone_ok, letters_joined, body_ok=_body_phone_ok
    )
    # The contact block: every line on page 1 above the first heading, and a personal-data section.
    above = [ln for ln in header_block(body, sections) if ln.page in (None, 1)]
    block = above + [ln for ln in head + personal if ln not in above]
    labelled = _labelled_phone(block)
    if labelled is not None and not _phone_labelled(contact.phone_line, block):
        contact.phone, contact.phone_line = labelled
    if contact.email is None:
        contact.email, contact.email_line = _wrapped_email(head + [ln for ln in body if ln not in head])
    contact.email = _email_tail(contact.email, contact.email_line, document.lines)
    if contact.email is None:
        contact.email = _from_links(document, "mailto:")
    if contact.phone is None:
        contact.phone = _from_links(document, "tel:")
    contact.in_header_footer = any(
        line is not None and line.zone != "body" for line in (contact.email_line, contact.phone_line)
    )
    contact_lines = head + [ln for s in sections if s.name == "other" for ln in s.lines]
    contact_lines += [ln for ln in body if _PROFILE_HOST.search(ln.text) and ln not in contact_lines]
    contact.links = _links(document, contact_lines)
    contact.name = _word_breaks(contact.name, [contact.email or "", *contact.links])
    contact.location = _location(top)
    return contact


RUN_TOGETHER_LETTERS = 12  # a one-word name this long is two run together (the longest dev-label word name: 11)


def _word_breaks(name: str | None, hints: list[str]) -> str | None:
    """A letter-spaced name whose word breaks were lost ("MARGARITAUDOVYCHENKO", "SaidinaMOHAMEDALI"), split
    where the email's or a profile link's words part it ("margarita.udovichenko@", "mohamed.ali.saidina@"), in
    any order; the last part may be spelt otherwise ("udovichenko")."""
    if name is None or " " in name or len(name) < RUN_TOGETHER_LETTERS or not name.isalpha():
        return name
    folded = name.casefold()
    for hint in hints:
        local = hint.split("@")[0].rsplit("/in/", 1)[-1].casefold()
        words = [w for w in re.split(r"[^a-zà-ÿ]+", local) if len(w) >= MIN_PART_LETTERS]
        cuts = _cuts(folded, 0, words)
        if cuts:  # at least one break
            bounds = [0, *cuts, len(name)]
            return " ".join(name[a:b] for a, b in pairwise(bounds))
    return name


MIN_PART_LETTERS = 2  # a name part is two letters or more ("Li", "Ng")
MIN_REST_LETTERS = 4  # a part no word names is a whole surname, not a stray syllable ("sen")


def _cuts(folded: str, start: int, words: list[str]) -> list[int] | None:
    """Where the words, each once, part folded[start:] (the rest past the last word is one more part), or None."""
    if start == len(folded):
        return []
    for word in words:
        end = start + len(word)
        if folded.startswith(word, start) and (end == len(folded) or end <= len(folded) - MIN_PART_LETTERS):
            deeper = _cuts(folded, end, [w for w in words if w is not word])
            if deeper is not None:
                return [end, *deeper] if end < len(folded) else []
    # A last part spelt unlike its word ("udovychenko" / "udovichenko"), as long as a surname.
    return [] if start and len(folded) - start >= MIN_REST_LETTERS else None


LETTER_SPACED_TOKENS = 6  # "+ 4 9 1 7 6 ...", "g m a i l . c o m": a contact line letter-spaced character by character
LETTER_SPACED_SHARE = 0.8  # of its tokens single characters (a sentence has a few: "a", "I", "&", "|")


def letters_joined(text: str) -> str:
    """A contact line set with wide letter spacing, its characters joined ("g m a i l . c o m" -> "gmail.com");
    other text as it is. Only lines with a letter, "+" or "@" in them: a row of single digits is a table of marks."""
    tokens = text.split()
    singles = sum(len(token) == 1 for token in tokens)
    spaced = len(tokens) >= LETTER_SPACED_TOKENS and singles >= LETTER_SPACED_SHARE * len(tokens)
    if spaced and any(ch.isalpha() or ch in "+@" for ch in text):
        return "".join(tokens)
    return text


def _email_text(text: str) -> str:
    return deobfuscate(letters_joined(text))


def _labelled_phone(lines: list[Line]) -> tuple[str, Line] | None:
    """The first phone number in the contact block under or beside a phone label ("Telefon: ...", a "Número de
    teléfono" line over it)."""
    for line in lines:
        if not _phone_labelled(line, lines):
            continue
        for match in _PHONE_RUN.finditer(letters_joined(line.text)):
            if _phone_ok(match.group(0).strip()):
                return match.group(0).strip(), line
    return None


def _phone_labelled(line: Line | None, lines: list[Line]) -> bool:
    """A phone label opens the line, or stands alone on the line above it."""
    if line is None:
        return False
    opening = re.split(r"[:：]|\s{2,}|\s[|•·]\s", line.text.strip(), maxsplit=1)[0].strip(" .").casefold()
    if opening in _labels("phone_labels") or _PHONE_LABEL.match(line.text.strip()):
        return True
    index = lines.index(line) if line in lines else -1
    above = lines[index - 1].text.strip().rstrip(" :：").casefold() if index > 0 else ""
    return above in _labels("phone_labels")


def _wrapped_email(lines: list[Line]) -> tuple[str | None, Line | None]:
    """An address a narrow column breaks after its "@" or before it ("jana.albers@" / "example.de")."""
    for line, below in pairwise(lines):
        first, second = _email_text(line.text).split(), _email_text(below.text).split()
        if not first or not second or not (first[-1].endswith("@") or second[0].startswith("@")):
            continue
        match = EMAIL.fullmatch(first[-1] + second[0])
        if match and _email_ok(match.group(0)):
            return match.group(0), line
    return None, None


WRAPPED_TAIL_LETTERS = 3  # the end of a domain a narrow box pushes onto the next line ("gmail.co" / "m")
WRAP_ALIGN_PT = 2.0  # the wrapped piece starts where the address does


def _email_tail(email: str | None, line: Line | None, lines: list[Line]) -> str | None:
    """An address whose last letters a narrow column wrapped onto the line under it ("jalil@gmail.co" / "m")."""
    if email is None or line is None or line.box is None or not line.text.rstrip().endswith(email):
        return email
    index = lines.index(line) if line in lines else -1
    below = lines[index + 1] if 0 <= index < len(lines) - 1 else None
    if below is None or below.box is None or below.page != line.page:
        return email
    tail = below.text.strip()
    aligned = abs(below.box.x0 - line.box.x0) <= WRAP_ALIGN_PT and below.box.top >= line.box.top
    if aligned and tail.isalpha() and tail.islower() and len(tail) <= WRAPPED_TAIL_LETTERS:
        joined = email + tail
        if EMAIL.fullmatch(joined) and _email_ok(joined):
            return joined
    return email


def deobfuscate(text: str) -> str:
    """Undo "[at]" and "[dot]" in an address written to fool scrapers."""
    return _DOT.sub(".", _AT.sub("@", text)) if "at" in text.lower() else text


def _first(
    pattern: re.Pattern[str],
    top: list[Line],
    body: list[Line],
    margins: list[Line],
    ok: Callable[[str], bool],
    prepare: Callable[[str], str] = str,
    body_ok: Callable[[str], bool] | None = None,
) -> tuple[str | None, Line | None]:
    passes = ((top, ok), ([ln for ln in body if ln.kind != "bullet"], body_ok or ok), (margins, ok))
    for lines, accept in passes:
        for line in lines:
            # A line that also holds an email or a phone label is a contact line wherever it stands.
            lenient = accept is ok or EMAIL.search(line.text) or _PHONE_LABEL.search(line.text)
            # A row's spans are tried apart too: a phone beside a date of birth ("+43 676 4603620  24. 07. 2002")
            # runs into it when the row is read as one text.
            texts = [line.text] + ([span.text for span in line.spans] if len(line.spans) > 1 else [])
            for text in texts:
                for match in pattern.finditer(prepare(text)):
                    value = match.group(0).strip()
                    if (ok if lenient else accept)(value):
                        return value, line
    return None, None


def phone_candidates(text: str) -> list[tuple[int, int]]:
    """Character offsets of the phone numbers in a text."""
    return [m.span() for m in _PHONE_RUN.finditer(text) if _phone_ok(m.group(0).strip())]


def _email_ok(value: str) -> bool:
    return not value.lower().endswith((".png", ".jpg", ".jpeg", ".gif"))


def _phone_ok(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    masked = _MASK.search(value)
    if not 7 <= len(digits) + (len(masked.group(0)) if masked else 0) <= 15 or _YEAR_RANGE.match(value.strip()):
        return False
    if _CALENDAR_DATE.match(value.strip()) or _ARXIV_ID.match(value.strip()):
        return False
    if _YEAR_IN_RANGE.search(value) or any(d.is_range or "-" in d.start for d in find_dates(value)):
        return False  # "2018-10 – 2019-04" and "2021-03" are dates, whatever their digits
    groups = re.split(r"[\s().\-–·]+", value.strip("()+ "))
    if sum(bool(re.fullmatch(r"(?:19|20)\d\d", group)) for group in groups) >= 2:
        return False  # "2025 2024 1": years printed side by side in a date column
    pair = re.fullmatch(r"(\d{3,5})\s?[-–]\s?(\d{3,5})", value.strip())
    if pair and len(pair[1]) == len(pair[2]) and 0 < int(pair[2]) - int(pair[1]) < PAGE_RANGE_SPAN:
        return False  # "1778-1795": the pages of a publication
    if not (len(groups) >= 2 or len(digits) >= 9 or value.startswith("+")):
        return False
    # A printed "+" marks a phone even with a made-up country code ("+00 (0)00 000 0000" is a placeholder to report);
    # "+09938260644" is a national number with a stray plus.
    if value.startswith("+0") and len(set(digits)) > 1:
        return _possible_phone(value[1:])
    return bool(masked) or (value.startswith("+") and len(set(digits)) == 1) or _possible_phone(value)


def _body_phone_ok(value: str) -> bool:
    """Below the header, digits are dates, pages and amounts far more often than phones: only a valid number counts."""
    return _phone_ok(value) and not _MASK.search(value) and _possible_phone(value, phonenumbers.is_valid_number)


def _possible_phone(
    value: str, test: Callable[[phonenumbers.PhoneNumber], bool] = phonenumbers.is_possible_number
) -> bool:
    """libphonenumber's length rules for the printed country code, or for one of the common regions."""
    text = value.replace("·", " ").strip()  # a typeset group separator: the library reads spaces
    regions = (None,) if text.startswith("+") else _PHONE_REGIONS
    for region in regions:
        try:
            if test(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _from_links(document: Document, scheme: str) -> str | None:
    for link in document.layout.links:
        if link.uri.lower().startswith(scheme):
            value = link.uri[len(scheme) :].split("?")[0].strip()
            if value:
                return value
    return None


def _column_tops(body: list[Line], headings: set[int]) -> list[Line]:
    """The first lines of each column on the first page, above the column's first section heading."""
    first_page = [ln for ln in body if ln.page in (None, 1)]
    tops: list[Line] = []
    for column in sorted({ln.column for ln in first_page}):
        for line in [x for x in first_page if x.column == column][:COLUMN_TOP_LINES]:
            if line.number in headings:
                break
            tops.append(line)
    return tops


def _handles(lines: list[Line], document: Document) -> list[str]:
    """The letters of the email addresses at the top and of the link targets: where a name set in lower case
    ("aaron buxbaum", a design choice) can be told from any lowercase line by the candidate's own handle."""
    found = [m.group(0) for line in lines for m in EMAIL.finditer(line.text)]
    found += [link.uri for link in document.layout.links]
    return [re.sub(r"[^a-z]", "", fold_accents(text).casefold()) for text in found]


def _handle_name(text: str, handles: list[str]) -> bool:
    """A lowercase name whose every word is in one of the candidate's handles ("aaron buxbaum" beside
    aaronbuxbaum@gmail.com, "lukas elsner" beside lukas-elsner.de)."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 3 or not all(token.isalpha() and len(token) >= 2 for token in tokens):
        return False
    words = [fold_accents(token).casefold() for token in tokens]
    return any(all(word in handle for word in words) for handle in handles)


def _name(lines: list[Line], document: Document) -> tuple[str | None, Line | None]:
    """The name is the most prominent name-like text at the top (largest type; first on ties)."""
    candidates: list[tuple[float, int, str, Line, bool]] = []
    handles = _handles(lines, document)
    for order, line in enumerate(lines):
        for text, size in _name_parts(line):
            if _is_name_like(text) or (text.islower() and _handle_name(text, handles)):
                prominence = (size or 0) + (4 if line.heading_level == 1 or line.style == "Title" else 0)
                # A job title or headline can be set as large as the name; a person's name has no title words.
                titled = bool(TITLE_WORDS.search(text))
                prominence -= TITLE_PENALTY if titled else 0
                # One word split off a longer line ("RESUME SAMPLE – FUNCTIONAL") is a subtitle, not a full name;
                # a first name that is its row's own span beside a link ("Alexandre" ... "/in/alexandre-toubiana")
                # is the top of a stacked name.
                split = text not in (line.text.strip().removesuffix(","), _name_span(line)[0])
                prominence -= TITLE_PENALTY if len(text.split()) == 1 and split else 0
                # A letterhead row ("Yanko Dimitrov ■ Street 26A ■ Munich ■ y.d@gmail.com") opens with the name.
                letterhead = len(text.split()) >= 2 and text != line.text.strip() and EMAIL.search(line.text)
                prominence += LETTERHEAD_BONUS if letterhead else 0
                candidates.append((prominence, -order, text, line, titled))
                break
    if all(candidate[4] for candidate in candidates):
        return None, None  # only job titles ("CONSTRUCTION SITE MANAGER") at the top: an anonymised resume
    if document.format in ("pdf", "docx"):
        best = max(candidates, key=lambda c: (c[0], c[1]))
    else:
        best = max(candidates, key=lambda c: (c[3].heading_level == 1, c[1]))
    return _stacked(best[2], best[3], document.body_lines), best[3]


STACK_LOOKAHEAD = 3  # a stacked surname is the next line of its column, or has the contact column's line between
STACK_GAP_EM = 0.8  # a surname under a first name sits within 0.8 em of it (Canva: 0.0-0.4 em; a title: 1 em+)
STACK_SHIFT_PT = 60  # a centred surname starts up to this far right or left of the first name
STACK_OVERLAP_EM = 0.25  # type boxes include the line gap, so stacked large lines overlap a little
STACK_RIGHT_PT = 3.0  # or it is set flush right under it: right edges within 3 pt ("Cristian" / "González Guerrero")
STACK_MIN_PT = 16.0  # Word: a name set on two paragraphs is display type; 10-12 pt paragraphs in a row are text


# A given name and two family names ("JORDI" / "ORTUÑO" / "MONGE"), as Spanish names run, particles not counted.
MAX_STACKED_TOKENS = 4


def _stacked(text: str, line: Line, body: list[Line]) -> str:
    """A first name with the surname set on the line under it in the same type ("MANU" / "GOSWAMI"), or a given
    name and two family names on three lines."""
    span = _name_span(line)
    if line in body and len(text.split()) <= 2 and _row_display(line) is not None:
        return _stacked_display(text, line, body)
    if line not in body or not line.size or len(text.split()) > 2 or text not in (line.text.strip(), span[0]):
        return text
    parts, current, size = [text], line, span[1] if text == span[0] else line.size
    while _name_tokens(" ".join(parts)) < MAX_STACKED_TOKENS:
        below = _stacked_below(current, body, size)
        if below is None or _name_tokens(" ".join(parts)) + _name_tokens(_name_span(below)[0]) > MAX_STACKED_TOKENS:
            break
        parts.append(_name_span(below)[0])
        current, size = below, _name_span(below)[1]
    return " ".join(parts)


def _row_display(line: Line) -> Span | None:
    """The display-type span of a row of small contact details, if it has one."""
    if line.box is None:
        return None
    return _display_span([span for span in line.spans if any(ch.isalpha() for ch in span.text)])


def _stacked_display(text: str, line: Line, body: list[Line]) -> str:
    """A name set in display type in the middle of two contact rows ("a@b.com  Juan Casado  site" over
    "+34 …  Ballesteros  …"): the surname is the next row's display span in the same type, under the first."""
    first = _row_display(line)
    if first is None or first.text.strip() != text or not first.size:
        return text
    index = body.index(line)
    for below in body[index + 1 : index + 1 + STACK_LOOKAHEAD]:
        second = _row_display(below)
        if below.box is None or line.box is None or below.page != line.page or second is None or not second.size:
            continue
        same_type = abs(second.size - first.size) <= 0.6
        close = below.box.top - line.box.bottom <= STACK_GAP_EM * first.size
        aligned = abs(second.x0 - first.x0) <= STACK_SHIFT_PT
        if same_type and close and aligned and _name_continues(second.text.strip()):
            return f"{text} {second.text.strip()}"
        return text
    return text


def _name_span(line: Line) -> tuple[str, float]:
    """The part of a line a stacked name is set in: the line, or the first span of a row that prints a link or an
    address to its right ("Alexandre" ... "/in/alexandre-toubiana"), with its type size."""
    whole = line.text.strip()
    if len(line.spans) > 1 and line.box is not None and not _name_continues(whole):
        return line.spans[0].text.strip(), line.spans[0].size or line.size or 0.0
    return whole, line.size or 0.0


def _stacked_below(line: Line, body: list[Line], size: float) -> Line | None:
    """The line under a name line (its name set in `size` points) that carries on the name: same type, close
    under it, aligned, name-like."""
    index = body.index(line)
    if line.box is None:  # a Word paragraph has no position: only the next paragraph, in the same large type
        below = body[index + 1] if index + 1 < len(body) else None
        if below is None or below.size is None or abs(below.size - size) > 0.6:
            return None
        return below if size >= STACK_MIN_PT and _name_continues(below.text.strip()) else None
    for below in body[index + 1 : index + 1 + STACK_LOOKAHEAD]:
        if below.box is None or below.page != line.page or below.size is None:
            continue
        rest, below_size = _name_span(below)
        same_type = abs(below_size - size) <= 0.6
        close = -STACK_OVERLAP_EM * size <= below.box.top - line.box.bottom <= STACK_GAP_EM * size
        aligned = abs(below.box.x0 - line.box.x0) <= STACK_SHIFT_PT or abs(below.box.x1 - line.box.x1) <= STACK_RIGHT_PT
        if same_type and close and aligned:
            return below if _name_continues(rest) else None
    return None


def _name_continues(rest: str) -> bool:
    named = _is_name_like(rest) and not TITLE_WORDS.search(rest) and not ORGANIZATION_WORDS.search(rest)
    return named and _name_tokens(rest) <= 2


def _name_tokens(text: str) -> int:
    """The words of a name but its particles ("García de la Fuente" has two)."""
    return sum(token.casefold() not in _labels("name_particles") for token in text.split())


def _name_parts(line: Line) -> list[tuple[str, float | None]]:
    """A line's first span or its first field before a separator, with its type size: names share lines with
    contact details. A labelled field ("Place of Birth: Belfast, Northern Ireland") offers only the value of a
    name label ("Name: Priya Raman")."""
    # A leading span without a letter is a date or a page number a browser prints in the page header
    # ("23.04.2025  Daten und Lebenslauf | Calvin Dell'Oro | …"): the name is in the spans after it.
    worded = [span for span in line.spans if any(ch.isalpha() for ch in span.text)]
    span = (_display_span(worded) or worded[0]) if worded and line.box is not None else None
    first = span.text if span is not None else line.text
    size = span.size if span is not None and span.size else line.size
    first = first.lstrip("#").strip()  # a stray Markdown "#" left in a Word or text export
    field = _FIELD_LABEL.match(first)
    if field:
        return _labelled_name(field["label"], field["value"], size)
    if span is not None and len(line.spans) > 1 and _is_name_label(first.strip(" :")):
        value = line.spans[min(line.spans.index(span) + 1, len(line.spans) - 1)]
        return _labelled_name(first.strip(" :"), value.text, value.size or size)  # a table row
    spaced = unspace(first)
    if spaced != first:
        first = _CAMEL.sub(" ", spaced)
    if _PROSE.search(first):
        return [(first.strip(), size)]  # a sentence's comma-separated words are a list, never a name
    first = first.strip().removesuffix(",")  # "P.Nithya," over the address lines of an Indian CV
    if _SURNAME_FIRST.match(first):
        return [(first, size)]
    parts = [first] + [
        part.strip() for part in re.split(r"\s?[■▪◆●♦◇◦∙⦁]\s?|\s[|•·–—-]\s|\s{2,}|,\s|\s\(", first) if part.strip()
    ]
    return [(part, size) for part in dict.fromkeys(parts)]


# A name centred between contact details ("a@b.com   Ilango Rajagopal   github.com/x") is set in display type: 24 pt
# beside 11 pt. A bold or one-step-larger label or title beside its row is at most 1.3x the rest (12-14 pt by 10-11).
DISPLAY_RATIO = 1.6


def _display_span(worded: list[Span]) -> Span | None:
    """A span after the first set in type far larger than every other worded span of its row (a three-part
    header with the name in the middle or on the right)."""
    if len(worded) < 2 or not worded[0].size:
        return None
    largest = max(worded, key=lambda span: span.size or 0.0)
    others = [span.size or 0.0 for span in worded if span is not largest]
    if largest is worded[0] or not largest.size or largest.size < DISPLAY_RATIO * max(others):
        return None
    return largest


ROW_TOLERANCE_EM = 0.5  # a table row's cells share a baseline within half a line


def _labelled_name_field(lines: list[Line], body: list[Line]) -> tuple[str | None, Line | None]:
    """The name a personal-data table states: "Name: Priya Raman", a "Name | Priya Raman" row, or a given name
    and a family name under their own labels ("Vorname: Max", "Nachname: Mustermann")."""
    fields: list[tuple[str, str, Line]] = []
    seen: set[int] = set()
    for line in lines:
        field = _field(line, body) if line.number not in seen else None
        seen.add(line.number)
        if field is not None:
            fields.append((field[0].strip().casefold(), field[1], line))
    given = next(((value, line) for key, value, line in fields if key in _labels("given_name_labels")), None)
    family = next(((value, line) for key, value, line in fields if key in _labels("family_name_labels")), None)
    if given and family and _is_name_like(f"{given[0]} {family[0]}"):
        return f"{given[0]} {family[0]}", family[1]  # "Name" beside "Vorname" is the family name
    for key, value, line in fields:
        named = _labelled_name(key, value, None)
        if named and _is_name_like(named[0][0]):
            return named[0][0], line
    return None, None


def _field(line: Line, body: list[Line]) -> tuple[str, str] | None:
    """A line's (label, value): "Label: value", the label and value spans of a row, or a label alone whose value
    is the line printed on the same row further right (a two-column table read column by column)."""
    span = line.spans[0].text.strip() if line.spans else line.text.strip()
    match = _FIELD_LABEL.match(_unbracketed(line.text.strip()))
    if match and match["value"].strip():
        return match["label"], match["value"].strip()
    label = span.rstrip(" :：")
    if not (_is_name_label(label) or label.casefold() in _labels("given_name_labels") | _labels("family_name_labels")):
        return None
    if len(line.spans) > 1:
        return label, " ".join(s.text for s in line.spans[1:]).strip()
    if line.box is None or line.text.strip().rstrip(" :：") != label:
        return None
    box, reach = line.box, ROW_TOLERANCE_EM * (line.size or 10)
    for other in body:
        same_row = other.box is not None and abs(other.box.top - box.top) <= reach and other.box.x0 > box.x1
        if other.page == line.page and other is not line and same_row:
            return label, other.text.strip()
    return None


def _unbracketed(text: str) -> str:
    """A field set in brackets ("[Name:M. Pavithra]", as some Word templates leave their placeholders) without them."""
    if text.startswith("[") and text.endswith("]") and "[" not in text[1:-1]:
        return text[1:-1].strip()
    return text


def _is_name_label(label: str) -> bool:
    return label.strip().casefold() in _labels("name_labels") | _labels("surname_first_labels")


def _labelled_name(label: str, value: str, size: float | None) -> list[tuple[str, float | None]]:
    """The value of a name label ("Name: Priya Raman"; "Name, Vorname: Riemenschneider, Dennis" is Dennis
    Riemenschneider); nothing for any other label ("Place of Birth: Belfast")."""
    value = _PARENTHESIS.sub("", value).strip()  # "Name: Adrian Regenfuß (*28.10.1997)": the birth date beside it
    if not value or not _is_name_label(label):
        return []
    parts = [part.strip() for part in value.split(",")]
    if label.strip().casefold() in _labels("surname_first_labels") and len(parts) == 2 and all(parts):
        value = f"{parts[1]} {parts[0]}"
    return [(value, size)]


def _without_prefix(name: str | None) -> str | None:
    """The name without an academic title before it ("Dr. Vanda Farsad" -> "Vanda Farsad")."""
    if name is None:
        return None
    tokens = name.split()
    while len(tokens) > 2 and tokens[0].casefold() in _labels("name_prefixes"):
        tokens = tokens[1:]
    return " ".join(tokens)


@cache
def _labels(kind: str) -> frozenset[str]:
    return frozenset(str(word).casefold() for word in lexicon("contact_labels")[kind])


@cache
def _title_words() -> re.Pattern[str]:
    words = sorted((fold_accents(str(w)).casefold() for w in lexicon("contact_labels")["document_titles"]), key=len)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in reversed(words))})\b")


# "ASHTARI, Babak", "MÜLLER-LÜDENSCHEID, Anna Maria": a capitalised surname, a comma, the given names (as on forms).
_SURNAME_FIRST = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+)?, [A-ZÀ-Þ][a-zß-ÿ'’-]+(?: [A-ZÀ-Þ][a-zß-ÿ'’-]+)?$"
)


def _is_name_like(text: str) -> bool:
    if _SURNAME_FIRST.match(text):
        text = text.replace(",", "", 1)
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or len(text) > 40 or any(ch.isdigit() for ch in text):
        return False
    if "@" in text or "://" in text or canonical_section(text):
        return False
    if any(word in text.lower() for word in ("resume", "curriculum", "vitae", "updated", "page ")):
        return False
    if _title_words().search(fold_accents(text).casefold()):
        return False  # "Lebenslauf", "CV", "Bewerbung als Entwickler": the document's title, not the candidate
    if any(token.casefold() in _labels("occupation_words") for token in tokens):
        return False  # "INGÉNIEUR LOGICIEL", "Softwareentwickler": a headline in the resume's language
    if any(token[:1].islower() and token.casefold() not in _labels("name_particles") for token in tokens):
        return False  # "Ingénieur spécialisé en", "in Berlin": a lowercase word no name holds
    if text.strip(" :").casefold() in _labels("labels") or is_place(text):
        return False  # "Phone", "LinkedIn" over their values in a sidebar; "Northern Ireland", "Germany"
    if len(tokens) == 1 and (TITLE_WORDS.search(text) or text.casefold() in _labels("languages")):
        return False  # "Programmer", "French": a lone title or language is no one's full name
    tokens = [token.strip("\"“”‘'") or token for token in tokens]  # a nickname in quotes: Alex “Seoung Yeon” Lee
    return all(_NAME_TOKEN.match(token) for token in tokens) and any(token[0].isupper() for token in tokens)


def _links(document: Document, top: list[Line]) -> list[str]:
    found: list[str] = []
    for line in top:
        for match in URL.finditer(EMAIL.sub(" ", line.text)):
            found.append(match.group(0).rstrip(".:"))
    for link in document.layout.links:
        if not link.uri.lower().startswith(("mailto:", "tel:")):
            found.append(link.uri)
    return list(dict.fromkeys(found))


def _location(top: list[Line]) -> str | None:
    for line in top:
        match = _LOCATION.search(line.text)
        if match:
            return match.group(0)
    return None
