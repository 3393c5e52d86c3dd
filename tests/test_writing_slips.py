"""Writing slips a recruiter fails the clean question for and contact a recruiter cannot see (issue 29, dev
corpus verdicts), each class on a small file written here."""

from __future__ import annotations

from typing import Any

from pdfdraw import pdf as _pdf
from pdfdraw import sections as _sections
from pdfdraw import text as _text
from resumecheck.config import Config
from resumecheck.judge import Judge

BODY = [
    (
        "EXPERIENCE",
        [
            "Data Analyst, Acme Corp  Jan 2021 - Present",
            "- Cut the reporting cycle from 9 to 5 days for 12 stores",
            "- Built 4 dashboards in Tableau used by 20 managers",
        ],
    ),
    ("EDUCATION", ["B.S. in Statistics, University of Oregon, 2016 - 2020"]),
    ("SKILLS", ["Python, SQL, Tableau, Excel"]),
]


def _entry(data: bytes, name: str = "resume.pdf") -> dict[str, Any]:
    entry: dict[str, Any] = Judge(Config()).judge_data(data, name).to_dict()
    assert entry["status"] == "checked", entry
    return entry


def _markdown(bullets: list[str], skills: str = "Python, SQL, Tableau, Excel") -> dict[str, Any]:
    text = "\n".join(
        [
            "# Jordan Avery",
            "",
            "Data Analyst",
            "",
            "jordan.avery@gmail.com | (415) 201-3344 | San Francisco, CA",
            "",
            "## Experience",
            "",
            "### Data Analyst, Acme Corp | Jan 2021 – Present",
            "",
            *[f"- {bullet}" for bullet in bullets],
            "",
            "## Education",
            "",
            "B.S. in Statistics, University of Oregon, 2016 – 2020",
            "",
            "## Skills",
            "",
            skills,
            "",
        ]
    )
    return _entry(text.encode(), "resume.md")


def _found(entry: dict[str, Any], rule: str) -> list[str]:
    return [str(f["match"]) for f in entry["findings"] if f["rule"] == rule]


def _verdict(entry: dict[str, Any], question: str) -> str:
    return str(next(q["verdict"] for q in entry["questions"] if q["id"] == question))


CLEAN_BULLETS = [
    "Cut the reporting cycle from 9 to 5 days for 12 stores",
    "Built 4 dashboards in Tableau and SQL used by 20 managers",
    "Served as Acting Manager of a 6-person team at Goldman Sachs",
]


def test_technology_names_in_the_wrong_case_are_found_and_names_in_their_own_case_or_capitals_are_not() -> None:
    slips = _markdown(
        ["Rebuilt 12 report pages in Html and CSS", "Moved 40 scripts from Javascript to Typescript"],
        skills="Python, SQL, javascript, Tableau",
    )
    assert _found(slips, "clean.capitals") == ["Html", "Javascript", "javascript"]
    fixes = [f["message"] for f in slips["findings"] if f["rule"] == "clean.capitals"]
    assert fixes[0] == '"Html" should be "HTML"' and fixes[2] == '"javascript" should be "JavaScript"'
    clean = _markdown([*CLEAN_BULLETS, "Rebuilt 12 report pages in HTML, PYTHON and JavaScript"])
    assert _found(clean, "clean.capitals") == []
    # an English word is no slip in lower case, nor is a name its own project often writes so ("pandas", "git")
    prose = _markdown(["Helped staff excel at their reviews, cutting rework by 30%"], skills="Python, SQL, pandas, git")
    assert _found(prose, "clean.capitals") == []


def test_a_technology_name_miscased_in_a_sentence_fails_clean_and_in_a_list_or_mid_sentence_capital_does_not() -> None:
    # one "Javascript" is a typo to a recruiter: an error, which fails clean on its own
    slip = _markdown([*CLEAN_BULLETS, "Moved 40 report scripts to Javascript"])
    assert [f["level"] for f in slip["findings"] if f["rule"] == "clean.capitals"] == ["error"]
    assert _verdict(slip, "clean") == "fail"
    # the tags misread capitals often enough that one mid-sentence capital stays a warning
    capital = _markdown(["Designed the schema and Implemented the billing API used by 30 stores", *CLEAN_BULLETS])
    assert [f["level"] for f in capital["findings"] if f["rule"] == "clean.capitals"] == ["warning"]
    assert _verdict(capital, "clean") == "pass"
    assert _verdict(_markdown([*CLEAN_BULLETS, "Moved 40 report scripts to JavaScript"]), "clean") == "pass"
    # in a list of names or as a label the case reads as a style: a warning, and clean still passes
    listed = _markdown(CLEAN_BULLETS, skills="Languages: Javascript, Python, Tableau, Matlab")
    assert [f["level"] for f in listed["findings"] if f["rule"] == "clean.capitals"] == ["warning"]
    assert _verdict(listed, "clean") == "pass"


def test_a_verb_capitalised_mid_sentence_is_found_but_titles_and_names_are_not() -> None:
    slips = _markdown(["Designed the schema and Implemented the billing API used by 30 stores", *CLEAN_BULLETS])
    assert _found(slips, "clean.capitals") == ["Implemented"]
    assert _found(_markdown(CLEAN_BULLETS), "clean.capitals") == []


def test_stray_spaces_and_periods_are_found_and_abbreviations_and_year_ranges_are_not() -> None:
    slips = _markdown(
        [
            "Managed payroll , invoicing and audits for 3 branches",
            "Built a trading agent. and backtested it on 5 years of data",
            "Took calls on 301-908- 9329 for 2 years",
        ]
    )
    assert _found(slips, "clean.spacing") == ["payroll ,", "agent. and", "908- 9329"]
    clean = _markdown([*CLEAN_BULLETS, "Handled filing, payroll, etc. and audits from 2019- 2021"])
    assert _found(clean, "clean.spacing") == []


def test_wrong_fixed_phrases_fail_clean_with_their_fix() -> None:
    entry = _markdown(["Graduate seeking for a role in audit, in accordance to my training", *CLEAN_BULLETS])
    messages = [f["message"] for f in entry["findings"] if f["rule"] == "clean.grammar"]
    assert messages == [
        'Grammar: "seeking for" should be "seeking"',
        'Grammar: "in accordance to" should be "in accordance with"',
    ]
    assert _verdict(entry, "clean") == "fail"
    assert _verdict(_markdown(CLEAN_BULLETS), "clean") == "pass"


def _linked(labels: list[tuple[str, str]], printed: str = "") -> bytes:
    """A page whose contact line is link labels ("Email | LinkedIn"), each over its link, and maybe printed text."""

    def draw(page: Any) -> None:
        _text(page, 50, 60, "Jordan Avery", 24, bold=True)
        _text(page, 50, 80, "Data Analyst", 10)
        x = 50.0
        for label, target in labels:
            _text(page, x, 98, label, 10)
            width = page.stringWidth(label, "Helvetica", 10)
            page.linkURL(target, (x, 792 - 100, x + width, 792 - 88), relative=0)
            x += width + 20
        if printed:
            _text(page, 50, 114, printed, 10)
        _sections(page, 150, BODY)

    return _pdf(draw)


def test_an_email_only_behind_a_link_label_fails_target_and_a_printed_one_passes() -> None:
    hidden = _entry(
        _linked([("Email", "mailto:jordan.avery@gmail.com"), ("LinkedIn", "https://linkedin.com/in/jordanavery")])
    )
    found = [f for f in hidden["findings"] if f["rule"] == "target.contact-visible"]
    assert next((f["level"], f["message"]) for f in found) == (
        "error",
        "Your email is only behind a link label, not printed on the page",
    )
    assert _verdict(hidden, "target") == "fail"
    shown = _entry(
        _linked(
            [("Email", "mailto:jordan.avery@gmail.com"), ("LinkedIn", "https://linkedin.com/in/jordanavery")],
            printed="jordan.avery@gmail.com | (415) 201-3344",
        )
    )
    assert not [f for f in shown["findings"] if f["rule"] == "target.contact-visible"]
    assert _verdict(shown, "target") == "pass"


def test_a_headline_that_is_only_student_does_not_say_what_you_do() -> None:
    def page(headline: str) -> bytes:
        def draw(canvas: Any) -> None:
            _text(canvas, 50, 60, "Jordan Avery", 24, bold=True)
            _text(canvas, 50, 80, headline, 10)
            _text(canvas, 50, 96, "jordan.avery@gmail.com | (415) 201-3344", 10)
            _sections(canvas, 140, BODY[1:] + BODY[:1])

        return _pdf(draw)

    assert [f["rule"] for f in _entry(page("Student"))["findings"] if f["rule"] == "target.headline"]
    assert not [f for f in _entry(page("Statistics Student"))["findings"] if f["rule"] == "target.headline"]
