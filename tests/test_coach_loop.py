"""The coach's loop: two versions compared (diff), a CI run that fails only on what a revision brought
(--baseline), on the generated before/after pair of one person's resume."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import SAMPLES, SHARED, check_json, run_cli
from resumecheck.revisions import got_worse, match_findings

BEFORE = SAMPLES / "dana_whitfield_before.pdf"  # duties without numbers: fails proof
AFTER = SAMPLES / "dana_whitfield_after.pdf"  # results with numbers, and one new typo: "managment"
DIFF_SCHEMA = SHARED / "schemas" / "resumecheck-diff.schema.json"


@pytest.fixture(scope="module")
def diff_json() -> dict[str, Any]:
    result = run_cli("diff", str(BEFORE), str(AFTER), "--format", "json")
    assert result.returncode == 1, result.stderr  # the revision brought a new error (the typo)
    return json.loads(result.stdout)


def test_the_diff_of_a_revision_lists_what_was_fixed_and_the_new_typo(diff_json: dict[str, Any]) -> None:
    scores = {q["id"]: (q["before"]["score"], q["after"]["score"]) for q in diff_json["questions"]}
    verdicts = {q["id"]: (q["before"]["verdict"], q["after"]["verdict"]) for q in diff_json["questions"]}
    assert scores["proof"][1] > scores["proof"][0] and verdicts["proof"] == ("fail", "pass")
    assert verdicts["clean"] == ("pass", "fail")  # the typo is an error
    fixed = {f["rule"] for f in diff_json["fixed"]}
    assert {"proof.quantified-bullets", "proof.weak-phrases", "proof.action-verbs"} <= fixed
    weak = sorted(f["match"] for f in diff_json["fixed"] if f["rule"] == "proof.weak-phrases")
    assert weak == sorted(["Responsible for", "Helped with", "Worked on", "Duties included", "Assisted with",
                           "in charge of"])
    assert [(f["rule"], f["match"]) for f in diff_json["new"]] == [("clean.spelling", "managment")]
    assert diff_json["new"][0]["location"]["entry"] == "Customer Success Manager, Harborview Software"
    assert [f["rule"] for f in diff_json["unchanged"]] == ["skim.length"]  # 186 words, still short
    assert diff_json["before"]["verdict"] == "fail" and diff_json["after"]["verdict"] == "fail"


def test_the_diff_json_is_the_shared_contract_and_accounts_for_every_finding(diff_json: dict[str, Any]) -> None:
    import jsonschema

    if not DIFF_SCHEMA.exists():
        pytest.skip("../shared/schemas is not present")
    jsonschema.validate(diff_json, json.loads(DIFF_SCHEMA.read_text()))
    before, after = check_json(BEFORE)["files"][0], check_json(AFTER)["files"][0]
    assert len(diff_json["fixed"]) + len(diff_json["unchanged"]) == len(before["findings"])
    assert len(diff_json["new"]) + len(diff_json["unchanged"]) == len(after["findings"])
    assert {f["fingerprint"] for f in diff_json["new"]} <= {f["fingerprint"] for f in after["findings"]}


def test_the_text_diff_has_one_line_per_question_then_fixed_new_and_open() -> None:
    result = run_cli("diff", str(BEFORE), str(AFTER))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].endswith(": FAIL → FAIL")
    assert [line.split()[0] for line in lines[1:6]] == ["target", "fit", "proof", "skim", "clean"]
    proof = lines[3].split()
    assert proof[2] == "→" and int(proof[3]) > int(proof[1]) and proof[4:] == ["FAIL", "→", "PASS"]
    assert lines[5].split()[4:] == ["PASS", "→", "FAIL"]
    text = result.stdout
    assert text.index("fixed (9):") < text.index("new (1):") < text.index("still open (1):")
    assert '[E] clean.spelling: "managment" looks misspelled' in text
    assert text.rstrip().endswith("9 fixed, 1 new, 1 still open.")


def test_the_reverse_diff_and_the_same_file_twice() -> None:
    reverse = json.loads(run_cli("diff", str(AFTER), str(BEFORE), "--format", "json").stdout)
    assert [f["rule"] for f in reverse["fixed"]] == ["clean.spelling"]
    same = run_cli("diff", str(BEFORE), str(BEFORE))
    assert same.returncode == 0 and "0 fixed, 0 new" in same.stdout  # still failing, but nothing got worse
    never = run_cli("diff", str(BEFORE), str(AFTER), "--fail-level", "never")
    assert never.returncode == 0


def test_a_diff_across_formats_matches_the_same_findings() -> None:
    """The same resume as PDF and as DOCX: no finding is new or fixed."""
    twins = json.loads(
        run_cli("diff", str(SAMPLES / "priya_raman_strong.pdf"), str(SAMPLES / "priya_raman_strong.docx"),
                "--format", "json").stdout
    )
    assert twins["fixed"] == [] and twins["new"] == []
    assert twins["before"]["verdict"] == twins["after"]["verdict"] == "pass"


def test_an_unreadable_version_is_exit_2_with_what_went_wrong(tmp_path: Path) -> None:
    broken = tmp_path / "resume_v2.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00" * 40)
    result = run_cli("diff", str(BEFORE), str(broken))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "after could not be read (corrupt)" in result.stdout
    document = json.loads(run_cli("diff", str(BEFORE), str(broken), "--format", "json").stdout)
    assert document["after"]["status"] == "error" and document["after"]["verdict"] is None


def test_the_html_progress_report_is_one_file_a_client_can_read(tmp_path: Path) -> None:
    target = tmp_path / "progress.html"
    assert run_cli("diff", str(BEFORE), str(AFTER), "--format", "html", "-o", str(target)).returncode == 1
    html = target.read_text()
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "") and "https://" not in html
    assert html.count('data-state="fixed"') == 9 and html.count('data-state="new"') == 1
    assert 'data-state="new" data-rule="clean.spelling"' in html
    assert 'data-question="proof" data-change="better"' in html and 'data-question="clean" data-change="worse"' in html
    assert html.count('<img src="data:image/jpeg;base64,') == 2  # both first pages, side by side
    assert html.count('class="box fixed"') == 9 and html.count('class="box new"') == 1  # every fixed line boxed


def test_matching_counts_repeats_and_pairs_a_whole_file_finding_whose_quote_changed() -> None:
    def finding(rule: str, match: str | None, message: str = "m") -> dict[str, Any]:
        return {"rule": rule, "question": rule.split(".")[0], "level": "warning", "message": message, "match": match}

    before = [finding("proof.weak-phrases", "Responsible for"), finding("proof.weak-phrases", "Responsible for")]
    after = [finding("proof.weak-phrases", "responsible  FOR")]
    matched = match_findings(before, after)
    assert [f["match"] for f in matched.fixed] == ["Responsible for"]  # one of the two rewritten
    assert [f["match"] for f in matched.unchanged] == ["responsible  FOR"] and matched.new == []
    typos = match_findings([finding("clean.spelling", "teh")], [finding("clean.spelling", "recieve")])
    assert len(typos.fixed) == len(typos.new) == 1  # one typo fixed, another made: not the same problem
    headings = match_findings([finding("skim.standard-headings", None, "No education heading an ATS recognises")],
                              [finding("skim.standard-headings", None, "No experience heading an ATS recognises")])
    assert len(headings.new) == 1  # no quote: the message's words tell them apart
    lengths = match_findings([finding("skim.length", None, "Length: 98 words")], [finding("skim.length", None, "Length: 186 words")])
    assert len(lengths.unchanged) == 1  # numbers aside, the same problem


def test_a_whole_file_finding_keeps_its_fingerprint_when_its_quote_changes(tmp_path: Path) -> None:
    """fit.skills-evidence speaks once about the whole file: mentioning two skills in a bullet changes its list,
    not which problem it is."""
    original = SAMPLES / "sam_rivera.md"  # six skills, none used in a bullet
    edited = tmp_path / "sam_rivera.md"
    edited.write_text(original.read_text().replace("with demand-based shift planning", "with Excel forecasting", 1))
    before, after = check_json(original)["files"][0], check_json(edited)["files"][0]
    was = [f for f in before["findings"] if f["rule"] == "fit.skills-evidence"]
    now = [f for f in after["findings"] if f["rule"] == "fit.skills-evidence"]
    assert len(was) == len(now) == 1 and was[0]["message"] != now[0]["message"]  # the list it names changed
    assert was[0]["fingerprint"] == now[0]["fingerprint"]


def test_a_worse_verdict_fails_even_without_a_new_error() -> None:
    warning = {"rule": "skim.length", "level": "warning"}
    assert got_worse({"verdict": "pass"}, {"verdict": "fail"}, [warning], "verdict")
    assert not got_worse({"verdict": "fail"}, {"verdict": "fail"}, [warning], "verdict")
    assert got_worse({"verdict": "fail"}, {"verdict": "fail"}, [warning], "warning")
    assert not got_worse({"verdict": "pass"}, {"verdict": "fail"}, [warning], "never")


def test_a_baseline_run_fails_only_on_what_the_revision_brought(tmp_path: Path, report_schema: dict[str, Any]) -> None:
    import jsonschema

    baseline = tmp_path / "main.json"
    assert run_cli("check", str(BEFORE), "--format", "json", "-o", str(baseline)).returncode == 1
    kept = run_cli("check", str(BEFORE), "--baseline", str(baseline))
    assert kept.returncode == 0, kept.stdout  # still failing, but nothing new: the pull request is not blamed
    assert "0 new, 10 still open, 0 fixed" in kept.stdout
    result = run_cli("check", str(AFTER), "--format", "json", "--baseline", str(baseline))
    assert result.returncode == 1  # the new typo is an error
    report = json.loads(result.stdout)
    jsonschema.validate(report, report_schema)
    states = {(f["rule"], f["baseline_state"]) for f in report["files"][0]["findings"]}
    assert states == {("clean.spelling", "new"), ("skim.length", "unchanged")}
    text = run_cli("check", str(AFTER), "--baseline", str(baseline)).stdout
    assert "[E] new clean.spelling:" in text and "1 new, 1 still open, 9 fixed" in text
    assert run_cli("check", str(AFTER), "--baseline", str(baseline), "--fail-level", "never").returncode == 0
    html = tmp_path / "report.html"
    run_cli("check", str(AFTER), "--baseline", str(baseline), "--format", "html", "-o", str(html))
    assert html.read_text().count('data-baseline="new"') == 1  # the typo's card says it is new


def test_a_diff_against_a_job_compares_fit_too() -> None:
    job = SAMPLES / "jobs" / "data_engineer.txt"
    plain = json.loads(run_cli("diff", str(BEFORE), str(AFTER), "--format", "json").stdout)
    matched = json.loads(run_cli("diff", str(BEFORE), str(AFTER), "--job", str(job), "--format", "json").stdout)
    fit = {q["id"]: q for q in matched["questions"]}["fit"]
    assert fit != {q["id"]: q for q in plain["questions"]}["fit"]  # a customer success resume against a data job
    rules = {f["rule"] for group in ("fixed", "new", "unchanged") for f in matched[group]}
    assert "fit.keyword-coverage" in rules


def test_a_baseline_marks_sarif_and_annotates_only_new_findings(tmp_path: Path) -> None:
    baseline = tmp_path / "main.json"
    run_cli("check", str(BEFORE), "--format", "json", "-o", str(baseline))
    sarif = json.loads(run_cli("check", str(AFTER), "--format", "sarif", "--baseline", str(baseline)).stdout)
    results = sarif["runs"][0]["results"]
    assert {(r["ruleId"], r["baselineState"]) for r in results} == {("clean.spelling", "new"), ("skim.length", "unchanged")}
    assert all(len(r["partialFingerprints"]["resumecheck/v1"]) == 16 for r in results)
    schema = SHARED / "schemas" / "sarif-schema-2.1.0.json"
    if schema.exists():
        import jsonschema

        jsonschema.validate(sarif, json.loads(schema.read_text()))
    github = run_cli("check", str(AFTER), "--format", "github", "--baseline", str(baseline)).stdout
    annotations = [line for line in github.splitlines() if line.startswith(("::error ", "::warning ", "::notice "))]
    assert len(annotations) == 1 and "title=clean.spelling" in annotations[0]


def test_a_baseline_finds_the_file_again_when_renamed_or_streamed(tmp_path: Path) -> None:
    baseline = tmp_path / "main.jsonl"
    run_cli("check", str(BEFORE), str(SAMPLES / "sam_rivera.md"), "--format", "jsonl", "-o", str(baseline))
    renamed = tmp_path / "sam_rivera.md"  # same name, another folder: found by name
    renamed.write_text((SAMPLES / "sam_rivera.md").read_text())
    report = json.loads(run_cli("check", str(renamed), "--format", "json", "--baseline", str(baseline)).stdout)
    assert report["files"][0]["baseline"]["path"].endswith("sam_rivera.md")
    assert all(f["baseline_state"] == "unchanged" for f in report["files"][0]["findings"])
    streamed = run_cli("check", str(AFTER), "--format", "jsonl", "--baseline", str(baseline))
    entry = json.loads(streamed.stdout.splitlines()[0])  # one baseline file per name: AFTER pairs with nothing
    assert entry["baseline"]["path"] is None and all(f["baseline_state"] == "new" for f in entry["findings"])
    assert streamed.returncode == 1


def test_a_bad_baseline_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "report.json"
    bad.write_text("<html>not json</html>")
    result = run_cli("check", str(BEFORE), "--baseline", str(bad))
    assert result.returncode == 2 and "is not a resumecheck JSON report" in result.stderr
    assert "Traceback" not in result.stderr
    missing = run_cli("check", str(BEFORE), "--baseline", str(tmp_path / "absent.json"))
    assert missing.returncode == 2 and "--baseline: cannot read" in missing.stderr
