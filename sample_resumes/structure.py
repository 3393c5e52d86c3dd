"""Samples of the layouts real job seekers make in Word, Google Docs, Canva and Pages, each built to test how
resumecheck reads structure: headings styled like job titles, dates on their own lines, prose achievements,
a left-margin heading column, and a DOCX whose headings sit in content controls and nested tables.

STRUCTURE holds what each file must yield; tests/test_structure_samples.py compares it with the facts."""

from __future__ import annotations

from pathlib import Path

from docx.oxml import parse_xml
from docx.shared import Pt
from docx_writer import new_document
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = LETTER
BODY, BOLD = "Times-Roman", "Times-Bold"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# file -> expected facts: name, email, phone digits, section names, (start, end) per position, experience bullets
STRUCTURE: dict[str, dict[str, object]] = {
    "grace_lee_word_style.pdf": {
        "name": "Grace Lee", "email": "grace.lee@gmail.com", "phone": "3122010142",
        "sections": ["summary", "experience", "education", "skills"],
        "positions": [("2021-03", "present"), ("2019-06", "2021-02"), ("2016-08", "2019-05")], "bullets": 7,
    },
    "omar_haddad_academic.pdf": {
        "name": "Omar Haddad", "email": "o.haddad@example.ac.uk", "phone": "441632960123",
        "sections": ["experience", "education", "publications", "awards"],
        "positions": [("2019", "present"), ("2015", "2019"), ("2013", "2015"), ("2012", "2014")], "bullets": 0,
    },
    "lucia_ferreira_prose.pdf": {
        "name": "Lucia Ferreira", "email": "lucia.ferreira@gmail.com", "phone": "6172010178",
        "sections": ["summary", "experience", "education", "skills"],
        "positions": [("2020-01", "present"), ("2017-05", "2019-12")], "bullets": 2,
    },
    "kenji_mori_margin_headings.pdf": {
        "name": "Kenji Mori", "email": "kenji.mori@gmail.com", "phone": "2062010199",
        "sections": ["summary", "experience", "projects", "education", "skills"],
        "positions": [("2022-02", "present"), ("2020-07", "2022-01")], "bullets": 5,
    },
    "ana_silva_controls.docx": {
        "name": "Ana Silva", "email": "ana.silva@gmail.com", "phone": "4152010163",
        "sections": ["summary", "experience", "education", "skills"],
        "positions": [("2020-09", "present"), ("2018-01", "2020-08")], "bullets": 5,
    },
}


class _Page:
    """A top-down writer over one reportlab page: text at a given x, advancing a line at a time."""

    def __init__(self, path: Path) -> None:
        self.canvas = canvas.Canvas(str(path), pagesize=LETTER, invariant=1)
        self.canvas.setTitle("Resume")
        self.y = HEIGHT - 54

    def line(self, text: str, x: float = 54, font: str = BODY, size: float = 10.5, right: str | None = None,
             gap: float = 3.5) -> None:
        self.y -= size
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, self.y, text)
        if right:
            self.canvas.setFont(BODY, size)
            self.canvas.drawRightString(WIDTH - 54, self.y, right)
        self.y -= gap

    def space(self, points: float) -> None:
        self.y -= points

    def save(self) -> None:
        self.canvas.showPage()
        self.canvas.save()


def word_style_pdf(path: Path) -> None:
    """Section headings in bold body-size title case, exactly like the job titles; employers in capitals;
    an employer with two dated roles ("Title (dates)"); "Key Achievements:" sub-heads; typed "·" bullets."""
    page = _Page(path)
    page.line("Grace Lee", font=BOLD, size=20, gap=6)
    page.line("grace.lee@gmail.com | (312) 201-0142 | Chicago, IL")
    for heading, body in (("Professional Summary", ["Operations manager who cut fulfilment costs by 18% across three sites."]),):
        page.space(6)
        page.line(heading, font=BOLD, size=11)
        for text in body:
            page.line(text)
    page.space(6)
    page.line("Work Experience", font=BOLD, size=11)
    page.line("NORTHWIND TRADERS, Chicago, IL")
    page.line("Operations Manager (March 2021 – Present)", font=BOLD, size=11)
    page.line("Key Achievements:", font=BOLD, size=11)
    for text in ("· Cut fulfilment cost per order by 18% in 12 months", "· Led a team of 24 across two warehouses",
                 "· Rolled out a slotting plan that raised picks per hour from 90 to 120"):
        page.line(text, x=66)
    page.line("Senior Analyst (June 2019 – February 2021)", font=BOLD, size=11)
    page.line("Key Achievements:", font=BOLD, size=11)
    for text in ("· Built a forecast that lowered stock-outs by 30%", "· Saved $250K a year in carrier fees"):
        page.line(text, x=66)
    page.line("CONTOSO LOGISTICS, Evanston, IL")
    page.line("Logistics Coordinator", font=BOLD, size=11, right="Aug 2016 – May 2019")
    page.line("Responsibilities", font=BOLD, size=11)
    for text in ("· Scheduled 40 inbound trucks a week", "· Trained 6 new coordinators"):
        page.line(text, x=66)
    page.space(6)
    page.line("Education", font=BOLD, size=11)
    page.line("B.S. Supply Chain Management, Northwestern University", right="2016")
    page.space(6)
    page.line("Skills", font=BOLD, size=11)
    page.line("SAP, Excel, SQL, Tableau, Lean Six Sigma, WMS")
    page.save()


def academic_pdf(path: Path) -> None:
    """Dates on their own line above the title, one-line academic entries that start with their years
    ("2015 – 2019. Lecturer, ..."), a dotted academic year and "till date"; letter-spaced capital headings."""
    page = _Page(path)
    page.line("Omar Haddad", font=BOLD, size=20, gap=6)
    page.line("o.haddad@example.ac.uk   +44 1632 960123   Leeds, United Kingdom")
    page.space(6)
    page.line("A C A D E M I C   P O S I T I O N S", font=BOLD, size=11)
    page.line("2019 till date", size=10)
    page.line("Associate Professor of History, University of Leeds")
    page.line("2015 – 2019. Lecturer, School of History, University of York")
    page.line("2013 – 2015. Teaching Fellow, Department of History, Durham University")
    page.line("2012.14 Research Assistant, Institute of Historical Research, London")
    page.space(6)
    page.line("E D U C A T I O N", font=BOLD, size=11)
    page.line("2012 PhD in History, University of Oxford")
    page.line("2008 MA in Modern History, King's College London")
    page.space(6)
    page.line("P U B L I C A T I O N S", font=BOLD, size=11)
    page.line("Haddad, O. (2021). Ports and power in the Levant, 1840-1914. Past & Present, 250(1), 101-140.")
    page.space(6)
    page.line("G R A N T S ,   S C H O L A R S H I P S   A N D   A W A R D S", font=BOLD, size=11)
    page.line("2020 British Academy Mid-Career Fellowship (GBP 120,000)")
    page.save()


def prose_pdf(path: Path) -> None:
    """Pages-style entries: "Title at Employer | City | dates" on one line, then one prose paragraph each."""
    page = _Page(path)
    page.line("Lucia Ferreira", font=BOLD, size=18, gap=6)
    page.line("lucia.ferreira@gmail.com · 617-201-0178 · Boston, MA")
    page.space(6)
    page.line("SUMMARY", font=BOLD, size=11)
    page.line("Retail store manager with eight years of experience in apparel and home goods.")
    page.space(6)
    page.line("EXPERIENCE", font=BOLD, size=11)
    page.line("Store Manager at Harbor Home Goods | Boston, MA | Jan 2020 – Present", font=BOLD)
    for text in ("Run a store of 30 staff and $6M in yearly sales. Raised same-store sales by 14% in two years and cut",
                 "staff turnover from 60% to 35% with a new onboarding programme and a weekly coaching routine."):
        page.line(text, gap=1.5)
    page.space(3)
    page.line("Assistant Manager at Lane Apparel | Cambridge, MA | May 2017 – Dec 2019", font=BOLD)
    for text in ("Opened and closed the store, scheduled 18 associates and handled all cash and stock counts. Won the",
                 "district award for shrink reduction two years running and trained four associates into key holders."):
        page.line(text, gap=1.5)
    page.space(6)
    page.line("EDUCATION", font=BOLD, size=11)
    page.line("B.A. Business Administration, Suffolk University, 2016")
    page.space(6)
    page.line("SKILLS", font=BOLD, size=11)
    page.line("Merchandising, inventory control, scheduling, P&L management, Excel")
    page.save()


def margin_headings_pdf(path: Path) -> None:
    """Canva-style: section headings in a narrow left column on the row of their first content line, entry
    titles and project names in bold in the content column, dates on their own line below the employer."""
    page = _Page(path)
    content = 180.0
    page.line("Kenji Mori", font=BOLD, size=22, gap=4)
    page.line("Data Analyst", size=12)
    page.line("kenji.mori@gmail.com  (206) 201-0199  Seattle, WA", gap=10)

    def side(heading: str, first: str, first_font: str = BODY) -> None:
        page.space(8)
        page.canvas.setFont(BOLD, 10)
        page.canvas.drawString(54, page.y - 10, heading)
        page.line(first, x=content, font=first_font, size=10)

    side("PROFILE", "Analyst who turns messy data into weekly decisions for sales and operations teams.")
    side("EXPERIENCE", "Data Analyst", first_font=BOLD)
    page.line("Evergreen Outfitters", x=content, size=10)
    page.line("Feb 2022 - Present", x=content, size=10)
    for text in ("• Built a demand dashboard used by 40 store managers", "• Cut report run time from 3 hours to 10 minutes",
                 "• Found a pricing error worth $90K a year"):
        page.line(text, x=content + 6, size=10)
    page.line("Junior Analyst", x=content, font=BOLD, size=10)
    page.line("Cascade Credit Union", x=content, size=10)
    page.line("Jul 2020 - Jan 2022", x=content, size=10)
    for text in ("• Automated 12 monthly reports in Python", "• Cleaned 2M member records for a core migration"):
        page.line(text, x=content + 6, size=10)
    side("PROJECTS", "Transit Delay Explorer", first_font=BOLD)
    page.line("A public dashboard of bus delays built with Python and Tableau.", x=content, size=10)
    page.line("Skills Profile", x=content, font=BOLD, size=10)
    page.line("A tool that matches job posts to a skills list.", x=content, size=10)
    side("EDUCATION", "B.S. Statistics, University of Washington, 2020")
    side("SKILLS", "SQL, Python, Tableau, Excel, dbt")
    page.save()


def _sdt(paragraph_xml: str) -> str:
    return f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="Section"/></w:sdtPr><w:sdtContent>{paragraph_xml}</w:sdtContent></w:sdt>'


def _bold_paragraph(text: str, size_half_points: int = 22) -> str:
    return (f'<w:p {W_NS}><w:r><w:rPr><w:b/><w:sz w:val="{size_half_points}"/></w:rPr>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>')


def controls_docx(path: Path) -> None:
    """A template-style DOCX: the name in a table cell, every section heading inside a content control (w:sdt),
    the experience inside a table nested in a table cell, and a job title inside an inline content control."""
    document = new_document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).paragraphs[0].add_run("Ana Silva").bold = True
    header.cell(0, 0).paragraphs[0].runs[0].font.size = Pt(24)
    header.cell(0, 1).paragraphs[0].add_run("ana.silva@gmail.com | (415) 201-0163 | San Francisco, CA")
    body = document.element.body

    def heading(text: str) -> None:
        body.insert(len(body) - 1, parse_xml(_sdt(_bold_paragraph(text.upper()))))

    heading("Summary")
    document.add_paragraph("Product designer who ships research-led features for fintech apps.")
    heading("Experience")
    outer = document.add_table(rows=1, cols=1)
    inner = outer.cell(0, 0).add_table(rows=2, cols=1)
    roles = (("Senior Product Designer", "Ledgerly, San Francisco, CA", "Sep 2020 – Present",
              ("Redesigned onboarding and lifted activation by 22%", "Led a design system used by 5 teams",
               "Ran 60 user interviews a year")),
             ("Product Designer", "Pennywise, Oakland, CA", "Jan 2018 – Aug 2020",
              ("Shipped budgeting tools to 400K users", "Cut support tickets by 15% with clearer error states")))
    for cell, (title, employer, dates, bullets) in zip((inner.cell(0, 0), inner.cell(1, 0)), roles):
        first = cell.paragraphs[0]
        first._p.append(parse_xml(f'<w:sdt {W_NS}><w:sdtContent><w:r><w:rPr><w:b/></w:rPr>'
                                  f'<w:t xml:space="preserve">{title}</w:t></w:r></w:sdtContent></w:sdt>'))
        first.add_run(f"\t{dates}")
        cell.add_paragraph(employer)
        for bullet in bullets:
            cell.add_paragraph(bullet, style="List Bullet")
    heading("Education")
    document.add_paragraph("B.F.A. Interaction Design, California College of the Arts, 2017")
    heading("Skills")
    document.add_paragraph("Figma, prototyping, user research, accessibility, HTML and CSS")
    document.save(str(path))


SAMPLES = {
    "grace_lee_word_style.pdf": word_style_pdf,
    "omar_haddad_academic.pdf": academic_pdf,
    "lucia_ferreira_prose.pdf": prose_pdf,
    "kenji_mori_margin_headings.pdf": margin_headings_pdf,
    "ana_silva_controls.docx": controls_docx,
}
