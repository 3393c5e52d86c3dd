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


def test_every_market_and_every_kind_of_candidate_note_has_each_language() -> None:
    """The market-norms line names each market in the language, and the note naming the rules a kind of
    candidate is spared (an academic CV) gives each rule's reason in it: one missing fails here."""
    from typing import get_args

    from resumecheck.facts.profile import Profile
    from resumecheck.market import MARKETS

    assert {f"read-as-{profile}" for profile in get_args(Profile)} <= set(REPORT_TEXTS)
    for language in LANGUAGES:
        words = report_words(language)
        assert set(words.markets) == set(MARKETS), f"markets without a {language} name"
        for rule in load_catalogue():
            for profile in rule.skip_for:
                reason = translations(language)[rule.id].skip_for.get(profile)
                assert reason and reason != rule.skip_for[profile], f"{rule.id}: {profile} without a {language} reason"


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (
            "de",
            "Frankreich (fr, wie angegeben): Foto, Geburtsdatum, Staatsangehörigkeit und Familienstand werden "
            "akzeptiert",
        ),
        (
            "fr",
            "La France (fr, comme demandé) : une photo, la date de naissance, la nationalité et la situation "
            "familiale sont acceptées",
        ),
        (
            "es",
            "Francia (fr, según se pidió): la foto, la fecha de nacimiento, la nacionalidad y el estado civil se "
            "aceptan",
        ),
        ("en", "France (fr, as asked): a photo, date of birth, nationality and marital status are accepted"),
    ],
)
def test_the_market_norms_line_is_in_the_language(language: str, line: str) -> None:
    from resumecheck.report import market_line

    entry = {"market": {"code": "fr", "chosen": "option", "name": "France", "personal_data": "accepted"}}
    assert market_line(entry, report_words(language)) == line


GERMAN_ACADEMIC = """# Mara Lindqvist

mara.lindqvist@uni-graz.at | +43 316 380 4417 | Graz

## Ausbildung

Promotion (PhD) in Theoretischer Physik, Universität Graz, 02/2019 – 01/2023

## Berufserfahrung

### Wissenschaftliche Mitarbeiterin, Institut für Physik | 02/2023 – heute

Monte-Carlo-Studien zur Erzeugung dunkler Materie an Teilchenbeschleunigern.

## Publikationen

Lindqvist, M.; Maas, A. Dunkle Materie an Beschleunigern. Physical Review D 105, 2022.
"""


def test_the_note_on_an_academic_cv_is_in_its_language(tmp_path: Path) -> None:
    """A German academic CV is spared the industry rules; the note saying so, with each rule's reason, is German;
    English with --lang en."""
    resume = tmp_path / "lebenslauf.md"
    resume.write_text(GERMAN_ACADEMIC, encoding="utf-8")
    entry = json.loads(run_cli("check", "--format", "json", "--fail-level", "never", str(resume)).stdout)["files"][0]
    assert entry["profile"] == "academic"
    note = next(n for n in entry["notes"] if n.startswith("Als akademischer Lebenslauf gelesen"))
    headline = translations("de")["target.headline"].skip_for["academic"]
    assert f"target.headline: {headline}" in note and "academic CV" not in note
    english = run_cli("check", "--format", "json", "--fail-level", "never", "--lang", "en", str(resume)).stdout
    assert "Read as an academic CV, so these rules were not applied (target.headline: an academic CV" in english


FRENCH = """# Camille Durand

Analyste de données · camille.durand@laposte.net · +33 6 12 34 56 78 · Lyon

## Expérience professionnelle

### Analyste de données, Soleil SA | 01/2019 – 12/2023

- Responsable de l'analyse des ventes de toutes les agences de la région Rhône-Alpes
- Responsable des rapports mensuels à la direction et aux chefs de service
- Responsable de la formation des nouveaux collègues du service commercial
- Mise en place d'une prévision des ventes qui a réduit les stocks de 15 %

## Formation

Master en statistique, Université Lyon 2, 2014 – 2018

## Compétences

Python, SQL, Tableau ; esprit d'équipe et dynamique
"""

SPANISH = """# Lucía García

Analista de datos · lucia.garcia@correo.es · +34 612 345 678 · Sevilla

## Experiencia laboral

### Analista de datos, Sol Andaluz S.L. | 01/2019 – 12/2023

- Responsable del análisis de las ventas de todas las tiendas de Andalucía
- Responsable de los informes mensuales a la dirección y a los jefes de departamento
- Responsable de la formación de los nuevos compañeros del departamento comercial
- Desarrollo de una previsión de ventas que redujo el inventario un 15 %

## Formación

Máster en Estadística, Universidad de Sevilla, 2014 – 2018

## Habilidades

Python, SQL, Tableau; trabajo en equipo y proactiva
"""

RESUMES = {"de": GERMAN, "fr": FRENCH, "es": SPANISH}


def _english_left(out: str, language: str) -> list[str]:
    """The report's own English words (every REPORT_TEXTS phrase of two words or more whose text in the language
    differs) that a report in the language still prints, in its text or in its attributes."""
    import html
    import re

    visible = html.unescape(re.sub(r"<[^>]+>", "\n", re.sub(r"<style>.*?</style>", "", out, flags=re.S)))
    visible += "\n".join(html.unescape(value) for value in re.findall(r'(?:title|alt)="([^"]*)"', out))
    words = report_words(language)
    left = []
    for key, english in REPORT_TEXTS.items():
        if words.texts[key] == english:
            continue
        for part in re.split(r"\{\w+\}", english):
            phrase = part.strip(" .,:;()")
            if " " in phrase and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", visible):
                left.append(phrase)
    return left


def _pdf(path: Path, text: str) -> None:
    """A one-page PDF of the Markdown resume's lines (so the HTML report draws the page and its labels)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    y = 800.0
    for line in text.splitlines():
        if not line.strip():
            continue
        size = 20 if line.startswith("# ") else 13 if line.startswith("## ") else 10
        font = "Helvetica-Bold" if line.startswith("#") else "Helvetica"
        page.setFont(font, size)
        page.drawString(50, y, line.lstrip("#- ").replace("### ", ""))
        y -= size + 8
    page.save()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_html_and_markdown_reports_are_in_the_resume_language(tmp_path: Path, language: str) -> None:
    """A German, French or Spanish resume's HTML report (its page drawn from a PDF) and Markdown summary carry
    no English words of their own: headings, verdicts, cards, the six-second view, what an ATS sees, the
    market norms; English with --lang en."""
    resume = tmp_path / "cv.pdf"
    _pdf(resume, RESUMES[language])
    html_report = run_cli("check", "--format", "html", "--fail-level", "never", str(resume)).stdout
    markdown = run_cli("check", "--format", "markdown", "--fail-level", "never", str(resume)).stdout
    entry = json.loads(run_cli("check", "--format", "json", str(resume)).stdout)["files"][0]
    assert entry["messages_language"] == language
    words = report_words(language)
    assert f'<html lang="{language}">' in html_report
    assert words.text("six-second-view") in html_report and words.text("ats-sees") in html_report
    assert words.text("page-label", page=1) in html_report and words.label("market-norms") in markdown
    assert _english_left(html_report, language) == []
    assert _english_left(markdown, language) == []
    english = run_cli("check", "--format", "html", "--fail-level", "never", "--lang", "en", str(resume)).stdout
    assert "The six-second view" in english and "What an ATS sees" in english and '<html lang="en">' in english
    english_md = run_cli("check", "--format", "markdown", "--fail-level", "never", "--lang", "en", str(resume)).stdout
    market = report_words("en").market(entry["market"]["code"], entry["market"]["name"])
    assert "| File | Verdict |" in english_md and f"Market norms: {market[:1].upper()}{market[1:]} (" in english_md
