"""Lay out a Persona as a PDF with reportlab: one column, or a sidebar and a main column."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from personas import Persona

WIDTH, HEIGHT = LETTER
MARGIN = 54.0
BODY, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


class PdfResume:
    """A tiny top-down layout engine over a reportlab canvas."""

    def __init__(self, target: Path | BinaryIO, header_contact: bool = False) -> None:
        self.canvas = canvas.Canvas(str(target) if isinstance(target, Path) else target, pagesize=LETTER, invariant=1)
        self.canvas.setTitle("Resume")
        self.header_contact = header_contact
        self.person: Persona | None = None
        self.left, self.right = MARGIN, WIDTH - MARGIN
        self.y = HEIGHT - MARGIN

    # --- layouts -------------------------------------------------------------------------------
    def one_column(self, person: Persona, page_break_before: str | None = None) -> None:
        """Name, contact, summary, experience, education, skills, certifications in one column."""
        self.person = person
        self._page_start()
        self._text(person.name, BOLD, 22, gap=6)
        self._text(person.headline, BODY, 12, gap=4)
        if not self.header_contact:
            self._text(" | ".join([person.email, person.phone, person.location, *person.links]), BODY, 9.5, gap=10)
        else:
            self._text(person.location, BODY, 9.5, gap=10)
        self._heading("Summary")
        self._paragraph(person.summary)
        self._heading("Experience")
        for role in person.roles:
            self._entry(f"{role.title}, {role.organization}", role.dates, role.location)
            for bullet in role.bullets:
                self._bullet(bullet)
        if page_break_before == "Education":
            self._new_page()
        self._heading("Education")
        for degree, school, dates in person.education:
            self._entry(degree, dates, school)
        self._heading("Skills")
        self._paragraph(", ".join(person.skills))
        if person.certifications:
            self._heading("Certifications")
            for name in person.certifications:
                self._bullet(name)
        self.canvas.showPage()
        self.canvas.save()

    def two_column(self, person: Persona, designed: bool = False) -> None:
        """A full-width name band, a left sidebar (contact, skills, education), the main column right; `designed`
        draws a skill bar beside each skill and letter-spaces the sidebar's headings, as design templates do."""
        self.person = person
        self._text(person.name, BOLD, 24, gap=4)
        self._text(person.headline, BODY, 13, gap=16)
        top = self.y
        self.left, self.right = MARGIN, MARGIN + 150
        for heading, items in (("Contact", [person.email, person.phone, person.location, *person.links]),
                               ("Skills", list(person.skills)),
                               ("Education", [part for degree, school, dates in person.education for part in (degree, school, dates)])):
            self._heading(" ".join(heading) if designed else heading, size=11)
            for number, item in enumerate(items):
                self._paragraph(item, size=9, gap=1)
                if designed and heading == "Skills":
                    self._skill_bar(5 - number % 3)
        self.y = top
        self.left, self.right = MARGIN + 180, WIDTH - MARGIN
        self._heading("Summary", size=11)
        self._paragraph(person.summary)
        self._heading("Experience", size=11)
        for role in person.roles:
            self._entry(role.title, role.dates, f"{role.organization}, {role.location}")
            for bullet in role.bullets:
                self._bullet(bullet)
        self.canvas.showPage()
        self.canvas.save()

    # --- drawing helpers ---------------------------------------------------------------------
    def _page_start(self) -> None:
        if self.header_contact and self.person is not None:
            self.canvas.setFont(BODY, 9)
            contact = f"{self.person.email}  |  {self.person.phone}"
            self.canvas.drawRightString(WIDTH - MARGIN, HEIGHT - 30, contact)
            self.y = HEIGHT - MARGIN - 12

    def _new_page(self) -> None:
        self.canvas.showPage()
        self.y = HEIGHT - MARGIN
        self._page_start()

    def _need(self, height: float) -> None:
        if self.y - height < MARGIN:
            self._new_page()

    def _text(self, text: str, font: str, size: float, gap: float = 2) -> None:
        self._need(size + gap)
        self.y -= size
        self.canvas.setFont(font, size)
        self.canvas.drawString(self.left, self.y, text)
        self.y -= gap

    def _heading(self, text: str, size: float = 12) -> None:
        self._need(size + 30)
        self.y -= 8
        self._text(text.upper(), BOLD, size, gap=3)
        self.canvas.setLineWidth(0.6)
        self.canvas.line(self.left, self.y, self.right, self.y)
        self.y -= 6

    def _skill_bar(self, level: int) -> None:
        """A grey track with a blue fill of `level` fifths, under the skill just written."""
        self.canvas.setFillColorRGB(0.85, 0.85, 0.85)
        self.canvas.rect(self.left, self.y - 2, 100, 5, fill=1, stroke=0)
        self.canvas.setFillColorRGB(0.2, 0.4, 0.7)
        self.canvas.rect(self.left, self.y - 2, 20 * level, 5, fill=1, stroke=0)
        self.canvas.setFillColorRGB(0, 0, 0)
        self.y -= 8

    def _paragraph(self, text: str, size: float = 10, gap: float = 4) -> None:
        for line in simpleSplit(text, BODY, size, self.right - self.left):
            self._text(line, BODY, size, gap=2)
        self.y -= gap

    def _entry(self, left: str, dates: str, below: str) -> None:
        self._need(32)
        self.y -= 10.5
        self.canvas.setFont(BOLD, 10.5)
        self.canvas.drawString(self.left, self.y, left)
        self.canvas.setFont(BODY, 10)
        self.canvas.drawRightString(self.right, self.y, dates)
        self.y -= 3
        self._text(below, ITALIC, 9.5, gap=3)

    def _bullet(self, text: str, size: float = 10) -> None:
        indent = 14
        lines = simpleSplit(text, BODY, size, self.right - self.left - indent)
        self._need(len(lines) * (size + 2))
        for number, line in enumerate(lines):
            self.y -= size
            if number == 0:
                self.canvas.setFont(BODY, size)
                self.canvas.drawString(self.left + 4, self.y, "•")
            self.canvas.setFont(BODY, size)
            self.canvas.drawString(self.left + indent, self.y, line)
            self.y -= 2
        self.y -= 1
