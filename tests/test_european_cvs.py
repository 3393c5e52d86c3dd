"""German, French and Spanish CVs read right (issue 27, part A): their section headings, date forms, the
personal-data table, a cover letter before the CV, the title line above the name, dates never read as phones,
and the market whose norms the personal-data check applies. Each file is drawn here for the layout it stands for."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from resumecheck.config import Config
from resumecheck.judge import Judge

canvas = pytest.importorskip("reportlab.pdfgen.canvas")
HEIGHT = 792.0


def _pdf(draw: Callable[[Any], None]) -> bytes:
    """A PDF drawn by `draw` (which calls showPage() between pages)."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(612.0, HEIGHT), invariant=1)
    draw(page)
    page.save()
    return out.getvalue()


def _text(page: Any, x: float, top: float, text: str, size: float = 10, bold: bool = False) -> None:
    page.setFont("Helvetica-Bold" if bold else "Helvetica", size)
    page.drawString(x, HEIGHT - top, text)


def _entry(data: bytes, config: Config | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = Judge(config or Config()).judge_data(data, "lebenslauf.pdf").to_dict()
    assert entry["status"] == "checked", entry
    return entry


def _cv(head: Sequence[str], sections: Sequence[tuple[str, Sequence[str]]], top: float = 60) -> bytes:
    """A one-page CV: the name in 24 pt, head lines under it, then bold 14 pt headings with their lines."""

    def draw(page: Any) -> None:
        y = top
        _text(page, 50, y, head[0], 24, bold=True)
        for line in head[1:]:
            y += 18
            _text(page, 50, y, line, 10)
        for heading, lines in sections:
            y += 34
            _text(page, 50, y, heading, 14, bold=True)
            for line in lines:
                y += 15
                _text(page, 50, y, line, 10)

    return _pdf(draw)


GERMAN_BODY = (
    ("Berufserfahrung", ("03/2019 - heute  Softwareentwickler, Nordlicht GmbH, Hamburg",
                         "- Entwickelte eine Web-Anwendung für 2.000 Kunden")),
    ("Ausbildung", ("10/2014 - 09/2018  B.Sc. Informatik, Universität Hamburg",)),
    ("EDV-Kenntnisse", ("Python, Java, SQL, Docker",)),
    ("Sprachkenntnisse", ("Deutsch (Muttersprache), Englisch (fließend)",)),
    ("Hobbys und Interessen", ("Segeln, Schach",)),
)


@pytest.mark.parametrize(
    ("headings", "expected"),
    [
        (("Berufserfahrung", "Praktische Erfahrung", "Schulbildung", "Studium", "EDV-Kenntnisse", "Fähigkeiten",
          "Sprachkenntnisse", "Persönliche Daten"),
         ["experience", "experience", "education", "education", "skills", "skills", "languages", "other"]),
        (("Expériences professionnelles", "Formation", "Compétences", "Langues", "Centres d'intérêt"),
         ["experience", "education", "skills", "languages", "interests"]),
        (("Experiencia profesional", "Formación académica", "Habilidades", "Idiomas", "Datos personales"),
         ["experience", "education", "skills", "languages", "other"]),
    ],
)
def test_german_french_and_spanish_headings_map_to_the_canonical_sections(
    headings: tuple[str, ...], expected: list[str]
) -> None:
    body = [(heading, (f"Eintrag {number} mit etwas Text dazu",)) for number, heading in enumerate(headings)]
    entry = _entry(_cv(("Jana Albers", "jana.albers@example.de"), body))
    found = entry["facts"]["sections"]
    assert [s["heading"] for s in found] == list(headings)
    assert [s["name"] for s in found] == expected


def _contact(data: bytes) -> dict[str, Any]:
    contact: dict[str, Any] = _entry(data)["facts"]["contact"]
    return contact


def test_the_lebenslauf_title_line_above_the_name_is_never_the_name() -> None:
    """"LEBENSLAUF" set larger than the name above it, as many German CVs open."""

    def draw(page: Any) -> None:
        _text(page, 50, 50, "LEBENSLAUF", 26, bold=True)
        _text(page, 50, 90, "Jana Albers", 18, bold=True)
        _text(page, 50, 110, "jana.albers@example.de | +49 176 1234 5678 | Hamburg", 10)
        y = 150
        for heading, lines in GERMAN_BODY:
            _text(page, 50, y, heading, 14, bold=True)
            for line in lines:
                y += 15
                _text(page, 50, y, line, 10)
            y += 34

    contact = _contact(_pdf(draw))
    assert contact["name"] == "Jana Albers"


def _table_cv(rows: Sequence[tuple[str, str]], title: str = "Persönliche Daten") -> bytes:
    """A CV that opens with a personal-data table: labels in one column, values in another on the same row."""

    def draw(page: Any) -> None:
        _text(page, 50, 50, title, 14, bold=True)
        for number, (label, value) in enumerate(rows):
            _text(page, 50, 75 + 16 * number, label, 10)
            _text(page, 200, 75 + 16 * number, value, 10)
        y = 100 + 16 * len(rows)
        for heading, lines in GERMAN_BODY:
            _text(page, 50, y, heading, 14, bold=True)
            for line in lines:
                y += 15
                _text(page, 50, y, line, 10)
            y += 34

    return _pdf(draw)


@pytest.mark.parametrize("label", ["Name", "NAME", "Name:"])
def test_the_name_of_a_personal_data_table_is_its_value_never_the_label(label: str) -> None:
    rows = [(label, "Jana Albers"), ("Geburtsdatum:", "12.03.1990"), ("Staatsangehörigkeit:", "deutsch"),
            ("Telefon:", "+49 176 1234 5678"), ("E-Mail:", "jana.albers@example.de")]
    contact = _contact(_table_cv(rows))
    assert contact["name"] == "Jana Albers"
    assert contact["phone"] == "+49 176 1234 5678"


def test_a_given_name_and_a_family_name_under_their_own_labels_make_the_name() -> None:
    rows = [("Name:", "Albers"), ("Vorname:", "Jana"), ("Geburtsdatum:", "12.03.1990"),
            ("E-Mail:", "jana.albers@example.de")]
    assert _contact(_table_cv(rows))["name"] == "Jana Albers"


def test_a_surname_first_label_reads_the_name_in_its_usual_order() -> None:
    """"Name, Vorname: Albers, Jana" names Jana Albers; the French "Nom :" label reads its value alone."""
    german = _contact(_table_cv([("Name, Vorname:", "Albers, Jana"), ("Geburtsdatum:", "12.03.1990")]))
    assert german["name"] == "Jana Albers"
    french = _contact(_table_cv([("Nom :", "Claire Dubois"), ("Date de naissance :", "12/03/1990")],
                                title="Informations personnelles"))
    assert french["name"] == "Claire Dubois"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seit 05/2019", [("2019-05", "present")]),
        ("01/10/2018–andauernd", [("2018-10", "present")]),
        ("01.10.2018 - 31.03.2020", [("2018-10", "2020-03")]),
        ("03/2017 – bis heute", [("2017-03", "present")]),
        ("Okt. 2018 - Dez. 2019", [("2018-10", "2019-12")]),
        ("Januar 2016 – März 2017", [("2016-01", "2017-03")]),
        ("Mai 2020 - aktuell", [("2020-05", "present")]),
        ("1. Oktober 2018 - 30. September 2019", [("2018-10", "2019-09")]),
        ("depuis 2019", [("2019", "present")]),
        ("févr. 2019 – août 2020", [("2019-02", "2020-08")]),
        ("juin 2018 - juillet 2019", [("2018-06", "2019-07")]),
        ("janvier 2021 – à ce jour", [("2021-01", "present")]),
        ("déc. 2015 - aujourd'hui", [("2015-12", "present")]),
        ("desde 2019", [("2019", "present")]),
        ("enero de 2019 - dic. 2020", [("2019-01", "2020-12")]),
        ("feb. 2018 – actualidad", [("2018-02", "present")]),
        ("agosto 2017 - presente", [("2017-08", "present")]),
        ("marzo 2019 - hasta la fecha", [("2019-03", "present")]),
        ("Jan 2020 - Present", [("2020-01", "present")]),  # English as before
        ("05/15/2019 - 06/30/2020", [("2019-05", "2020-06")]),  # a US day-precise range: month first
    ],
)
def test_german_french_and_spanish_date_forms_are_read(text: str, expected: list[tuple[str, str]]) -> None:
    from resumecheck.facts.dates import find_dates

    assert [(d.start, d.end) for d in find_dates(text)] == expected


def _dated_cv(lines: Sequence[str], phone: str | None) -> bytes:
    head = ["Jana Albers", *lines, "jana.albers@example.de" + (f" | {phone}" if phone else "")]
    return _cv(head, GERMAN_BODY + (("Weitere Stationen", ("01/10/2018–andauernd  Mentorin, Code Club Hamburg",)),))


@pytest.mark.parametrize(
    "birth",
    ["Geb. 12.03.1990", "Geburtsdatum, Ort: 12.03.1990, Köln", "né le 12/03/1990", "Fecha de nacimiento: 12/03/1990",
     "Date of Birth: 12.03.1990", "DOB: 12-03-1990 | Nationality: Indian"],
)
def test_a_date_of_birth_or_a_date_range_is_never_the_phone(birth: str) -> None:
    """With no phone printed, none is found; with one, it is the phone, whatever dates stand above it."""
    assert _contact(_dated_cv([birth], None))["phone"] is None
    assert _contact(_dated_cv([birth], "+49 176 1234 5678"))["phone"] == "+49 176 1234 5678"
