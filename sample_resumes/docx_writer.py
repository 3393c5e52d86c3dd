"""Write a Persona as a Word document with python-docx, optionally with a text box and a table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.shared import Inches, Pt

from personas import Persona

_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def write_docx(person: Persona, path: Path) -> None:
    """The one-column resume with Word's own styles: Title, Heading 1, List Bullet."""
    document = new_document()
    document.add_paragraph(person.name, style="Title")
    document.add_paragraph(person.headline)
    document.add_paragraph(" | ".join([person.email, person.phone, person.location, *person.links]))
    document.add_heading("Summary", level=1)
    document.add_paragraph(person.summary)
    _experience(document, person)
    _education_and_skills(document, person, skills_table=False)
    document.save(str(path))


def write_textbox_docx(person: Persona, path: Path) -> None:
    """Summary inside a floating text box (Word stores it twice), skills in a two-column table."""
    document = new_document()
    header = document.sections[0].header.paragraphs[0]
    header.text = f"{person.name} — Resume"
    document.add_paragraph(person.name, style="Title")
    document.add_paragraph(" | ".join([person.email, person.phone, person.location, *person.links]))
    anchor = document.add_paragraph()
    anchor._p.append(_textbox_run([("SUMMARY", True), (person.summary, False)]))
    _experience(document, person)
    _education_and_skills(document, person, skills_table=True)
    document.save(str(path))


def new_document() -> Document:
    document = Document()
    properties = document.core_properties
    properties.author = "resumecheck sample"
    properties.created = properties.modified = dt.datetime(2026, 1, 1)
    properties.last_printed = dt.datetime(2026, 1, 1)
    properties.revision = 1
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    return document


def _experience(document: Document, person: Persona) -> None:
    document.add_heading("Experience", level=1)
    for role in person.roles:
        entry = document.add_paragraph()
        entry.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
        entry.add_run(f"{role.title}, {role.organization}").bold = True
        entry.add_run(f"\t{role.dates}")
        document.add_paragraph(role.location).runs[0].italic = True
        for bullet in role.bullets:
            document.add_paragraph(bullet, style="List Bullet")


def _education_and_skills(document: Document, person: Persona, skills_table: bool) -> None:
    document.add_heading("Education", level=1)
    for degree, school, dates in person.education:
        entry = document.add_paragraph()
        entry.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
        entry.add_run(degree).bold = True
        entry.add_run(f"\t{dates}")
        document.add_paragraph(school).runs[0].italic = True
    document.add_heading("Skills", level=1)
    if skills_table:
        table = document.add_table(rows=(len(person.skills) + 1) // 2, cols=2)
        for index, skill in enumerate(person.skills):
            table.cell(index // 2, index % 2).text = skill
    else:
        document.add_paragraph(", ".join(person.skills))
    if person.certifications:
        document.add_heading("Certifications", level=1)
        for name in person.certifications:
            document.add_paragraph(name, style="List Bullet")


def _textbox_run(paragraphs: list[tuple[str, bool]]):  # type: ignore[no-untyped-def]
    """A run holding a text box as Word writes it: a DrawingML shape and a VML fallback copy."""
    body = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        for text, bold in paragraphs
    )
    xml = f"""<w:r {_NAMESPACES}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0"
 locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="5943600" cy="1097280"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5943600" cy="1097280"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>
</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Text Box 1" style="width:468pt;height:86.4pt">
<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""
    return parse_xml(xml)
