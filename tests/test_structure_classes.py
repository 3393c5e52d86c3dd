"""Positions and bullets on the layouts unseen resumes use (issue 29 item 4): list markers drawn as shapes, stray
"Â" mojibake before items, and the other classes of misreading. Each file is drawn or written here for the class
it stands for."""

from __future__ import annotations

from typing import Any

from pdfdraw import HEIGHT
from pdfdraw import pdf as _pdf
from pdfdraw import text as _text
from resumecheck.config import Config
from resumecheck.judge import Judge


def _disc(page: Any, x: float, top: float, radius: float = 1.5) -> None:
    """A filled disc centred on the middle of a text row whose baseline is at `top`."""
    page.circle(x + radius, HEIGHT - top + 3.5, radius, stroke=0, fill=1)


def _facts(data: bytes, name: str = "resume.pdf") -> dict[str, Any]:
    entry: dict[str, Any] = Judge(Config()).judge_data(data, name).to_dict()
    assert entry["status"] == "checked", entry
    facts: dict[str, Any] = entry["facts"]
    return facts


DUTIES = (
    "Managed a caseload of 30 patients on a surgical ward",
    "Trained four new nurses in wound care and charting",
    "Coordinated discharge plans with families and social workers",
    "Cut medication errors on the unit by a third in one year",
)


def test_list_markers_drawn_as_discs_are_bullets() -> None:
    """HTML-to-PDF printers draw each `<li>` marker as a small disc path, with no bullet character in the text:
    each marked line is one bullet, and the disc is not counted as a graphic."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Registered Nurse", 12)
        _text(page, 40, 70, "Experience", 11)
        for number, (title, top) in enumerate(
            (("Staff Nurse, City General Hospital", 90), ("Nurse, Riverside Clinic", 190))
        ):
            _text(page, 40, top, f"{title}  0{number + 3}/2015 to 0{number + 1}/2019")
            for row, duty in enumerate(DUTIES):
                _disc(page, 54, top + 18 + 14 * row)
                _text(page, 64, top + 18 + 14 * row, duty)
        _text(page, 40, 290, "Education", 11)
        _text(page, 40, 308, "BSc Nursing, University of Leeds 2014")

    facts = _facts(_pdf(draw))
    assert facts["bullets"]["experience"] == 8
    assert [p["bullets"] for p in facts["positions"]] == [4, 4]
    assert facts["graphics"] == 0


def test_a_disc_before_a_heading_or_an_icon_piece_is_not_a_bullet() -> None:
    """A dot set before each bold heading is an ornament, and the small round pieces of a contact icon (touching the
    rest of the icon) are part of it: neither turns the line into a bullet."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Ada Lund", 24, bold=True)
        for number, contact in enumerate(("+44 7700 900123", "ada.lund@mail.com")):
            top = 70 + 16 * number
            page.circle(43, HEIGHT - top + 5, 1.5, stroke=0, fill=1)  # the icon's round piece ...
            page.rect(40, HEIGHT - top, 6, 3.5, stroke=0, fill=1)  # ... touching its body
            _text(page, 52, top, contact)
        for number, heading in enumerate(("Experience", "Education")):
            top = 120 + 120 * number
            _disc(page, 38, top, radius=3)
            _text(page, 48, top, heading, 14, bold=True)
            _text(page, 48, top + 20, "Sales Associate, Northwind Traders  Jan 2020 - Present")
            for row in range(3):
                _text(page, 48, top + 36 + 14 * row, f"Served {row + 20} customers a day at the counter")

    result = Judge(Config()).judge_data(_pdf(draw), "resume.pdf")
    assert result.facts is not None
    facts = result.to_dict()["facts"]
    assert [s["name"] for s in facts["sections"]] == ["experience", "education"]
    assert facts["contact"]["phone"] == "+44 7700 900123"
    kinds = {line["text"]: line["kind"] for line in result.facts.text_view()}
    assert kinds["+44 7700 900123"] == kinds["ada.lund@mail.com"] == "text"


def test_mojibake_before_an_item_is_dropped() -> None:
    """A non-breaking space saved as UTF-8 and read as Latin-1 prints "Â " before items; the item's text starts at
    its first word."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Experience", 11)
        _text(page, 40, 60, "Sales Representative, Acme Tiles  12/2012 - 09/2014")
        for row, duty in enumerate(("Managed 30 accounts", "Negotiated prices with dealers")):
            _disc(page, 54, 78 + 14 * row)
            _text(page, 64, 78 + 14 * row, "\u00c2 " + duty)

    result = Judge(Config()).judge_data(_pdf(draw), "resume.pdf")
    assert result.facts is not None
    assert len(result.facts.bullets) == 2
    lines = [line["text"] for line in result.facts.text_view()]
    assert "Managed 30 accounts" in lines and not any("\u00c2" in line for line in lines)


def test_month_and_two_digit_year_ranges_date_the_roles() -> None:
    """Google Docs resumes often write "11/20 to present" and "05/19 to 11/20": read as ranges (a lone "10/17"
    stays a number, it is as often a score)."""
    text = "\n".join(
        [
            "Ada Lund",
            "ada.lund@mail.com",
            "",
            "Experience",
            "",
            "Technical Architect (Commerce Cloud) 11/20 to present – Northwind, Vancouver, BC",
            "- Led the storefront migration for 12 brands",
            "Software Engineer (Platform) 05/19 to 11/20 – Contoso, Vancouver, BC",
            "- Scored 10/17 on the internal audit and fixed every finding",
        ]
    )
    facts = _facts(text.encode(), "resume.txt")
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [("2020-11", "present"), ("2019-05", "2020-11")]


def test_dated_sub_projects_under_a_role_are_part_of_it() -> None:
    """A role (bold, names a job) with robot or client projects under it, each with dates inside the role's and set
    smaller: one position whose bullets are all the projects' bullets."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Ada Lund", 20, bold=True)
        _text(page, 40, 70, "Employment", 12, bold=True)
        top = 90
        for role, dates, projects in (
            (
                "Robotics Developer, Complubot",
                "Spring 2017 - Present",
                (("Pollotron", "Fall 2018 - Present"), ("MegaBot", "Summer 2017 - Fall 2018")),
            ),
            ("Software Engineer, Complubot", "Fall 2015 - Summer 2017", (("Alien Soccer", "Fall 2015 - Fall 2016"),)),
        ):
            _text(page, 40, top, f"{role}   {dates}", 12, bold=True)
            top += 16
            for name, span in projects:
                _text(page, 40, top, f"{name}   {span}", 11)
                for row in range(2):
                    _text(page, 54, top + 14 + 14 * row, f"• Built the {name} control loop, stage {row + 1}")
                top += 46

    facts = _facts(_pdf(draw))
    assert [(p["start"], p["end"], p["bullets"]) for p in facts["positions"]] == [
        ("2017", "present", 4),
        ("2015", "2017", 2),
    ]


def test_an_employer_over_its_roles_gives_the_roles() -> None:
    """One employer with its overall dates and several roles under it, each with its own dates: the roles are the
    positions, and they take the employer as their organisation."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Ada Lund", 20, bold=True)
        _text(page, 40, 70, "Experience", 12, bold=True)
        _text(page, 40, 90, "Northwind Traders   Jan 2015 - Present", 12, bold=True)
        top = 108
        for title, span in (("Store Manager", "Mar 2019 - Present"), ("Sales Associate", "Jan 2015 - Feb 2019")):
            _text(page, 40, top, f"{title}   {span}", 11)
            for row in range(2):
                _text(page, 54, top + 14 + 14 * row, f"• Ran the weekly stock count for {row + 3} departments")
            top += 46

    facts = _facts(_pdf(draw))
    assert [(p["title"], p["organization"], p["start"], p["end"]) for p in facts["positions"]] == [
        ("Store Manager", "Northwind Traders", "2019-03", "present"),
        ("Sales Associate", "Northwind Traders", "2015-01", "2019-02"),
    ]


def test_a_bullet_drawn_in_an_icon_font_is_a_bullet() -> None:
    """moderncv sets each item's marker in FontAwesome: the glyph reads as a bullet character, so the line is a
    bullet; a run of the same glyphs (a skill rating) stays a picture."""
    import os

    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont("IconBullets", os.path.join(os.path.dirname(rl_config.__file__), "fonts", "Vera.ttf"))
    font.face.name = b"FontAwesome5Free-Regular"  # the name that marks an icon font, as moderncv's PDFs carry
    pdfmetrics.registerFont(font)

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Ada Lund", 20, bold=True)
        _text(page, 40, 70, "Professional Experience", 14)
        _text(page, 40, 92, "2017-2022: Research Scientist, Institute of Physics, Saratov", 11)
        for row, duty in enumerate(DUTIES):
            page.setFont("IconBullets", 6)
            page.drawString(40, HEIGHT - (110 + 14 * row), "\u2022")
            _text(page, 52, 110 + 14 * row, duty)
        _text(page, 40, 190, "Skills", 14)
        _text(page, 40, 210, "Python")
        page.setFont("IconBullets", 8)
        page.drawString(120, HEIGHT - 210, "\u2022\u2022\u2022\u2022")

    facts = _facts(_pdf(draw))
    assert facts["bullets"]["experience"] == 4
    assert facts["icons"] == 4  # the rating's four glyphs, not the list markers


def test_combined_and_plain_headings_name_their_sections() -> None:
    """A plain heading styled like the confirmed ones ("Education", "Languages") is named by its keyword
    ("My Publications"), and a combined heading names its core section ("Skills & Interests" is skills)."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Ada Lund", 20, bold=True)
        top = 80
        for heading, body in (
            ("Education", "BSc Physics, University of Leeds  2014 - 2017"),
            ("Experiences", "Backend Programmer, Meero, Paris  March 2020 - June 2020"),
            ("Skills & Interests", "Python, SQL, Docker; climbing and chess"),
            ("My Publications", "Lund, A. Ring waves in discs, A&A 617"),
            ("Languages", "English, French"),
        ):
            _text(page, 30, top, heading)
            _text(page, 42, top + 16, body, 9)
            for row in range(2):
                _text(page, 54, top + 30 + 14 * row, f"• Wrote {row + 3} services for the booking platform", 9)
            top += 70

    facts = _facts(_pdf(draw))
    assert [s["name"] for s in facts["sections"]] == ["education", "experience", "skills", "publications", "languages"]
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [("2020-03", "2020-06")]


def test_text_printed_twice_to_fake_bold_reads_once_and_bold() -> None:
    """Some resume builders make text bold by printing each line a second time 0.4 pt to the side: the text layer
    holds every letter twice ("LLuuccaass"). The copy is the same glyph, so the line reads once, in bold."""

    def twice(page: Any, top: float, line: str, size: float = 10) -> None:
        _text(page, 40, top, line, size)
        _text(page, 40.4, top, line, size)

    def draw(page: Any) -> None:
        twice(page, 40, "Lucas Connors", 20)
        _text(page, 40, 62, "lucas@mail.com | +1 650 307 0534")
        twice(page, 100, "EMPLOYMENT EXPERIENCE", 12)
        for number, top in enumerate((125, 200)):
            twice(page, top, f"Software Engineer | Jan 201{number + 2} - Dec 201{number + 3}")
            for row, duty in enumerate(DUTIES[:3]):
                _text(page, 52, top + 16 + 14 * row, f"• {duty}")
        twice(page, 280, "EDUCATION", 12)
        _text(page, 40, 300, "BSc Computer Science, University of Waterloo 2011")

    facts = _facts(_pdf(draw))
    assert facts["contact"]["name"] == "Lucas Connors"
    assert [s["name"] for s in facts["sections"]] == ["experience", "education"]
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [("2012-01", "2013-12"), ("2013-01", "2014-12")]
    assert facts["bullets"]["experience"] == 6


def _top_lines(*lines: tuple[str, float]) -> bytes:
    """A one-page resume opening with these (text, size) lines, then a dated role and an education section."""

    def draw(page: Any) -> None:
        top = 40.0
        for line, size in lines:
            _text(page, 60, top, line, size, bold=size > 12)
            top += size + 12
        _text(page, 60, top + 20, "Experience", 13, bold=True)
        _text(page, 60, top + 40, "Site Manager, Kier Group  March 2015 - June 2019")
        for row, duty in enumerate(DUTIES[:3]):
            _text(page, 72, top + 56 + 14 * row, f"• {duty}")
        _text(page, 60, top + 120, "Education", 13, bold=True)
        _text(page, 60, top + 140, "BSc Civil Engineering, University of Leeds 2014")

    return _pdf(draw)


def test_a_job_title_alone_at_the_top_is_no_name() -> None:
    """An anonymised resume opens with the job title it targets ("CONSTRUCTION SITE MANAGER") and no name: the
    title is not the candidate's name. With a name above or below the title, the name is read."""
    anonymous = _facts(_top_lines(("CONSTRUCTION SITE MANAGER", 14), ("Summary", 13)))
    assert anonymous["contact"]["name"] is None
    named = _facts(_top_lines(("CONSTRUCTION SITE MANAGER", 18), ("Priya Raman", 16), ("priya@mail.com", 10)))
    assert named["contact"]["name"] == "Priya Raman"


def test_a_word_split_off_a_title_line_is_no_name() -> None:
    """A document title with a subtitle after a dash ("RESUME SAMPLE – FUNCTIONAL") in larger type than the name
    under it: the lone word after the dash is not a name, the two-word name line is."""
    facts = _facts(_top_lines(("RESUME SAMPLE – FUNCTIONAL", 22), ("TIM SMITH", 21), ("tim@mail.com", 10)))
    assert facts["contact"]["name"] == "TIM SMITH"


def test_roles_written_as_sentences_are_positions() -> None:
    """Many Indian resumes list their work history as sentences ("Worked as a Web Developer in Pathfinder Software,
    Chennai from August 2005 to September 2006", "... from June 2008 to till date"), often as list items: each
    is a position with its title, employer and dates. Undated "Project #n:" entries under a second experience
    heading, with their "Environment:" lines, are no positions, and outnumbering the section headings styled
    alike, they do not hide the "WORKING EXPERIENCE:" heading."""

    def draw(page: Any) -> None:
        _text(page, 90, 40, "Selva Kumar", 16, bold=True)
        _text(page, 90, 60, "selva@mail.com | +91 98402 27069")
        _text(page, 90, 100, "SUMMARY:", bold=True)
        _text(page, 90, 116, "Seven years of front end development for enterprise web sites.")
        _text(page, 90, 150, "WORKING EXPERIENCE:", bold=True)
        roles = (
            "Currently working as a Web UI Developer in GlobalScholar, Chennai from June 2008 to till date.",
            "Worked as a Front End Developer in Interakt Digital, Chennai from September 2006 to May 2008.",
        )
        for row, role in enumerate(roles):
            _text(page, 100, 170 + 20 * row, f"• {role}")
        _text(page, 90, 230, "SKILLS:", bold=True)
        _text(page, 90, 246, "HTML, CSS, JavaScript, jQuery, PHP")
        _text(page, 90, 280, "PROFESSIONAL EXPERIENCE:", bold=True)
        top = 300.0
        for number in range(1, 8):  # more project sub-heads than section headings, styled alike but not capitals
            _text(page, 90, top, f"Project #{number}:", bold=True)
            for row, duty in enumerate(DUTIES[:2]):
                _text(page, 100, top + 14 + 14 * row, f"• {duty}")
            _text(page, 90, top + 44, "Environment: Photoshop, Dreamweaver", bold=True)
            top += 62
        _text(page, 90, top, "EDUCATION:", bold=True)
        _text(page, 90, top + 16, "Bachelor of Engineering, Coimbatore Institute of Technology 2003")

    facts = _facts(_pdf(draw))
    assert [s["name"] for s in facts["sections"]] == ["summary", "experience", "skills", "experience", "education"]
    assert [(p["title"], p["organization"], p["start"], p["end"]) for p in facts["positions"]] == [
        ("Web UI Developer", "GlobalScholar", "2008-06", "present"),
        ("Front End Developer", "Interakt Digital", "2006-09", "2008-05"),
    ]


def test_headings_unseen_resumes_use_are_known() -> None:
    """Headings the development corpus showed missing from the lexicon name their sections: a German CV's
    "Professional career" and "Civilian Service", "EXTRA-CURRICULAR", "Voluntary Engagement", an engineer's
    "Software Tools", a "Technical Highlights" skills list and a CV's "Additional Qualifications"."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Helge Berg", 20, bold=True)
        _text(page, 40, 60, "helge@mail.com | +49 151 2345 6789")
        top = 95
        for heading, body in (
            ("PROFESSIONAL CAREER", "Software Engineer, Telespazio, Darmstadt  03/2015 - 09/2019"),
            ("CIVILIAN SERVICE", "Paramedic, Red Cross, Mainz  10/2006 - 06/2007"),
            ("SOFTWARE TOOLS", "SolidWorks, AutoCAD, MATLAB, Python"),
            ("TECHNICAL HIGHLIGHTS", "Languages: Python, TypeScript, SQL"),
            ("ADDITIONAL QUALIFICATIONS", "Driving licence; first aid instructor"),
            ("EXTRA-CURRICULAR", "Captain of the university rowing club"),
            ("VOLUNTARY ENGAGEMENT", "PhD representative of the institute"),
            ("EDUCATION", "MSc Mechanical Engineering, TU Darmstadt 2013"),
        ):
            _text(page, 40, top, heading, 12, bold=True)
            _text(page, 40, top + 16, body)
            top += 50

    facts = _facts(_pdf(draw))
    assert [s["name"] for s in facts["sections"]] == [
        "experience",
        "experience",
        "skills",
        "skills",
        "skills",
        "activities",
        "volunteer",
        "education",
    ]
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [("2015-03", "2019-09"), ("2006-10", "2007-06")]


def test_a_timeline_of_dated_list_items_and_chevron_bullets() -> None:
    """A "Highlights/Timeline:" section lists each employer as a short list item that opens with its range
    ("• 2019-Present: Red Badger"), achievements nested under it; another template marks achievements with "›".
    Each dated item is a position, and "›" items are bullets."""

    def draw(page: Any) -> None:
        _text(page, 56, 50, "David Laban", 18, bold=True)
        _text(page, 300, 72, "Email: david@mail.com")
        _text(page, 56, 100, "Highlights/Timeline:", 14, bold=True)
        top = 125.0
        for employer in ("2019-Present: Red Badger", "2015-2019: Conversocial"):
            _text(page, 74, top, f"• {employer}", 12)
            for row, duty in enumerate(DUTIES[:2]):
                _text(page, 92, top + 14 + 14 * row, f"• {duty}", 12)
            top += 50
        _text(page, 56, top + 10, "Professional Experience:", 14, bold=True)
        _text(page, 56, top + 30, "Lead Developer, INFOTEL, Toulouse  January 2010 - October 2013")
        for row, duty in enumerate(DUTIES[:3]):
            _text(page, 68, top + 44 + 12 * row, f"› {duty}", 8)
        _text(page, 56, top + 100, "Education:", 14, bold=True)
        _text(page, 56, top + 120, "MEng Engineering, University of Cambridge 2005 - 2009", 12)

    facts = _facts(_pdf(draw))
    assert [s["name"] for s in facts["sections"]] == ["experience", "experience", "education"]
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [
        ("2019", "present"),
        ("2015", "2019"),
        ("2010-01", "2013-10"),
    ]
    assert [p["bullets"] for p in facts["positions"]] == [2, 2, 3]


def _glyphs(text: str, x: float, top: float, size: float = 9.5, font: str = "ABCDEF+Calibri") -> list[dict[str, Any]]:
    """Characters as pdfplumber gives them for a run of text (a 0.5 em advance per character)."""
    chars = []
    for char in text:
        chars.append(
            {"text": char, "fontname": font, "size": size, "x0": x, "x1": x + size / 2, "top": top,
             "bottom": top + size, "upright": True, "non_stroking_color": (0.0,)}
        )  # fmt: skip
        x += size / 2
    return chars


def test_unmapped_zapfdingbats_list_markers_are_bullets() -> None:
    """A Word PDF whose ZapfDingbats font has no ToUnicode map gives its arrow markers as "(cid:212)", drawn before
    the items' text and set 4 pt above it. Each marker is the bullet of the item on its row (not a dropped icon, nor
    a row of its own that joins the other column's text); a row of the same shape side by side is a rating, not a
    bullet."""
    from resumecheck.model import Box, Layout
    from resumecheck.parsers.pdf import page_rows

    items = ("Created a model for error margins", "Migrated six packages to AL2", "Built a touchscreen app")
    chars: list[dict[str, Any]] = []
    for row in range(len(items)):  # the markers first, as the file's content stream draws them
        chars.append(dict(_glyphs("x", 38.3, 186.0 + 25 * row, 8.0, "VJTWUA+Dingbats")[0], text="(cid:212)"))
    for row, item in enumerate(items):
        chars += _glyphs(item, 50.4, 190.0 + 25 * row)
    chars += _glyphs("PROGRAMMING", 446.0, 211.0)  # the sidebar, on the second marker's band
    rating = [dict(_glyphs("x", 446.0 + 9 * n, 300.0, 8.0, "VJTWUA+Dingbats")[0], text="(cid:108)") for n in range(5)]
    rows = [row.text for row, _ in page_rows(chars + rating, Box(0, 0, 612, 792), 1, Layout())]
    assert [text for text in rows if "•" in text] == [f"• {item}" for item in items]
    assert "PROGRAMMING" in rows


def test_a_bracketed_name_field_names_the_candidate() -> None:
    """A Word template's fields left in brackets ("[Name:M. Pavithra]", "[address: ...]") still state the name."""
    import io

    import docx

    word = docx.Document()
    for text in (
        "[Name:M. Pavithra]",
        "[address:275, Nachiyapuram, Ramnagar, Devakottai, Tamilnadu]",
        "pavithra@mail.com | +91 94431 23456",
        "CAREER OBJECTIVE :",
        "To join a company where I can use my accounting skills and grow with it.",
        "EDUCATIONAL QUALIFICATION :",
        "B.Com, Alagappa Government Arts College, Karaikudi 2021",
    ):
        word.add_paragraph(text)
    out = io.BytesIO()
    word.save(out)
    facts = _facts(out.getvalue(), "resume.docx")
    assert facts["contact"]["name"] == "M. Pavithra"


def test_a_roles_salary_and_supervisor_lines_are_no_achievements() -> None:
    """A US federal resume lists "Salary:", "Supervisor:" and an Indian one "Environment:" as list items under each
    role: they state facts of the job, so only the duties are counted as its bullets ("Duties: ..." is one)."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Dana Reyes", 20, bold=True)
        _text(page, 40, 62, "dana@mail.com | (910) 574-3862")
        _text(page, 40, 100, "Experience", 14, bold=True)
        _text(page, 40, 120, "Healthcare Assistant Rep, Anthem, Raleigh, NC  10/2013 to 12/2014")
        for row, item in enumerate(
            (
                "Salary: $18,000 per year 40 hours/ week.",
                "Supervisor: Ana Gurrero may be contacted 915-204-1116.",
                "Duties: assisted with FSA/HRA benefits",
                "Administered Cobra benefits for 300 members",
                "Environment: Siebel CRM, Excel",
            )
        ):
            _text(page, 52, 136 + 14 * row, f"• {item}")
        _text(page, 40, 230, "Education", 14, bold=True)
        _text(page, 40, 250, "BSc Healthcare Administration, University of Phoenix 2016")

    facts = _facts(_pdf(draw))
    assert [(p["start"], p["end"], p["bullets"]) for p in facts["positions"]] == [("2013-10", "2014-12", 2)]
    assert facts["bullets"]["experience"] == 2


def test_an_open_source_contributions_heading_ends_the_experience() -> None:
    """A Typst CV sets "Open-Source Contributions" in the headings' style after its work history, over dated
    project entries: it is a projects section, so its entries are neither positions nor experience bullets."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Chi Zhang", 20)
        _text(page, 40, 60, "chi@mail.com | +1 412 555 0100")
        _text(page, 40, 90, "Work Experience", 14)
        _text(page, 40, 108, "Neon 2024/02 — Now", 11)
        _text(page, 40, 122, "Systems Software Engineer Remote", 11)
        for row, duty in enumerate(DUTIES[:2]):
            _text(page, 40, 136 + 14 * row, f"• {duty}", 11)
        _text(page, 40, 190, "Open-Source Contributions", 14)
        _text(page, 40, 208, "RisingLight Maintainer risinglightdb 2022/01 — Now", 11)
        for row, duty in enumerate(DUTIES[2:]):
            _text(page, 40, 222 + 14 * row, f"• {duty}", 11)
        _text(page, 40, 270, "Education", 14)
        _text(page, 40, 288, "Carnegie Mellon University 2022/09 — 2023/12", 11)

    facts = _facts(_pdf(draw))
    assert [s["name"] for s in facts["sections"]] == ["experience", "projects", "education"]
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [("2024-02", "present")]
    assert facts["bullets"]["experience"] == 2


def test_an_undated_experience_list_counts_its_bullets() -> None:
    """A LiveCareer-style resume repeats "Experience" further down over a plain list of duties, with no dated
    entry of its own: beside the dated roles' bullets, its list items are experience bullets too. "Technical
    Experience" over side projects is a projects section, and adds none."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Sam Porter", 18)
        _text(page, 40, 58, "sam@mail.com | (555) 201-3344")
        _text(page, 40, 90, "Experience", 12)
        _text(page, 40, 106, "03/2006 to 12/2012")
        _text(page, 40, 120, "Construction Site Manager, Bayside Builders")
        for row, duty in enumerate(DUTIES[:3]):
            _text(page, 54, 134 + 14 * row, f"• {duty}")
        _text(page, 40, 200, "Education", 12)
        _text(page, 40, 216, "Associate of Arts, Tallahassee Community College 1997")
        _text(page, 40, 250, "Experience", 12)
        for row, duty in enumerate(DUTIES):
            _text(page, 54, 266 + 14 * row, f"• {duty}")
        _text(page, 40, 340, "Technical Experience", 12)
        for row, item in enumerate(("Built a home automation hub on a Raspberry Pi", "Wrote a site for a local club")):
            _text(page, 54, 356 + 14 * row, f"• {item}")

    facts = _facts(_pdf(draw))
    assert [s["name"] for s in facts["sections"]] == ["experience", "education", "experience", "projects"]
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [("2006-03", "2012-12")]
    assert facts["bullets"]["experience"] == 7


def test_a_role_as_a_list_item_over_nested_items() -> None:
    """An Apple Pages CV sets each role as a list item ending in its range, its achievements as items nested
    under it: each such item is a position, and the nested items are its bullets."""

    def draw(page: Any) -> None:
        _text(page, 56, 50, "Javier Egui", 18, bold=True)
        _text(page, 56, 70, "javier@mail.com | +34 612 345 678")
        _text(page, 56, 100, "Experience", 14, bold=True)
        top = 122.0
        for role, duties in (
            ("Programming Tutor, Coding Giants Spain (Oct 2024 - Present)", DUTIES[:2]),
            ("Web Developer and Graphic Designer, CMU Elías Ahuja (Oct 2019 - May 2023)", DUTIES[1:]),
        ):
            _text(page, 68, top, f"• {role}", 12)
            for duty in duties:
                top += 16
                _text(page, 80, top, f"- {duty}", 11)
            top += 26
        _text(page, 56, top, "Education", 14, bold=True)
        _text(page, 68, top + 20, "• BA Video Game Design, ESNE (Sep 2019 - Sep 2023)", 11)

    facts = _facts(_pdf(draw))
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [("2024-10", "present"), ("2019-10", "2023-05")]
    assert [(p["title"], p["organization"]) for p in facts["positions"]] == [
        ("Programming Tutor", "Coding Giants Spain"),
        ("Web Developer and Graphic Designer", "CMU Elías Ahuja"),
    ]
    assert [p["bullets"] for p in facts["positions"]] == [2, 3]


def test_geometric_shape_list_markers_are_bullets() -> None:
    """A Typst CV marks its items with "◈"; any shape of the Geometric Shapes block opening a line is a list
    marker ("◉", "▶"), while a contact icon (☎) is not. (Items under eight words: a role without list items
    counts its longer paragraphs instead.)"""
    import io

    import docx

    word = docx.Document()
    for text in (
        "Lena Maier",
        "☎ +43 660 123 4567 | lena@mail.com",
        "EXPERIENCE",
        "Software Intern, Bosch, Linz 08.2023 - 09.2023",
        "◈ Built the team dashboard in SvelteKit",
        "◉ Scraped test data through REST APIs",
        "▶ Wired hydraulic test benches",
        "EDUCATION",
        "BSc Informatics, JKU Linz 2020 - 2024",
    ):
        word.add_paragraph(text)
    out = io.BytesIO()
    word.save(out)
    facts = _facts(out.getvalue(), "resume.docx")
    assert [p["bullets"] for p in facts["positions"]] == [3]
    assert facts["contact"]["phone"] == "+43 660 123 4567"


def test_a_main_column_going_on_past_a_sidebar_keeps_its_section() -> None:
    """A sidebar CV is read column by column on each page: on page 2 the sidebar ("HOBBIES") comes first, then
    the main column's rest of the work history, with no heading above it. Those roles stay in the experience
    section, not under the sidebar's last heading."""

    def column(page: Any, x: float, top: float, heading: str | None, lines: list[str]) -> None:
        if heading:
            _text(page, x, top, heading, 13, bold=True)
            top += 20
        for line in lines:
            _text(page, x, top, line, 9)
            top += 14

    def role(title: str, dates: str, page: int = 1) -> list[str]:
        return [title + "  " + dates, *(f"• {duty}" for duty in DUTIES[2 * page - 2 : 2 * page])]

    def draw(page: Any) -> None:
        column(page, 24, 40, "Lena Maier", ["lena@mail.com", "+43 660 123 4567", "Linz, Austria"])
        column(page, 24, 150, "SKILLS", ["Python", "TypeScript", "Docker", "SQL", "Git", "Linux", "Kotlin"])
        column(page, 210, 40, "EXPERIENCE", role("Software Intern, Dynatrace", "08.2025 - 09.2025"))
        column(page, 210, 110, None, role("Student Assistant, JKU Linz", "10.2024 - 06.2025"))
        column(page, 210, 180, None, role("Developer Intern, Ventopay", "07.2023 - 09.2023"))
        column(page, 24, 280, "EDUCATION", ["BSc Informatics", "JKU Linz 2020 - 2024"])
        page.showPage()
        hobbies = ["Alpine climbing", "Hiking in Tyrol", "3D printing", "Cooking for friends", "Trail running"]
        column(page, 24, 40, "HOBBIES", [*hobbies, "Club chess"])
        column(page, 210, 40, None, role("Intern, Bosch Rexroth", "06.2021 - 06.2021", 2))
        column(page, 210, 110, None, role("Assembly Intern, Engel Austria", "07.2018 - 07.2018", 2))
        column(page, 210, 180, None, role("Electrician, Herz-Kreislauf-Zentrum", "09.2016 - 05.2017", 2))
        column(page, 210, 250, "PROJECTS", ["Sudoku generator in SvelteKit", "Speaker diarization with LSTMs"])

    facts = _facts(_pdf(draw))
    assert [s["name"] for s in facts["sections"]] == ["skills", "education", "experience", "interests", "projects"]
    assert len(facts["positions"]) == 6
    assert facts["bullets"]["experience"] == 12


def test_date_forms_unseen_resumes_use_date_their_roles() -> None:
    """Ranges the development corpus printed and the reader missed: two years with a bar between them ("2016 |
    2018"), two full years with a slash ("Summer 2001 / 2002"), two months sharing a year with "to" between them
    ("Feb to May 2016"), and a month and year whose dash ends the line ("October 2013 -", still going)."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Alex Moreau", 18, bold=True)
        _text(page, 40, 58, "alex@mail.com | +33 6 12 34 56 78")
        _text(page, 40, 90, "Experience", 13, bold=True)
        top = 110.0
        for header in (
            "Application Security Engineer, Acme Security  October 2013 -",
            "Web Developer, Freelance  2016 | 2018",
            "Data Scientist in Residence, Galvanize - Feb to May 2016",
            "Warehouse Assistant, Metro Logistics  Summer 2001 / 2002",
        ):
            _text(page, 40, top, header, 10, bold=True)
            _text(page, 54, top + 14, f"• {DUTIES[0]}")
            top += 40
        _text(page, 40, top, "Education", 13, bold=True)
        _text(page, 40, top + 18, "BSc Computer Science, Université de Nice 2010")

    facts = _facts(_pdf(draw))
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [
        ("2013-10", "present"),
        ("2016", "2018"),
        ("2016-02", "2016-05"),
        ("2001", "2002"),
    ]


def test_list_items_before_an_experience_sections_first_entry_count() -> None:
    """An Indian Word CV lists client projects under "PROFESSIONAL EXPERIENCE" ("Project #1:", a blurb, "Services
    Rendered" and its items), none dated, before a dated role further down: the projects' items are experience
    bullets though no role claims them, beside the role's own."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Selvakumar D", 16, bold=True)
        _text(page, 40, 58, "selva@mail.com | +91 98400 12345")
        _text(page, 40, 90, "PROFESSIONAL EXPERIENCE:", 12, bold=True)
        top = 110.0
        for number in (1, 2):
            _text(page, 40, top, f"Project #{number}:", 10, bold=True)
            _text(page, 40, top + 14, "A learning platform for schools, teachers and parents.")
            _text(page, 40, top + 32, "Services Rendered")
            for row, item in enumerate(("HTML and CSS development", "JavaScript functionality", "Content migration")):
                _text(page, 58, top + 46 + 12 * row, f"• {item}")
            top += 100
        _text(page, 40, top, "Web Developer, Pathfinder Software Solutions Pvt. Ltd  August 2005 - September 2006")
        for row, duty in enumerate(DUTIES[:2]):
            _text(page, 58, top + 14 + 12 * row, f"• {duty}")
        _text(page, 40, top + 60, "EDUCATION:", 12, bold=True)
        _text(page, 40, top + 76, "B.Sc. Computer Science, University of Madras 2003")

    facts = _facts(_pdf(draw))
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [("2005-08", "2006-09")]
    assert facts["bullets"]["experience"] == 8


def test_schooling_and_career_breaks_in_a_timeline_are_no_positions() -> None:
    """A one-list "Highlights/Timeline:" CV dates its jobs, its career breaks ("2014-2015: Break.") and its
    schooling ("Engineering Undergraduate, Peterhouse College, Cambridge University", "Highams Park School") alike:
    only the jobs are positions, and only their items experience bullets. A university's school that employs
    ("Northwestern University, School of Education") stays a position."""

    def draw(page: Any) -> None:
        _text(page, 56, 50, "David Laban", 18, bold=True)
        _text(page, 300, 72, "Email: david@mail.com")
        _text(page, 56, 100, "Highlights/Timeline:", 14, bold=True)
        top = 125.0
        for entry in (
            "2019-Present: Red Badger",
            "2014-2015: Break.",
            "2012-2014: Northwestern University, School of Education",
            "2005-2009: Engineering Undergraduate, Peterhouse College, Cambridge University:",
            "1995-2003: Highams Park School",
        ):
            _text(page, 74, top, f"• {entry}", 12)
            for row, duty in enumerate(DUTIES[:2]):
                _text(page, 92, top + 14 + 14 * row, f"• {duty}", 12)
            top += 50

    facts = _facts(_pdf(draw))
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [("2019", "present"), ("2012", "2014")]
    assert facts["bullets"]["experience"] == 4


def test_a_header_ending_in_an_abbreviation_is_no_sentence() -> None:
    """A role's header line may end on an abbreviation's full stop ("… 6/15 to 10/17 - Real Estate Webmasters,
    BC."): it is still the dated header, not a sentence whose dates are only mentioned."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Obie Munoz", 18, bold=True)
        _text(page, 40, 58, "obie@mail.com | (250) 555-0142")
        _text(page, 40, 90, "Experience", 13, bold=True)
        top = 110.0
        for header in (
            "Frontend Developer (Product Enhancements) 11/17 to 05/19 - Real Estate Webmasters, BC",
            "FrontEnd Developer (Product Development) 6/15 to 10/17 - Real Estate Webmasters, BC.",
            "Web Developer, Acme Inc. 2013 - 2015",
        ):
            _text(page, 40, top, header, 10, bold=True)
            _text(page, 58, top + 14, f"• {DUTIES[0]}")
            top += 40

    facts = _facts(_pdf(draw))
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [
        ("2017-11", "2019-05"),
        ("2015-06", "2017-10"),
        ("2013", "2015"),
    ]


def test_a_sub_head_repeated_under_every_role_is_no_section() -> None:
    """A bold "Key Achievements:" label after each role's duty bullets (far below the role's dates) labels part of
    the role: repeated under every role it is no awards section, and the roles after it stay positions."""
    roles = (
        ("Desktop Support, Prisma Health, Greenville, SC", "May 2019 - Present"),
        ("Web Developer, Booster Association, Greenville, SC", "December 2018 - April 2019"),
        ("IT Support Assistant, Clemson University, Clemson, SC", "August 2015 - May 2018"),
    )

    def draw(page: Any) -> None:
        _text(page, 230, 40, "MATT HOWE", 16, bold=True)
        _text(page, 200, 58, "matt.howe@mail.com  864-555-0176")
        top = 90.0
        for heading, lines in (("AREAS OF EXPERTISE:", ("Troubleshooting", "Technical support")), ("EDUCATION", ())):
            _text(page, 250, top, heading, 9, bold=True)
            for line in lines or ("Clemson University, BS Computer Science  2014 - 2018",):
                top += 14
                _text(page, 60, top, line)
            top += 26
        _text(page, 240, top, "PROFESSIONAL EXPERIENCE", 9, bold=True)
        for role, dates in roles:
            top += 24
            _text(page, 50, top, role)
            _text(page, 450, top, dates)
            for duty in DUTIES[:2]:
                top += 15
                _disc(page, 60, top)
                _text(page, 68, top, duty)
            top += 22
            _text(page, 50, top, "Key Achievements:", 10, bold=True)
            top += 14
            _disc(page, 60, top)
            _text(page, 68, top, "Raised first-call resolution to 90% in one year")

    facts = _facts(_pdf(draw))
    assert [s["name"] for s in facts["sections"]].count("awards") == 0
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [
        ("2019-05", "present"),
        ("2018-12", "2019-04"),
        ("2015-08", "2018-05"),
    ]
    assert facts["bullets"]["experience"] == 9


def test_a_date_range_written_as_the_last_sentence_dates_the_role() -> None:
    """Word resumes that write the employer line as sentences ("Apple, Cupertino, California. April 2020 to
    present.") end it with a full stop: the range alone in that last sentence dates the role, while a description
    line ending in a period and a range inside it ("... from 2015 to 2018.") dates nothing."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Joan Mills", 18, bold=True)
        _text(page, 40, 58, "joan.mills@mail.com  207-555-0109")
        _text(page, 40, 90, "EXPERIENCE", 12, bold=True)
        top = 110.0
        for title, employer in (
            ("Contract Editor", "Apple, Cupertino, California. April 2020 to present."),
            ("Senior Technical Writer", "Clear Ballot Group, Boston, Massachusetts. August 2016 to February 2020."),
        ):
            _text(page, 40, top, title, 10, bold=True)
            _text(page, 40, top + 13, employer)
            _text(page, 40, top + 26, "Edited developer documentation for a global audience and kept the style")
            _text(page, 40, top + 39, "guide current for the writers on the team from 2015 to 2018.")
            top += 70
        _text(page, 40, top, "EDUCATION", 12, bold=True)
        _text(page, 40, top + 18, "University of Alaska Fairbanks, MA Technical Writing")

    facts = _facts(_pdf(draw))
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [("2020-04", "present"), ("2016-08", "2020-02")]
    assert facts["bullets"]["experience"] == 2


def _docx(paragraphs: list[tuple[str, bool]]) -> bytes:
    """A Word file of plain paragraphs, each (text, bold), with no heading styles, as many templates are made."""
    import io

    from docx import Document

    document = Document()
    for text, bold in paragraphs:
        document.add_paragraph().add_run(text).bold = bold
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_degree_styled_like_a_role_title_is_no_experience_entry() -> None:
    """Word templates set each entry's first line in the bold of the section headings, under Education as under
    Experience: "Associate of Arts in Business Administration" over its dated college line is a degree, so the
    education section stays one section and holds no position."""
    data = _docx(
        [
            ("Robert Green", True),
            ("robert.green@example.com | (555) 777-8888", False),
            ("Experience", True),
            ("Customer Service Representative", True),
            ("Global Support Solutions | Remote | January 2022 – Present", False),
            ("Handled an average of 70 inbound calls a day for a utility company", False),
            ("Retail Associate", True),
            ("Local Electronics Store | Denver, CO | March 2021 – December 2021", False),
            ("Processed sales transactions and managed the store inventory", False),
            ("Education", True),
            ("Associate of Arts in Business Administration", True),
            ("Community College of Denver | Denver, CO | 2019 – 2021", False),
            ("Skills", True),
            ("Call handling, Zendesk, Salesforce Service Cloud", False),
        ]
    )
    facts = _facts(data, "resume.docx")
    assert [s["name"] for s in facts["sections"]].count("experience") == 1
    assert "education" in [s["name"] for s in facts["sections"]]
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [("2022-01", "present"), ("2021-03", "2021-12")]


def test_a_dash_then_an_ellipsis_in_a_date_gutter_is_an_open_range() -> None:
    """A date gutter writes a role still going as "May 2017 - …" with the role's text to its right on the same
    row: the ellipsis ends the range as "present", as a dash at the end of a line does."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Elin Gray", 18, bold=True)
        _text(page, 40, 58, "elin.gray@mail.com  +31 6 1234 5678")
        _text(page, 40, 90, "Work experience", 12, bold=True)
        top = 110.0
        for dates, role in (
            ("July 2017 - …", "Secretary of the Board, Young Statisticians"),
            ("May 2017 - ...", "Graduate student assistant, Utrecht University"),
            ("March 2013 - June 2016", "Letter carrier, PostNL"),
        ):
            _text(page, 40, top, dates)
            _text(page, 200, top, role)
            _text(page, 200, top + 13, "Organised monthly activities for all the members in the country")
            top += 40
        _text(page, 40, top, "Education", 12, bold=True)
        _text(page, 40, top + 18, "2013 - 2016")
        _text(page, 200, top + 18, "Utrecht University, Bachelor Psychology")

    facts = _facts(_pdf(draw))
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [
        ("2017-07", "present"),
        ("2017-05", "present"),
        ("2013-03", "2016-06"),
    ]


def test_a_timeline_of_list_items_with_a_colon_after_the_range_gives_the_roles() -> None:
    """A CV that lists its work as items "2017 – 2019: French and English language teacher at Odaba Zand
    Institute" sets each role out after the colon: every item is a role, however long its title, and none is an
    achievement bullet."""
    import io

    from docx import Document

    document = Document()
    document.add_paragraph().add_run("Babak Ashtari").bold = True
    document.add_paragraph("ashtari.babak@mail.com  +98 912 762 1031")
    document.add_paragraph().add_run("Professional experience:").bold = True
    for item in (
        "2017 – 2019: French and English language teacher at Odaba Zand Institute",
        "2016 – 2017: French and English language instructor at Imam Ali Military University",
        "2012 – 2016: French and English language instructor at Andisheh Parsian Language Center",
    ):
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph().add_run("Academic studies:").bold = True
    document.add_paragraph(
        "2014: MA of French Language Translation Studies, Tarbiat Modares University", style="List Bullet"
    )
    out = io.BytesIO()
    document.save(out)

    facts = _facts(out.getvalue(), "resume.docx")
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [
        ("2017", "2019"),
        ("2016", "2017"),
        ("2012", "2016"),
    ]
    assert facts["bullets"]["experience"] == 0


def test_a_main_section_heading_with_a_colon_among_plain_headings_is_a_heading() -> None:
    """Most headings carry no colon, but the last two are "Work Experience:" and "Education:" in the same bold:
    these name main sections and open them, while a "Key duties:" label in that style stays inside the role."""

    def draw(page: Any) -> None:
        _text(page, 250, 40, "Adrian Stone", 11, bold=True)
        _text(page, 180, 58, "adrian.stone@mail.com | 914-555-0177 | Baltimore, Maryland")
        top = 90.0
        for heading, body in (
            ("Career Summary", "Project manager for supply chain projects, delivering products on time."),
            ("Technical Skills", "Project management, supply chain, HTML, CSS, JavaScript"),
            ("Work Experience:", "Golf Club of Purchase, Purchase, New York: Course Manager"),
        ):
            _text(page, 72, top, heading, 11, bold=True)
            _text(page, 72, top + 16, body, 11)
            top += 44
        _text(page, 72, top - 12, "From: 2012 – Present", 11)
        _text(page, 72, top + 6, "Key duties:", 11, bold=True)
        _disc(page, 80, top + 22)
        _text(page, 88, top + 22, "Scheduled a crew of 12 groundskeepers over the season", 11)
        top += 56
        _text(page, 72, top, "Education:", 11, bold=True)
        _text(page, 72, top + 16, "Ashford University: B.A. in Project Management, 2011", 11)

    facts = _facts(_pdf(draw))
    names = [s["name"] for s in facts["sections"]]
    assert names[-2:] == ["experience", "education"] and names.count("experience") == 1
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [("2012", "present")]


def test_the_name_in_the_heading_bold_at_the_top_of_a_word_file_is_no_section() -> None:
    """Word templates set the name in the same bold as the headings, with no style of its own, and a degree line
    in that bold under Education: neither opens a section of its own, and the name is still the name."""
    data = _docx(
        [
            ("Sarah Lee", True),
            ("Email: sarah.lee@example.com | Phone: (222) 333-4444", False),
            ("Objective", True),
            ("To obtain an entry-level marketing position in a digital media team.", False),
            ("Experience", True),
            ("Marketing Intern", True),
            ("Local Marketing Agency | Portland, OR | June 2024 – August 2024", False),
            ("Assisted with social media content creation and scheduling.", False),
            ("Education", True),
            ("Bachelor of Arts in Communications", True),
            ("University of Oregon | Eugene, OR | 2020 – 2024", False),
        ]
    )
    facts = _facts(data, "resume.docx")
    assert [s["name"] for s in facts["sections"]] == ["objective", "experience", "education"]
    assert facts["contact"]["name"] == "Sarah Lee"
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [("2024-06", "2024-08")]


def test_a_heading_wrapped_onto_two_lines_is_one_heading() -> None:
    """A narrow heading gutter (Europass) or column wraps a long heading: "MANAGEMENT AND" over "LEADERSHIP SKILLS"
    is one skills heading, not an unknown section and a skills section."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Jaya Roy", 18, bold=True)
        _text(page, 40, 58, "jaya.roy@mail.com  (+880) 1319 175392")
        top = 90.0
        for heading, body in (
            (("WORK EXPERIENCE",), "Teacher, Fatepur High School  2019 – 2023"),
            (("DIGITAL SKILLS",), "Python, MATLAB, Origin, Quantum Espresso"),
            (("MANAGEMENT AND", "LEADERSHIP SKILLS"), "Time management, problem solving, decision making"),
            (("VOLUNTEERING",), "Environmental and social activist in Rangpur"),
        ):
            for row, part in enumerate(heading):
                _text(page, 40, top + 14 * row, part, 11, bold=True)
            _text(page, 170, top + 14 * len(heading) + 6, body)
            top += 60

    facts = _facts(_pdf(draw))
    assert [s["name"] for s in facts["sections"]] == ["experience", "skills", "skills", "volunteer"]


def test_more_headings_unseen_resumes_use_are_known() -> None:
    """Indian and academic CVs name their sections in words the lexicon lacked: "EDUCATIONAL DETAILS", "AREA OF
    INTEREST", "POSITION OF RESPONSIBILITY", "PUBLISHED WORKS", "CONFERENCES AND SEMINARS", "KEY STRENGTHS",
    "LANGUAGE PROFICIENCY"."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Anand Rao", 20, bold=True)
        _text(page, 40, 60, "anand.rao@mail.com | +91 80744 11248")
        top = 95.0
        for heading, body in (
            ("EDUCATIONAL DETAILS", "B.Tech Computer Science, CMR Technical Campus 2022 - 2026"),
            ("KEY STRENGTHS", "Quick learner, team player, clear communicator"),
            ("AREA OF INTEREST", "Data structures, operating systems"),
            ("POSITION OF RESPONSIBILITY", "Secretary of the Idea Genesis Club, connecting startups"),
            ("PUBLISHED WORKS", "A short history of the Deccan railways, 2023"),
            ("CONFERENCES AND SEMINARS", "Speaker at the national student seminar on robotics"),
            ("LANGUAGE PROFICIENCY", "Telugu (native), English (fluent), Hindi"),
        ):
            _text(page, 40, top, heading, 12, bold=True)
            _text(page, 40, top + 16, body)
            top += 50

    facts = _facts(_pdf(draw))
    assert [s["name"] for s in facts["sections"]] == [
        "education",
        "skills",
        "interests",
        "leadership",
        "publications",
        "activities",
        "languages",
    ]


def test_a_role_laid_out_in_word_table_cells_is_one_entry() -> None:
    """A Word resume built from tables puts each role's title and employer in bold cells (in the headings' bold)
    and its city and dates in the next cell: the employer "S&W Technologies" is no skills heading and the titles
    open no sections, so every role is a position with its bullets, and a school's cells stay in Education."""
    import io

    from docx import Document

    document = Document()
    document.add_paragraph().add_run("Steven Sorial").bold = True
    document.add_paragraph("stevenmagdy92@gmail.com | +20 100 5265241")
    document.add_paragraph().add_run("Experience").bold = True
    roles = (
        ("iOS Developer - Remote", "S&W Technologies (Outsourced)", "(New York, United States)", "Dec 2020 – Present"),
        ("iOS Developer", "FlairsTech", "(Cairo, Egypt)", "Aug 2019 – Present"),
        ("Android Developer", "Interface Solutions", "(Cairo, Egypt)", "Jan 2018 – Nov 2018"),
    )
    for title, employer, city, dates in roles:
        left, right = document.add_table(rows=1, cols=2).rows[0].cells
        left.paragraphs[0].add_run(title).bold = True
        left.add_paragraph().add_run(employer).bold = True
        right.paragraphs[0].add_run(city)
        right.add_paragraph().add_run(dates).bold = True
        for duty in ("Built a new iOS app as the sole developer", "Maintained five Android apps for clients"):
            document.add_paragraph(duty, style="List Bullet")
    document.add_paragraph().add_run("Education").bold = True
    cells = document.add_table(rows=1, cols=3).rows[0].cells
    for cell, text in zip(cells, ("Cairo, Egypt", "Future University in Egypt (FUE)", "2012 – 2016"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    document.add_paragraph("B.S.E. in Computer Science Engineering.")
    document.add_paragraph().add_run("Skills").bold = True
    document.add_paragraph("Swift, Objective-C, Kotlin, Flutter")
    out = io.BytesIO()
    document.save(out)

    facts = _facts(out.getvalue(), "resume.docx")
    assert [s["name"] for s in facts["sections"]] == ["experience", "education", "skills"]
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [
        ("2020-12", "present"),
        ("2019-08", "present"),
        ("2018-01", "2018-11"),
    ]
    assert facts["bullets"]["experience"] == 6


def test_an_open_range_ending_a_sentence_dates_a_current_role() -> None:
    """An academic CV writes each appointment as a sentence, "Assistant Professor, 2026-.", the open dash then the
    full stop: a role still going, as "2026-" alone is, beside the closed "Donald P. Jacobs Scholar, 2026-2027."."""

    def draw(page: Any) -> None:
        _text(page, 72, 40, "Aakash Rao", 18)
        _text(page, 72, 60, "Email: aakash.rao@kellogg.example.edu")
        _text(page, 72, 90, "Employment", 14)
        _text(page, 72, 112, "Department of Managerial Economics, Kellogg School of Management.")
        _text(page, 87, 126, "Assistant Professor, 2026-.")
        _text(page, 87, 144, "Donald P. Jacobs Scholar, 2026-2027.")
        _text(page, 72, 176, "Education", 14)
        _text(page, 72, 198, "Department of Economics, Harvard University.")
        _text(page, 87, 212, "Ph.D. in Economics, 2020-2026.")

    facts = _facts(_pdf(draw))
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [("2026", "present"), ("2026", "2027")]


def test_dated_roles_under_affiliations_are_no_experience() -> None:
    """Lines that open with their range ("2014-Present Michigan Judo Association Board Member") under Professional
    Affiliations are that section's entries: they open no experience section and are no positions."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "HR GENERALIST", 16, bold=True)
        _text(page, 40, 70, "Experience", 12, bold=True)
        _text(page, 40, 88, "HR Generalist Sep 2014 to Current", 10, bold=True)
        _text(page, 40, 102, "Company Name - Detroit, Michigan")
        _text(page, 40, 116, "Built the department from the ground up as the first HR person.")
        _text(page, 40, 146, "Education", 12, bold=True)
        _text(page, 40, 164, "MBA, Human Resources, Walsh College 2012")
        _text(page, 40, 194, "Professional Affiliations", 12, bold=True)
        for row, entry in enumerate(
            (
                "2014-Present Michigan Judo Development Association Board Member",
                "2006-Present Society for Human Resource Management",
                "1998-1999 United States Olympic Training Center Resident",
            )
        ):
            _text(page, 40, 212 + 24 * row, entry, 12, bold=True)
        _text(page, 40, 300, "Skills", 12, bold=True)
        _text(page, 40, 318, "ADP Payroll, Kronos, benefits administration, hiring")

    facts = _facts(_pdf(draw))
    assert [s["name"] for s in facts["sections"]] == ["experience", "education", "activities", "skills"]
    assert [(p["start"], p["end"]) for p in facts["positions"]] == [("2014-09", "present")]


def test_an_objective_label_with_its_colon_under_the_contact_lines_heads_the_statement() -> None:
    """Indian CVs open with "Objective:" in bold, smaller than the bold-capital headings that follow and alone in
    carrying a colon: it heads the objective statement under the contact lines, as "Key duties:" heads nothing."""

    def draw(page: Any) -> None:
        _text(page, 33, 40, "Ajay Iyer", 20, bold=True)
        _text(page, 33, 62, "iyerajay62@gmail.com | +91-8369028751", 11)
        _text(page, 30, 100, "Objective:", 10.6, bold=True)
        _text(page, 30, 114, "To serve a progressive organization with my analytical skills.", 10)
        top = 150.0
        for heading, body in (
            ("EXPERIENCE", "Intern, Tata Motors, Pune  June 2022 – December 2022"),
            ("PROJECTS", "Algorithm Visualizer, a sorting visualisation in React"),
            ("TECHNICAL SKILLS", "HTML, CSS, Java, C, C++"),
        ):
            _text(page, 34, top, heading, 11, bold=True)
            _text(page, 40, top + 18, body, 10)
            top += 50
        _text(page, 34, top, "Key duties:", 10.6, bold=True)

    facts = _facts(_pdf(draw))
    assert [s["name"] for s in facts["sections"]] == ["objective", "experience", "projects", "skills"]


def test_a_heading_a_word_list_runs_on_into_is_a_heading() -> None:
    """Google Docs exports can carry the skills list's numbering on into the next paragraph, so the bold capital
    "EDUCATION" is a list item: exactly a heading in the headings' style, it still opens its section."""
    import io

    from docx import Document

    document = Document()
    document.add_paragraph().add_run("Amber Taylor").bold = True
    document.add_paragraph("altwriter93@gmail.com | (315) 940-6910")
    document.add_paragraph().add_run("EXPERIENCE").bold = True
    document.add_paragraph("Aspen Dental, East Syracuse, NY — IT Intern")
    document.add_paragraph("May 2019 - August 2019")
    document.add_paragraph("Modified an Excel macro using VB.NET to add a new feature.", style="List Bullet")
    document.add_paragraph().add_run("SKILLS").bold = True
    for skill in ("Java", "Technical Writing", "SharePoint"):
        document.add_paragraph(skill, style="List Bullet")
    document.add_paragraph(style="List Bullet").add_run("EDUCATION").bold = True
    document.add_paragraph("SUNY Polytechnic, Utica, NY — B.S Computer Science")
    document.add_paragraph("August 2020 - May 2022")
    document.add_paragraph().add_run("LANGUAGES").bold = True
    document.add_paragraph("English (native), Spanish (B1)")
    out = io.BytesIO()
    document.save(out)

    facts = _facts(out.getvalue(), "resume.docx")
    assert [s["name"] for s in facts["sections"]] == ["experience", "skills", "education", "languages"]


def test_a_name_line_ending_in_a_comma_over_the_address_is_the_name() -> None:
    """Indian CVs write the name as the first line of a postal address, "P.Nithya," then the street and town lines,
    each ending in a comma: the comma ends the address line, and the name is read without it."""
    data = _docx(
        [
            ("RESUME", True),
            (" P.Nithya,", True),
            ("8/140A, NORTH STREET,", True),
            ("POOVANOOR,", True),
            ("TENKASI(DIST).", True),
            ("EMAIL ID:nithyapukal@gmail.com", True),
            ("MOBILE NUMBER: 8344830568", True),
            ("OBJECTIVE:", True),
            ("To enhance my skills and use them to the full for the growth of the organization.", False),
            ("KEY STRENGTH:", True),
            ("Good communication skill.", False),
        ]
    )
    facts = _facts(data, "resume.docx")
    assert facts["contact"]["name"] == "P.Nithya"


def test_sentences_broken_onto_their_own_lines_are_items_and_a_wrapped_paragraph_is_one() -> None:
    """Without glyphs, a role's lines that each end a sentence well short of the column's right edge, or end
    short of it over a line that opens with a capital, are items a recruiter reads one by one; a paragraph whose
    lines run to the edge, wrapping mid-sentence, stays one."""
    paragraph = (
        "Ran a store of 60 staff and a yearly budget of $4M, opened the new garden centre and cut shrink",
        "by a fifth in one year; trained four department leads who were later promoted to run stores of",
        "their own in the region and in the neighbouring states.",
    )
    items = (
        "Ran a store of 60 staff and a yearly budget of four million dollars.",
        "Opened the new garden centre and cut shrink by a fifth in one year.",
        "Trained four department leads who were later promoted to run stores.",
    )
    unpunctuated = (
        "Managed a team of twelve cashiers across the two tills",
        "Cut the queue times at the weekend by a third",
    )

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Nora Quinn", 18, bold=True)
        _text(page, 40, 58, "nora.quinn@mail.com  +1 555 0100")
        _text(page, 40, 90, "EXPERIENCE", 12, bold=True)
        top = 110.0
        for title, lines in (
            ("Store Manager, Target  2019 – Present", paragraph),
            ("Assistant Manager, Walmart  2015 – 2019", items),
            ("Cashier, Kroger  2013 – 2015", unpunctuated),
        ):
            _text(page, 40, top, title, 10, bold=True)
            for row, line in enumerate(lines):
                _text(page, 40, top + 14 + 12 * row, line, 10)
            top += 70
        _text(page, 40, top, "EDUCATION", 12, bold=True)
        _text(page, 40, top + 16, "BA Business, Ohio State University 2011 – 2015")

    facts = _facts(_pdf(draw))
    assert [p["bullets"] for p in facts["positions"]] == [1, 3, 2]


def test_symbol_and_wingdings_markers_given_by_their_code_are_bullets() -> None:
    """Word draws list markers in the Symbol and Wingdings fonts; a PDF may give a marker as the font's own code
    (Wingdings "§" is a small square, "Ø" an arrowhead, Symbol "¨" a diamond, or the code shifted to U+F0xx)
    rather than the shape. Each opens its item as a bullet (not a dropped icon, nor a "¨" in the text); the font's
    other codes (Wingdings "(" is a telephone) and a run of its glyphs (a rating) are no bullets."""
    from resumecheck.model import Box, Layout
    from resumecheck.parsers.pdf import page_rows

    items = ("Assisted testing in three substations", "Analyzed the test data", "Kept the test records")
    fonts = ("ABCDEF+Wingdings-Regular", "ABCDEF+Wingdings-Regular", "ABCDEF+SymbolMT")
    codes = ("\u00a7", "\uf0d8", "\u00a8")
    chars: list[dict[str, Any]] = []
    for row, (item, font, code) in enumerate(zip(items, fonts, codes, strict=True)):
        chars.append(dict(_glyphs("x", 38.0, 186.0 + 25 * row, 9.5, font)[0], text=code))
        chars += _glyphs(item, 50.0, 186.0 + 25 * row)
    chars.append(dict(_glyphs("x", 38.0, 300.0, 9.5, fonts[0])[0], text="("))  # a telephone icon
    chars += _glyphs("(555) 010-2000", 50.0, 300.0)
    rating = [dict(_glyphs("x", 300.0 + 9 * n, 340.0, 9.5, fonts[0])[0], text="\u00a7") for n in range(5)]
    rows = [row.text for row, _ in page_rows(chars + rating, Box(0, 0, 612, 792), 1, Layout())]
    assert [text for text in rows if "•" in text] == [f"• {item}" for item in items]
    assert "(555) 010-2000" in rows
    assert not any("¨" in text or "§" in text for text in rows)


def test_short_duty_lines_without_glyphs_are_each_an_item() -> None:
    """A role's duties set as lines of their own without any glyph, some of them short ("Serial communication over
    RS-232"), are each an item, as a role's description sentence is one; a "Tasks:" label is no item."""

    def draw(page: Any) -> None:
        _text(page, 40, 40, "Ana Ruiz", 20, bold=True)
        _text(page, 40, 62, "ana@mail.com | +34 612 345 678")
        _text(page, 40, 100, "Experience", 14, bold=True)
        _text(page, 40, 120, "Firmware Engineer, Acme Robotics", bold=True)
        _text(page, 500, 120, "2019 - 2022", bold=True)
        _text(page, 40, 136, "Tasks:")
        for row, duty in enumerate(
            (
                "Programmed the PIC16F877 microcontroller",
                "Built test benches in LabVIEW",
                "Serial communication over RS-232",
            )
        ):
            _text(page, 52, 152 + 14 * row, duty)
        _text(page, 40, 214, "Support Technician, Beta Systems", bold=True)
        _text(page, 500, 214, "2017 - 2019", bold=True)
        _text(page, 52, 230, "Answered calls from customers of the helpdesk in three languages.")
        _text(page, 40, 270, "Education", 14, bold=True)
        _text(page, 40, 290, "BSc Electronics, Universidad de Granada 2017")

    facts = _facts(_pdf(draw))
    assert [(p["start"], p["end"], p["bullets"]) for p in facts["positions"]] == [
        ("2019", "2022", 3),
        ("2017", "2019", 1),
    ]
    assert facts["bullets"]["experience"] == 4
