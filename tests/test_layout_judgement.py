"""Layout judgements a recruiter makes on PDFs: what counts as one drawing, a headline, a named file, an unsafe layout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

from conftest import SAMPLES
from resumecheck import check_file
from resumecheck.config import Config
from resumecheck.reader import read_path

TODAY = (2026, 11)


def _rules(path: Path) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for finding in check_file(str(path), Config(today=TODAY))["findings"]:
        found.setdefault(finding["rule"], []).append(finding)
    return found


def _resume(path: Path, *, experience_first: bool = True, email: str = "dlowe88@gmail.com",
            icons: bool = False, backgrounds: bool = False) -> Path:
    """A one-column PDF: name, contact line, then Experience (right under the contact) or Education first."""
    page = canvas.Canvas(str(path), pagesize=LETTER, invariant=1)
    width, height = LETTER
    if backgrounds:  # a white page-size rect and a grey band behind the name: decoration, not graphics
        page.setFillColorRGB(1, 1, 1)
        page.rect(0, 0, width, height, fill=1, stroke=0)
        page.setFillColorRGB(0.95, 0.95, 0.95)
        page.rect(0, height - 90, width, 60, fill=1, stroke=0)
        page.setFillColorRGB(0, 0, 0)
    y = height - 60
    page.setFont("Helvetica-Bold", 20)
    page.drawString(54, y, "Debra Lowe")
    y -= 18
    page.setFont("Helvetica", 10)
    page.drawString(54, y, f"{email} | (720) 201-3344 | Denver, CO")
    if icons:  # a phone icon of three touching shapes, and an envelope of two, beside the contact line
        for x in (320, 340):
            page.circle(x, y + 3, 3, fill=1, stroke=0)
            page.rect(x - 3, y - 1, 6, 4, fill=1, stroke=0)
        page.rect(337, y + 4, 2, 4, fill=1, stroke=0)
    blocks = [
        ("EXPERIENCE", [("Helvetica-Bold", "Software Engineer, Acme Corp          Jan 2020 - Present"),
                        ("Helvetica", "•  Cut build times by 40% for 30 engineers"),
                        ("Helvetica", "•  Shipped a billing service used by 2,000 clients")]),
        ("EDUCATION", [("Helvetica", "B.S. in Computer Science, University of Denver, 2014 - 2018")]),
        ("SKILLS", [("Helvetica", "Python, Go, PostgreSQL, Kubernetes, Terraform")]),
    ]
    if not experience_first:
        blocks = [blocks[1], ("PROJECTS", [("Helvetica", f"•  Project {n}: a tool used by {n * 10} people") for n in range(1, 9)]),
                  blocks[0], blocks[2]]
    for heading, lines in blocks:
        y -= 26
        page.setFont("Helvetica-Bold", 12)
        page.drawString(54, y, heading)
        for font, text in lines:
            y -= 15
            page.setFont(font, 10)
            page.drawString(54, y, text)
    page.showPage()
    page.save()
    return path


def test_a_current_role_right_under_the_contact_block_is_the_headline(tmp_path: Path) -> None:
    assert "target.headline" not in _rules(_resume(tmp_path / "debra_lowe.pdf"))
    far = _rules(_resume(tmp_path / "debra_lowe_far.pdf", experience_first=False))
    assert "target.headline" in far  # the role sits a page-third down, under Education and Projects


def test_a_file_named_after_the_persons_handle_is_named(tmp_path: Path) -> None:
    assert "skim.file-format" not in _rules(_resume(tmp_path / "dlowe88_cv.pdf"))
    unnamed = _rules(_resume(tmp_path / "cv_final.pdf"))["skim.file-format"]
    assert "file name" in unnamed[0]["message"]


def test_drawings_are_counted_as_a_person_sees_them(tmp_path: Path) -> None:
    plain = read_path(_resume(tmp_path / "debra_lowe.pdf", backgrounds=True)).facts
    assert plain is not None and plain.document.layout.graphics == 0  # page fill and header band are backgrounds
    icons = read_path(_resume(tmp_path / "debra_lowe_icons.pdf", icons=True)).facts
    assert icons is not None and icons.document.layout.graphics == 2  # five shapes, two icons


def test_columns_with_skill_bars_and_letter_spaced_headings_fail_skim() -> None:
    designed = check_file(str(SAMPLES / "marcus_chen_designed_sidebar.pdf"), Config(today=TODAY))
    plain = check_file(str(SAMPLES / "marcus_chen_two_column.pdf"), Config(today=TODAY))
    skim = {entry["path"]: next(q for q in entry["questions"] if q["id"] == "skim") for entry in (designed, plain)}
    assert skim[designed["path"]]["verdict"] == "fail"
    assert any(f["rule"] == "skim.ats-layout" and "headings an ATS reads in pieces" in f["message"] for f in designed["findings"])
    assert not any(f["rule"] == "skim.ats-layout" for f in plain["findings"])


_EXPERIENCE = (
    "## Education\n\nB.S. in Computer Science, University of Denver, 2014 – 2018\n\n## Experience\n\n"
    "### Acme Corp | Jan 2020 – Present\n\n- Cut build times by 40% for 30 engineers\n"
)


def _headline_fires(tmp_path: Path, top: str) -> bool:
    resume = tmp_path / "debra_lowe.md"
    resume.write_text(f"# Debra Lowe\n\n{top}\n\n{_EXPERIENCE}", encoding="utf-8")
    return "target.headline" in _rules(resume)


def test_what_a_recruiter_reads_as_a_headline(tmp_path: Path) -> None:
    """A title beside the contact details, a one-sentence tagline naming what you are, and a summary under an
    objective are headlines; a citizenship beside the phone or a long paragraph naming no job is not."""
    assert not _headline_fires(tmp_path, "Data Analyst | dlowe88@gmail.com | (720) 201-3344")
    assert not _headline_fires(
        tmp_path,
        "dlowe88@gmail.com | (720) 201-3344\n\nFrench engineering student in final year at CentraleSupélec and "
        "business management at IGR, looking for a first role in cybersecurity",
    )
    assert not _headline_fires(
        tmp_path,
        "dlowe88@gmail.com | (720) 201-3344\n\n## Objective\n\nA challenging career in software.\n\n"
        "## Profile Summary\n\nInnovative IT professional with 3 years of experience in payments.",
    )
    assert _headline_fires(tmp_path, "US Citizen | (720) 201-3344 | dlowe88@gmail.com")
    assert _headline_fires(
        tmp_path,
        "dlowe88@gmail.com | (720) 201-3344\n\nIn this style, the resume starts with a block of text where you "
        "can briefly list your specialties or include a salient quote; ending a line with a backslash forces a "
        "line break in the output.",
    )


def _titled(path: Path, heading: str) -> Path:
    """Name, contact line, then `heading` set like the section headings below it, then Experience."""
    page = canvas.Canvas(str(path), pagesize=LETTER, invariant=1)
    y = LETTER[1] - 60
    rows = [("Helvetica-Bold", 20, "Debra Lowe"), ("Helvetica", 10, "dlowe88@gmail.com | (720) 201-3344"),
            ("Helvetica-Bold", 12, heading), ("Helvetica", 10, "Denver, CO"), ("Helvetica-Bold", 12, "EXPERIENCE"),
            ("Helvetica-Bold", 10, "Acme Corp, Denver          Jan 2020 - Present"),
            ("Helvetica", 10, "•  Cut build times by 40% for 30 engineers"),
            ("Helvetica-Bold", 12, "EDUCATION"),
            ("Helvetica", 10, "B.S. in Computer Science, University of Denver, 2014 - 2018")]
    for font, size, text in rows:
        page.setFont(font, size)
        page.drawString(54, y, text)
        y -= 26 if size > 10 else 15
    page.showPage()
    page.save()
    return path


def test_a_title_styled_as_a_heading_under_the_name_is_the_headline(tmp_path: Path) -> None:
    """'SENIOR DATA ENGINEER' set like a section heading right under the name says what you do; an unknown
    heading in the same place does not."""
    titled = read_path(_titled(tmp_path / "debra_lowe.pdf", "SENIOR DATA ENGINEER")).facts
    assert titled is not None and titled.sections[0].heading.text == "SENIOR DATA ENGINEER"
    assert "target.headline" not in _rules(tmp_path / "debra_lowe.pdf")
    assert "target.headline" in _rules(_titled(tmp_path / "debra_lowe_other.pdf", "HIGHLIGHTS AND NOTES"))


def test_bullets_per_role_reads_only_roles_that_are_recent(tmp_path: Path) -> None:
    """The first roles listed are checked for bullets only while they are recent: a role that ended over three
    years before the latest role did (the current one here) is not, one that ended last year is."""

    def fires(end: str) -> bool:
        resume = tmp_path / f"cv_{end.replace(' ', '_')}.md"
        resume.write_text(
            "# Debra Lowe\n\nData Analyst\n\ndlowe88@gmail.com | (720) 201-3344\n\n## Experience\n\n"
            f"### Letter Carrier, Sandd | May 2010 – {end}\n\n"
            "### Volunteer Driver, Food Bank | Jan 2024 – Present\n\n- Delivered 40 parcels a week\n\n"
            "### Clerk, Acme | Jan 2008 – Apr 2010\n\n- Filed 300 claims a month with no errors\n\n"
            "## Education\n\nB.S. in Statistics, University of Denver, 2004 – 2008\n",
            encoding="utf-8",
        )
        return any("no bullets" in f["message"] for f in _rules(resume).get("proof.bullets-per-role", []))

    assert not fires("Sep 2012")
    assert fires("Sep 2025")
