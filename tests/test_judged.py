"""resumecheck against a recruiter's hand judgement of the shared corpus (../shared/judged).

The floors are what the judgement issue reached on these files; they guard against falling back. The issue's
own targets (85% verdict agreement and 90% right error+warning findings on files never shared, at most 15% of
judged-false findings still firing) are measured on the unshared set by the people who hold it.
"""

from __future__ import annotations

import pytest

from judged_eval import JUDGED, measure


@pytest.fixture(scope="module")
def measures():  # type: ignore[no-untyped-def]
    if not (JUDGED / "verdicts.tsv").is_file():
        pytest.skip("../shared/judged is not present")
    result = measure()
    print(result.report())
    return result


def test_verdicts_agree_with_the_recruiter(measures) -> None:  # type: ignore[no-untyped-def]
    assert measures.total_agreement() >= 0.95
    assert all(agree / total >= 0.85 for agree, total in measures.agreement.values())


def test_error_and_warning_findings_are_right(measures) -> None:  # type: ignore[no-untyped-def]
    assert measures.right / (measures.right + measures.wrong) >= 0.95


def test_true_findings_keep_firing_and_false_ones_fewer(measures) -> None:  # type: ignore[no-untyped-def]
    fired_true, all_true = measures.true_firing
    fired_false, all_false = measures.false_firing
    assert fired_true / all_true >= 0.85
    assert fired_false / all_false <= 0.15  # was 45 of 45 before this work; the issue asks for 15%


def test_placeholders_and_typos_are_found(measures) -> None:  # type: ignore[no-untyped-def]
    assert measures.placeholders[0] == measures.placeholders[1]
    assert measures.typos[0] >= 9
    assert measures.spelling_false == 0


def test_the_other_misses_are_found(measures) -> None:  # type: ignore[no-untyped-def]
    found, listed = measures.misses
    assert found >= 24, measures.miss_misses  # stale date, third-person summary, credential, birth date, ...
