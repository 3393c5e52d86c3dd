"""A German, French or Spanish resume's report is in its language end to end (issue 27): the findings, the five
questions, what to fix first, the notes, and the section names a location gives; English with --lang en."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest

from conftest import run_cli
from resumecheck.engine.catalogue import load_catalogue
from resumecheck.engine.evaluate import score
from resumecheck.engine.languages import MESSAGE_LANGUAGES, REPORT_TEXTS, report_words, translations
from resumecheck.engine.priorities import priorities
from resumecheck.findings import QUESTION_TITLES, Finding, Location
from resumecheck.report.text_format import where
from resumecheck.resources import load_yaml, rules_dir

LANGUAGES = [language for language in MESSAGE_LANGUAGES if language != "en"]
SCHEMA = Path(__file__).resolve().parents[1] / "src" / "resumecheck" / "schemas" / "resumecheck-report.schema.json"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _section_names() -> list[str]:
    """The canonical section names the report schema allows in a location."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return list(schema["$defs"]["section_name"]["enum"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_report_text_has_each_language(language: str) -> None:
    """Each question title, canonical section name and sentence the report writes itself has its text in the
    language, with the English text's placeholders; a rule skipped there says why in that language too. A text
    added in English only fails here."""
    words = report_words(language)
    assert set(words.questions) == set(QUESTION_TITLES), f"question titles without a {language} text"
    assert all(words.questions[q] != QUESTION_TITLES[q] for q in QUESTION_TITLES)
    assert set(_section_names()) == set(words.sections), f"section names without a {language} text"
    assert set(words.texts) == set(REPORT_TEXTS), f"report texts without a {language} text"
    for key, english in REPORT_TEXTS.items():
        assert _fields(words.texts[key]) == _fields(english) - {"name"}, key  # the language names itself
    data = load_yaml((rules_dir() / "messages" / f"{language}.yaml").read_text(encoding="utf-8"))
    assert set(data) == {"rules", "report"}
    for rule in load_catalogue():
        entry = translations(language)[rule.id]
        if entry.skip is not None:
            assert entry.reason and entry.reason != entry.skip, f"{rule.id}: skipped without a {language} reason"


def _finding(rule: str, level: str, message: str) -> Finding:
    return Finding(
        rule=rule,
        question="proof",
        level=level,
        message=message,
        match=None,
        suggestion=None,
        location=Location(),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("language", "tail"),
    [
        ("de", "(und 2 weitere dieser Art)"),
        ("fr", "(et 2 autres du même genre)"),
        ("es", "(y 2 más como este)"),
        ("en", "(and 2 more like it)"),
    ],
)
def test_what_to_fix_first_counts_the_others_like_it_in_the_language(language: str, tail: str) -> None:
    findings = [_finding("proof.weak-phrases", "warning", "„Verantwortlich für“ beschreibt eine Zuständigkeit")] * 3
    top = priorities(findings, score(findings), report_words(language))
    assert top[0]["message"] == f"„Verantwortlich für“ beschreibt eine Zuständigkeit {tail}"


def test_question_titles_and_a_score_reason_are_in_the_language() -> None:
    warnings = [_finding(f"proof.rule-{n}", "warning", "m") for n in range(4)]
    french = {q["id"]: q for q in score(warnings, None, report_words("fr"))}
    assert french["target"]["title"] == "Un recruteur voit-il en six secondes qui vous êtes et ce que vous cherchez ?"
    assert french["proof"]["verdict"] == "fail"
    assert french["proof"]["reason"] == "les remarques coûtent 40 points (réussite à partir de 70)"
    english = {q["id"]: q for q in score(warnings)}
    assert english["proof"]["reason"] == "the findings cost 40 points (pass is 70)"


def test_a_location_names_its_section_as_the_language_does() -> None:
    location = {"page": 1, "line": 12, "section": "experience", "entry": "Analista, Ridge Labs"}
    assert where(location, report_words("es")) == "página 1 · Experiencia laboral › Analista, Ridge Labs"
    assert where(location) == "page 1 · Experience › Analista, Ridge Labs"
    assert where({"line": 3}, report_words("de")) == "Zeile 3"


GERMAN = """# Katharina Schmidt

Datenanalystin · katharina.schmidt@posteo.de · +49 40 3928 4417 · Hamburg

## Berufserfahrung

### Datenanalystin, Nordlicht GmbH | 01/2019 – 12/2023

- Verantwortlich für die Auswertung der Verkaufsdaten aller Filialen in Norddeutschland
- Verantwortlich für die monatlichen Berichte an die Geschäftsführung und die Abteilungsleiter
- Verantwortlich für die Schulung der neuen Kolleginnen und Kollegen im Vertrieb
- Entwicklung einer Prognose für den Absatz, die den Lagerbestand um 15 % senkte

## Ausbildung

Master in Statistik, Universität Hamburg, 2014 – 2018

## Kenntnisse

Python, SQL, Tableau; teamfähig und belastbar
"""

# What an English report writes around the findings: none of it may remain in a German one.
ENGLISH_FRAGMENTS = [
    "fix first:",
    "fix:",
    " at page",
    "more like it",
    "This resume is in",
    "note:",
    "Experience ›",
    *QUESTION_TITLES.values(),
]


def test_a_german_resume_gets_a_german_text_report_and_english_with_lang_en(tmp_path: Path) -> None:
    resume = tmp_path / "lebenslauf.md"
    resume.write_text(GERMAN, encoding="utf-8")
    german = run_cli("check", "--format", "text", "--fail-level", "never", str(resume)).stdout
    assert "Erkennt ein Personaler in sechs Sekunden, wer Sie sind und was Sie wollen?" in german
    assert "Berufserfahrung ›" in german and "(und 2 weitere dieser Art)" in german
    assert [fragment for fragment in ENGLISH_FRAGMENTS if fragment in german] == []
    entry = json.loads(run_cli("check", "--format", "json", str(resume)).stdout)["files"][0]
    assert entry["messages_language"] == "de"
    assert {q["title"] for q in entry["questions"]} == set(report_words("de").questions.values())
    english = run_cli("check", "--format", "text", "--fail-level", "never", "--lang", "en", str(resume)).stdout
    assert QUESTION_TITLES["target"] in english and "(and 2 more like it)" in english and "fix first:" in english


@pytest.mark.parametrize("output_format", ["junit", "github", "sarif"])
def test_the_ci_formats_of_a_german_resume_write_no_english_around_the_findings(
    tmp_path: Path, output_format: str
) -> None:
    resume = tmp_path / "lebenslauf.md"
    resume.write_text(GERMAN, encoding="utf-8")
    out = run_cli("check", "--format", output_format, "--fail-level", "never", str(resume)).stdout
    assert "Lösung: " in out
    assert [fragment for fragment in (" Fix: ", "failed with score", "section experience") if fragment in out] == []
    english = run_cli("check", "--format", output_format, "--fail-level", "never", "--lang", "en", str(resume)).stdout
    assert " Fix: " in english
