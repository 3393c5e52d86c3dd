"""Classes of wrong findings found by the hand audit of the development corpus (benchmarks/devcorpus/audit.tsv),
each on a small resume written for it: the candidate's own name in an address is no keyboard mash; raised
ordinals read as "th th" and a handle beside its own site are no doubled words."""

from __future__ import annotations

from typing import Any

from resumecheck.config import Config
from resumecheck.judge import Judge

RESUME = """# Sakshi Shahdas

Data Analyst

sakshishahdas@gmail.com | +91 98301 23456 | github.com/SakshiShahdas

## Experience

### Data Analyst, Acme Retail | Jan 2021 – Present

- Cut the monthly reporting cycle from 9 to 5 days for 40 stores
- Ranked 16 th th of 37 regional analysts in the 2023 forecast challenge
- Published dashboards on SakshiShahdas sakshishahdas.github.io for 12 teams

## Education

B.Sc. Statistics, University of Pune, 2017 – 2020

## Skills

SQL, Python, Tableau, Excel
"""


def _rules(text: str) -> dict[str, list[str]]:
    entry = Judge(Config()).judge_data(text.encode(), "resume.md").to_dict()
    found: dict[str, list[str]] = {}
    for finding in entry["findings"]:
        found.setdefault(finding["rule"], []).append(finding["match"] or "")
    return found


def test_the_candidates_own_name_in_an_address_or_handle_is_not_keyboard_mash() -> None:
    assert "clean.placeholder-text" not in _rules(RESUME)
    mashed = RESUME.replace("for 12 teams", "for asdfjkl;asdfjkl teams")
    assert "clean.placeholder-text" in _rules(mashed)  # real mash still fails


def test_raised_ordinals_and_a_handle_beside_its_site_are_not_doubled_words() -> None:
    assert "clean.repeated-words" not in _rules(RESUME)
    doubled = RESUME.replace("Cut the monthly", "Cut the the monthly")
    assert _rules(doubled).get("clean.repeated-words") == ["the the"]


GRADUATE = """# Sam Lee

Computer Science graduate

sam.lee@gmail.com | +1 720 201 3344 | Denver, CO

## Education

B.S. Computer Science, University of Denver, 2020 – 2024

- Graduated with a 3.8 GPA; thesis on graph search over 2 million nodes

## Skills

Python, SQL, Java, Git
"""


def test_a_new_graduate_with_no_roles_is_not_told_the_current_role_is_missing() -> None:
    assert "target.six-second-zone" not in _rules(GRADUATE)
    creative = GRADUATE.replace("## Skills", "## My Journey\n\nBarista, Blue Cup Cafe, Jun 2022 – Aug 2024\n\n## Skills")
    assert "target.six-second-zone" in _rules(creative)  # a role under a heading nobody knows is still missed


def _levels(text: str, name: str = "resume.md", data: bytes | None = None) -> dict[str, list[str]]:
    """rule id -> the levels of its findings on one file."""
    entry = Judge(Config()).judge_data(data if data is not None else text.encode(), name).to_dict()
    found: dict[str, list[str]] = {}
    for finding in entry["findings"]:
        found.setdefault(finding["rule"], []).append(finding["level"])
    return found


ACADEMIC = """# Dr. Mina Okoro

mina.okoro@uni-bonn.de | +49 228 555 0142

## Education

Ph.D. in Ecology, University of Bonn, 2019 – 2024

## Publications

- Okoro, M. (2023). Seed dispersal in fragmented forests. Journal of Ecology, 111(4), 801–812.
- Okoro, M., Lang, T. (2022). Pollinator decline. Proceedings of the Royal Society B, 289, 2011.

## Talks

- British Ecological Society annual meeting, 2023
"""


def test_an_academic_cv_with_no_role_is_not_asked_for_an_experience_heading() -> None:
    assert "No experience heading" not in str(_messages(ACADEMIC))
    assert "No experience heading an ATS recognises" in _messages(GRADUATE)  # a student with no role is asked


def _messages(text: str) -> list[str]:
    entry = Judge(Config()).judge_data(text.encode(), "resume.md").to_dict()
    return [f["message"] for f in entry["findings"] if f["rule"] == "skim.standard-headings"]


def test_the_candidates_own_number_under_references_is_not_a_referees() -> None:
    own = RESUME + "\n## References\n\nAvailable on request: call me on +91 98301 23456\n"
    assert "clean.referee-details" not in _rules(own)
    referee = RESUME + "\n## References\n\nDr. Meera Rao, Professor, University of Pune, +91 98450 11223\n"
    assert _rules(referee)["clean.referee-details"] == ["+91 98450 11223"]


def test_an_un_prefix_takes_an_and_a_uni_word_takes_a() -> None:
    def articles(line: str) -> list[str]:
        text = RESUME.replace("- Ranked 16 th th of 37", f"- {line}; ranked 16th of 37")
        return _rules(text).get("clean.grammar", [])

    assert articles("Reverse-engineered an unofficial API and an unusual protocol for a university lab") == []
    assert articles("Reverse-engineered a unofficial API for an university lab") == ["a unofficial", "an university"]


def test_a_term_the_field_repeats_is_a_suggestion_and_hidden_keywords_stay_an_error() -> None:
    lines = "\n".join(f"- Resolved customer calls for customer accounts in region {n}" for n in range(8))
    text = RESUME.replace("- Ranked 16 th th of 37 regional analysts in the 2023 forecast challenge", lines)
    assert _levels(text)["fit.keyword-stuffing"] == ["suggestion"]


def test_a_blank_second_page_is_not_a_picture_of_text() -> None:
    from pdfdraw import pdf, text

    def draw(page: Any) -> None:
        text(page, 50, 60, "Sakshi Shahdas", 24, bold=True)
        for n, line in enumerate(RESUME.splitlines()[2:]):
            text(page, 50, 100 + 14 * n, line.lstrip("#- "), 10)
        page.showPage()
        page.setFillColorRGB(1, 1, 1)
        page.rect(0, 0, 612, 792, fill=1, stroke=0)  # a white background, as a word processor leaves it
        text(page, 50, 60, "   ", 10)

    assert "skim.text-layer" not in _levels("", "resume.pdf", pdf(draw))


def test_a_name_read_late_is_a_warning_and_no_name_at_all_an_error() -> None:
    late = "Data Analyst\n\nsakshishahdas@gmail.com | +91 98301 23456\n\nPune, India\n\nOpen to relocation\n\n" + (
        "Remote or hybrid\n\nAvailable from June\n\n# Sakshi Shahdas\n" + RESUME.split("\n", 2)[2]
    )
    assert _levels(late).get("target.name-first") == ["warning"]
