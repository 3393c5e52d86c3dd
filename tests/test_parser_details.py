"""Parser details on files built in the test: hidden text, reading order, headers, links, pages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from conftest import SAMPLES
from resumecheck.parsers import parse_bytes
from resumecheck.textnorm import clean_line

canvas = pytest.importorskip("reportlab.pdfgen.canvas")


def _pdf(draw) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(612, 792), invariant=1)
    draw(page)
    page.showPage()
    page.save()
    return buffer.getvalue()


def test_hidden_text_is_found_and_kept_out_of_the_lines() -> None:
    def draw(page) -> None:  # type: ignore[no-untyped-def]
        page.setFont("Helvetica", 11)
        page.drawString(72, 700, "Jordan Lee visible line")
        page.setFillColorRGB(1, 1, 1)
        page.drawString(72, 650, "Kubernetes Terraform white keywords")
        page.setFillColorRGB(0.1, 0.1, 0.3)
        page.rect(60, 590, 300, 30, fill=1, stroke=0)
        page.setFillColorRGB(1, 1, 1)
        page.drawString(72, 600, "White on a dark band is visible")
        page.setFillColorRGB(0, 0, 0)
        page.setFont("Helvetica", 2)
        page.drawString(72, 560, "tiny stuffing text")
        page.setFont("Helvetica", 11)
        page.drawString(-400, 500, "off the page text")

    document = parse_bytes(_pdf(draw), "hidden.pdf")
    hidden = {(h.reason, h.text) for h in document.layout.hidden}
    assert ("white", "KubernetesTerraformwhitekeywords") in {(r, t.replace(" ", "")) for r, t in hidden}
    assert any(r == "tiny" for r, _ in hidden) and any(r == "off-page" for r, _ in hidden)
    texts = [line.text for line in document.lines]
    assert texts == ["Jordan Lee visible line", "White on a dark band is visible"]


def test_two_column_page_is_read_column_by_column() -> None:
    document = parse_bytes((SAMPLES / "marcus_chen_two_column.pdf").read_bytes(), "two.pdf")
    columns = [line.column for line in document.lines]
    first_right = columns.index(1)
    assert all(c == 1 for c in columns[first_right:]), "the main column follows the whole sidebar"
    texts = [line.text for line in document.lines]
    assert texts.index("SKILLS") < texts.index("Figma") < texts.index("SUMMARY") < texts.index("EXPERIENCE")
    assert document.layout.columns == 2 and document.layout.column_pages == [1]


def test_right_aligned_dates_do_not_make_a_second_column() -> None:
    document = parse_bytes((SAMPLES / "priya_raman_strong.pdf").read_bytes(), "one.pdf")
    assert document.layout.columns == 1
    entry = next(line for line in document.lines if line.text.startswith("Senior Data Engineer,"))
    assert [span.text for span in entry.spans] == ["Senior Data Engineer, Brightline Analytics", "Mar 2021 – Present"]


def test_missing_word_spaces_are_restored_from_glyph_gaps() -> None:
    def draw(page) -> None:  # type: ignore[no-untyped-def]
        from reportlab.pdfbase.pdfmetrics import stringWidth

        page.setFont("Helvetica", 10)
        x = 72.0
        for word in ("Reduced", "costs", "by", "30%"):  # words placed one by one with no space glyphs, as TeX does
            page.drawString(x, 700, word)
            x += stringWidth(word, "Helvetica", 10) + 2.0

    document = parse_bytes(_pdf(draw), "tex.pdf")
    assert document.lines[0].text == "Reduced costs by 30%"


def test_clean_line_normalises_ligatures_garbage_and_soft_hyphens() -> None:
    assert clean_line("ﬁnance  oﬃce\u00a0(cid:131) team") == "finance office team"
    assert clean_line("Sep. 2023\u00adMar. 2024") == "Sep. 2023-Mar. 2024"


def test_docx_header_footer_variants_links_and_page_breaks(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "jordan@example.com | 555-123-4567"
    section.header.paragraphs[0].text = "Jordan Lee, page header"
    section.footer.paragraphs[0].text = "Confidential"
    document.add_paragraph("Jordan Lee", style="Title")
    document.add_heading("Experience", level=1)
    document.add_paragraph("Built things", style="List Bullet")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Education", level=1)
    target = tmp_path / "variants.docx"
    document.save(str(target))
    parsed = parse_bytes(target.read_bytes(), target.name)
    zones = {(line.zone, line.text) for line in parsed.lines if line.zone != "body"}
    assert zones == {("header", "jordan@example.com | 555-123-4567"), ("header", "Jordan Lee, page header"),
                     ("footer", "Confidential")}
    assert parsed.layout.pages == 2
    bullet = next(line for line in parsed.lines if line.text == "Built things")
    assert bullet.kind == "bullet"  # the numbering comes from the List Bullet style, not the paragraph


def test_contact_only_in_a_docx_header_is_flagged(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    from conftest import read_entry
    from resumecheck.reader import read_path

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "jordan@example.com | (555) 123-4567"
    document.add_paragraph("Jordan Lee", style="Title")
    document.add_heading("Experience", level=1)
    document.add_paragraph("Analyst, Acme Corp\tJan 2020 – Present")
    target = tmp_path / "header.docx"
    document.save(str(target))
    contact = read_entry(read_path(target))["facts"]["contact"]
    assert contact["email"] == "jordan@example.com" and contact["in_header_footer"] is True


_WP_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def _floating_box(x: int, y: int, width: int, height: int, paragraphs: list[tuple[str, int]]) -> str:
    """A Word text box anchored to its paragraph at (x, y) EMU, holding (text, half-points) paragraphs."""
    body = "".join(
        f'<w:p><w:r><w:rPr><w:sz w:val="{size}"/></w:rPr><w:t>{text}</w:t></w:r></w:p>' for text, size in paragraphs
    )
    return (
        f"<w:r {_WP_NS}><w:drawing><wp:anchor>"
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width}" cy="{height}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def test_text_boxes_anchored_in_one_paragraph_are_read_as_the_page_shows_them() -> None:
    """A template built of text boxes, all anchored in one empty paragraph in the order they were drawn: the
    main column first, then the sidebar, then the banner with the name. Read the banner first, then the sidebar
    beside the main column (its frame overlapping the main column's by a little), then the main column."""
    import docx
    from docx.oxml import parse_xml

    inch = 914400
    word = docx.Document()
    anchor = word.add_paragraph()._p
    boxes = [
        (2.5 * inch, 2 * inch, 4.5 * inch, 8 * inch, [("Experience", 28), ("Assembler, AMS Company, 2015 - 2018", 24)]),
        (0, 2 * inch, 2.53 * inch, 6 * inch, [("Summary", 28), ("Assembler with eight years on the line", 24)]),
        (0, 1 * inch, 7 * inch, 0.5 * inch, [("david.eliot@mail.com | +1 (970) 333-3833", 24)]),
        (0, 0, 7 * inch, 0.9 * inch, [("David Eliot", 72)]),
    ]
    for x, y, width, height, paragraphs in boxes:
        anchor.append(parse_xml(_floating_box(int(x), int(y), int(width), int(height), paragraphs)))
    buffer = io.BytesIO()
    word.save(buffer)
    document = parse_bytes(buffer.getvalue(), "resume.docx")
    assert [line.text for line in document.lines] == [
        "David Eliot",
        "david.eliot@mail.com | +1 (970) 333-3833",
        "Summary",
        "Assembler with eight years on the line",
        "Experience",
        "Assembler, AMS Company, 2015 - 2018",
    ]
    assert document.layout.textboxes == 4
