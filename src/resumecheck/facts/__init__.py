"""Facts every check stands on, extracted from a Document whatever its format."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Document, Line
from .contact import Contact, find_contact
from .education import Degree, find_degrees
from .language import JUDGED_LANGUAGES, detect_language
from .letter import CoverLetter, split_cover_letter
from .personal import PersonalData, find_personal
from .positions import Position, experience_bullets, find_positions, is_quantified
from .sections import Section, find_sections

__all__ = ["Facts", "extract_facts"]


@dataclass(frozen=True)
class Facts:
    """What resumecheck knows about one resume."""

    document: Document
    sections: list[Section]
    contact: Contact
    positions: list[Position]
    bullets: list[Line]
    quantified: list[Line]
    language: str | None
    words: int
    degrees: tuple[Degree, ...] = ()
    personal: PersonalData = field(default_factory=PersonalData)
    cover_letter: CoverLetter | None = None  # a letter before the CV in the same file; `document` is the CV

    @property
    def text_layer(self) -> bool:
        return self.document.has_text and not self.document.layout.text_layer_missing

    def text_view(self) -> list[dict[str, Any]]:
        """Every extracted line in reading order, as an ATS sees it (for the HTML report)."""
        section_of = {line.number: s.name for s in self.sections for line in (s.heading, *s.lines)}
        return [
            {
                "number": line.number,
                "page": line.page,
                "kind": line.kind,
                "zone": line.zone,
                "column": line.column,
                "section": section_of.get(line.number),
                "text": line.text,
                "heading": any(s.heading is line for s in self.sections),
            }
            for line in self.document.lines
        ]

    def to_dict(self) -> dict[str, Any]:
        """The `facts` object of the JSON report, but for `job` (the job match is an analysis, added by the judge)."""
        layout = self.document.layout
        return {
            # The report schema's formats are pdf, docx, txt, md and json: a picture is reported as the page
            # document it was read into (pdf), a .doc or .odt as a word-processor document (docx), an RTF as text;
            # `source_format` names what the file really is.
            "format": "pdf" if self.document.format == "image" else self.document.format,
            "source_format": layout.source_format,
            "repaired_pages": layout.repaired_pages,  # PDF pages pdfminer could not read, read by PDFium
            "pages": layout.pages,
            "words": self.words,
            "language": self.language,
            "text_layer": self.text_layer,
            "text_layer_missing_pages": layout.text_layer_missing,
            "columns": layout.columns,
            "column_pages": layout.column_pages,
            "tables": layout.tables > 0,
            "table_count": layout.tables,
            "images": layout.images > 0,
            "image_count": layout.images,
            "graphics": layout.graphics,
            "icons": layout.icons,
            "text_boxes": layout.textboxes,
            "hidden_text": [
                {"text": h.text, "reason": h.reason, "page": h.page, "bbox": h.box.as_list() if h.box else None}
                for h in layout.hidden
            ],
            "garbled_glyphs": layout.garbled_glyphs,
            "fonts": dict(sorted(layout.fonts.items(), key=lambda item: -item[1])),
            "body_font_size": layout.body_font_size,
            "page_sizes": [[round(w, 1), round(h, 1)] for w, h in layout.page_sizes],
            "file_size": layout.file_size,
            "contact": {
                "name": self.contact.name,
                "email": self.contact.email,
                "phone": self.contact.phone,
                "links": self.contact.links,
                "location": self.contact.location,
                "in_header_footer": self.contact.in_header_footer,
                "name_line": self.contact.name_line.number if self.contact.name_line else None,
            },
            "sections": [
                {"name": s.name, "heading": s.heading.text, "page": s.heading.page, "line": s.heading.number}
                for s in self.sections
            ],
            "positions": [
                {
                    "title": p.title,
                    "organization": p.organization,
                    "start": p.start,
                    "end": p.end,
                    "bullets": len(p.bullets),
                    "line": p.header[0].number if p.header else None,
                    "page": p.header[0].page if p.header else None,
                }
                for p in self.positions
            ],
            "bullets": {"experience": len(self.bullets), "quantified": len(self.quantified)},
            "ocr": (
                {
                    "engine": "tesseract",
                    "pages": layout.ocr_pages,
                    "mean_confidence": round(sum(layout.ocr_confidences) / len(layout.ocr_confidences), 1)
                    if layout.ocr_confidences
                    else None,
                }
                if layout.ocr_pages
                else None
            ),
            "education": [
                {"degree": d.degree, "school": d.school, "line": d.line.number, "page": d.line.page}
                for d in self.degrees
            ],
            "personal": self.personal.to_dict(),
            "cover_letter": (
                {"lines": len(self.cover_letter.lines), "cv_starts_at_line": self.cover_letter.cv_start.number}
                if self.cover_letter
                else None
            ),
        }


def extract_facts(document: Document) -> Facts:
    """Extract sections, contact, positions, bullets, words and language from a Document (from its CV, when a
    cover letter comes first)."""
    document, letter = split_cover_letter(document)
    sections = find_sections(document)
    contact = find_contact(document, sections)
    positions = find_positions(sections)
    bullets = experience_bullets(positions, sections)
    body_text = "\n".join(line.text for line in document.body_lines)
    return Facts(
        document=document,
        sections=sections,
        contact=contact,
        positions=positions,
        bullets=bullets,
        quantified=[line for line in bullets if is_quantified(line.text)],
        language=detect_language(body_text),
        words=sum(len(line.words) for line in document.lines),
        degrees=tuple(find_degrees(sections)),
        personal=find_personal(document),
        cover_letter=letter,
    )


def unjudged_reason(facts: Facts) -> str | None:
    """Why the words of this file cannot be judged (no readable text, or a language the rules do not know); None
    when they can."""
    if not facts.document.has_text and facts.document.layout.ocr_unavailable:
        reason = (
            "No readable text: every page is a picture. Install tesseract-ocr to read image-only pages "
            "(apt install tesseract-ocr tesseract-ocr-eng); only the layout was checked."
        )
    elif not facts.document.has_text and facts.document.layout.ocr_pages:
        reason = (
            "No readable text: the pages are pictures and OCR could not make out their text (too coarse, faint "
            "or blurred); only the layout was checked. Export the original as a PDF or Word file with real text, "
            "or scan the paper again at 300 dpi."
        )
    elif not facts.document.has_text:
        reason = (
            "No readable text: every page is an image, so an ATS reads nothing; only the layout was "
            "checked. Export the resume as a PDF with real text."
        )
    elif facts.language not in (None, "en", *JUDGED_LANGUAGES):
        judged = ", ".join(("English", "German", "French", "Spanish"))
        reason = f"This resume is in '{facts.language}', not {judged}: only the layout was checked."
    else:
        return None
    return reason
