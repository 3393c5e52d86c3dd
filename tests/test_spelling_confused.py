"""clean.confused-words (a real word written for its look-alike) and clean.spelling's split compounds, on small
written resumes: each slip in the context that gives it away, and the same word where it reads right."""

from __future__ import annotations

from pathlib import Path

import pytest

from resumecheck.config import Config
from resumecheck.judge import Judge
from test_spelling import HEADER
from test_spelling import spelling as found  # reported words -> the message, for a resume of these bullets


@pytest.fixture(scope="module")
def judge() -> Judge:
    return Judge(Config())


def test_real_word_slips_are_found_in_the_context_that_gives_them_away(judge: Judge, tmp_path: Path) -> None:
    words = found(judge, tmp_path, [
        "Answered costumer service queries for 40 stores",
        "Cut onboarding to less then two weeks",
        "Made the intake process HIPAA complaint for 3 clinics",
        "Reviewed each release to insure that data stayed consistent",
        "Designed and lead the migration of 12 services",
        "Coordinated the role out of a new billing system",
        "Helped teams reach there own targets",
        "Graduated form the University of Leeds in 2019",
    ], "clean.confused-words")
    assert set(words) == {"costumer", "then", "complaint", "insure", "lead", "role", "there", "form"}
    for slip, fix in (("costumer", "customer"), ("then", "than"), ("complaint", "compliant"), ("insure", "ensure"),
                      ("lead", "led"), ("role", "roll"), ("there", "their"), ("form", "from")):
        assert f'did you mean "{fix}"' in words[slip]


def test_the_same_words_where_they_read_right_are_left_alone(judge: Judge, tmp_path: Path) -> None:
    words = found(judge, tmp_path, [
        "Resolved 30 customer complaints a week, then trained two new starters",
        "Insure the fleet of 40 vans and lead a team of 6 adjusters",
        "Took on a new role out in the field and filled in the intake form",
        "Worked there for two years on a loose coupling of services",
        "Led the work on continuous and discrete models with the principal investigator",
    ], "clean.confused-words")
    assert words == {}


def test_the_fix_keeps_the_case_it_was_written_in(judge: Judge, tmp_path: Path) -> None:
    path = tmp_path / "resume.md"
    path.write_text(HEADER + "- Led a team of 5\n\n## Personal details\n\nMartial Status: single\n", encoding="utf-8")
    findings = [f for f in judge.judge_path(path).findings if f.rule == "clean.confused-words"]
    assert [(f.match, f.message.split('"')[-2]) for f in findings] == [("Martial", "Marital")]


def test_an_english_word_in_a_german_resume_is_not_read_as_a_slip(judge: Judge, tmp_path: Path) -> None:
    path = tmp_path / "lebenslauf.md"
    path.write_text(
        "# Jana Kowalczyk\n\njana.kowalczyk@example.org\n\n## Berufserfahrung\n\n"
        "- Leitung des Teams und der Kundenbetreuung für 40 Filialen in Berlin und München\n"
        "- Verantwortlich für die Einführung eines neuen Systems, das weniger then zwei Wochen brauchte\n",
        encoding="utf-8",
    )
    assert [f for f in judge.judge_path(path).findings if f.rule == "clean.confused-words"] == []


def test_closed_compounds_split_in_two_are_spelling_slips(judge: Judge, tmp_path: Path) -> None:
    words = found(judge, tmp_path, [
        "Built the data base and fixed 30 faults by trouble shooting the network",
        "Raised funds for a non profit and ran the team work sessions",
        "Self motivated analyst with 3 years in audit",
    ], "clean.spelling")
    assert set(words) == {"data base", "trouble shooting", "non profit", "team work", "Self motivated"}
    for pair, fix in (("data base", "database"), ("trouble shooting", "troubleshooting"),
                      ("non profit", "nonprofit"), ("team work", "teamwork"), ("Self motivated", "Self-motivated")):
        assert f'did you mean "{fix}"' in words[pair]


def test_open_compounds_that_are_right_are_not_reported(judge: Judge, tmp_path: Path) -> None:
    words = found(judge, tmp_path, [
        "Ran the health care web page and the life cycle of the road map",
        "Taught my self Python and set up the log in page",
        "Kept the project on going and fed back the results",
        "Shipped SOFTWA RE for 12 clients",  # a word the page cut in two, not a compound split by its writer
    ], "clean.spelling")
    assert words == {}


def test_a_verb_beside_a_past_one_takes_its_tense_and_a_product_its_name(judge: Judge, tmp_path: Path) -> None:
    words = found(judge, tmp_path, [
        "Designed and develop separate websites for each game",
        "Installed Microsoft Window and MS Office on 40 machines",
        "I am experienced and manage a team of 5 analysts",  # an adjective, not a past verb
        "Balance speed and deliver the release each sprint",
    ], "clean.confused-words")
    assert {slip: message.split('"')[-2] for slip, message in words.items()} == {
        "develop": "developed", "Window": "Windows"}


def test_a_long_product_split_in_two_with_a_slip_gets_its_name(judge: Judge, tmp_path: Path) -> None:
    words = found(judge, tmp_path, [
        "Laid out 30 flyers in Coral Draw and Page Maker",
        "Wrote the front end in JavaScript C and the store in PostgreSQL z",  # a name beside a letter
    ], "clean.spelling")
    assert {pair: message.split('"')[-2] for pair, message in words.items()} == {
        "Coral Draw": "CorelDRAW", "Page Maker": "PageMaker"}
