"""Structure read from the layouts real job seekers make: each generated sample's facts against what it was built
from (sample_resumes/structure.py), and the layouts' own text forms (dates and headings they use are in test_dates_sections.py)."""

from __future__ import annotations

import re

import pytest
from structure import STRUCTURE

from conftest import SAMPLES, read_entry
from resumecheck.reader import read_path
from resumecheck.facts.contact import deobfuscate
from resumecheck.facts.dates import find_dates
from resumecheck.facts.sections import unspace
from resumecheck.parsers import parse_bytes
from resumecheck.textnorm import clean_line, strip_bullet


@pytest.fixture(scope="module", params=sorted(STRUCTURE))
def built(request: pytest.FixtureRequest) -> tuple[dict[str, object], dict[str, object]]:
    entry = read_entry(read_path(SAMPLES / request.param))
    assert entry["status"] == "checked", entry["error"]
    return STRUCTURE[request.param], entry["facts"]


def test_contact(built: tuple[dict[str, object], dict[str, object]]) -> None:
    expected, facts = built
    contact = facts["contact"]
    assert (contact["name"], contact["email"]) == (expected["name"], expected["email"])
    assert re.sub(r"\D", "", contact["phone"] or "").endswith(str(expected["phone"]))


def test_sections_in_order(built: tuple[dict[str, object], dict[str, object]]) -> None:
    expected, facts = built
    names = [section["name"] for section in facts["sections"]]
    assert names == expected["sections"], "entry titles, sub-heads and side headings must not open sections"


def test_positions_and_bullets(built: tuple[dict[str, object], dict[str, object]]) -> None:
    expected, facts = built
    assert [(p["start"], p["end"]) for p in facts["positions"]] == expected["positions"]
    assert facts["bullets"]["experience"] == expected["bullets"]


def test_titles_are_not_sub_heads_or_dots() -> None:
    positions = read_entry(read_path(SAMPLES / "grace_lee_word_style.pdf"))["facts"]["positions"]
    assert [p["title"] for p in positions] == ["Operations Manager", "Senior Analyst", "Logistics Coordinator"]
    assert "Key Achievements" not in {p["organization"] for p in positions}
    academic = read_entry(read_path(SAMPLES / "omar_haddad_academic.pdf"))["facts"]["positions"]
    assert [p["title"] for p in academic][1:3] == ["Lecturer", "Teaching Fellow"]


def test_side_heading_content_stays_in_its_section() -> None:
    positions = read_entry(read_path(SAMPLES / "kenji_mori_margin_headings.pdf"))["facts"]["positions"]
    assert positions[0]["title"] == "Data Analyst" and positions[0]["organization"] == "Evergreen Outfitters"


def test_docx_content_controls_are_read() -> None:
    document = parse_bytes((SAMPLES / "ana_silva_controls.docx").read_bytes(), "ana_silva_controls.docx")
    texts = [line.text for line in document.lines]
    assert "SUMMARY" in texts and "EXPERIENCE" in texts
    assert any(text.startswith("Senior Product Designer") for text in texts)  # an inline content control


def test_months_and_years_that_are_not_ranges() -> None:
    assert [(d.start, d.end) for d in find_dates("2020-03")] == [("2020-03", None)]
    assert [(d.start, d.end) for d in find_dates("2023 jan.")] == [("2023-01", None)]
    assert [d.start for d in find_dates("20 24- Post")] == ["2024"]  # a year kerned apart before its dash


def test_letter_spacing_and_obfuscation() -> None:
    assert unspace("E X P E R I E N C E") == "EXPERIENCE"
    assert unspace("I led a team") == "I led a team"
    assert deobfuscate("richard[dot]morel[at]pitt[dot]edu") == "richard.morel@pitt.edu"


def test_hyphens_and_word_bullets() -> None:
    assert clean_line("(909) 555-\u20105555 on-\u00ad\u2010campus") == "(909) 555-5555 on-campus"
    assert strip_bullet(clean_line("\uf0b7 Managed a team of 6")) == (True, "Managed a team of 6")
    assert strip_bullet("o Managed the front desk") == (True, "Managed the front desk")
    assert strip_bullet("o") == (False, "o")


def test_markdown_front_matter_name_heading_and_hard_breaks() -> None:
    source = (
        '---\ntitle: "CV"\npermalink: /cv/\n---\n\n{% include base_path %}\n\n# Maria Lopez\n\n'
        "Data Scientist  \nmaria[at]example[dot]com  \n\n# Experience\n\n_Acme Corp_  2019-  \nData Scientist\n\n"
        "# Education\n\nPhD, Statistics, 2019\n"
    )
    entry = parse_bytes(source.encode(), "cv.md")
    from resumecheck.facts import extract_facts

    facts = extract_facts(entry)
    assert facts.contact.name == "Maria Lopez" and facts.contact.email == "maria@example.com"
    assert [s.name for s in facts.sections] == ["experience", "education"]
    assert [(p.start, p.end) for p in facts.positions] == [("2019", "present")]


def test_fenced_resume_is_read_as_text() -> None:
    source = "```\nJANE ROE\njane@gmail.com\n\nEXPERIENCE\nAnalyst, Foo Inc, 2018 - 2020\n```\n"
    document = parse_bytes(source.encode(), "resume.md")
    assert [line.text for line in document.lines][:2] == ["JANE ROE", "jane@gmail.com"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("+91-98206xxxxx", "+91-98206xxxxx"),
        ("Work 2018-10 – 2019-04 at Gong", None),
        ("Pages 17(9), 1778-1795.", None),
    ],
)
def test_phone_candidates(text: str, phone: str | None) -> None:
    from resumecheck.facts import extract_facts

    document = parse_bytes(f"Jane Roe\n{text}\n".encode(), "resume.txt")
    assert extract_facts(document).contact.phone == phone


def test_name_after_a_stray_hash_and_not_a_job_title() -> None:
    from resumecheck.facts import extract_facts

    document = parse_bytes(b"# Jane Roe\nSenior Data Engineer\njane@gmail.com\n\nEXPERIENCE\nAnalyst, 2018 - 2020\n", "r.txt")
    assert extract_facts(document).contact.name == "Jane Roe"


def test_lost_ligatures_are_put_back() -> None:
    from resumecheck.textnorm import LIGATURE_HOLE

    text = f"Built an e{LIGATURE_HOLE}ective team and cut sta{LIGATURE_HOLE} time"
    assert clean_line(text) == "Built an effective team and cut staff time"


def test_a_lone_bullet_glyph_row_makes_the_next_row_a_bullet() -> None:
    from resumecheck.model import Box, Line
    from resumecheck.parsers.wrapping import merge_wrapped

    glyph = Line(text="•", page=1, box=Box(36, 513, 40, 521), size=8)
    item = Line(text="Accountable for developing PHP applications", page=1, box=Box(54, 531, 352, 539), size=8)
    far = Line(text="Key Result Area:", page=1, box=Box(36, 580, 96, 588), size=8)
    merged = merge_wrapped([glyph, item, Line(text="•", page=1, box=Box(36, 540, 40, 548), size=8), far])
    assert [(line.kind, line.text) for line in merged] == [
        ("bullet", "Accountable for developing PHP applications"), ("text", "•"), ("text", "Key Result Area:")]


def test_employer_as_title_lines() -> None:
    from resumecheck.facts import extract_facts

    source = b"Jane Roe\njane@gmail.com\n\nEMPLOYMENT DETAILS\nSince Nov\xe2\x80\x9913: Apps Private Limited, Bangalore as Senior Web Developer\n- Built a SAAS app used by 3,000 firms\n"
    positions = extract_facts(parse_bytes(source, "r.txt")).positions
    assert [(p.title, p.organization, p.start, p.end) for p in positions] == [
        ("Senior Web Developer", "Apps Private Limited", "2013-11", "present")]


def test_a_word_table_role_with_labelled_fields_and_a_capitals_employer() -> None:
    """Employer in capitals, locality lines, "Designation : …", "From:- … to …" — one role per table row, as many
    Indian resumes lay experience out: the employer and the places are not section headings, the labelled
    designation is the title, and the line whose words name an employer is the organisation."""
    from resumecheck.facts import extract_facts

    text = (
        "Asha Verma\nasha.verma@gmail.com | +91-98100 00000 | Noida, Uttar Pradesh\n\n"
        "CAREER OBJECTIVE\nTo build reliable web applications for a growing product company.\n\n"
        "WORK EXPERIENCE\nBRIGHTWAVE INFOTECH PVT. LTD.\nSECTOR 62\nNOIDA\nDesignation : Software Developer\n"
        "From:- July-2019 to Present\nExperience:- 4 years\nNIMBUS SOFTWARE SOLUTIONS\nPUNE\n"
        "Designation : Junior Developer\nFrom:-Jan-2017 to Jun-2019\n\n"
        "TECHNICAL SKILLS\nLanguage:- PHP, Python\n\nEDUCATION\nB.Tech in Computer Science, 2013-2017\n"
    )
    facts = extract_facts(parse_bytes(text.encode(), "asha.txt"))
    assert [s.name for s in facts.sections] == ["objective", "experience", "skills", "education"]
    assert [(p.title, p.organization, p.start, p.end) for p in facts.positions] == [
        ("Software Developer", "BRIGHTWAVE INFOTECH PVT. LTD.", "2019-07", "present"),
        ("Junior Developer", "NIMBUS SOFTWARE SOLUTIONS", "2017-01", "2019-06"),
    ]
    labelled = "EXPERIENCE\nCompany: Lumen Retail\nRole: Data Analyst\nLocation: Pune\nJan 2020 - Present\n- Built 12 dashboards\n"
    position = extract_facts(parse_bytes(("Ravi Rao\nravi@gmail.com\n\n" + labelled).encode(), "r.txt")).positions[0]
    assert (position.title, position.organization) == ("Data Analyst", "Lumen Retail")


def test_entries_named_in_capitals_over_labelled_fields_stay_in_their_section() -> None:
    """Projects and schooling laid out in a Word table: a project's name in capitals over "Environment : …", a
    qualification over "College : …" are entries, not sections; a known heading after them still opens one."""
    from resumecheck.facts import extract_facts

    text = (
        "Asha Verma\nasha.verma@gmail.com | +91-98100 00000\n\n"
        "KEY PROJECTS\nTATA POWER\nwww.example-power.in\nEnvironment : PHP, jQuery\nTeam Size : 4\n"
        "SAMS\nEnvironment : CodeIgniter, MySQL\nDetails : A school management system.\n\n"
        "EDUCATIONAL QUALIFICATION\nDIPLOMA\nCOMPUTER SCIENCE\nCollege : Shekhawati Polytechnic College\n"
        "Year : 2011-2014\nHIGH SCHOOL\nSchool : Nav Jeevan Mission School\n\n"
        "PERSONAL DETAILS\nLanguages : English, Hindi\n"
    )
    facts = extract_facts(parse_bytes(text.encode(), "asha.txt"))
    assert [(s.heading.text, s.name) for s in facts.sections] == [
        ("KEY PROJECTS", "projects"), ("EDUCATIONAL QUALIFICATION", "education"), ("PERSONAL DETAILS", "other"),
    ]
