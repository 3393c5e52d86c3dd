"""Contact facts on the layouts unseen resumes use: a sidebar read before the main column, contact labels set as
large as the name, a name row that also holds a small link, labelled personal data, a date of birth beside the
phone, and a summary sentence full of capitalised skills. Each file is drawn here for the class it stands for."""

from __future__ import annotations

from typing import Any

from pdfdraw import pdf as _pdf
from pdfdraw import text as _text
from resumecheck.config import Config
from resumecheck.judge import Judge


def _entry(data: bytes) -> dict[str, Any]:
    entry: dict[str, Any] = Judge(Config()).judge_data(data, "resume.pdf").to_dict()
    assert entry["status"] == "checked", entry
    return entry


def _contact(data: bytes) -> dict[str, Any]:
    contact: dict[str, Any] = _entry(data)["facts"]["contact"]
    return contact


def _experience(page: Any, x: float, top: float) -> None:
    _text(page, x, top, "Experience", 14, bold=True)
    _text(page, x, top + 22, "Sales Associate, Northwind Traders      Jan 2020 - Present", 10, bold=True)
    for number, bullet in enumerate(("Grew repeat customers by 20% in one year", "Trained 6 new hires")):
        _text(page, x + 10, top + 38 + 14 * number, f"• {bullet}")


def test_the_name_opening_the_main_column_beats_the_sidebar_labels() -> None:
    """A Canva-style page: the sidebar (read first) has bold "Contact", "Phone", "Email" labels; the name opens the
    main column in 30 pt."""

    def draw(page: Any) -> None:
        _text(page, 36, 180, "Contact", 17, bold=True)
        for number, (label, value) in enumerate((("Phone", "+44 7700 900123"), ("Email", "ada.lund@mail.com"),
                                                 ("Address", "Leeds, United Kingdom"))):
            _text(page, 36, 215 + 40 * number, label, 11, bold=True)
            _text(page, 36, 228 + 40 * number, value, 8)
        _text(page, 36, 380, "Skills", 17, bold=True)
        for number, skill in enumerate(("Merchandising", "Stock control", "Visual display", "Cash handling",
                                        "Customer service", "Point of sale", "Inventory", "Scheduling")):
            _text(page, 36, 405 + 16 * number, skill, 8)
        _text(page, 36, 560, "Languages", 17, bold=True)
        _text(page, 36, 585, "English, Swedish", 8)
        _text(page, 230, 50, "Ada Lund", 30, bold=True)
        _text(page, 230, 80, "Retail Sales Associate", 14)
        _experience(page, 230, 180)
        _text(page, 230, 300, "Education", 14, bold=True)
        _text(page, 230, 322, "BA Business, University of Leeds      2016 - 2019", 10, bold=True)
        for number in range(12):
            _text(page, 240, 340 + 14 * number, f"• Led a weekly stock count across {number + 2} departments", 9)

    entry = _entry(_pdf(draw))
    assert entry["facts"]["contact"]["name"] == "Ada Lund"
    assert entry["facts"]["contact"]["phone"] == "+44 7700 900123"
    # Seen first on the page, under it the title: neither "name not first" nor "no headline".
    rules = {finding["rule"] for finding in entry["findings"]}
    assert "target.name-first" not in rules and "target.headline" not in rules


def test_a_name_row_with_a_small_link_beside_it_is_read_by_the_names_own_size() -> None:
    """moderncv: the large name and a small "LinkedIn - …" link share a row; personal data sits below it."""

    def draw(page: Any) -> None:
        _text(page, 30, 70, "Joan Byrne", 26)
        _text(page, 420, 66, "LinkedIn - Joan Byrne profile page", 9)
        _text(page, 420, 40, "+353 87 123 4567", 9)
        _text(page, 420, 52, "joan.byrne@mail.ie", 9)
        _text(page, 30, 130, "Date of Birth: July 19th, 1999", 11)
        _text(page, 30, 144, "Place of Birth: Belfast, Northern Ireland", 11)
        _experience(page, 30, 200)

    assert _contact(_pdf(draw))["name"] == "Joan Byrne"


def test_a_labelled_name_field_is_read_and_a_place_is_never_a_name() -> None:
    def draw(page: Any) -> None:
        _text(page, 50, 50, "Germany", 16, bold=True)
        _text(page, 50, 80, "Name: Lena Vogt", 11)
        _text(page, 50, 94, "Nationality: German", 11)
        _text(page, 50, 108, "Email: lena.vogt@mail.de", 11)
        _experience(page, 50, 160)

    assert _contact(_pdf(draw))["name"] == "Lena Vogt"


def test_a_date_of_birth_is_never_the_phone_and_an_arxiv_id_neither() -> None:
    def draw(page: Any) -> None:
        _text(page, 50, 50, "Resume", 12)
        _text(page, 50, 70, "Adrian Keller (*28.10.1997)", 18, bold=True)
        _text(page, 50, 90, "Born 12/03/1990 - arXiv 2501.01202", 10)
        _text(page, 50, 104, "adrian.keller@mail.de", 10)
        _experience(page, 50, 160)

    contact = _contact(_pdf(draw))
    assert contact["phone"] is None
    assert contact["name"] == "Adrian Keller"


def test_a_summary_sentence_of_capitalised_skills_is_not_a_name() -> None:
    """No name above the summary (it is in a page header some readers drop): "React" from the sentence listing
    skills is no name either."""

    def draw(page: Any) -> None:
        _text(page, 32, 60, "pat.levy@mail.com", 9)
        _text(page, 32, 125, "Accomplished web developer. My focus is on Raku, JS, React, Vue, MySQL, and CSS.", 11)
        _experience(page, 32, 200)

    assert _contact(_pdf(draw))["name"] is None


def test_a_name_set_on_two_lines_is_read_whole() -> None:
    """Canva prints the first name over the surname in the same large type."""

    def draw(page: Any) -> None:
        _text(page, 230, 85, "MANU", 36, bold=True)
        _text(page, 262, 120, "GOSWAMI", 36)
        _text(page, 230, 160, "Graphic Designer", 14)
        _text(page, 230, 180, "manu.g@mail.com | +91 98301 23456", 10)
        _experience(page, 60, 240)

    assert _contact(_pdf(draw))["name"] == "MANU GOSWAMI"


def test_a_name_beside_its_title_after_a_hyphen_and_no_lone_title_or_language() -> None:
    def draw(page: Any) -> None:
        _text(page, 50, 50, "Programmer", 20, bold=True)
        _text(page, 50, 80, "Andrew Martinelli - Junior Developer", 16)
        _text(page, 50, 100, "French", 16)
        _text(page, 50, 120, "andrew.m@mail.com | +09938260644", 10)
        _experience(page, 50, 170)

    contact = _contact(_pdf(draw))
    assert contact["name"] == "Andrew Martinelli"
    assert contact["phone"] == "+09938260644"  # a national number behind a stray plus


def test_a_name_in_display_type_between_contact_details_is_the_name() -> None:
    """A three-part header: the city over the email on the left, the name in 24 pt in the middle of the email's row,
    links on the right. The first text of the row is the email, and the city opens the page."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Bangalore, India", 11)
        _text(page, 480, 40, "site.dev", 11)
        _text(page, 40, 56, "ilango.r@mail.com", 11)
        _text(page, 220, 56, "Ilango Rajagopal", 24)
        _text(page, 480, 56, "github.com/ilango", 11)
        _experience(page, 40, 110)

    assert _contact(_pdf(draw))["name"] == "Ilango Rajagopal"


def test_a_display_name_stacked_across_two_contact_rows_is_read_whole() -> None:
    """The first names in display type in the middle of the address row, the surname in the same type in the
    middle of the email row under it; the rows between hold only small contact text."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Plaza Mayor 5, Alcala,", 8)
        _text(page, 230, 40, "Juan Casado", 22)
        _text(page, 430, 40, "www.casado.dev", 8)
        _text(page, 40, 50, "Madrid 28804, Spain.", 8)
        _text(page, 40, 60, "+34 601 391 502", 8)
        _text(page, 40, 70, "juan.c@mail.com", 8)
        _text(page, 230, 70, "Ballesteros", 22)
        _experience(page, 40, 120)

    assert _contact(_pdf(draw))["name"] == "Juan Casado Ballesteros"


def test_a_surname_first_name_is_read_whole() -> None:
    """Forms and some European CVs print the surname first in capitals, then a comma and the given name."""

    def draw(page: Any) -> None:
        _text(page, 40, 50, "MORGAN, Alex", 16, bold=True)
        _text(page, 40, 70, "Date of birth: 19.02.1988", 11)
        _text(page, 40, 84, "E-mail address: alex.morgan@mail.com", 11)
        _experience(page, 40, 130)

    assert _contact(_pdf(draw))["name"] == "MORGAN, Alex"
