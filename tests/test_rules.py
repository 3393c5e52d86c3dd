"""Every rule: valid, documented with examples, and its examples behave (under both spaCy pipelines)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from resumecheck.engine.catalogue import load_catalogue
from resumecheck.engine.catalogue import declared_params, validate
from resumecheck.engine.examples import file_example, inline_example, run_example
from resumecheck.engine.rule import RuleError, load_rule_file
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
                   "proof.passive-voice": "suggestion", "clean.spelling": "error", "skim.columns": "warning",
                   "clean.personal-info": "error"}


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


# Rules about what Markdown cannot show (columns, tables, fonts, images, page zones, a text layer) are shown
# by generated sample files only; every other rule has short inline examples, bad and good.
FILE_ONLY = {"skim.columns", "skim.ats-layout", "skim.file-structure", "skim.tables", "skim.graphics", "skim.text-layer", "skim.fonts",
             "skim.header-footer-content", "skim.file-format"}  # file-format judges only PDF and DOCX files


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_every_rule_has_bad_and_good_examples(rule) -> None:  # type: ignore[no-untyped-def]
    examples = rule.files if rule.id in FILE_ONLY else rule.examples
    assert examples.get("bad"), f"{rule.id} has no bad example"
    assert examples.get("good"), f"{rule.id} has no good example"
    assert rule.description and rule.fix


@pytest.fixture(scope="module", params=["auto", "blank"])
def pipeline(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    return load_pipeline(request.param)


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_examples_fire_and_stay_silent(rule, pipeline) -> None:  # type: ignore[no-untyped-def]
    from resumecheck.engine.context import Settings

    settings = Settings(today=(2026, 11))
    cases = [(label, inline_example(value, rule.path)) for label in ("bad", "good") for value in rule.examples[label]]
    cases += [(label, file_example(value, rule.path)) for label in ("bad", "good") for value in rule.files.get(label, [])]
    for label, example in cases:
        found = run_example(rule, example, pipeline, settings)
        if label == "bad":
            assert found, f"{rule.id} did not fire on bad example {example.shown()!r}"
        else:
            assert not found, f"{rule.id} fired on good example {example.shown()!r}: {[f.message for f in found]}"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("id: proof.x\nquestion: proof\nkind: bogus\nlevel: warning\nmessage: m\ndescription: d\nscope: bullet\nexamples: {bad: [a], good: [b]}\n", "unknown kind"),
        ("id: proof.x\nquestion: proof\nkind: existence\nlevel: warning\nmessage: m\ndescription: d\nscope: bullet\n", "missing field"),
        ("id: proof.x\nquestion: proof\nkind: existence\nlevel: warning\nmessage: m\ndescription: d\nscope: bullet\ncolour: red\nexamples: {bad: [a], good: [b]}\n", "unknown field"),
        ("id: proof.x\nquestion: proof\nkind: existence\nlevel: fatal\nmessage: m\ndescription: d\nscope: bullet\nexamples: {bad: [a], good: [b]}\n", "level must be"),
        ("id: proof.x\nquestion: proof\nkind: metric\nmeasure: nope\nlevel: warning\nmessage: m\ndescription: d\nscope: bullet\nexamples: {bad: [a], good: [b]}\n", "unknown measure"),
        ("id: proof.x\nquestion: proof\nkind: python\nfunction: nope\nlevel: warning\nmessage: m\ndescription: d\nscope: bullet\nexamples: {bad: [a], good: [b]}\n", "unknown function"),
        ("id: proof.x\nquestion: proof\nkind: existence\nlevel: warning\nmessage: m\ndescription: d\nscope: everywhere\nexamples: {bad: [a], good: [b]}\n", "scope must be"),
        ("- not a mapping\n", "must be a mapping"),
    ],
)
def test_bad_rule_files_are_clear_errors_naming_the_file(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(content)
    with pytest.raises(RuleError) as error:
        load_rule_file(path, declared_params, validate)
    assert str(path) in str(error.value) and problem in str(error.value)


def test_a_bad_user_rule_folder_exits_2_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "rules" / "proof").mkdir(parents=True)
    (tmp_path / "rules" / "proof" / "broken.yaml").write_text("id: proof.broken\nkind: nope\n")
    (tmp_path / ".resumecheck.yaml").write_text("rule_paths: [rules]\n")
    result = run_cli("check", str(ROOT / "sample_resumes" / "sam_rivera.md"), cwd=tmp_path)
    assert result.returncode == 2
    assert "broken.yaml" in result.stderr and "Traceback" not in result.stderr


def test_the_rule_reference_is_generated_from_the_rules_and_current() -> None:
    result = run_cli("rules", "--format", "markdown")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (ROOT / "docs" / "rules.md").read_text(encoding="utf-8"), (
        "docs/rules.md is stale: run `resumecheck rules --format markdown > docs/rules.md`")


def test_a_python_rule_file_does_not_repeat_the_defaults_its_function_declares() -> None:
    import yaml

    for rule in RULES:
        if rule.kind != "python":
            continue
        data = yaml.safe_load(Path(rule.path).read_text(encoding="utf-8"))
        for name, param in rule.declared.items():
            if name in data and name != "function":
                assert param.coerce(data[name], rule.path) != param.default, f"{rule.path}: {name} repeats its default"


@pytest.mark.parametrize(
    ("override", "key", "wanted"),
    [
        ("skim.length: {max_pages: two}", "rules.skim.length.max_pages", "an integer"),
        ("proof.quantified-bullets: {min_share: high}", "rules.proof.quantified-bullets.min_share", "a number"),
        ("clean.personal-pronouns: {sections: summary}", "rules.clean.personal-pronouns.sections", "a list of strings"),
        ("clean.personal-info: {photo: 'no'}", "rules.clean.personal-info.photo", "true or false"),
        ("proof.buzzwords: {max_findings: 0}", "rules.proof.buzzwords.max_findings", "at least 1"),
        ("proof.weak-phrases: {not_after: ['(unclosed']}", "rules.proof.weak-phrases.not_after", "not a regular expression"),
        ("target.objective-statement: {lexicon: nope}", "rules.target.objective-statement.lexicon", "no lexicon"),
        ("skim.length: {function: fonts}", "rules.skim.length", "unknown key 'function'"),
    ],
)
def test_a_bad_parameter_in_a_config_is_exit_2_naming_the_key(tmp_path: Path, override: str, key: str,
                                                              wanted: str) -> None:
    (tmp_path / ".resumecheck.yaml").write_text(f"rules:\n  {override}\n")
    result = run_cli("check", str(ROOT / "sample_resumes" / "sam_rivera.md"), cwd=tmp_path)
    assert result.returncode == 2
    assert key in result.stderr and wanted in result.stderr and ".resumecheck.yaml" in result.stderr
    assert "Traceback" not in result.stderr


def test_messages_and_prose_follow_the_parameters_in_force(tmp_path: Path) -> None:
    (tmp_path / ".resumecheck.yaml").write_text("rules:\n  skim.length: {min_words: 900, max_words: 1500}\n")
    report = json.loads(run_cli("check", "--format", "json", str(ROOT / "sample_resumes" / "sam_rivera.md"),
                                cwd=tmp_path).stdout)
    length = [f for f in report["files"][0]["findings"] if f["rule"] == "skim.length"]
    assert length and "aim for 900 to 1500" in length[0]["message"]
    assert length[0]["suggestion"].startswith("Add ")  # too short: add material, not cut it
    explained = run_cli("explain", "skim.length", cwd=tmp_path).stdout
    assert "under 900 words looks thin, over 1500 looks unedited" in explained and "min_words = 900" in explained


def test_the_engine_caps_findings_per_rule(tmp_path: Path) -> None:
    from resumecheck.config import Config
    from resumecheck.judge import Judge

    sample = ROOT / "sample_resumes" / "riley_park_skim_fail.pdf"
    counts = {}
    for cap in (None, 1):
        rules = {"skim.dense-paragraphs": {"max_findings": cap}} if cap else {}
        findings = Judge(Config(rules=rules)).judge_path(sample).findings
        counts[cap] = sum(1 for f in findings if f.rule == "skim.dense-paragraphs")
    assert counts[None] > 1 and counts[1] == 1


def test_a_rule_that_raises_keeps_the_files_other_findings(tmp_path: Path) -> None:
    from resumecheck.config import Config
    from resumecheck.functions import FUNCTIONS, rule_function
    from resumecheck.judge import Judge

    @rule_function("explode_for_test")
    def explode(rule, context):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("boom")
        yield  # a generator, like every rule function

    folder = tmp_path / "rules" / "proof"
    folder.mkdir(parents=True)
    (folder / "explode.yaml").write_text(
        "id: proof.explode\nquestion: proof\nkind: python\nfunction: explode_for_test\nlevel: error\nscope: document\n"
        "message: m\ndescription: d\nexamples: {bad: [], good: []}\n")
    try:
        sample = ROOT / "sample_resumes" / "riley_park_skim_fail.pdf"
        plain = Judge(Config()).judge_path(sample)
        result = Judge(Config(rule_paths=[tmp_path / "rules"])).judge_path(sample)
    finally:
        FUNCTIONS.pop("explode_for_test")
    assert result.status == "checked" and [f.rule for f in result.findings] == [f.rule for f in plain.findings]
    assert any("proof.explode" in note and "ZeroDivisionError" in note for note in result.notes)


def test_a_rule_file_in_the_old_check_spelling_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "old.yaml"
    path.write_text("id: skim.old\nquestion: skim\nkind: check\ncheck: length\nmax_pages: 1\nlevel: warning\n"
                    "scope: document\nmessage: m\ndescription: d\nexamples: {bad: [], good: []}\n")
    rule = load_rule_file(path, declared_params, validate)
    assert rule.kind == "python" and rule.params["function"] == "length" and rule.params["max_pages"] == 1
    assert rule.params["max_words"] == 1200  # the function's default, declared once


def test_a_rule_file_with_a_bad_parameter_names_the_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("id: skim.bad\nquestion: skim\nkind: python\nfunction: length\nmax_pages: two\nlevel: warning\n"
                    "scope: document\nmessage: m\ndescription: d\nexamples: {bad: [], good: []}\n")
    with pytest.raises(RuleError) as error:
        load_rule_file(path, declared_params, validate)
    assert str(path) in str(error.value) and "max_pages must be an integer" in str(error.value)


def _finding_checks(function_name: str) -> list[object]:
    """The `check=` of every context.finding call a rule function can reach (its own body and the module's helpers
    it calls): a literal string, or None for a call that names no check."""
    import ast
    import inspect

    from resumecheck.functions import FUNCTIONS

    code = FUNCTIONS[function_name].run
    module = ast.parse(inspect.getsource(inspect.getmodule(code)))  # type: ignore[arg-type]
    defs = {node.name: node for node in module.body if isinstance(node, ast.FunctionDef)}
    seen, todo, found = set(), [code.__name__], []
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for call in (node for node in ast.walk(defs[name]) if isinstance(node, ast.Call)):
            if isinstance(call.func, ast.Name) and call.func.id in defs:
                todo.append(call.func.id)
            if isinstance(call.func, ast.Attribute) and call.func.attr == "finding":
                given = next((kw.value for kw in call.keywords if kw.arg == "check"), None)
                assert given is None or isinstance(given, ast.Constant), f"{name}: check= must be a literal"
                found.append(given.value if given is not None else None)
    return found


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_every_finding_a_rule_can_emit_has_the_fix_written_for_its_check(rule) -> None:  # type: ignore[no-untyped-def]
    """Every context.finding call the rule's code can reach names one of the checks the rule file gives a fix to,
    and every check given a fix is one the code makes; a rule that makes one check has its one fix."""
    if rule.kind != "python":
        assert rule.fix and not rule.checks  # the data kinds make one check each
        return
    emitted = _finding_checks(rule.params["function"])
    assert emitted, f"{rule.id}: no finding call found"
    if not rule.checks:
        assert rule.fix and set(emitted) == {None}, f"{rule.id}: findings name checks {emitted} its file has no fix for"
        return
    assert None not in emitted, f"{rule.id}: a finding that names no check, among {emitted}"
    assert set(emitted) == set(rule.checks), f"{rule.id}: code makes {sorted(set(emitted))}, file fixes {sorted(rule.checks)}"
    assert all(fix.strip() for fix in rule.checks.values())
    assert len(set(rule.checks.values())) == len(rule.checks)  # each check its own advice, not one text copied


def test_findings_on_the_examples_and_samples_carry_their_checks_fix(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Run: every finding the bad examples and the samples give names a check its rule declares (when the rule makes
    several) and carries exactly that check's fix, filled in."""
    from resumecheck.engine.context import Settings
    from conftest import SAMPLES, check_json

    by_id = {rule.id: rule for rule in RULES}
    findings = []
    for rule in RULES:
        cases = [inline_example(value, rule.path) for value in rule.examples["bad"]]
        cases += [file_example(value, rule.path) for value in rule.files.get("bad", [])]
        findings += [f.to_dict() for case in cases for f in run_example(rule, case, pipeline, Settings(today=(2026, 11)))]
    samples = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix in {".pdf", ".docx", ".md", ".json"})
    findings += [f for entry in check_json(*samples)["files"] for f in entry.get("findings", [])]
    seen = set()
    for finding in findings:
        rule = by_id[finding["rule"]]
        check = finding.get("check")
        assert (check is None) == (not rule.checks) and (check is None or check in rule.checks), finding
        written = rule.fix_for(check) or ""
        head = written.split("{", 1)[0]  # the words before the first value filled in
        assert finding["suggestion"] and finding["suggestion"].startswith(head), (finding, written)
        seen.add((rule.id, check))
    assert len({c for r, c in seen if c}) >= 20  # the examples and samples exercise most of the declared checks


@pytest.mark.parametrize(("line", "rule_id", "check", "wrong"), [
    ("Redesigned the checkout, improving conversion by 30 and cutting support calls", "clean.grammar", "bare-number", "Use \"an\" before a vowel"),
    ("Built a integration with the billing system for 40 stores", "clean.grammar", "article", "Give the number its unit"),
])
def test_the_issues_mismatched_fixes_are_gone(line: str, rule_id: str, check: str, wrong: str) -> None:
    from resumecheck.engine.context import Settings

    rule = next(r for r in RULES if r.id == rule_id)
    found = run_example(rule, inline_example(line, rule.path), load_pipeline("blank"), Settings(today=(2026, 11)))
    assert [f.check for f in found] == [check]
    assert found[0].suggestion == rule.checks[check] and wrong not in (found[0].suggestion or "")


def test_a_stale_update_line_and_a_file_name_get_their_own_fixes(tmp_path: Path) -> None:
    from conftest import SAMPLES, check_json

    resume = tmp_path / "resume.md"
    resume.write_text((SAMPLES / "sam_rivera.md").read_text() + "\nLast updated: March 2014\n")
    stale = [f for f in check_json(resume)["files"][0]["findings"] if f["rule"] == "clean.dates"]
    assert [f["check"] for f in stale] == ["stale-update"] and "start and end month" not in stale[0]["suggestion"]
    named = [f for f in check_json(SAMPLES / "resume_final_v3.pdf")["files"][0]["findings"] if f["rule"] == "skim.file-format"]
    assert [f["check"] for f in named] == ["file-name"] and "Compress" not in named[0]["suggestion"]
    assert named[0]["suggestion"].startswith('Name the file after yourself, e.g. "') and named[0]["suggestion"].endswith('-Resume.pdf".')


def test_a_rule_file_must_give_each_of_its_codes_checks_a_fix(tmp_path: Path) -> None:
    from resumecheck.engine.catalogue import declared_checks

    head = ("id: clean.g\nquestion: clean\nkind: python\nfunction: grammar\nlevel: error\nscope: document\n"
            "message: m\ndescription: d\nfix: f\nexamples: {bad: [], good: []}\n")
    for checks, problem in [("", "checks must map"), ("checks: {article: 'A fix'}\n", "missing: bare-number"),
                            ("checks: {article: a, bare-number: b, phrase: p, spare: c}\n", "unknown: spare"),
                            ("checks: {article: a, bare-number: '', phrase: p}\n", "must each have a fix")]:
        path = tmp_path / "g.yaml"
        path.write_text(head + checks)
        with pytest.raises(RuleError) as error:
            load_rule_file(path, declared_params, validate, declared_checks)
        assert str(path) in str(error.value) and problem in str(error.value)
