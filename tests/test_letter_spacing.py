"""Letter-spaced (tracked) PDF text, as Canva, react-pdf and design templates draw headings, names and dates
(issue 29): every glyph carries a constant extra gap, which must not read as a word space after each letter."""

from __future__ import annotations

from typing import Any

from pdfdraw import HEIGHT
from pdfdraw import pdf as _pdf
from pdfdraw import text as _text
from resumecheck.config import Config
from resumecheck.judge import Judge
from resumecheck.parsers import parse_bytes


def _tracked(page: Any, x: float, top: float, line: str, size: float, space: float, bold: bool = False) -> float:
    """One line of Helvetica drawn with `space` points after every glyph; the x where it ends."""
    font = "Helvetica-Bold" if bold else "Helvetica"
    page.setFont(font, size)
    page.drawString(x, HEIGHT - top, line, charSpace=space)
    return x + page.stringWidth(line, font, size) + space * len(line)


def _lines(data: bytes) -> list[str]:
    return [line.text for line in parse_bytes(data, "resume.pdf").lines]


def test_tracked_headings_names_and_dates_come_out_whole() -> None:
    """Headings, a name and a date range set with 0.2-0.3 em of tracking read as their words, and the dates
    date the role."""

    def draw(page: Any) -> None:
        _tracked(page, 40, 40, "ADA LUND", 20, 6, bold=True)
        _text(page, 40, 60, "ada.lund@mail.com")
        _tracked(page, 40, 90, "EXPERIENCE", 11, 3, bold=True)
        _text(page, 40, 110, "Software Engineer, Northwind")
        _tracked(page, 400, 110, "2019 - 2021", 10, 2.5)
        _text(page, 40, 126, "- Cut build times by 40% for 12 teams")
        _tracked(page, 40, 160, "EDUCATION", 11, 3, bold=True)
        _text(page, 40, 180, "BSc Computer Science, University of Leeds 2018")

    data = _pdf(draw)
    lines = _lines(data)
    assert lines[0] == "ADA LUND"
    assert "EXPERIENCE" in lines and "EDUCATION" in lines
    assert any(line.endswith("2019 - 2021") for line in lines)
    entry = Judge(Config()).judge_data(data, "resume.pdf").to_dict()
    assert [(p["start"], p["end"]) for p in entry["facts"]["positions"]] == [("2019", "2021")]


def test_tracked_words_drawn_apart_keep_their_space_and_short_runs_mend() -> None:
    """Words drawn one by one (no space glyph between, as react-pdf and Canva often do) keep the space the wider
    gap shows; a two-letter word too short to measure itself takes the tracking of its font and size on the page."""

    def draw(page: Any) -> None:
        end = _tracked(page, 40, 40, "CONTACT", 11, 3, bold=True)
        _tracked(page, end + 3.5, 40, "ME", 11, 3, bold=True)  # a space's width (3.1 pt) and more
        _tracked(page, 40, 70, "SKILLS", 11, 3, bold=True)
        _tracked(page, 40, 100, "IT", 11, 3, bold=True)

    lines = _lines(_pdf(draw))
    assert lines == ["CONTACT ME", "SKILLS", "IT"]


def test_normal_text_with_single_letter_words_is_unchanged() -> None:
    """Untracked text keeps every word space, even where only single letters sit apart ("a", "I", initials),
    drawn one word at a time with no space glyphs."""

    def draw(page: Any) -> None:
        x = 40.0
        for word in "I wrote a b c plan with J. R. R. Tolkien".split():
            _text(page, x, 40, word)
            x += page.stringWidth(word, "Helvetica", 10) + 2.8  # a 10 pt Helvetica space
        _text(page, 40, 60, "Led a team of 5 and I set up a CI pipeline")
        _tracked(page, 40, 80, "A & B", 10, 0)

    lines = _lines(_pdf(draw))
    assert lines == ["I wrote a b c plan with J. R. R. Tolkien", "Led a team of 5 and I set up a CI pipeline", "A & B"]


def test_letter_spaced_headings_of_a_two_column_page_are_still_an_ats_hazard() -> None:
    """Read whole here, a letter-spaced heading is "C O N T A C T" to a plain text extractor: on a two-column page
    skim.ats-layout still counts such headings and quotes one as an ATS reads it."""

    def draw(page: Any) -> None:
        _tracked(page, 40, 40, "ADA LUND", 20, 6, bold=True)
        _tracked(page, 40, 80, "CONTACT", 11, 3, bold=True)
        _tracked(page, 240, 80, "EXPERIENCE", 11, 3, bold=True)
        for row, item in enumerate(("ada.lund@mail.com", "+44 7700 900123", "Leeds, UK", "linkedin.com/in/ada")):
            _text(page, 40, 104 + 30 * row, item)  # a sidebar's own spacing: few baselines shared with the body
        for row in range(8):
            _text(page, 240, 100 + 14 * row, f"- Cut build times by {10 + row}% for {row + 2} product teams")
        _tracked(page, 40, 250, "SKILLS", 11, 3, bold=True)
        _tracked(page, 240, 250, "EDUCATION", 11, 3, bold=True)
        for row in range(5):
            _text(page, 40, 274 + 25 * row, ("SQL", "Go", "Rust", "Git", "AWS")[row])
        _text(page, 240, 270, "BSc Computer Science, University of Leeds, 2014 - 2018")

    entry = Judge(Config()).judge_data(_pdf(draw), "resume.pdf").to_dict()
    assert entry["facts"]["columns"] == 2
    messages = [f["message"] for f in entry["findings"] if f["rule"] == "skim.ats-layout"]
    assert len(messages) == 1 and "headings an ATS reads in pieces" in messages[0]
    assert '"C O N T A C T"' in messages[0] or '"E X P E R I E N C E"' in messages[0]
