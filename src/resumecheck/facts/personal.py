"""Personal data a CV states (date of birth, nationality, marital status, a photo), as European CVs give it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..model import Document, Line
from ..resources import lexicon

PHOTO_MIN, PHOTO_MAX = 40.0, 260.0  # points: a head shot, not a logo strip or a full-page scan
PHOTO_RATIO = (0.6, 1.6)  # width over height of a portrait or a square head shot
# A head shot opens the page: in the broad corpus every one of 88 found starts in the top quarter of page 1 (the
# lowest at 0.23 of its height), while the square pictures further down are QR codes and logos (0.80, 0.83).
PHOTO_TOP = 0.5
FACTS = ("birth_date", "nationality", "marital_status")
ROW_TOLERANCE_EM = 0.5  # a table row's cells share a baseline within half a line


@dataclass(frozen=True)
class PersonalData:
    """What the CV says of the person beyond contact details, each with the line it was read from."""

    birth_date: str | None = None
    nationality: str | None = None
    marital_status: str | None = None
    photo: tuple[int, tuple[float, float, float, float]] | None = None  # page and box of a head shot
    lines: tuple[tuple[str, str, Line], ...] = ()  # (fact, label as printed, line) for each fact read from a line

    def to_dict(self) -> dict[str, object]:
        """The `personal` object of the JSON report's facts."""
        return {
            "birth_date": self.birth_date,
            "nationality": self.nationality,
            "marital_status": self.marital_status,
            "photo": self.photo is not None,
        }


def find_personal(document: Document) -> PersonalData:
    """The first labelled value of each personal fact on the first page, and a head-shot-sized picture there."""
    found: dict[str, tuple[str, str, Line]] = {}
    body = [line for line in document.body_lines if line.page in (None, 1)]
    for line in body:
        for fact, label, value in _labelled(line, body):
            found.setdefault(fact, (value, label, line))
    return PersonalData(
        birth_date=found["birth_date"][0] if "birth_date" in found else None,
        nationality=found["nationality"][0] if "nationality" in found else None,
        marital_status=found["marital_status"][0] if "marital_status" in found else None,
        photo=find_photo(document),
        lines=tuple((fact, label, line) for fact, (_, label, line) in found.items()),
    )


def find_photo(document: Document) -> tuple[int, tuple[float, float, float, float]] | None:
    """A picture in the upper half of page 1 the size and shape of a head shot."""
    sizes = document.layout.page_sizes
    reach = PHOTO_TOP * (sizes[0][1] if sizes else float("inf"))
    for page, box in document.layout.image_boxes:
        width, height = box.x1 - box.x0, box.bottom - box.top
        sized = PHOTO_MIN <= width <= PHOTO_MAX and PHOTO_MIN <= height <= PHOTO_MAX
        if page == 1 and sized and box.top < reach and PHOTO_RATIO[0] <= width / height <= PHOTO_RATIO[1]:
            return page, (box.x0, box.top, box.x1, box.bottom)
    return None


def _labelled(line: Line, body: list[Line]) -> list[tuple[str, str, str]]:
    """(fact, label, value) for each personal-data label on a line: "Geburtsdatum: 12.03.1990", "Geb. 12.03.1990",
    "Nationality: Indian | Marital status: Single", or a label cell whose value is on the same row."""
    text = line.text.strip()
    matches = [m for m in _pattern().finditer(text) if m["colon"] or _opens_field(text, m.start())]
    found: list[tuple[str, str, str]] = []
    for index, match in enumerate(matches):
        fact = _fact_of(match["label"])
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        value = _value(text[match.end() : end])
        if not value and line.box is not None and text.rstrip(" :：") == match["label"]:
            value = _same_row(line, body)
        if fact and value:
            found.append((fact, match["label"], value))
    return found


def _opens_field(text: str, start: int) -> bool:
    """A label without a colon ("Geb. 12.03.1990") counts where a field starts: the line's start or a separator."""
    return start == 0 or bool(re.search(r"[|•·,;]\s*$|\s{3}$", text[:start]))


def _value(text: str) -> str:
    """A value up to the next separator ("Indian | Marital status: Single" -> "Indian")."""
    return re.split(r"\s[|•·]\s|\s{3,}", text.strip(), maxsplit=1)[0].strip(" ,;|:")


def _same_row(line: Line, body: list[Line]) -> str:
    box = line.box
    if box is None:
        return ""
    reach = ROW_TOLERANCE_EM * (line.size or 10)
    for other in body:
        same_row = other.box is not None and abs(other.box.top - box.top) <= reach and other.box.x0 > box.x1
        if other is not line and same_row:
            return other.text.strip()
    return ""


@cache
def _labels() -> dict[str, str]:
    table = lexicon("personal_data")
    return {str(label).casefold(): fact for fact in FACTS for label in table[fact]}


def _fact_of(label: str) -> str | None:
    return _labels().get(label.strip().casefold())


@cache
def _pattern() -> re.Pattern[str]:
    """Every personal-data label as a word, with the colon or dash that may close it."""
    alternatives = "|".join(re.escape(label) for label in sorted(_labels(), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?P<label>{alternatives})(?![\w])\s*(?P<colon>[:：]|[-–](?=\s))?\s*", re.I)
