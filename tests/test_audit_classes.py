"""Classes of wrong findings found by the hand audit of the development corpus (benchmarks/devcorpus/audit.tsv),
each on a small resume written for it: the candidate's own name in an address is no keyboard mash; raised
ordinals read as "th th" and a handle beside its own site are no doubled words."""

from __future__ import annotations

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
