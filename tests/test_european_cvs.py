"""German, French and Spanish CVs read right (issue 27, part A): their section headings, date forms, the
personal-data table, a cover letter before the CV, the title line above the name, dates never read as phones,
and the market whose norms the personal-data check applies. Each file is drawn here for the layout it stands for."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pdfdraw import HEIGHT
from pdfdraw import pdf as _pdf
from pdfdraw import sections as _sections
from pdfdraw import text as _text
from resumecheck.config import Config
from resumecheck.judge import Judge


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
        y = _sections(page, y, GERMAN_BODY)

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
        y = _sections(page, y, GERMAN_BODY)

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
        ("Dic 2019 - A la Fecha", [("2019-12", "present")]),
        # a "to" word between the dash and the present word
        ("10.2020- bis jetzt", [("2020-10", "present")]),
        ("2019 - jusqu'à présent", [("2019", "present")]),
        ("Janvier 2020 - à présent", [("2020-01", "present")]),
        ("2018 – hasta ahora", [("2018", "present")]),
        ("marzo 2020 – hasta la actualidad", [("2020-03", "present")]),
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


def _photo(page: Any, x: float, top: float, width: float = 90, height: float = 120) -> None:
    """A head shot: a picture the size of a passport photo."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    picture = Image.new("RGB", (90, 120), (180, 150, 130))
    page.drawImage(ImageReader(picture), x, HEIGHT - top - height, width, height)


def _lebenslauf(photo: bool = True) -> bytes:
    """A German CV: name, contact row, a personal-data table and a photo top right, then its sections."""

    def draw(page: Any) -> None:
        _text(page, 50, 60, "Jana Albers", 24, bold=True)
        _text(page, 50, 82, "jana.albers@example.de | +49 176 1234 5678 | Hamburg", 10)
        if photo:
            _photo(page, 470, 40)
        _text(page, 50, 120, "Persönliche Daten", 14, bold=True)
        for number, (label, value) in enumerate(
            (("Geburtsdatum:", "12.03.1990 in Köln"), ("Staatsangehörigkeit:", "deutsch"), ("Familienstand:", "ledig"))
        ):
            _text(page, 50, 140 + 15 * number, label, 10)
            _text(page, 170, 140 + 15 * number, value, 10)
        y = 210
        y = _sections(page, y, GERMAN_BODY)
        _text(page, 50, y, "Ich arbeite gern im Team und lerne schnell neue Werkzeuge und Sprachen kennen.", 10)

    return _pdf(draw)


def _personal_findings(entry: dict[str, Any]) -> list[str]:
    """What clean.personal-info quotes, or names ("a photo", the item its message ends with)."""
    return sorted(
        f["match"] or f["message"].rsplit(": ", 1)[-1] for f in entry["findings"] if f["rule"] == "clean.personal-info"
    )


def test_personal_data_of_a_german_cv_is_read_as_facts_and_its_market_is_germany() -> None:
    entry = _entry(_lebenslauf())
    assert entry["facts"]["language"] == "de"
    assert entry["facts"]["personal"] == {
        "birth_date": "12.03.1990 in Köln",
        "nationality": "deutsch",
        "marital_status": "ledig",
        "photo": True,
    }
    assert entry["market"]["code"] == "de" and entry["market"]["chosen"] == "language"
    assert entry["market"]["personal_data"] == "customary"
    assert entry["facts"]["contact"]["phone"] == "+49 176 1234 5678"  # not the date of birth
    assert _personal_findings(entry) == []


def test_a_german_cv_checked_for_the_us_market_gets_the_red_flags() -> None:
    entry = _entry(_lebenslauf(), Config(market="us"))
    assert entry["market"] == {"code": "us", "chosen": "option", "name": "the United States",
                               "personal_data": "red-flag"}
    assert next(q for q in entry["questions"] if q["id"] == "clean")["verdict"] != "not_checked"
    assert _personal_findings(entry) == sorted(["Geburtsdatum", "Staatsangehörigkeit", "Familienstand", "a photo"])


ENGLISH_WITH_PERSONAL_DATA = (
    "Priya Raman",
    "priya.raman@example.com | +91 98200 12345 | Pune, India",
    "Date of birth: 14 May 1992 | Nationality: Indian | Marital status: Single",
)
ENGLISH_BODY = (
    ("Experience", ("Data Analyst, Acme Analytics, Pune      Jan 2019 - Present",
                    "- Cut the monthly reporting time by 40% with automated dashboards",
                    "- Trained 6 analysts in SQL and Python")),
    ("Education", ("B.Sc. Statistics, University of Pune      2011 - 2014",)),
    ("Skills", ("SQL, Python, Tableau, Excel",)),
)


@pytest.mark.parametrize(
    ("market", "flagged"),
    [(None, True), ("us", True), ("uk", True), ("de", False), ("fr", False), ("es", False), ("in", False)],
)
def test_the_market_decides_whether_personal_data_is_a_red_flag(market: str | None, flagged: bool) -> None:
    """An English CV is judged for the US by default; for India or Europe its personal data is accepted (one
    finding a line, quoting the line's first item)."""
    entry = _entry(_cv(ENGLISH_WITH_PERSONAL_DATA, ENGLISH_BODY), Config(market=market))
    assert entry["market"]["code"] == (market or "us")
    assert entry["market"]["chosen"] == ("option" if market else "language")
    found = _personal_findings(entry)
    assert found == (["Date of birth"] if flagged else [])
    assert entry["facts"]["personal"]["nationality"] == "Indian"


def test_a_photo_is_a_red_flag_only_where_the_market_says_so() -> None:
    def draw(page: Any) -> None:
        _photo(page, 470, 40)
        _text(page, 50, 60, "Priya Raman", 24, bold=True)
        _text(page, 50, 82, "priya.raman@example.com | +91 98200 12345 | Pune, India", 10)
        y = 120
        y = _sections(page, y, ENGLISH_BODY)

    data = _pdf(draw)
    assert _personal_findings(_entry(data)) == ["a photo"]
    assert _personal_findings(_entry(data, Config(market="de"))) == []


def test_market_comes_from_the_command_line_or_the_config_file_and_a_bad_one_is_one_line(tmp_path: Path) -> None:
    from conftest import run_cli

    resume = tmp_path / "cv.pdf"
    resume.write_bytes(_cv(ENGLISH_WITH_PERSONAL_DATA, ENGLISH_BODY))
    given = run_cli("check", "--format", "json", "--fail-level", "never", "--market", "in", str(resume), cwd=tmp_path)
    assert json.loads(given.stdout)["files"][0]["market"]["code"] == "in", given.stderr
    (tmp_path / ".resumecheck.yaml").write_text("market: uk\n", encoding="utf-8")
    configured = run_cli("check", "--format", "json", "--fail-level", "never", str(resume), cwd=tmp_path)
    market = json.loads(configured.stdout)["files"][0]["market"]
    assert (market["code"], market["chosen"]) == ("uk", "option")
    (tmp_path / ".resumecheck.yaml").write_text("market: mars\n", encoding="utf-8")
    bad = run_cli("check", str(resume), cwd=tmp_path)
    assert bad.returncode == 2 and "market must be one of us, uk, de, fr, es, in" in bad.stderr
    assert "Traceback" not in bad.stderr
    unknown = run_cli("check", "--market", "xx", str(resume), cwd=tmp_path)
    assert unknown.returncode == 2 and "--market" in unknown.stderr


def test_the_server_takes_a_market_per_request() -> None:
    from starlette.exceptions import HTTPException

    from resumecheck.server.app import _market
    from resumecheck.server.work import Task, perform

    data = _cv(ENGLISH_WITH_PERSONAL_DATA, ENGLISH_BODY)
    answer = perform(Judge(Config()), Task(kind="check", files=(("cv.pdf", data),), market="de"))
    entry = answer["json"]["files"][0]
    assert entry["market"]["code"] == "de" and _personal_findings(entry) == []
    default = perform(Judge(Config()), Task(kind="check", files=(("cv.pdf", data),)))
    assert default["json"]["files"][0]["market"]["code"] == "us"
    assert _market("") is None and _market("fr") == "fr"
    with pytest.raises(HTTPException):
        _market("mars")


def test_text_markdown_and_html_reports_name_the_market() -> None:
    from resumecheck.report import build_report, get_formatter

    entry = _entry(_lebenslauf(photo=False))
    report = build_report([entry], nlp="blank en")
    text = get_formatter("text").render(report)
    assert "Marktnormen: Deutschland (de, nach der Sprache des Lebenslaufs" in text  # in the CV's own language
    assert "Marktnormen: Deutschland (de" in get_formatter("markdown").render(report)
    assert 'data-market="de"' in get_formatter("html").render(report)
    english = build_report([_entry(_lebenslauf(photo=False), Config(lang="en"))], nlp="blank en")
    assert "market norms: Germany (de, from the resume's language" in get_formatter("text").render(english)


ENGLISH_WORDS_GERMAN_HEADINGS = (
    ("Berufserfahrung", ("10/2021 - heute  Java Developer, Sonix GmbH, Leipzig",
                         "- Backend of an automotive platform for the sales team of a car maker",
                         "- Continuous integration and deployment of the services to the cloud")),
    ("Ausbildung", ("10/2019 - 09/2021  M.Sc. Data Science, Universität Leipzig",
                    "Thesis: Training of a Convolutional Neural Network to Achieve an Autonomous Driving Agent",
                    "Transcript of records: Scalable Data Management and Data Mining in the Cloud")),
    ("IT-Kenntnisse", ("Python, PyTorch, Docker, Ansible, Jenkins, Kubernetes",)),
    ("Sprachkenntnisse", ("Deutsch, Englisch",)),
)


def test_a_german_cv_full_of_english_words_is_german_by_its_headings() -> None:
    """English tech words and an English thesis title outnumber German function words; the headings decide."""
    entry = _entry(_cv(("Georg Berger", "georg.berger@example.de | +49 1577 1832768"), ENGLISH_WORDS_GERMAN_HEADINGS))
    assert [s["name"] for s in entry["facts"]["sections"]] == ["experience", "education", "skills", "languages"]
    assert entry["facts"]["language"] == "de" and entry["judged"] is True


def test_an_english_resume_with_one_german_heading_stays_english() -> None:
    """One heading another language shares ("Profil") does not make an English resume German."""
    body = (("Profil", ("Backend developer with six years of experience in the design of payment systems",)),
            ("Experience", ("03/2019 - present  Software Engineer, Northwind Ltd, London",
                            "- Led the migration of the billing service to the cloud for 40 teams")),
            ("Education", ("2014 - 2018  BSc Computer Science, University of Leeds",)))
    entry = _entry(_cv(("Jane Carter", "jane.carter@example.com"), body))
    assert entry["facts"]["language"] == "en"


LETTER = (
    "Jana Albers · Elbchaussee 12 · 22763 Hamburg · +49 40 5550 1234",
    "Nordlicht GmbH, Personalabteilung, Hafenstraße 3, 20457 Hamburg",
    "Bewerbung als Softwareentwicklerin",
    "Sehr geehrte Frau Petersen,",
    "mit großem Interesse habe ich Ihre Anzeige gelesen und bewerbe mich hiermit um die Stelle.",
    "In meiner Tätigkeit bei der Hanse Logistik AG habe ich Anwendungen für den Versand entwickelt.",
    "Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.",
    "Mit freundlichen Grüßen",
    "Jana Albers",
)
CV_HEAD = ("Jana Albers", "jana.albers@example.de | +49 176 1234 5678 | Hamburg")


def _letter_then_cv(title: str | None) -> bytes:
    """A one-page cover letter (a "Bewerbung als" title, a salutation and a closing), then the CV on page 2."""

    def draw(page: Any) -> None:
        for number, line in enumerate(LETTER):
            _text(page, 50, 60 + 22 * number, line, 14 if line.startswith("Bewerbung") else 10, bold=number == 2)
        page.showPage()
        y = 50.0
        if title:
            _text(page, 50, y, title, 20, bold=True)
            y += 40
        _text(page, 50, y, CV_HEAD[0], 24, bold=True)
        _text(page, 50, y + 18, CV_HEAD[1], 10)
        _sections(page, y + 60, GERMAN_BODY)

    return _pdf(draw)


@pytest.mark.parametrize("title", [None, "Lebenslauf"])
def test_a_cover_letter_before_the_cv_is_left_out_of_the_cv(title: str | None) -> None:
    """The CV starts on the page after the letter's closing: its name, phone and sections are read there, not
    from the letter's title, its sender line or its prose."""
    entry = _entry(_letter_then_cv(title))
    facts = entry["facts"]
    assert facts["contact"]["name"] == "Jana Albers"
    assert facts["contact"]["phone"] == "+49 176 1234 5678"  # the CV's, not the letter's landline
    assert [s["name"] for s in facts["sections"]] == ["experience", "education", "skills", "languages", "interests"]
    letter = facts["cover_letter"]
    assert letter is not None and letter["lines"] == len(LETTER)
    assert facts["language"] == "de"
    lines = {f["location"]["line"] for f in entry["findings"] if (f.get("location") or {}).get("line")}
    assert all(line > len(LETTER) for line in lines), "a finding points into the cover letter"


def test_a_cover_letter_in_a_word_file_ends_at_the_cv_title(tmp_path: Path) -> None:
    """A Word file has no pages: the CV starts at the title line under the letter's closing."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in LETTER:
        document.add_paragraph(line)
    document.add_heading("Lebenslauf", level=0)
    document.add_paragraph(CV_HEAD[0])
    document.add_paragraph(CV_HEAD[1])
    for heading, lines in GERMAN_BODY:
        document.add_heading(heading, level=1)
        for line in lines:
            document.add_paragraph(line)
    path = tmp_path / "bewerbung.docx"
    document.save(str(path))
    entry: dict[str, Any] = Judge(Config()).judge_data(path.read_bytes(), path.name).to_dict()
    facts = entry["facts"]
    assert facts["cover_letter"] == {"lines": len(LETTER), "cv_starts_at_line": len(LETTER) + 1}
    assert facts["contact"]["phone"] == "+49 176 1234 5678"
    assert [s["name"] for s in facts["sections"]][:2] == ["experience", "education"]


def test_a_cv_without_a_letter_is_read_whole() -> None:
    """No salutation and closing at the top: nothing is left out."""
    facts = _entry(_cv(CV_HEAD, GERMAN_BODY))["facts"]
    assert facts["cover_letter"] is None and facts["contact"]["name"] == "Jana Albers"


@pytest.mark.parametrize("value", ["Jana Albers (*12.03.1990)", "Jana Albers (geb. Roth)"])
def test_a_remark_in_brackets_after_the_labelled_name_is_not_part_of_it(value: str) -> None:
    """"Name: Jana Albers (*12.03.1990)": the date of birth or a birth name in brackets closes the name's value."""
    rows = [("Name:", value), ("Telefon:", "+49 176 1234 5678"), ("E-Mail:", "jana.albers@example.de")]
    assert _contact(_table_cv(rows))["name"] == "Jana Albers"


SPANISH_BODY = (
    ("Experiencia", ("03/2019 - actualidad  Desarrollador Android, Lumen S.L., Valencia",
                     "- Desarrollé una aplicación para 20.000 usuarios")),
    ("Formación", ("2014 - 2018  Grado en Ingeniería Informática, Universitat de València",)),
    ("Habilidades", ("Kotlin, Java, Android SDK",)),
)


@pytest.mark.parametrize("lines", [("JORDI", "ORTUÑO", "MONGE"), ("María José", "García", "de la Fuente")])
def test_a_name_stacked_over_three_lines_is_read_whole(lines: tuple[str, ...]) -> None:
    """A given name and two family names, each on its own line in the same display type, as Spanish CVs set them."""

    def draw(page: Any) -> None:
        for number, line in enumerate(lines):
            _text(page, 50, 60 + 26 * number, line, 24, bold=True)
        _text(page, 50, 150, "Desarrollador Android", 12)
        _text(page, 50, 168, "jordi@example.es | +34 634 511 696 | Valencia", 10)
        _sections(page, 210, SPANISH_BODY)

    assert _contact(_pdf(draw))["name"] == " ".join(lines)


def _sidebar_cv(contact_lines: Sequence[str]) -> bytes:
    """A name, then the contact details in a narrow block of their own lines, then the sections."""

    def draw(page: Any) -> None:
        _text(page, 50, 50, "Jana Albers", 24, bold=True)
        for number, line in enumerate(contact_lines):
            _text(page, 50, 80 + 13 * number, line, 9)
        _sections(page, 100 + 13 * len(contact_lines), GERMAN_BODY)

    return _pdf(draw)


def test_an_email_address_broken_after_its_at_sign_is_read_whole() -> None:
    """A narrow sidebar wraps the address after "@": the two halves make it."""
    contact = _contact(_sidebar_cv(["KONTAKT", "+49 176 1234 5678", "jana.albers.hamburg@", "example.de", "Hamburg"]))
    assert contact["email"] == "jana.albers.hamburg@example.de"


def test_letter_spaced_contact_lines_are_read() -> None:
    """A template that sets every character apart ("+ 4 9 1 7 6 ...", "j a n a @ ..."): phone and email still read."""
    spaced = ["K O N T A K T", " ".join("+4917612345678"), " ".join("jana.albers@"), " ".join("example.de")]
    contact = _contact(_sidebar_cv(spaced))
    assert contact["email"] == "jana.albers@example.de"
    assert contact["phone"] == "+4917612345678"


@pytest.mark.parametrize("label", ["Telefon", "Número de teléfono", "Tél. :"])
def test_the_number_under_a_phone_label_wins_over_a_number_in_an_address(label: str) -> None:
    """A work address with its switchboard comes first in the contact block; the number the CV labels as its phone
    (the label on the line above it, as a label/value list prints it) is the candidate's."""
    lines = ["Dirección de trabajo", "Nordlicht GmbH, Hafenstraße 3, 20457 Hamburg, +49 40 5550 1234", label,
             "+49 176 1234 5678", "E-Mail", "jana.albers@example.de"]
    assert _contact(_sidebar_cv(lines))["phone"] == "+49 176 1234 5678"


def test_a_labelled_phone_is_kept_when_it_comes_first() -> None:
    lines = ["Tel.: +49 176 1234 5678", "Nordlicht GmbH, Hafenstraße 3, 20457 Hamburg, +49 40 5550 1234"]
    assert _contact(_sidebar_cv(lines))["phone"] == "+49 176 1234 5678"


@pytest.mark.parametrize("title", ["Lebenslauf", "Daten und Lebenslauf", "Curriculum Vitae"])
def test_a_title_line_set_like_the_headings_is_no_section(title: str) -> None:
    """The document's title in the headings' own type, above the name: not an "other" section."""

    def draw(page: Any) -> None:
        _text(page, 50, 50, title, 14, bold=True)
        _text(page, 50, 84, "Jana Albers", 24, bold=True)
        _text(page, 50, 102, "jana.albers@example.de | +49 176 1234 5678 | Hamburg", 10)
        _sections(page, 140, GERMAN_BODY)

    facts = _entry(_pdf(draw))["facts"]
    assert [s["name"] for s in facts["sections"]] == ["experience", "education", "skills", "languages", "interests"]


def test_a_first_name_sharing_its_row_with_a_link_stacks_with_the_surname_below() -> None:
    """A header that prints the first name large at the left of a row, a profile link small at its right, and the
    surname under the first name in the same large type: the name is both lines."""

    def draw(page: Any) -> None:
        _text(page, 50, 70, "Claire", 36, bold=True)
        _text(page, 400, 70, "linkedin.com/in/claire-dubois", 10)
        _text(page, 50, 108, "Dubois", 36, bold=True)
        _text(page, 400, 108, "claire.dubois@example.fr", 10)
        _text(page, 50, 130, "Développeuse iOS", 12)
        _sections(page, 170, (("Expérience professionnelle", ("2019 - 2023  Développeuse, Lumière SAS, Paris",)),
                              ("Formation", ("2014 - 2019  Diplôme d'ingénieur, EPITA, Paris",)),
                              ("Compétences", ("Swift, Kotlin",))))

    assert _contact(_pdf(draw))["name"] == "Claire Dubois"


def test_a_first_name_beside_a_link_over_a_surname_alone_on_its_row_is_read_whole() -> None:
    """The surname row holds only the surname: the first name above it, one span of a row with a link, still
    leads (a French dev CV was read as its surname alone)."""

    def draw(page: Any) -> None:
        _text(page, 400, 50, "claire.dubois@example.fr", 10)
        _text(page, 50, 70, "Claire", 36, bold=True)
        _text(page, 400, 70, "/in/claire-dubois", 10)
        _text(page, 50, 108, "Dubois", 36, bold=True)
        _text(page, 50, 150, "Développeuse iOS", 12)
        _sections(page, 190, (("Expérience professionnelle", ("2019 - 2023  Développeuse, Lumière SAS, Paris",)),
                              ("Formation", ("2014 - 2019  Diplôme d'ingénieur, EPITA, Paris",)),
                              ("Compétences", ("Swift, Kotlin",))))

    assert _contact(_pdf(draw))["name"] == "Claire Dubois"


@pytest.mark.parametrize(
    ("email", "expected"),
    [
        ("johanna.kleinschmidt@example.de", "JOHANNA KLEINSCHMIDT"),
        ("kleinschmidt.johanna@example.de", "JOHANNA KLEINSCHMIDT"),
        ("johanna.kleinschmitt@example.de", "JOHANNA KLEINSCHMIDT"),  # the surname spelt otherwise in the address
        ("jk1990@example.de", "JOHANNAKLEINSCHMIDT"),  # nothing says where the break is: left as printed
    ],
)
def test_a_letter_spaced_name_that_lost_its_word_break_is_split_where_the_email_parts_it(
    email: str, expected: str
) -> None:
    """A template setting the name letter by letter loses the wider gap between its words."""

    def draw(page: Any) -> None:
        _text(page, 50, 50, " ".join("JOHANNAKLEINSCHMIDT"), 20, bold=True)
        _text(page, 50, 80, f"{email} | +49 176 1234 5678 | Hamburg", 10)
        _sections(page, 120, GERMAN_BODY)

    assert _contact(_pdf(draw))["name"] == expected


def test_an_email_address_whose_last_letters_wrap_onto_the_next_line_is_read_whole() -> None:
    """A box too narrow for the address pushes the end of its domain under it ("…@example.co" / "m")."""
    contact = _contact(_sidebar_cv(["KONTAKT", "+49 176 1234 5678", "jana.albers@example.co", "m", "Hamburg"]))
    assert contact["email"] == "jana.albers@example.com"


def test_a_short_word_under_a_whole_email_address_is_not_glued_to_it() -> None:
    contact = _contact(_sidebar_cv(["KONTAKT", "jana.albers@example.de", "Hamburg", "+49 176 1234 5678"]))
    assert contact["email"] == "jana.albers@example.de"


@pytest.mark.parametrize("headline", ["INGÉNIEUR LOGICIEL", "Softwareentwicklerin", "DESARROLLADORA WEB"])
def test_a_job_title_set_larger_than_the_name_is_never_the_name(headline: str) -> None:
    """A headline in the resume's language in bigger type than the name under it."""

    def draw(page: Any) -> None:
        _text(page, 50, 50, headline, 26, bold=True)
        _text(page, 50, 84, "Jana Albers", 16, bold=True)
        _text(page, 50, 102, "jana.albers@example.de | +49 176 1234 5678 | Hamburg", 10)
        _sections(page, 140, GERMAN_BODY)

    assert _contact(_pdf(draw))["name"] == "Jana Albers"


@pytest.mark.parametrize(
    ("headings", "expected"),
    [
        (("Berufserfahrung", "Schulungen", "Besondere Kenntnisse und Interessen", "Erfahrung und Kenntnisse"),
         ["experience", "education", "skills", "skills"]),
        (("Historique de l’emploi", "Formation et Certifications", "Capacités supplémentaires",
          "Activités périscolaires", "Sommaire", "Sélection de productions"),
         ["experience", "education", "skills", "activities", "summary", "publications"]),
        (("Reseña", "Experiencia laboral", "Habilidades y Certificados", "Áreas de Interés", "Habilidades blandas"),
         ["summary", "experience", "skills", "interests", "skills"]),
        # a qualifier after the head noun, and funding and prizes combined, as English "Selected grants & prizes"
        (("Expérience professionnelle", "Formation", "Financements & Prix sélectionnés", "Prix obtenus"),
         ["experience", "education", "awards", "awards"]),
    ],
)
def test_more_headings_and_combined_headings_in_german_french_and_spanish(
    headings: tuple[str, ...], expected: list[str]
) -> None:
    """Headings the dev and rest CVs print; a combined heading naming a core section ("Kenntnisse und
    Interessen", "Formation et Certifications") is that section, as in English."""
    body = [(heading, (f"Eintrag {number} mit etwas Text dazu",)) for number, heading in enumerate(headings)]
    found = _entry(_cv(("Jana Albers", "jana.albers@example.de"), body))["facts"]["sections"]
    assert [s["name"] for s in found] == expected


@pytest.mark.parametrize("phone", ["0163/2055604", "089 / 1234567"])
def test_a_german_number_whose_area_code_a_slash_parts_is_the_phone(phone: str) -> None:
    contact = _contact(_sidebar_cv(["Musterweg 5, 65830 Kriftel", f"Telefon:{phone}", "jana.albers@example.de"]))
    assert contact["phone"] == phone


@pytest.mark.parametrize(
    ("line", "phone"),
    [("Telefon: +49-89-80 92 86 94/0160 95 96 43 99", "+49-89-80 92 86 94"),
     ("Tel.: +49 30 1234567/ +49 176 1234 5678", "+49 30 1234567")],
)
def test_two_phones_parted_by_a_slash_give_the_first_whole(line: str, phone: str) -> None:
    """A landline and a mobile written "first/second": the first number is read to its last digit, not cut where
    its digit groups meet the slash."""
    assert _contact(_sidebar_cv(["Musterweg 5, 65830 Kriftel", line, "jana.albers@example.de"]))["phone"] == phone


@pytest.mark.parametrize("text", ["01.2010 - 12.2015/01.2016 Entwicklerin", "2015 - 2019/2020 Studium"])
def test_dates_parted_by_a_slash_are_never_the_phone(text: str) -> None:
    assert _contact(_sidebar_cv([text, "jana.albers@example.de"]))["phone"] is None


@pytest.mark.parametrize("text", ["05/2019 - 03/2020  Werkstudentin", "seit 01/2019 Entwicklerin", "Geb. 012/1990"])
def test_a_month_or_a_date_with_a_slash_is_never_the_phone(text: str) -> None:
    assert _contact(_sidebar_cv([text, "jana.albers@example.de"]))["phone"] is None


def test_a_phone_beside_a_date_of_birth_on_its_row_is_read_without_the_date() -> None:
    """A letterhead row of address, phone and date of birth, each its own span: the phone stops where its span
    does ("+43 676 4603620" then "24. 07. 2002"), and the date is never part of it."""

    def draw(page: Any) -> None:
        _text(page, 50, 50, "Jana Albers", 24, bold=True)
        _text(page, 50, 80, "Kranebitter Allee 146, 6020 Innsbruck", 10)
        _text(page, 260, 80, "+43 676 4603620", 10)
        _text(page, 360, 80, "24. 07. 2002", 10)
        _text(page, 50, 95, "jana.albers@example.at", 10)
        _sections(page, 130, GERMAN_BODY)

    assert _contact(_pdf(draw))["phone"] == "+43 676 4603620"


def test_a_name_only_in_a_browser_printed_page_header_after_its_date_is_read() -> None:
    """A CV printed from a browser: every page's header row opens with the date, then the page title with the
    name ("23.04.2025  Daten und Lebenslauf | Jana Albers | …"); the body never prints the name."""

    def header(page: Any) -> None:
        _text(page, 24, 20, "23.04.2025", 8)
        _text(page, 200, 20, "Daten und Lebenslauf | Jana Albers | jana-albers.github.io", 8)

    def draw(page: Any) -> None:
        header(page)
        _text(page, 50, 70, "Daten und Lebenslauf", 18, bold=True)
        _text(page, 50, 100, "Adresse", 18, bold=True)
        _text(page, 50, 118, "Musterweg 5, 79576 Weil am Rhein", 12)
        _text(page, 50, 134, "E-Mail: jana.albers@example.de", 12)
        _text(page, 50, 150, "Telefon: 0177 75 75 167", 12)
        _sections(page, 190, GERMAN_BODY[:2])
        page.showPage()
        header(page)
        _sections(page, 70, GERMAN_BODY[2:])

    assert _contact(_pdf(draw))["name"] == "Jana Albers"


def _accented_pdf(path: Path, words: Sequence[str]) -> None:
    """A PDF whose accented letters are drawn as older LaTeX draws them: the letter, then the accent as a glyph of
    its own centred over it ("n" + "˜", a dotless "ı" + "´"); each word is given as "Dise[n˜]o"."""
    import os
    import re

    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    vera = os.path.join(os.path.dirname(rl_config.__file__), "fonts", "Vera.ttf")
    pdfmetrics.registerFont(TTFont("VeraAccents", vera))
    page = canvas.Canvas(str(path))
    page.setFont("VeraAccents", 20)
    page.drawString(50, 780, "Lucía Ortega")
    page.setFont("VeraAccents", 11)
    page.drawString(50, 760, "lucia.ortega@correo.es | +34 612 345 678 | Sevilla")
    page.setFont("VeraAccents", 14)
    page.drawString(50, 720, "Experiencia laboral")
    y = 700.0
    for word in words:
        x = 50.0
        for plain, letter, accent in re.findall(r"([^\[]*)(?:\[(.)(.)\])?", word):
            page.setFont("VeraAccents", 11)
            page.drawString(x, y, plain)
            x += pdfmetrics.stringWidth(plain, "VeraAccents", 11)
            if letter:
                width = pdfmetrics.stringWidth(letter, "VeraAccents", 11)
                page.drawString(x, y, letter)
                page.drawString(x + (width - pdfmetrics.stringWidth(accent, "VeraAccents", 11)) / 2, y, accent)
                x += width
        y -= 16
    page.save()


def test_an_accent_drawn_over_its_letter_is_read_with_the_letter(tmp_path: Path) -> None:
    """Older LaTeX PDFs draw "ñ" as "n" with a tilde glyph over it and "í" as a dotless i under an acute: read as
    one letter each ("Diseño", "Almería"), as pdftotext reads them, not "Disen ˜o" or "Almer ´ıa"."""
    resume = tmp_path / "cv.pdf"
    _accented_pdf(resume, ["2019 - 2023  Dise[n˜]o de soluciones en Almer[ı´]a", "Investigaci[o´]n en [e´]tica"])
    text = [line["text"] for line in Judge(Config()).judge_data(resume.read_bytes(), "cv.pdf").facts.text_view()]
    assert "2019 - 2023 Diseño de soluciones en Almería" in text and "Investigación en ética" in text


def _gutter_cv(rows: Sequence[tuple[float, str, str]]) -> bytes:
    """A Spanish CV whose experience dates stand in a left gutter, each row (top, date, text) beside its text."""

    def draw(page: Any) -> None:
        _text(page, 50, 60, "Lucía Ortega", 24, bold=True)
        _text(page, 50, 82, "lucia.ortega@correo.es | +34 612 345 678 | Sevilla", 10)
        _text(page, 50, 120, "Experiencia laboral", 14, bold=True)
        for top, date, line in rows:
            _text(page, 50, top, date, 10)
            _text(page, 150, top, line, 10)
        bottom = max(top for top, _, _ in rows) + 40
        _sections(page, bottom, (("Formación", ("2014 - 2018  Grado en Informática, Universidad de Jaén",)),))

    return _pdf(draw)


def test_a_range_stacked_in_a_date_gutter_is_one_role() -> None:
    """A moderncv-like CV prints each range as two dates stacked in the gutter, the end on top ("Actualmente" over
    "Enero 2020") or the start on top: one role each, from the earlier date to the later; a column of one date per
    row, and two bare years one above the other, stay one role per date."""
    stacked = _gutter_cv(
        [
            (140, "Actualmente", "Programadora full stack en proyectos Java y"),
            (152, "Enero 2020", "Angular en Lumen S.L., Valencia."),
            (180, "Diciembre 2019", "Desarrolladora de soluciones cognitivas con IBM"),
            (192, "Septiembre 2018", "Watson en Nodo IT, Almería."),
            (220, "03/2016", "Técnica de soporte informático en"),
            (232, "09/2017", "PhonePC, Almería."),
        ]
    )
    positions = _entry(stacked)["facts"]["positions"]
    assert [(p["start"], p["end"]) for p in positions] == [
        ("2020-01", "present"),
        ("2018-09", "2019-12"),
        ("2016-03", "2017-09"),
    ]
    listed = _gutter_cv(
        [
            (140, "03/2021", "Prácticas en Lumen S.L., Valencia"),
            (152, "11/2020", "Prácticas en Nodo IT, Almería"),
            (164, "06/2020", "Prácticas en PhonePC, Almería"),
        ]
    )
    assert [(p["start"], p["end"]) for p in _entry(listed)["facts"]["positions"]] == [
        ("2021-03", "2021-03"),  # a role with one date starts and ends in it
        ("2020-11", "2020-11"),
        ("2020-06", "2020-06"),
    ]
    years = _gutter_cv([(140, "2016", "Praktikum bei Aldi Süd, Kriftel"), (152, "2015", "Praktikum bei Kursana")])
    assert [(p["start"], p["end"]) for p in _entry(years)["facts"]["positions"]] == [("2016", "2016"), ("2015", "2015")]


def _facts(data: bytes) -> dict[str, Any]:
    facts: dict[str, Any] = _entry(data)["facts"]
    return facts


def _dated_heading_cv() -> bytes:
    """A tabular Lebenslauf: dates in a left gutter, entries at x=300; the first heading and the first entry's dates
    drawn as one run of text ("BERUFSERFAHRUNG 02.2013-08.2013"), as a Word table exported to PDF draws them."""

    def draw(page: Any) -> None:
        _text(page, 70, 60, "Olga Beispiel", 16)
        _text(page, 70, 90, "PERSÖNLICHE DATEN", 11)
        _text(page, 70, 106, "E-Mail: olga.beispiel@example.de", 10)
        _text(page, 70, 136, "BERUFSERFAHRUNG 02.2013-08.2013", 11)
        _text(page, 300, 136, "Rettungssanitäterin, Notfalldienst Kiew", 10)
        _text(page, 76, 152, "08.2013-02.2015", 10)
        _text(page, 300, 152, "Krankenschwester, Fachklinik Kiew", 10)
        _text(page, 76, 168, "10.2020- bis jetzt", 10)
        _text(page, 300, 168, "Pflegerin, Klinikum Hamburg", 10)
        _text(page, 70, 198, "AUSBILDUNG", 11)
        _text(page, 76, 214, "2010-2013", 10)
        _text(page, 300, 214, "Medizinische Schule Kiew", 10)

    return _pdf(draw)


def test_a_heading_drawn_with_the_first_entrys_dates_is_a_heading_and_the_dates_date_that_entry() -> None:
    facts = _facts(_dated_heading_cv())
    assert [s["name"] for s in facts["sections"]] == ["other", "experience", "education"]
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [
        ("2013-02", "2013-08"),
        ("2013-08", "2015-02"),
        ("2020-10", "present"),
    ]


def _sidebar_row_cv(gap: float) -> bytes:
    """Bold capital 16 pt headings in a main column; the first shares its row with a 9 pt address line of a
    sidebar `gap` points right of the heading's end."""

    def draw(page: Any) -> None:
        _text(page, 40, 50, "Karl Muster", 24, bold=True)
        _text(page, 40, 90, "BERUFSERFAHRUNG", 16, bold=True)
        end = 40 + page.stringWidth("BERUFSERFAHRUNG", "Helvetica-Bold", 16)
        _text(page, end + gap, 90, "Seestr. 22, Zürich", 9)
        _text(page, 40, 108, "Softwareentwickler, Nordlicht AG, Jun. 2022 - Heute", 10)
        _text(page, 40, 140, "AUSBILDUNG", 16, bold=True)
        _text(page, 40, 158, "B.Sc. Informatik, ETH Zürich, 2014 - 2018", 10)
        _text(page, 40, 190, "SPRACHEN", 16, bold=True)
        _text(page, 40, 208, "Deutsch, Englisch", 10)

    return _pdf(draw)


def test_a_heading_beside_smaller_sidebar_text_far_to_its_right_is_still_a_heading() -> None:
    names = [s["name"] for s in _facts(_sidebar_row_cv(300))["sections"]]
    assert names == ["experience", "education", "languages"]


def test_a_start_date_ending_in_a_dash_over_its_end_in_the_gutter_is_one_range() -> None:
    """"Marzo 2011 -" over "Abril 2013": the dash says the two stacked dates are one range, bare years or the
    present word below it too; without the dash two bare years stay two roles (the test above)."""
    stacked = _gutter_cv(
        [
            (140, "Marzo 2011 -", "Desarrollador en Electrónica JAR, Monterrey,"),
            (152, "Abril 2013", "Nuevo León"),
            (180, "2014 -", "Analista en Nodo IT,"),
            (192, "2016", "Almería"),
            (220, "Mayo 2016 –", "Arquitecto en Lumen S.L.,"),
            (232, "Actualidad", "Valencia"),
        ]
    )
    assert [(p["start"], p["end"]) for p in _facts(stacked)["positions"]] == [
        ("2011-03", "2013-04"),
        ("2014", "2016"),
        ("2016-05", "present"),
    ]
