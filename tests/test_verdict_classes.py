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
    assert [f["level"] for f in visible if "page header" in f["message"]] == ["warning"]  # some ATS drop headers
    missing = [f for f in visible if "phone is missing" in f["message"]]
    assert missing and missing[0]["level"] == "warning"  # the email and the site in the header reach the candidate


def test_a_phone_grouped_with_middle_dots_is_read() -> None:
    entry = _entry(_resume(("Jordan Avery", "Data Analyst", "(+44) · 786 · 024 · 0326 ⋄ jordan@avery.io"), [BODY]))
    assert entry["facts"]["contact"]["phone"] == "(+44) · 786 · 024 · 0326"


def _picture(page: Any, x: float, top: float, width: float, height: float) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    from pdfdraw import HEIGHT

    page.drawImage(ImageReader(Image.new("RGB", (60, 60), (20, 20, 20))), x, HEIGHT - top - height, width, height)


def test_a_square_picture_low_on_the_page_is_a_qr_code_not_a_photo() -> None:
    """A QR code linking to a portfolio sits at the bottom of the sidebar; a head shot opens the page."""

    def draw(page: Any, top: float) -> None:
        _text(page, 50, 60, HEAD[0], 24, bold=True)
        _text(page, 50, 80, HEAD[2], 10)
        _sections(page, 120, BODY)
        _picture(page, 460, top, 70, 70)

    low = _entry(_pdf(lambda page: draw(page, 640)))
    assert not low["facts"]["personal"]["photo"]
    assert not [f for f in low["findings"] if f["rule"] == "clean.personal-info"]
    high = _entry(_pdf(lambda page: draw(page, 40)))
    assert high["facts"]["personal"]["photo"]
    assert [f for f in high["findings"] if f["rule"] == "clean.personal-info"]


def _experience(bullets: Sequence[str], extra: Sequence[tuple[str, Sequence[str]]] = ()) -> bytes:
    roles = [
        "Data Analyst, Acme Corp  Jan 2021 - Present",
        *[f"- {bullet}" for bullet in bullets[:3]],
        "Junior Analyst, Bolt Foods  Jun 2018 - Dec 2020",
        *[f"- {bullet}" for bullet in bullets[3:]],
    ]
    body = [("EXPERIENCE", roles), *extra, ("EDUCATION", ["B.S. in Statistics, University of Oregon, 2014 - 2018"])]
    return _resume(HEAD, [[*body, ("SKILLS", ["Python, R, SQL, Tableau, Excel"])]])


def _proof(entry: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in entry["findings"] if f["rule"] == "proof.quantified-bullets"]


SCALE_ONLY = [
    "Led a team of 3 analysts on the weekly sales report",
    "Cleaned 7 datasets for the pricing team",
    "Managed 1,500 store records in SQL",
    "Prepared the monthly budget pack",
    "Answered questions from 12 store managers",
]


def test_numbers_that_are_only_scale_fail_proof_and_two_results_pass() -> None:
    scale = _entry(_experience(SCALE_ONLY))
    assert [f["level"] for f in _proof(scale)] == ["error"] and _verdict(scale, "proof") == "fail"
    results = [
        "Cut the weekly report from 9 hours to 2 by automating it in Python",
        "Raised forecast accuracy by 18% with a new pricing model",
        *SCALE_ONLY[2:],
    ]
    strong = _entry(_experience(results))
    assert not [f for f in _proof(strong) if f["level"] == "error"]


def test_a_students_results_in_projects_count_and_salary_lines_do_not() -> None:
    projects = ("PROJECTS", ["- Course scheduler used by 1,200+ students", "- Cut page load time by 40% in React"])
    student = _entry(_experience(["Tutored first-year students in statistics"], [projects]))
    assert not [f for f in _proof(student) if f["level"] == "error"]
    salary = _entry(_experience(["Salary: $32,918 per year 40 hours/week", "Salary: $18,000 per year"]))
    assert [f["level"] for f in _proof(salary)] == ["error"]


def _academic(publications: Sequence[str]) -> bytes:
    body = [
        ("EDUCATION", ["Ph.D. in Physics, University of Oregon, 2016 - 2021"]),
        ("RESEARCH EXPERIENCE", ["Postdoctoral Researcher, Lund University  Sep 2021 - Present",
                                 "- Study light scattering in thin films"]),
        ("PUBLICATIONS", publications),
    ]
    return _resume(("Dr. Jordan Avery", "Physicist", "jordan.avery@lu.se | +46 46 222 00 00"), [body])


def test_an_academic_cvs_cited_papers_are_its_proof_but_a_list_of_chapters_is_not() -> None:
    cited = _entry(_academic([
        "Avery J., Lind K. Thin-film scattering. Physical Review Letters 124, 2020.",
        "Avery J. et al. Optical modes in films. Proceedings of the SPIE Conference, 2022.",
    ]))
    assert cited["profile"] == "academic" and not _proof(cited)
    chapters = _entry(_academic(["1865 Chapter One, Down the Rabbit Hole.", "1865 Chapter Two, The Pool of Tears."]))
    assert [f["level"] for f in _proof(chapters)] == ["error"]


def test_a_name_set_in_lower_case_is_read_by_the_candidates_own_handle() -> None:
    page = [("EXPERIENCE", ["Data Analyst, Acme Retail  Jan 2021 - Present", "- Cut reporting time by 40%"])]
    styled = _entry(_resume(("aaron buxbaum", "Boston, MA", "aaronbuxbaum@gmail.com | (617) 555-0142"), [page]))
    assert styled["facts"]["contact"]["name"] == "aaron buxbaum"
    assert not [f for f in styled["findings"] if f["rule"] == "target.name-first"]
    tagline = _entry(_resume(("data and design", "Boston, MA", "aaronbuxbaum@gmail.com | (617) 555-0142"), [page]))
    assert tagline["facts"]["contact"]["name"] != "data and design"  # a lowercase line no handle holds is no name


DUTIES = [
    "Maintained the reporting pipeline in Python",
    "Wrote the monthly sales summary",
    "Supported the pricing team with ad hoc queries",
    "Reviewed data quality checks",
]


def _papers(count: int) -> list[str]:
    return [f"Avery J., Lind K. Demand model {n}. Proceedings of the KDD Conference, 20{10 + n}." for n in range(count)]


def test_four_cited_papers_are_proof_outside_academia_and_three_beside_duties_are_not() -> None:
    record = _entry(_experience(DUTIES, [("PUBLICATIONS", _papers(4))]))
    assert record["profile"] != "academic" and not [f for f in _proof(record) if f["level"] == "error"]
    side_note = _entry(_experience(DUTIES, [("PUBLICATIONS", _papers(3))]))
    assert side_note["profile"] != "academic" and [f["level"] for f in _proof(side_note)] == ["error"]


def test_a_venue_named_by_its_acronym_and_year_cites_a_paper() -> None:
    cited = _entry(_academic([
        "Avery J., Lind K. Sharper boundaries in depth estimation. BMVC Oral, November 2025, Sheffield",
        "Avery J., Lind K. Ground constraints for metric depth. ECCV 2024, October 2024, Milan",
    ]))
    assert cited["profile"] == "academic" and not _proof(cited)


def test_an_amount_written_as_an_adjective_is_a_result() -> None:
    hyphened = _entry(_experience(["Rescued a 20-million-dollar project by applying scaling laws",
                                   "Halved the size of three systems", *DUTIES[:2]]))
    assert not [f for f in _proof(hyphened) if f["level"] == "error"]
    one = _entry(_experience(["Rescued a failing project by applying scaling laws",
                              "Halved the size of three systems", *DUTIES[:2]]))
    assert [f["level"] for f in _proof(one)] == ["error"]


def _opening(heading: str, opening: Sequence[str]) -> dict[str, Any]:
    """A resume with no headline under the name: contact details, then an opening section, then the rest."""
    head = ("Jordan Avery", "jordan.avery@gmail.com | (415) 201-0142 | San Francisco, CA")
    return _entry(_resume(head, [[(heading, list(opening)), *STUDENT_PAGE_1]]))


def test_an_opening_that_only_says_what_you_want_fails_target_and_one_naming_a_role_passes() -> None:
    """No headline and an objective or summary naming no role, field or study: who the candidate is stays
    unsaid, an error; the same opening naming what they are or want is read as the headline."""
    generic = _opening(
        "OBJECTIVE",
        ["Dedicated to get an opportunity where I can maximize my potential", "and contribute to the organization."],
    )
    assert [f["level"] for f in _rules(generic, "target.headline")] == ["error"]
    assert _verdict(generic, "target") == "fail"
    summary = _opening(
        "SUMMARY", ["Hardworking and self-motivated, seeking an opportunity to work in a challenging environment."]
    )
    assert [f["level"] for f in _rules(summary, "target.headline")] == ["error"]
    named = _opening("OBJECTIVE", ["Seeking an opportunity as a data analyst where I can grow my skills."])
    assert not _rules(named, "target.headline")
    student = _opening("SUMMARY", ["Statistics student seeking an opportunity to apply R and SQL."])
    assert not _rules(student, "target.headline")
    plain = _opening("SUMMARY", ["Careful with numbers and tidy with data, from surveys to dashboards."])
    assert not _rules(plain, "target.headline")  # a summary that wants nothing is read as before


def _titled(title: str | None) -> dict[str, Any]:
    """A resume whose page may open with a line centred above the left-set name."""

    def draw(page: Any) -> None:
        if title:
            _text(page, 260, 40, title, 14, bold=True)
        _text(page, 50, 70, "Jordan Avery", 20, bold=True)
        _text(page, 50, 92, "Data Analyst", 10)
        _text(page, 50, 106, "jordan.avery@gmail.com | (415) 201-0142 | San Francisco, CA", 10)
        _sections(page, 140, BODY)

    return _entry(_pdf(draw))


def test_a_document_title_above_the_name_fails_target_and_a_plain_top_passes() -> None:
    """'RESUME' or 'Curriculum Vitae' set over the name is what the page says first: an error of name-first,
    not the warning of a name read late; a top line that is not a document title is not this class."""
    for title in ("RESUME", "Curriculum Vitae", "RESUME SAMPLE - FUNCTIONAL"):
        entry = _titled(title)
        assert [(f["level"], f["match"]) for f in _rules(entry, "target.name-first")] == [("error", title)]
        assert _verdict(entry, "target") == "fail"
    assert not _rules(_titled(None), "target.name-first")
    assert _verdict(_titled(None), "target") == "pass"
    assert [f["level"] for f in _rules(_titled("Resume of work in data analysis"), "target.name-first")] != ["error"]
