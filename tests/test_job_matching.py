"""Job matching on twelve job description / resume pairs written for the tests (software, finance,
nursing, sales, design, operations), each with the expected matched and missing required terms and the
years and degree verdicts. Precision and recall of the missing-term list are measured over the set."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from resumecheck.reader import read_path
from resumecheck.job import read_job
from resumecheck.job.match import degree_meets, match_job
from resumecheck.job.terms import Term, find_term, terms_in

PAIRS = sorted((Path(__file__).parent / "job_pairs").iterdir())
MIN_PRECISION = MIN_RECALL = 0.9


def canonical(name: str) -> str:
    """The lexicon's name for a term when the expected name is one of its spellings."""
    known = [t for t in terms_in(name) if any(s.casefold() == name.casefold() for s in t.spellings)]
    return (known[0].name if known else name).casefold()


def _predict(folder: Path) -> tuple[dict[str, object], dict[str, object]]:
    facts = read_path(folder / "resume.md").facts
    assert facts is not None
    match = match_job(facts, read_job(folder / "job.txt"))
    expected = yaml.safe_load((folder / "expected.yaml").read_text())
    return expected, {
        "missing": {m.term.name.casefold() for m in match.required if not m.found},
        "matched": {m.term.name.casefold() for m in match.required if m.found},
        "years_meets": None if match.job.years is None else (match.years_found or 0) >= match.job.years,
        "degree_meets": None if match.job.degree is None else degree_meets(match.degree_found, match.job.degree),
    }


def test_there_are_twelve_pairs_across_six_fields() -> None:
    assert len(PAIRS) >= 12


def test_missing_terms_precision_and_recall() -> None:
    hits = predicted = wanted = 0
    report = []
    for folder in PAIRS:
        expected, got = _predict(folder)
        want = {canonical(t) for t in expected["missing"]}
        hits += len(want & got["missing"])  # type: ignore[operator]
        predicted += len(got["missing"])  # type: ignore[arg-type]
        wanted += len(want)
        report.append(f"{folder.name}: extra {sorted(got['missing'] - want)} lost {sorted(want - got['missing'])}")  # type: ignore[operator]
    precision, recall = hits / predicted, hits / wanted
    print(f"missing-term precision {precision:.3f} recall {recall:.3f} ({hits} of {wanted} expected, {predicted} predicted)")
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, "\n".join(report)


def test_years_and_degree_verdicts() -> None:
    agree = total = 0
    disagreements = []
    for folder in PAIRS:
        expected, got = _predict(folder)
        for key in ("years_meets", "degree_meets"):
            if expected[key] is None:
                assert got[key] is None, f"{folder.name}: {key} read from a job that does not ask for it"
                continue
            total += 1
            agree += got[key] == expected[key]
            if got[key] != expected[key]:
                disagreements.append(f"{folder.name}: {key} expected {expected[key]}, got {got[key]}")
    print(f"verdicts: {agree} of {total} agree; " + "; ".join(disagreements))
    assert agree / total >= 0.9, disagreements


@pytest.mark.parametrize(("term", "text", "found"), [
    (Term("R", ("R",)), "Built models in R and Python", True),
    (Term("R", ("R",)), "our rr team, r&d", False),
    (Term("Go", ("Go", "golang")), "going to market; go-live support", False),
    (Term("Go", ("Go", "golang")), "Services written in Go and Rust", True),
    (Term("PostgreSQL", ("PostgreSQL", "Postgres")), "Tuned Postgres queries", True),
    (Term("Management", ("management",)), "Managed a team of 12", True),
    (Term("Java", ("Java",)), "JavaScript only", False),
    (Term("C++", ("C++",)), "Wrote C and C# tools", False),
])
def test_whole_term_alias_and_inflection_matching(term: Term, text: str, found: bool) -> None:
    assert find_term(term, text) is found


def test_lexicon_covers_a_thousand_skills_across_fields() -> None:
    from resumecheck.job.terms import lexicon_terms

    hard = [t for t in lexicon_terms() if not t.soft]
    assert len(hard) >= 1000
    names = {t.name for t in terms_in("JS, k8s, Postgres, CPA, GAAP, Salesforce, SEO, phlebotomy, AutoCAD, forklift")}
    assert {"JavaScript", "Kubernetes", "PostgreSQL", "CPA", "GAAP", "Salesforce", "SEO", "Phlebotomy", "AutoCAD"} <= names


def test_required_preferred_soft_years_and_degree_are_read() -> None:
    job = read_job(Path(__file__).parents[1] / "sample_resumes" / "jobs" / "data_engineer.txt")
    assert job.title == "Senior Data Engineer" and job.years == 5 and job.degree == "bachelor"
    assert {"Python", "SQL", "Apache Airflow", "Apache Kafka", "AWS", "Terraform", "dbt", "Snowflake"} <= {t.name for t in job.required}
    assert {t.name for t in job.preferred} == {"Kubernetes", "Apache Spark"}
    assert "Health insurance" not in {t.name for t in job.required}  # the benefits section is not a requirement


def test_hidden_or_repeated_keywords_do_not_raise_the_match_rate(tmp_path: Path) -> None:
    job = tmp_path / "job.txt"
    job.write_text("Project Manager\n\nRequirements\n- PMP certification\n- Jira and Primavera P6\n- Procore\n")
    sample = Path(__file__).parents[1] / "sample_resumes" / "taylor_brooks_fit_fail.pdf"  # the terms hide in white text
    from conftest import check_json

    entry = check_json(sample, "--job", str(job))["files"][0]
    assert entry["facts"]["job"]["match_rate"] == 0.0
    assert any(f["rule"] == "fit.keyword-stuffing" for f in entry["findings"])
    assert any(f["rule"] == "fit.keyword-coverage" for f in entry["findings"])


# First lines as job ads write them: (line, title as the ad names it, role a resume must echo, company, location).
# A team or specialty after the title's comma ("Software Engineer II, Payments") stays in the title but is not
# asked of the resume; terms of the job (Part-Time, Night Shift, a salary) and abbreviations in parentheses go.
HEADINGS = [
    ("Senior Data Engineer — Brightwave Health (Remote, US)", "Senior Data Engineer", "Senior Data Engineer", "Brightwave Health", "Remote, US"),
    ("Senior Data Engineer at Brightwave Health", "Senior Data Engineer", "Senior Data Engineer", "Brightwave Health", None),
    ("Senior Data Engineer @ Brightwave Health", "Senior Data Engineer", "Senior Data Engineer", "Brightwave Health", None),
    ("Brightwave Health | Senior Data Engineer | Remote", "Senior Data Engineer", "Senior Data Engineer", "Brightwave Health", "Remote"),
    ("Brightwave Health - Senior Data Engineer - Remote (US)", "Senior Data Engineer", "Senior Data Engineer", "Brightwave Health", "Remote, US"),
    ("Job Title: Senior Data Engineer", "Senior Data Engineer", "Senior Data Engineer", None, None),
    ("Position: Warehouse Associate – Night Shift (Contract)", "Warehouse Associate", "Warehouse Associate", None, None),
    ("We're hiring: Barista", "Barista", "Barista", None, None),
    ("Registered Nurse (RN) - ICU - Night Shift", "Registered Nurse", "Registered Nurse", None, None),
    ("Sales Associate, Part-Time", "Sales Associate", "Sales Associate", None, None),
    ("Software Engineer II, Payments", "Software Engineer II, Payments", "Software Engineer II", None, None),
    ("Financial Analyst, FP&A", "Financial Analyst, FP&A", "Financial Analyst", None, None),
    ("Director, Engineering — Brightwave Health", "Director, Engineering", "Director, Engineering", "Brightwave Health", None),
    ("Data Engineer, Austin, TX", "Data Engineer", "Data Engineer", None, "Austin, TX"),
    ("Senior Manager, Product Marketing, New York, NY", "Senior Manager, Product Marketing", "Senior Manager, Product Marketing", None, "New York, NY"),
    ("Front-End Developer - Acme Corp - Remote", "Front-End Developer", "Front-End Developer", "Acme Corp", "Remote"),
    ("Lead Barista · Blue Bottle Coffee · Oakland, CA", "Lead Barista", "Lead Barista", "Blue Bottle Coffee", "Oakland, CA"),
    ("Senior Data Engineer – Brightwave Health – San Francisco, CA (Hybrid)", "Senior Data Engineer", "Senior Data Engineer", "Brightwave Health", "San Francisco, CA, Hybrid"),
    ("Nurse Practitioner | Full-Time | $120,000 - $140,000", "Nurse Practitioner", "Nurse Practitioner", None, None),
    ("Senior Data Engineer, Brightwave Health Inc.", "Senior Data Engineer", "Senior Data Engineer", "Brightwave Health Inc.", None),
    ("Backend Engineer (Python)", "Backend Engineer", "Backend Engineer", None, None),
]


@pytest.mark.parametrize(("line", "title", "role", "company", "location"), HEADINGS)
def test_a_job_ads_first_line_is_split_into_title_company_and_location(
    tmp_path: Path, line: str, title: str, role: str, company: str | None, location: str | None
) -> None:
    ad = tmp_path / "job.txt"
    ad.write_text(f"{line}\n\nAbout the role\nBuild what our customers use.\n\nRequirements\n- 3+ years of SQL\n")
    job = read_job(ad)
    assert (job.title, job.role, job.company, job.location) == (title, role, company, location)


def test_the_title_is_the_line_that_names_a_job_when_the_company_comes_first(tmp_path: Path) -> None:
    ad = tmp_path / "job.txt"
    ad.write_text("Brightwave Health\nSenior Data Engineer\n\nRequirements\n- 5+ years of Python and SQL\n")
    assert read_job(ad).title == "Senior Data Engineer"


@pytest.mark.parametrize("first_line", [
    "Senior Data Engineer — Brightwave Health (Remote, US)",
    "Senior Data Engineer at Brightwave Health",
    "Brightwave Health | Senior Data Engineer | Remote",
])
def test_a_senior_data_engineer_is_not_told_her_title_is_missing(tmp_path: Path, first_line: str) -> None:
    """End to end: the job's company and place are not asked of the resume's headline."""
    from conftest import check_json

    ad = tmp_path / "job.txt"
    body = (Path(__file__).parents[1] / "sample_resumes" / "jobs" / "data_engineer.txt").read_text().split("\n", 1)[1]
    ad.write_text(f"{first_line}\n{body}")
    resume = Path(__file__).parents[1] / "sample_resumes" / "priya_raman_strong.pdf"  # a Senior Data Engineer
    entry = check_json(resume, "--job", str(ad))["files"][0]
    assert entry["facts"]["job"]["title"] == "Senior Data Engineer"
    assert entry["facts"]["job"]["company"] == "Brightwave Health"
    assert entry["facts"]["job"]["title_found"] is True
    assert "target.title-match" not in {f["rule"] for f in entry["findings"]}
    other = tmp_path / "other.txt"  # the same ad for another job: the rule still speaks
    other.write_text(f"{first_line.replace('Senior Data Engineer', 'Staff Accountant')}\n{body}")
    entry = check_json(resume, "--job", str(other))["files"][0]
    titles = [f for f in entry["findings"] if f["rule"] == "target.title-match"]
    assert len(titles) == 1 and "Staff Accountant" in titles[0]["message"]  # the job's title: in the message
