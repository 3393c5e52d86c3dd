"""Classes of wrong findings the precision audit of issue 29 found (benchmarks/devcorpus/audit.tsv, the shared
hand judgement), each on a small resume written here, beside a file the rule must still flag."""

from __future__ import annotations

from typing import Any

from resumecheck.config import Config
from resumecheck.judge import Judge


def _resume(
    bullets: list[str],
    *,
    headline: str | None = "Data Analyst",
    objective: str | None = None,
    skills: str = "Python, SQL, Tableau, Excel",
) -> dict[str, Any]:
    """A one-role resume in Markdown, checked from its bytes."""
    lines = ["# Jordan Avery", ""]
    if headline:
        lines += [headline, ""]
    lines += ["jordan.avery@gmail.com | (415) 201-3344 | San Francisco, CA", ""]
    if objective:
        lines += ["## Objective", "", objective, ""]
    lines += ["## Experience", "", "### Data Analyst, Acme Corp | Jan 2021 – Present", ""]
    lines += [f"- {bullet}" for bullet in bullets]
    lines += ["", "## Education", "", "B.S. in Statistics, University of Oregon, 2016 – 2020", ""]
    lines += ["## Skills", "", skills, ""]
    entry: dict[str, Any] = Judge(Config()).judge_data("\n".join(lines).encode(), "resume.md").to_dict()
    assert entry["status"] == "checked", entry
    return entry


def _found(entry: dict[str, Any], rule: str) -> list[str]:
    return [str(f["match"]) for f in entry["findings"] if f["rule"] == rule]


def test_bare_title_case_labels_dated_entries_and_name_lists_are_not_weak_openers() -> None:
    """A title-case label with no punctuation before a strong verb ("Safety Audit Led monthly …"), a line led by
    its date ("March 2015 - May 2015: …") and a list of short names ("SQL, Python, R, Bash") are not bullets
    opening without a verb; a noun-led duty ("Maintenance of …"), a title-case label before a noun ("Data Review
    Summary of …") and a bullet with a tool list in parentheses still are."""
    quiet = _resume(
        [
            "Safety Audit Led monthly safety audits across 4 sites",
            "Project Planning Provided cost estimates for 12 projects",
            "March 2015 - May 2015: internship at the county records office",
            "SQL, Python, R, Bash, Docker, Kubernetes",
        ]
    )
    assert _found(quiet, "proof.action-verbs") == []
    loud = _resume(
        [
            "Maintenance of security-related packages for 3 products",
            "Data Review Summary of 40 weekly reports",
            "Malware submission portal service (Go, RabbitMQ, MongoDB, Docker)",
        ]
    )
    assert sorted(_found(loud, "proof.action-verbs")) == ["Data", "Maintenance", "Malware"]


def test_prefixed_british_and_adverb_led_strong_verbs_and_result_first_bullets_are_not_weak() -> None:
    """Openers "Co-led", "Re-designed", "Optimised", "Troubleshooted", "Reconciled", "Over 90% …" and a label
    before a full stop ("Compaction Strategy Enhancement. Conducted …") open with a strong verb or the result;
    "Did", "Also ran" (filler, the shared judgement), "Did the reports. Built …" and "Successfully completed"
    still open weakly."""
    strong = _resume(
        [
            "Co-led a team of 6 analysts through a warehouse migration",
            "Optimised 30 SQL queries behind the weekly sales report",
            "Troubleshooted 40 failed data loads in the first quarter",
            "Re-designed the month-end close checklist for 8 accountants",
            "Reconciled 1,200 supplier invoices each month",
            "Over 90% first-response resolution rate across 3 sites",
            "Compaction Strategy Enhancement. Conducted a study of 3 storage engines",
        ]
    )
    assert _found(strong, "proof.action-verbs") == []
    weak = _resume(
        [
            "Did the weekly sales report",
            "Also ran the audit",
            "Did the reports. Built a dashboard",
            "Successfully completed the monthly close",
        ]
    )
    assert sorted(_found(weak, "proof.action-verbs")) == ["Also", "Did", "Did", "Successfully"]


def test_a_specific_objective_is_a_headline_and_a_generic_one_is_not() -> None:
    """An objective naming the field it wants ("a marketing internship", "a career in software development")
    says what the candidate does in six seconds; one asking for a position in an organisation does not."""
    for objective in (
        "Seeking a marketing internship with Acme Corp in Spring 2025 to apply my analytical skills.",
        "To begin a career in software development at a product company.",
    ):
        specific = _resume(["Cut the reporting cycle from 9 to 5 days"], headline=None, objective=objective)
        assert _found(specific, "target.headline") == [], objective
    generic = _resume(
        ["Cut the reporting cycle from 9 to 5 days"],
        headline=None,
        objective="To obtain a challenging position in a reputed organization where I can learn new skills.",
    )
    assert _found(generic, "target.headline") == ["Objective"]


def test_spoken_languages_traits_bracket_splits_and_spacing_do_not_count_as_unshown_skills() -> None:
    """Skills shown as "Cloud Formation" or "Flask" in the bullets are shown though listed "CloudFormation" and
    "Flask (Python"; "German (native)" and "Teamwork" are not looked for in bullets. Listed tools no bullet
    uses are still named."""
    bullets = [
        "Built 4 Cloud Formation stacks for the reporting service",
        "Wrote a Flask API serving 12 dashboards to 20 managers",
        "Cut query time by 40% by moving 30 reports to Snowflake",
    ]
    shown = "CloudFormation, Flask (Python, Snowflake, Docker, German (native), Spanish (fluent), Teamwork, Empathy"
    assert _found(_resume(bullets, skills=shown), "fit.skills-evidence") == []
    unshown = "Kubernetes, Terraform, Jenkins, Ansible, Go, Rust, Snowflake, Flask"
    found = _found(_resume(bullets, skills=unshown), "fit.skills-evidence")
    assert found == ["Kubernetes, Terraform, Jenkins, Ansible, Go, Rust"]


DUTIES = [
    "- Built the image search ranking model",
    "- Designed the training pipeline for product photos",
    "- Led the evaluation of the retrieval service",
]
CITED = [
    "- J. Avery, K. Lin. Fast retrieval for product search. In: Proceedings of the ACM SIGIR Conference, 2022.",
    "- J. Avery et al. Ranking with sparse labels. IEEE Transactions on Knowledge and Data Engineering, 2023.",
]


def _researcher(publications: list[str], bullets: list[str] = DUTIES) -> dict[str, Any]:
    """An industry researcher's resume (no academic headings) with duty bullets and a publications list."""
    lines = [
        "# Jordan Avery",
        "",
        "Machine Learning Engineer",
        "",
        "jordan.avery@gmail.com | (415) 201-3344 | San Francisco, CA",
        "",
        "## Experience",
        "",
        "### Machine Learning Engineer, Acme Corp | Jan 2021 – Present",
        "",
        *bullets,
        "",
        "## Publications",
        "",
        *publications,
        "",
        "## Education",
        "",
        "M.S. in Computer Science, University of Oregon, 2018 – 2020",
        "",
        "## Skills",
        "",
        "Python, PyTorch, SQL, Docker",
        "",
    ]
    entry: dict[str, Any] = Judge(Config()).judge_data("\n".join(lines).encode(), "resume.md").to_dict()
    assert entry["status"] == "checked", entry
    return entry


def test_a_skills_heading_with_nothing_read_under_it_is_not_said_to_name_no_skills() -> None:
    """A "Skills" heading whose list was read elsewhere (a column read apart) has no lines: fit.named-skills has
    nothing to judge there; a list of traits under it is still "no concrete skills"."""
    text = (
        "# Jordan Avery\n\nData Analyst\n\njordan.avery@gmail.com | (415) 201-3344\n\n## Skills\n\n## Experience\n\n"
        "### Data Analyst, Acme Corp | Jan 2021 – Present\n\n- Cut the reporting cycle from 9 to 5 days\n"
        "- Built 4 dashboards used by 20 managers\n\n## Education\n\nB.S. in Statistics, University of Oregon, 2020\n"
    )
    entry: dict[str, Any] = Judge(Config()).judge_data(text.encode(), "resume.md").to_dict()
    assert [s for s in entry["facts"]["sections"] if s["name"] == "skills"], entry["facts"]["sections"]
    assert _found(entry, "fit.named-skills") == []
    traits = _resume(["Cut the reporting cycle from 9 to 5 days"], skills="Teamwork, Communication, Hard working")
    assert len(_found(traits, "fit.named-skills")) == 1


def test_a_role_without_bullets_on_a_cv_with_papers_is_not_asked_for_bullets() -> None:
    """With a publication record the appointments are read as on an academic CV (a line each, the proof in the
    papers); the same role with no bullets and no papers is still "has no bullets"."""
    assert _found(_researcher(CITED, []), "proof.bullets-per-role") == []
    uncited = _researcher(["- Blog post on ranking for product search", "- Talk on image search at a meetup"], [])
    assert len(_found(uncited, "proof.bullets-per-role")) == 1


def test_a_cooks_trade_skills_are_concrete_skills() -> None:
    """Kitchen management, knife skills and menu planning are what a cook is hired for, named as concretely as
    a programmer's languages: fit.named-skills is satisfied by them and still fires on traits alone."""
    cook = _resume(
        ["Cut food waste by 18% across 3 kitchens"],
        headline="Sous Chef",
        skills="Kitchen Management, Knife Skills, Menu Planning, Leadership skills, Fast paced",
    )
    assert _found(cook, "fit.named-skills") == []
    traits = _resume(["Cut food waste by 18% across 3 kitchens"], headline="Sous Chef", skills="Leadership, Fast paced")
    assert len(_found(traits, "fit.named-skills")) == 1
