"""German, French and Spanish CVs read right (issue 27, part A): their section headings, date forms, the
personal-data table, a cover letter before the CV, the title line above the name, dates never read as phones,
and the market whose norms the personal-data check applies. Each file is drawn here for the layout it stands for."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from resumecheck.config import Config
from resumecheck.judge import Judge

canvas = pytest.importorskip("reportlab.pdfgen.canvas")
HEIGHT = 792.0


def _pdf(draw: Callable[[Any], None]) -> bytes:
    """A PDF drawn by `draw` (which calls showPage() between pages)."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(612.0, HEIGHT), invariant=1)
    draw(page)
    page.save()
    return out.getvalue()


def _text(page: Any, x: float, top: float, text: str, size: float = 10, bold: bool = False) -> None:
    page.setFont("Helvetica-Bold" if bold else "Helvetica", size)
    page.drawString(x, HEIGHT - top, text)


def _entry(data: bytes, config: Config | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = Judge(config or Config()).judge_data(data, "lebenslauf.pdf").to_dict()
    assert entry["status"] == "checked", entry
    return entry


def _cv(head: Sequence[str], sections: Sequence[tuple[str, Sequence[str]]], top: float = 60) -> bytes:
    """A one-page CV: the name in 24 pt, head lines under it, then bold 14 pt headings with their lines."""

    def draw(page: Any) -> None:
        y = top
        _text(page, 50, y, head[0], 24, bold=True)
        for line in head[1:]:
            y += 18
            _text(page, 50, y, line, 10)
        for heading, lines in sections:
            y += 34
            _text(page, 50, y, heading, 14, bold=True)
            for line in lines:
                y += 15
                _text(page, 50, y, line, 10)

    return _pdf(draw)


GERMAN_BODY = (
    ("Berufserfahrung", ("03/2019 - heute  Softwareentwickler, Nordlicht GmbH, Hamburg",
                         "- Entwickelte eine Web-Anwendung für 2.000 Kunden")),
    ("Ausbildung", ("10/2014 - 09/2018  B.Sc. Informatik, Universität Hamburg",)),
    ("EDV-Kenntnisse", ("Python, Java, SQL, Docker",)),
    ("Sprachkenntnisse", ("Deutsch (Muttersprache), Englisch (fließend)",)),
    ("Hobbys und Interessen", ("Segeln, Schach",)),
)


@pytest.mark.parametrize(
    ("headings", "expected"),
    [
        (("Berufserfahrung", "Praktische Erfahrung", "Schulbildung", "Studium", "EDV-Kenntnisse", "Fähigkeiten",
          "Sprachkenntnisse", "Persönliche Daten"),
         ["experience", "experience", "education", "education", "skills", "skills", "languages", "other"]),
        (("Expériences professionnelles", "Formation", "Compétences", "Langues", "Centres d'intérêt"),
         ["experience", "education", "skills", "languages", "interests"]),
        (("Experiencia profesional", "Formación académica", "Habilidades", "Idiomas", "Datos personales"),
         ["experience", "education", "skills", "languages", "other"]),
    ],
)
def test_german_french_and_spanish_headings_map_to_the_canonical_sections(
    headings: tuple[str, ...], expected: list[str]
) -> None:
    body = [(heading, (f"Eintrag {number} mit etwas Text dazu",)) for number, heading in enumerate(headings)]
    entry = _entry(_cv(("Jana Albers", "jana.albers@example.de"), body))
    found = entry["facts"]["sections"]
    assert [s["heading"] for s in found] == list(headings)
    assert [s["name"] for s in found] == expected
