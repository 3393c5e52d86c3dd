"""German, French and Spanish resumes are judged on all five questions, with lexicons, spelling and messages in
their own language (issue 27, part B); rules that cannot be right in a language are skipped with a reason."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path
from typing import Any

import pytest

from conftest import check_json, run_cli
from resumecheck.engine.catalogue import load_catalogue
from resumecheck.engine.languages import MESSAGE_LANGUAGES, translations
from resumecheck.spelling_languages import available

LANGUAGES = [language for language in MESSAGE_LANGUAGES if language != "en"]

# Headings the English lexicon knows, so the bullets are read whatever the German heading lexicon holds.
GERMAN = """# Katharina Schmidt

Datenanalystin · katharina.schmidt@posteo.de · +49 40 3928 4417 · Hamburg

## Experience

### Datenanalystin, Nordlicht GmbH | 01/2019 – 12/2023

- Verantwortlich für die Auswertung der Verkaufsdaten aller Filialen in Norddeutschland
- Aufbau einer neuen Berichtsplattform für die Geschäftsführung und die Abteilungsleiter
- Mithilfe bei der Einführung eines neuen Warenwirtschaftssystems in allen Filialen
- Entwicklung einer Prognose für den Absatz, die den Lagerbestand um 15 % senkte

## Education

Master in Statistik, Universität Hamburg, 2014 – 2018

## Skills

Python, SQL, Tableau, Kubernetes; teamfähig und belastbar, mit sehr guten Kentnissen in Statistik
"""


def _write(tmp_path: Path, text: str, name: str = "lebenslauf.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _entry(*args: str | Path) -> dict[str, Any]:
    return check_json(*args)["files"][0]  # type: ignore[arg-type]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rule_has_a_translation_or_a_reason_in_each_language(language: str) -> None:
    """Every rule id has its message and fixes in the language, or a reason it is not run there; the translation
    fills in only what the English message can (its placeholders and the rule's parameters). A rule added without
    a translation fails here."""
    entries = translations(language)
    rules = load_catalogue()
    assert {rule.id for rule in rules} - set(entries) == set(), f"rules without a {language} translation"
    assert set(entries) - {rule.id for rule in rules} == set(), f"{language} translations of no rule"
    for rule in rules:
        entry = entries[rule.id]
        if entry.skip is not None:
            assert entry.message is None and len(entry.skip) > 20, rule.id
            assert not rule.language_independent, f"{rule.id} judges any language and cannot be skipped"
            continue
        assert entry.message, rule.id
        allowed = _fields(rule.message) | set(rule.params)
        assert _fields(entry.message) <= allowed, rule.id
        assert set(entry.checks) == set(rule.checks), rule.id
        if not rule.checks:
            assert entry.fix and _fields(entry.fix) <= _fields(rule.fix or "") | set(rule.params), rule.id
        for check, fix in entry.checks.items():
            assert _fields(fix) <= _fields(rule.checks[check]) | set(rule.params), (rule.id, check)


def test_a_german_resume_is_judged_with_german_messages(tmp_path: Path) -> None:
    entry = _entry(_write(tmp_path, GERMAN))
    assert entry["facts"]["language"] == "de" and entry["judged"] is True and entry["verdict"] in ("pass", "fail")
    assert all(q["verdict"] != "not_checked" for q in entry["questions"])
    weak = [f for f in entry["findings"] if f["rule"] == "proof.weak-phrases"]
    assert [f["match"] for f in weak] == ["Verantwortlich für"]
    assert weak[0]["message"] == "„Verantwortlich für“ beschreibt eine Zuständigkeit, kein Ergebnis"
    assert "Verantwortlich für die Einarbeitung" in weak[0]["suggestion"]
    buzz = {f["match"] for f in entry["findings"] if f["rule"] == "proof.buzzwords"}
    assert buzz == {"teamfähig", "belastbar"}


def test_lang_en_forces_english_messages_on_a_german_resume(tmp_path: Path) -> None:
    resume = _write(tmp_path, GERMAN)
    entry = _entry("--lang", "en", resume)
    weak = next(f for f in entry["findings"] if f["rule"] == "proof.weak-phrases")
    assert weak["message"] == '"Verantwortlich für" describes a duty, not a result'
    config = _write(tmp_path, "lang: en\n", ".resumecheck.yaml")
    from_config = _entry("--config", config, resume)
    assert next(f for f in from_config["findings"] if f["rule"] == "proof.weak-phrases")["message"] == weak["message"]
    bad = run_cli("check", "--config", str(_write(tmp_path, "lang: klingon\n", "bad.yaml")), str(resume))
    assert bad.returncode == 2 and "lang must be one of" in bad.stderr


def test_an_english_resume_keeps_english_messages(tmp_path: Path) -> None:
    resume = _write(
        tmp_path,
        "# Ana Costa\n\nData Analyst\n\nana.costa@gmail.com | (415) 201-3344\n\n## Experience\n\n"
        "### Analyst, Ridge Labs | Jan 2020 – Present\n\n- Responsible for the weekly sales report of 40 stores\n\n"
        "## Education\n\nB.S. in Statistics, UC Davis, 2016 – 2020\n\n## Skills\n\nPython, SQL\n",
        "resume.md",
    )
    weak = next(f for f in _entry(resume)["findings"] if f["rule"] == "proof.weak-phrases")
    assert weak["message"] == '"Responsible for" describes a duty, not a result'


def test_rules_that_cannot_be_right_in_german_are_skipped_with_a_reason(tmp_path: Path) -> None:
    """Passive voice and tense are read with the English parser: on a German resume they are not run, and the
    note names each with its reason; the layout rules still run. Personal data is the market's question (a
    German CV's default market accepts it), not a skipped rule."""
    text = GERMAN.replace(
        "- Aufbau einer", "- Die Plattform wurde von mir entwickelt und wird täglich genutzt\n- Aufbau einer"
    )
    entry = _entry(_write(tmp_path, text))
    rules = {f["rule"] for f in entry["findings"]}
    assert not rules & {"proof.passive-voice", "proof.verb-tense", "clean.grammar", "clean.personal-info"}
    note = next(n for n in entry["notes"] if "wurden nicht angewandt" in n)  # the note is German, as the report
    assert "proof.passive-voice (das Passiv wird mit dem englischen Parser" in note
    assert "clean.personal-info" not in note
    english = _entry("--lang", "en", _write(tmp_path, text))
    note = next(n for n in english["notes"] if "were not run" in n)
    assert "proof.passive-voice (passive voice is found by the English parser" in note


def test_a_weak_german_opener_is_flagged_and_a_noun_opener_is_not(tmp_path: Path) -> None:
    """German bullets open with a noun ("Entwicklung einer …", "Aufbau einer …"): that is no fault; an opener that
    says one was merely there ("Mithilfe bei …") is."""
    entry = _entry(_write(tmp_path, GERMAN))
    openers = [f for f in entry["findings"] if f["rule"] == "proof.action-verbs"]
    assert [f["match"] for f in openers] == ["Mithilfe"]
    assert openers[0]["message"].startswith("Dieser Aufzählungspunkt beginnt mit „Mithilfe“")


def test_a_german_template_name_is_a_placeholder(tmp_path: Path) -> None:
    text = GERMAN.replace("Katharina Schmidt", "Max Mustermann").replace(
        "· Hamburg", "· Musterstraße 1, 12345 Musterstadt"
    )
    found = [f for f in _entry(_write(tmp_path, text))["findings"] if f["rule"] == "clean.placeholder-text"]
    assert {f["check"] for f in found} == {"sample-name", "template-text"}
    assert any(f["message"] == "„Max Mustermann“ ist der Beispielname einer Vorlage" for f in found)


needs_dictionaries = pytest.mark.skipif(
    not all(available(language) for language in LANGUAGES),
    reason="Debian's hunspell-de-de, hunspell-fr and hunspell-es are not installed (.ci/run installs them)",
)


@needs_dictionaries
def test_german_spelling_uses_the_german_dictionary(tmp_path: Path) -> None:
    """A German slip is found with its German correction; German compounds, English tech words, products, places
    and the candidate's own name are not misspellings."""
    text = GERMAN.replace(
        "- Entwicklung einer",
        "- Frontendentwicklung mit React und Machine Learning für die Filialen in München und Düsseldorf\n"
        "- Entwicklung einer",
    )
    found = [f for f in _entry(_write(tmp_path, text))["findings"] if f["rule"] == "clean.spelling"]
    assert [(f["match"], f["message"]) for f in found] == [
        ("Kentnissen", "„Kentnissen“ scheint falsch geschrieben (meinten Sie „Kenntnissen“?)")
    ]


@needs_dictionaries
def test_french_and_spanish_spelling_use_their_dictionaries(tmp_path: Path) -> None:
    french = (
        "# Camille Martin\n\nIngénieure logiciel · camille.martin@gmail.com · +33 6 48 27 19 53\n\n## Experience\n\n"
        "### Ingénieure logiciel, Société Générale | 2019 – 2023\n\n"
        "- Conception et dévelopement des services de paiement pour les agences de la banque\n"
        "- Mise en place de la supervision des serveurs Kubernetes avec Grafana et Prometheus\n\n"
        "## Education\n\nMaster en informatique, Université de Lyon, 2014 – 2019\n"
    )
    spanish = (
        "# Lucía García\n\nIngeniera de software · lucia.garcia@gmail.com · +34 612 48 27 19\n\n## Experience\n\n"
        "### Ingeniera de software, Telefónica | 2019 – 2023\n\n"
        "- Desarollo de los servicios de pago para las oficinas de la empresa en toda la región\n"
        "- Diseño de la supervisión de los servidores de Kubernetes con Grafana para todos los equipos\n\n"
        "## Education\n\nGrado en Informática, Universidad de Sevilla, 2014 – 2018\n"
    )
    fr = _entry(_write(tmp_path, french, "cv_fr.md"))
    es = _entry(_write(tmp_path, spanish, "cv_es.md"))
    assert fr["facts"]["language"] == "fr" and es["facts"]["language"] == "es"
    assert [(f["match"], f["message"]) for f in fr["findings"] if f["rule"] == "clean.spelling"] == [
        ("dévelopement", "« dévelopement » semble mal orthographié (vouliez-vous dire « développement » ?)")
    ]
    assert [(f["match"], f["message"]) for f in es["findings"] if f["rule"] == "clean.spelling"] == [
        ("Desarollo", "«Desarollo» parece mal escrito (¿quisiste decir «Desarrollo»?)")
    ]


def test_a_german_word_document_is_judged_in_german(tmp_path: Path) -> None:
    """The same behaviour from a Word file the test writes: the language comes from the words, not the format."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in GERMAN.splitlines():
        if line.startswith(("# ", "## ")):
            document.add_heading(line.lstrip("# "), level=0 if line.startswith("# ") else 1)
        elif line.startswith("### "):
            document.add_paragraph(line[4:])  # a role's header line, not a heading
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line:
            document.add_paragraph(line)
    path = tmp_path / "lebenslauf.docx"
    document.save(str(path))
    entry = _entry(path)
    assert entry["facts"]["language"] == "de" and entry["judged"] is True
    weak = [f["message"] for f in entry["findings"] if f["rule"] == "proof.weak-phrases"]
    assert weak == ["„Verantwortlich für“ beschreibt eine Zuständigkeit, kein Ergebnis"]


def test_the_json_report_of_a_german_resume_is_valid(tmp_path: Path, report_schema: dict[str, Any]) -> None:
    import jsonschema

    result = run_cli("check", "--format", "json", str(_write(tmp_path, GERMAN)))
    jsonschema.validate(json.loads(result.stdout), report_schema)
    assert re.search(r"language de\b", run_cli("check", str(_write(tmp_path, GERMAN))).stdout)


def test_the_words_a_rule_fills_in_are_translated_too(tmp_path: Path) -> None:
    """A gap's months ("2019-12 to 2021-01") are filled in by the rule's code: in German they read "bis"."""
    gap = GERMAN.replace(
        "### Datenanalystin, Nordlicht GmbH | 01/2019 – 12/2023",
        "### Datenanalystin, Nordlicht GmbH | 02/2021 – 12/2023\n\n- Aufbau eines Data Warehouse für alle Filialen\n\n"
        "### Werkstudentin, Hanse Logistik AG | 01/2017 – 11/2019",
    )
    entry = _entry(_write(tmp_path, gap))
    gaps = [f["message"] for f in entry["findings"] if f["rule"] == "clean.employment-gaps"]
    assert gaps == ["Eine Lücke von 14 Monaten zwischen zwei Stationen (2019-11 bis 2021-02)"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "2 Bildern, Symbolen oder Kenntnisbalken und 9 Überschriften, die ein ATS in Stücken liest („K U R Z“)"),
        ("fr", "2 images, icônes ou jauges de compétences et 9 titres qu'un ATS lit en morceaux (« K U R Z »)"),
        ("es", "2 imágenes, iconos o barras de nivel y 9 títulos que un ATS lee a trozos («K U R Z»)"),
    ],
)
def test_a_list_the_rule_joins_with_and_is_translated_item_by_item(language: str, expected: str) -> None:
    """skim.ats-layout names its hazards in one list; each item and the "and" between them are translated (a
    pattern alone took the whole list for its first item and left "pictures, icons or skill bars and" in English)."""
    hazards = '2 pictures, icons or skill bars and 9 headings an ATS reads in pieces ("K U R Z")'
    assert translations(language)["skim.ats-layout"].value(hazards) == expected
