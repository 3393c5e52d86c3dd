"""The five questions on the samples: the strong resume passes, each failing sample fails its question,
twins agree, scores and exit codes follow the documented rules, and the configuration is honoured."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SAMPLES, check_json, run_cli
from resumecheck.engine.evaluate import PASS_SCORE, PENALTY, RULE_CAP, score
from resumecheck.findings import Finding, Location

LAYOUT_ONLY = {"skim.columns", "skim.tables", "skim.text-layer", "skim.graphics", "skim.fonts", "skim.file-format",
               "skim.header-footer-content", "skim.extraction-integrity", "skim.length"}
FAILING = {
    "jordan_blake_target_fail.md": "target",
    "taylor_brooks_fit_fail.pdf": "fit",
    "casey_nguyen_proof_fail.md": "proof",
    "riley_park_skim_fail.pdf": "skim",
    "quinn_harper_clean_fail.md": "clean",
}


def entry(name: str, *args: str) -> dict[str, object]:
    return check_json(SAMPLES / name, *args)["files"][0]


@pytest.mark.parametrize("name", ["priya_raman_strong.pdf", "priya_raman_strong.docx"])
def test_strong_sample_passes_all_five_without_warning_or_error(name: str) -> None:
    result = entry(name)
    assert result["verdict"] == "pass"
    assert [q["verdict"] for q in result["questions"]] == ["pass"] * 5
    assert [f for f in result["findings"] if f["level"] != "suggestion"] == []


@pytest.mark.parametrize(("name", "question"), sorted(FAILING.items()))
def test_each_failing_sample_fails_its_question(name: str, question: str) -> None:
    result = entry(name)
    verdicts = {q["id"]: q["verdict"] for q in result["questions"]}
    assert verdicts[question] == "fail"
    assert result["verdict"] == "fail"


def test_every_rule_fires_on_some_sample() -> None:
    from resumecheck.engine.catalogue import load_catalogue

    fired: set[str] = set()
    samples = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".pdf", ".docx", ".md", ".json"})
    fired |= {f["rule"] for e in check_json(*samples)["files"] for f in e["findings"]}
    job = str(SAMPLES / "jobs" / "data_engineer.txt")
    fired |= {f["rule"] for e in check_json(*samples, "--job", job)["files"] for f in e["findings"]}
    assert sorted({r.id for r in load_catalogue()} - fired) == []


def test_pdf_and_docx_twins_give_the_same_findings_apart_from_layout() -> None:
    def comparable(name: str) -> list[tuple[str, str, str | None]]:
        found = entry(name, "--job", str(SAMPLES / "jobs" / "data_engineer.txt"))["findings"]
        return sorted((f["rule"], f["message"], f["match"]) for f in found if f["rule"] not in LAYOUT_ONLY)

    assert comparable("priya_raman_strong.pdf") == comparable("priya_raman_strong.docx")


def test_findings_are_located_and_fixable() -> None:
    result = entry("casey_nguyen_proof_fail.md")
    weak = [f for f in result["findings"] if f["rule"] == "proof.weak-phrases"]
    assert weak and all(f["location"]["line"] and f["location"]["section"] == "experience" for f in weak)
    assert all(f["suggestion"] for f in result["findings"])
    pdf = entry("riley_park_skim_fail.pdf")
    located = [f for f in pdf["findings"] if f["location"]["line"]]
    assert located and all(f["location"]["page"] and len(f["location"]["bbox"]) == 4 for f in located)


def test_scoring_follows_the_documented_penalties() -> None:
    def finding(rule: str, level: str) -> Finding:
        return Finding(rule=rule, question="proof", level=level, message="m", match=None, suggestion=None, location=Location())  # type: ignore[arg-type]

    many_warnings = [finding("proof.action-verbs", "warning")] * 10
    questions = {q["id"]: q for q in score(many_warnings)}
    assert questions["proof"]["score"] == 100 - RULE_CAP["warning"]  # one rule's penalty is capped
    assert questions["proof"]["verdict"] == "pass"
    assert questions["target"] == {**questions["target"], "score": 100, "verdict": "pass"}
    one_error = {q["id"]: q for q in score([finding("proof.x", "error")])}
    assert one_error["proof"]["score"] == 100 - PENALTY["error"] >= PASS_SCORE
    assert one_error["proof"]["verdict"] == "fail"  # any error fails the question whatever the score


def test_exit_codes(tmp_path: Path) -> None:
    strong, failing = str(SAMPLES / "priya_raman_strong.pdf"), str(SAMPLES / "jordan_blake_target_fail.md")
    assert run_cli("check", strong).returncode == 0
    assert run_cli("check", failing).returncode == 1  # its verdict is fail
    assert run_cli("check", failing, "--fail-level", "error").returncode == 1  # an error-level finding
    assert run_cli("check", failing, "--fail-level", "never").returncode == 0
    assert run_cli("check", str(SAMPLES / "sam_rivera.md"), "--fail-level", "warning").returncode == 1
    assert run_cli("check", strong, str(tmp_path / "missing.pdf")).returncode == 2


def test_config_overrides_levels_parameters_and_enabled(tmp_path: Path) -> None:
    (tmp_path / ".resumecheck.yaml").write_text(
        "rules:\n  target.name-first: {enabled: false}\n  target.contact-visible: {level: suggestion}\n"
        "  target.summary-length: {max: 100}\ndictionary: [managment]\n")
    result = run_cli("check", "--format", "json", str(SAMPLES / "jordan_blake_target_fail.md"), cwd=tmp_path)
    findings = json.loads(result.stdout)["files"][0]["findings"]
    rules = {f["rule"]: f["level"] for f in findings}
    assert "target.name-first" not in rules and "target.summary-length" not in rules
    assert rules["target.contact-visible"] == "suggestion"


def test_pyproject_table_and_explicit_config(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.resumecheck]\nfail_level = "never"\n')
    assert run_cli("check", str(SAMPLES / "jordan_blake_target_fail.md"), cwd=tmp_path).returncode == 0
    other = tmp_path / "strict.yaml"
    other.write_text("fail_level: warning\n")
    assert run_cli("check", "--config", str(other), str(SAMPLES / "sam_rivera.md"), cwd=tmp_path).returncode == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [("colour: red\n", "unknown key 'colour'"), ("fail_level: sometimes\n", "fail_level must be one of"),
     ("rules:\n  proof.nope: {level: error}\n", "rules.proof.nope: no such rule"),
     ("rules:\n  proof.buzzwords: {levle: error}\n", "unknown key 'levle'"),
     ("rules:\n  proof.buzzwords: {level: fatal}\n", "level must be one of")],
)
def test_bad_config_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / ".resumecheck.yaml").write_text(content)
    result = run_cli("check", str(SAMPLES / "sam_rivera.md"), cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_user_rule_folder_adds_a_rule(tmp_path: Path) -> None:
    folder = tmp_path / "myrules" / "clean"
    folder.mkdir(parents=True)
    (folder / "no-ninjas.yaml").write_text(
        "id: clean.no-ninjas\nquestion: clean\nkind: existence\nphrases: [operations]\nlevel: suggestion\n"
        "message: 'Found {match}'\ndescription: d\nscope: line\nexamples: {bad: [x], good: [y]}\n")
    (tmp_path / ".resumecheck.yaml").write_text("rule_paths: [myrules]\n")
    result = run_cli("check", "--format", "json", str(SAMPLES / "sam_rivera.md"), cwd=tmp_path)
    assert any(f["rule"] == "clean.no-ninjas" for f in json.loads(result.stdout)["files"][0]["findings"])


def test_rules_and_explain_commands() -> None:
    listing = json.loads(run_cli("rules", "--format", "json").stdout)
    assert {"id", "question", "level", "kind", "description"} <= set(listing[0])
    text = run_cli("rules").stdout
    assert "proof.weak-phrases" in text and "warning" in text
    explained = run_cli("explain", "proof.weak-phrases")
    assert explained.returncode == 0 and "Bad examples" in explained.stdout and "Responsible for" in explained.stdout
    assert run_cli("explain", "proof.nope").returncode == 2


def test_non_english_resume_gets_a_note_and_only_layout_findings(tmp_path: Path) -> None:
    resume = tmp_path / "cv.md"  # Portuguese: not among the judged languages (English, German, French, Spanish)
    resume.write_text("# Maria Lopes\n\nEngenheira de dados\n\n## Experiência\n\n### Engenheira, Acme | 2019 – 2023\n\n"
                      "- Responsável pela migração dos dados da empresa para a nuvem com uma equipa de cinco pessoas\n"
                      "- Desenhei os processos de qualidade dos dados para as equipas da empresa\n\n## Educação\n\n"
                      "Licenciatura em Informática, Universidade do Porto, 2014 – 2018\n")
    result = check_json(resume)["files"][0]
    assert result["facts"]["language"] == "pt"
    assert any("not English" in note for note in result["notes"])
    from resumecheck.engine.catalogue import load_catalogue

    layout = {r.id for r in load_catalogue() if r.language_independent}
    assert {f["rule"] for f in result["findings"]} <= layout


def test_blank_pipeline_is_reported() -> None:
    report = check_json(SAMPLES / "casey_nguyen_proof_fail.md", "--nlp", "blank")
    assert report["tool"]["nlp"] == "blank en"
    assert any(f["rule"] == "proof.passive-voice" for f in report["files"][0]["findings"])
    text = run_cli("check", str(SAMPLES / "casey_nguyen_proof_fail.md"), "--nlp", "blank").stdout
    assert "statistical spaCy model is not installed" in text
    assert check_json(SAMPLES / "sam_rivera.md")["tool"]["nlp"].startswith("en_core_web_sm")


def test_single_file_and_batch_runs_give_the_same_findings() -> None:
    """A single-file run parses in a child process (and works out spelling ahead); a batch run does not."""
    names = ["quinn_harper_clean_fail.md", "riley_park_skim_fail.pdf", "priya_raman_strong.docx"]
    single = [check_json(SAMPLES / name)["files"][0]["findings"] for name in names]
    batch = [entry["findings"] for entry in check_json(*(SAMPLES / name for name in names), "--jobs", "2")["files"]]
    assert single == batch
    assert any(f["rule"] == "clean.spelling" for f in single[0])


def test_an_image_only_resume_gets_one_note_and_content_questions_not_checked() -> None:
    result = entry("priya_raman_image_only.pdf", "--ocr", "never")  # read by OCR otherwise: test_ocr.py
    questions = {q["id"]: q for q in result["questions"]}
    for question in ("target", "fit", "proof", "clean"):
        assert questions[question]["verdict"] == "not_checked" and questions[question]["score"] is None
        assert "No readable text" in questions[question]["reason"]
    assert questions["skim"]["verdict"] == "fail"
    assert [f["rule"] for f in result["findings"] if f["level"] == "error"] == ["skim.text-layer"]
    assert len(result["notes"]) == 1 and "image" in result["notes"][0]


def test_a_failed_question_says_what_decided_it() -> None:
    result = entry("quinn_harper_clean_fail.md")
    clean = next(q for q in result["questions"] if q["id"] == "clean")
    errors = [f["message"] for f in result["findings"] if f["question"] == "clean" and f["level"] == "error"]
    assert clean["verdict"] == "fail" and clean["reason"] in errors


def test_placeholders_fail_clean_on_their_own(tmp_path: Path) -> None:
    resume = tmp_path / "alex_morgan.md"
    text = (SAMPLES / "sam_rivera.md").read_text(encoding="utf-8")
    resume.write_text(text.replace("Sam Rivera", "John Doe"), encoding="utf-8")
    result = json.loads(run_cli("check", "--format", "json", str(resume)).stdout)["files"][0]
    clean = next(q for q in result["questions"] if q["id"] == "clean")
    assert clean["verdict"] == "fail"
    assert any(f["rule"] == "clean.placeholder-text" and f["match"] == "John Doe" for f in result["findings"])


def test_profiles_and_the_date_a_resume_was_written(tmp_path: Path) -> None:
    from resumecheck.engine.analyses import written_present
    from resumecheck.facts.profile import career_profile
    from resumecheck.reader import read_path

    academic = entry("omar_haddad_academic.pdf")
    assert academic["profile"] == "academic"
    assert not any(f["rule"] == "skim.length" for f in academic["findings"])  # academic CVs are exempt
    student = tmp_path / "student.md"
    student.write_text(
        "# Lee Park\n\nComputer Science student\n\nlee.park@gmail.com | (720) 201-3344\n\n## Education\n\n"
        "B.S. in Computer Science, State University, Sep 2023 – May 2027\n\n## Experience\n\n"
        "### Software Intern, Acme | Jun 2025 – Aug 2025\n\n- Built 3 internal dashboards used by 40 staff\n",
        encoding="utf-8",
    )
    facts = read_path(student).facts
    assert facts is not None and career_profile(facts, (2026, 11)) == "student"
    assert career_profile(facts, (2028, 1)) == "early-career"  # graduated by then
    facts.document.layout.written = (2025, 9)  # a file saved after the internship began
    assert written_present(facts, (2026, 11)) == (2025, 9)
    facts.document.layout.written = (2025, 1)  # before a dated start: the metadata is not to be trusted
    assert written_present(facts, (2026, 11)) is None


_PHD_CV = (
    "# Mara Lindqvist\n\nmara.lindqvist@uni-graz.at | https://github.com/maralind\n\n## Education\n\n"
    "PhD student in Theoretical Physics, University of Graz, Feb 2023 – current\n\n"
    "MSc in Physics, University of Vienna, 2020 – 2022\n\n## Research Experience\n\n"
    "### Research Assistant, Institute of Physics | Aug 2022 – Jan 2023\n\n"
    "Monte Carlo studies of dark matter production at colliders.\n\n## Conferences & Talks\n\n"
    "LHC Dark Matter Working Group Winter Meeting, CERN, Jan 2023\n\n## References\n\n"
    "Prof. Axel Maas, Institute of Physics, axel.maas@uni-graz.at\n"
)


def test_academic_cv_is_not_judged_by_industry_rules(tmp_path: Path) -> None:
    """A PhD student's CV with research and conference headings is read as academic: no headline, bullets per
    role, phone or referee findings, and the report names the rules it left out and why.
    The same text without the research headings and the doctorate is an ordinary resume, and they fire."""
    academic = tmp_path / "phd.md"
    academic.write_text(_PHD_CV, encoding="utf-8")
    result = check_json(academic)["files"][0]
    skipped = {"target.headline", "proof.bullets-per-role", "clean.referee-details"}
    assert result["profile"] == "academic"
    assert not skipped & {f["rule"] for f in result["findings"]}
    assert not [f for f in result["findings"] if f["rule"] == "target.contact-visible" and "phone" in f["message"]]
    note = next(n for n in result["notes"] if n.startswith("Read as an academic CV"))
    assert all(rule in note for rule in ("target.headline", "clean.referee-details"))
    plain = tmp_path / "plain.md"
    plain.write_text(
        _PHD_CV.replace("PhD student in", "BSc in").replace("Research Experience", "Experience")
        .replace("Conferences & Talks", "Activities"),
        encoding="utf-8",
    )
    ordinary = check_json(plain)["files"][0]
    assert ordinary["profile"] != "academic"
    assert {"target.headline", "clean.referee-details"} <= {f["rule"] for f in ordinary["findings"]}


def test_skip_for_names_a_known_profile(tmp_path: Path) -> None:
    """A rule file's skip_for must map a kind of candidate to a reason: anything else is a clear load error."""
    from resumecheck.engine.catalogue import declared_checks, declared_params, validate
    from resumecheck.engine.rule import RuleError, load_rule_file

    source = (Path(__file__).parent.parent / "rules/target/headline.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "headline.yaml"
    bad.write_text(source.replace("  academic:", "  professor:"), encoding="utf-8")
    with pytest.raises(RuleError, match="skip_for must map a profile"):
        load_rule_file(bad, declared_params, validate, declared_checks)
