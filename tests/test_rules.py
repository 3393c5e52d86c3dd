"""Every rule: valid, documented with examples, and its examples behave (under both spaCy pipelines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from resumecheck.engine.catalogue import load_catalogue
from resumecheck.engine.examples import run_example
from resumecheck.engine.rule import RuleError, load_rule_file
from resumecheck.engine.kinds import allowed_params
from resumecheck.nlp import load_pipeline

RULES = load_catalogue()
CATALOGUE_IDS = """
target.name-first target.contact-visible target.headline target.six-second-zone target.objective-statement
target.summary-length target.reverse-chronological target.title-match fit.skills-section fit.skills-evidence
fit.keyword-coverage fit.years-experience fit.education-requirement fit.keyword-stuffing proof.quantified-bullets
proof.action-verbs proof.weak-phrases proof.passive-voice proof.buzzwords proof.repeated-verbs proof.verb-tense
proof.bullets-per-role skim.length skim.standard-headings skim.bullet-length skim.dense-paragraphs skim.text-layer
skim.columns skim.tables skim.header-footer-content skim.graphics skim.fonts skim.extraction-integrity
skim.file-format skim.date-format clean.spelling clean.repeated-words clean.email clean.phone clean.links
clean.personal-pronouns clean.personal-info clean.references clean.dates clean.employment-gaps
clean.punctuation-consistency clean.duplicate-text
""".split()
EXPECTED_LEVELS = {"target.name-first": "error", "target.contact-visible": "error", "fit.keyword-stuffing": "error",
                   "skim.standard-headings": "error", "skim.text-layer": "error", "skim.header-footer-content": "error",
                   "skim.extraction-integrity": "error", "target.summary-length": "suggestion",
                   "proof.passive-voice": "suggestion", "clean.spelling": "warning", "skim.columns": "warning"}


def test_the_whole_catalogue_exists_with_its_levels() -> None:
    ids = {rule.id for rule in RULES}
    assert sorted(set(CATALOGUE_IDS) - ids) == []
    levels = {rule.id: rule.level for rule in RULES}
    for rule_id, level in EXPECTED_LEVELS.items():
        assert levels[rule_id] == level, rule_id


def test_one_file_per_rule_in_its_question_folder() -> None:
    for rule in RULES:
        path = Path(rule.path)
        assert path.parent.name == rule.question and path.stem == rule.id.split(".", 1)[1]


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_every_rule_has_bad_and_good_examples(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.examples["bad"], f"{rule.id} has no bad example"
    assert rule.examples["good"], f"{rule.id} has no good example"
    assert rule.description and rule.fix


@pytest.fixture(scope="module", params=["auto", "blank"])
def pipeline(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    return load_pipeline(request.param)


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_examples_fire_and_stay_silent(rule, pipeline) -> None:  # type: ignore[no-untyped-def]
    from resumecheck.engine.context import Settings

    settings = Settings()
    for example in rule.examples["bad"]:
        assert run_example(rule, example, pipeline, settings), f"{rule.id} did not fire on bad example {example!r}"
    for example in rule.examples["good"]:
        found = run_example(rule, example, pipeline, settings)
        assert not found, f"{rule.id} fired on good example {example!r}: {[f.message for f in found]}"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("id: proof.x\nquestion: proof\nkind: bogus\nlevel: warning\nmessage: m\ndescription: d\nscope: bullet\nexamples: {bad: [a], good: [b]}\n", "unknown kind"),
        ("id: proof.x\nquestion: proof\nkind: existence\nlevel: warning\nmessage: m\ndescription: d\nscope: bullet\n", "missing field"),
        ("id: proof.x\nquestion: proof\nkind: existence\nlevel: warning\nmessage: m\ndescription: d\nscope: bullet\ncolour: red\nexamples: {bad: [a], good: [b]}\n", "unknown field"),
        ("id: proof.x\nquestion: proof\nkind: existence\nlevel: fatal\nmessage: m\ndescription: d\nscope: bullet\nexamples: {bad: [a], good: [b]}\n", "level must be"),
        ("id: proof.x\nquestion: proof\nkind: metric\nmeasure: nope\nlevel: warning\nmessage: m\ndescription: d\nscope: bullet\nexamples: {bad: [a], good: [b]}\n", "unknown measure"),
        ("id: proof.x\nquestion: proof\nkind: check\ncheck: nope\nlevel: warning\nmessage: m\ndescription: d\nscope: bullet\nexamples: {bad: [a], good: [b]}\n", "unknown check"),
        ("id: proof.x\nquestion: proof\nkind: existence\nlevel: warning\nmessage: m\ndescription: d\nscope: everywhere\nexamples: {bad: [a], good: [b]}\n", "scope must be"),
        ("- not a mapping\n", "must be a mapping"),
    ],
)
def test_bad_rule_files_are_clear_errors_naming_the_file(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(content)
    with pytest.raises(RuleError) as error:
        load_rule_file(path, allowed_params)
    assert str(path) in str(error.value) and problem in str(error.value)


def test_a_bad_user_rule_folder_exits_2_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "rules" / "proof").mkdir(parents=True)
    (tmp_path / "rules" / "proof" / "broken.yaml").write_text("id: proof.broken\nkind: nope\n")
    (tmp_path / ".resumecheck.yaml").write_text("rule_paths: [rules]\n")
    result = run_cli("check", str(ROOT / "sample_resumes" / "sam_rivera.md"), cwd=tmp_path)
    assert result.returncode == 2
    assert "broken.yaml" in result.stderr and "Traceback" not in result.stderr
