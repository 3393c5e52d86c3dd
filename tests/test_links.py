"""clean.links on real PDF link annotations: a label naming a profile site that opens another site is flagged;
one site under two spellings, a wrapped or sentence-ending host, two links in one box and a citation are not."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

from resumecheck import check_file
from resumecheck.config import Config


def _resume(path: Path, links: list[tuple[str, str]]) -> Path:
    """A one-page resume whose contact block holds each (label, target) as a clickable line."""
    page = canvas.Canvas(str(path), pagesize=LETTER, invariant=1)
    y = LETTER[1] - 60
    page.setFont("Helvetica-Bold", 20)
    page.drawString(54, y, "Debra Lowe")
    y -= 18
    page.setFont("Helvetica", 10)
    page.drawString(54, y, "Data Analyst | dlowe88@gmail.com | (720) 201-3344 | Denver, CO")
    for label, target in links:
        y -= 15
        page.drawString(54, y, label)
        page.linkURL(target, (52, y - 2, 56 + page.stringWidth(label, "Helvetica", 10), y + 10), relative=0)
        page.linkURL(target, (52, y - 2, 56 + page.stringWidth(label, "Helvetica", 10), y + 10), relative=0)
    rows = ["EXPERIENCE", "Analyst, Acme Corp, Denver          Jan 2020 - Present",
            "•  Cut the monthly report from 9 to 5 days for 30 managers", "EDUCATION",
            "B.S. in Statistics, University of Denver, 2014 - 2018"]
    for text in rows:
        y -= 18
        page.setFont("Helvetica-Bold" if text.isupper() else "Helvetica", 12 if text.isupper() else 10)
        page.drawString(54, y, text)
    page.showPage()
    page.save()
    return path


def _other_site(path: Path) -> list[str]:
    found = check_file(str(path), Config(today=(2026, 11)))["findings"]
    return [f["message"] for f in found if f["rule"] == "clean.links" and "but opens" in f["message"]]


def test_a_profile_label_opening_another_site_is_flagged_once(tmp_path: Path) -> None:
    messages = _other_site(_resume(tmp_path / "debra_lowe.pdf", [("linkedin.com/in/dlowe", "https://dlowe.github.io")]))
    assert messages == ["Link linkedin.com/in/dlowe says linkedin.com but opens dlowe.github.io"]


def test_one_site_under_two_spellings_is_not_flagged(tmp_path: Path) -> None:
    links = [
        ("a-rifa.netlify.com", "https://a-rifa.netlify.app"),  # the person's own site on two domains
        ("Website: www.stomt.com.", "http://stomt.com"),  # a host that ends a sentence
        ("github.com/dlowe poly.work/dlowe", "https://poly.work/dlowe"),  # two links in one box
        ("Lowe, D. (2022). Tidy panels in R (R package version 0.1.0) [Computer software]. https://github.com/dl",
         "https://cran.r-project.org/package=tidypanels"),  # a citation under one box
        ("Short link: lnk.ua/NQVSVh3Kh", "https://dlowe.github.io"),  # a short link opening its page
    ]
    assert _other_site(_resume(tmp_path / "debra_lowe.pdf", links)) == []
