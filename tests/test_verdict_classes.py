"""Verdicts a recruiter gives that the checker missed on real resumes (benchmarks/devcorpus/verdicts.tsv), each
class on a small file written here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pdfdraw import pdf as _pdf
from pdfdraw import sections as _sections
from pdfdraw import text as _text
from resumecheck.config import Config
from resumecheck.judge import Judge

HEAD = ("Jordan Avery", "Data Analyst", "jordan.avery@gmail.com | (415) 555-0142 | San Francisco, CA")


def _entry(data: bytes) -> dict[str, Any]:
    entry: dict[str, Any] = Judge(Config()).judge_data(data, "resume.pdf").to_dict()
    assert entry["status"] == "checked", entry
    return entry


def _resume(head: Sequence[str], pages: Sequence[Sequence[tuple[str, Sequence[str]]]]) -> bytes:
    """The name in 24 pt and head lines under it on page 1, then each page's headed sections."""

    def draw(page: Any) -> None:
        _text(page, 50, 60, head[0], 24, bold=True)
        top = 60.0
        for line in head[1:]:
            top += 18
            _text(page, 50, top, line, 10)
        for number, body in enumerate(pages):
            if number:
                page.showPage()
                top = 30.0
            _sections(page, top + 40, body)

    return _pdf(draw)


def _verdict(entry: dict[str, Any], question: str) -> str:
    return str(next(q["verdict"] for q in entry["questions"] if q["id"] == question))


STUDENT_PAGE_1 = [
    ("EDUCATION", ["B.S. in Statistics, University of Oregon, Sep 2023 - May 2027", "GPA 3.8, Dean's List"]),
    (
        "EXPERIENCE",
        [
            "Research Assistant, University of Oregon  Jun 2025 - Aug 2025",
            "- Cleaned 12 survey datasets in R and cut the analysis time by 30%",
            "- Built 4 dashboards in Tableau used by 20 researchers",
        ],
    ),
    ("SKILLS", ["Python, R, SQL, Tableau, Excel"]),
]
STUDENT_PAGE_2 = [
    ("PROJECTS", ["Course scheduler: a Python tool used by 150 students", "Bike-share demand model in R"]),
    ("ACTIVITIES", ["Statistics Club treasurer", "Volunteer tutor, 2024"]),
]


def test_two_pages_for_a_student_fail_skim_and_one_page_passes() -> None:
    two = _entry(_resume(HEAD, [STUDENT_PAGE_1, STUDENT_PAGE_2]))
    finding = next(f for f in two["findings"] if f["rule"] == "skim.length")
    assert finding["level"] == "error" and "2 pages" in finding["message"]
    assert _verdict(two, "skim") == "fail"
    one = _entry(_resume(HEAD, [STUDENT_PAGE_1 + STUDENT_PAGE_2[:1]]))
    assert not [f for f in one["findings"] if f["rule"] == "skim.length" and "pages" in f["message"]]
    assert _verdict(one, "skim") == "pass"


def _rules(entry: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in entry["findings"] if f["rule"] == rule and f["level"] in ("error", "warning")]


BODY = [
    ("EXPERIENCE", ["Data Analyst, Acme Corp  Jan 2021 - Present", "- Cut the reporting cycle from 9 to 5 days"]),
    ("EDUCATION", ["B.S. in Statistics, University of Oregon, 2016 - 2020"]),
    ("SKILLS", ["Python, R, SQL, Tableau, Excel"]),
]


def test_a_name_atop_a_sidebar_is_first_though_the_main_column_starts_higher() -> None:
    """A sidebar template: the main column's profile begins above the name, which opens the left column."""

    def draw(page: Any) -> None:
        _text(page, 230, 50, "Profile", 13, bold=True)
        for number, line in enumerate(["Data analyst with five years in retail pricing.", "I build forecasts."]):
            _text(page, 230, 70 + 14 * number, line, 9)
        _text(page, 30, 100, "Jordan Avery", 16, bold=True)
        _text(page, 30, 120, "jordan.avery@gmail.com", 8)
        _text(page, 30, 134, "(415) 555-0142", 8)
        _sections(page, 140, [(h, lines) for h, lines in BODY])

    entry = _entry(_pdf(draw))
    assert entry["facts"]["contact"]["name"] == "Jordan Avery"
    assert not _rules(entry, "target.name-first")


def test_contact_atop_a_right_column_is_not_buried() -> None:
    """The phone and email open a right-hand column that an ATS reads after the whole left one."""

    def draw(page: Any) -> None:
        _text(page, 40, 50, "Jordan Avery", 24, bold=True)
        _text(page, 40, 70, "Data Analyst", 10)
        top = 110.0
        for heading, lines in BODY * 5:
            _text(page, 40, top, heading, 12, bold=True)
            for line in lines:
                top += 14
                _text(page, 40, top, line[:60], 9)
            top += 30
        _text(page, 430, 45, "(415) 201-3344", 9)
        _text(page, 430, 60, "jordan.avery@gmail.com", 9)
        for number, skill in enumerate(["Python", "SQL", "Tableau", "Excel", "Forecasting", "Pricing"] * 3):
            _text(page, 430, 120 + 36 * number, skill, 9)

    entry = _entry(_pdf(draw))
    assert entry["facts"]["contact"]["phone"] and entry["facts"]["contact"]["email"]
    assert not [f for f in _rules(entry, "target.contact-visible") if "buried" in f["message"]]


def test_a_name_and_contact_line_repeated_atop_every_page_are_read_at_the_top_of_page_one() -> None:
    """A template prints the name and contact line in the running header of each page."""

    def draw(page: Any) -> None:
        for number in range(2):
            if number:
                page.showPage()
            _text(page, 250, 30, "Jordan Avery", 16, bold=True)
            _text(page, 200, 46, "jordan.avery@gmail.com • https://javery.github.io", 10)
            _sections(page, 100, BODY if not number else [("PROJECTS", ["Pricing model in R"] * 3)])

    entry = _entry(_pdf(draw))
    assert entry["facts"]["contact"]["name"] == "Jordan Avery"
    assert not _rules(entry, "target.name-first")
    visible = _rules(entry, "target.contact-visible")
    assert not [f for f in visible if "page header" in f["message"]]
    missing = [f for f in visible if "phone is missing" in f["message"]]
    assert missing and missing[0]["level"] == "warning"  # the email and the site in the header reach the candidate


def test_a_phone_grouped_with_middle_dots_is_read() -> None:
    entry = _entry(_resume(("Jordan Avery", "Data Analyst", "(+44) · 786 · 024 · 0326 ⋄ jordan@avery.io"), [BODY]))
    assert entry["facts"]["contact"]["phone"] == "(+44) · 786 · 024 · 0326"
