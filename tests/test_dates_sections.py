"""Date ranges and section headings in the forms real resumes use."""

from __future__ import annotations

import pytest

from resumecheck.facts.dates import find_dates
from resumecheck.facts.sections import canonical_section


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan 2019 – Present", ("2019-01", "present")),
        ("2017-2019", ("2017", "2019")),
        ("03/2020 - 06/2021", ("2020-03", "2021-06")),
        ("Jun '18 – Sep '20", ("2018-06", "2020-09")),
        ("September 2015 to May 2017", ("2015-09", "2017-05")),
        ("Sep. 2023 ­ Mar. 2024".replace("\u00ad", "-"), ("2023-09", "2024-03")),
        ("Oct. 2021 – Current", ("2021-10", "present")),
        ("2013-12 – 2014-12", ("2013-12", "2014-12")),
        ("2005 - Present (10 years 2 months)", ("2005", "present")),
        ("Summer 2012 and 2013", ("2012", "2013")),
        ("2015 年 3 月 – 2015 年 5 月", ("2015-03", "2015-05")),
        ("Software Engineer, Acme, Boston, USA, June 2018 - Present", ("2018-06", "present")),
        ("since March 2020", ("2020-03", "present")),
        ("May-August 2014", ("2014-05", "2014-08")),
        ("From:- July-2015 to Present", ("2015-07", "present")),  # month and year joined by a hyphen
        ("Dec-2014 to June-2015", ("2014-12", "2015-06")),
        ("From:-May-2014 to Nov-2014", ("2014-05", "2014-11")),  # ":-" then the date, no space
        ("Period:-2016-2018", ("2016", "2018")),
        ("2023.24 Post-Doctoral researcher", ("2023", "2024")),
        ("2018-22 PREDEMAUT", ("2018", "2022")),
        ("University of Pittsburgh 2019-", ("2019", "present")),
        ("Since Nov’13: Apps Private Limited", ("2013-11", "present")),
        ("Jan’10 – Sep’10: Infosystems", ("2010-01", "2010-09")),
        ("2019 till date", ("2019", "present")),
        ("20 24- Post-Doctoral Researcher", None),
    ],
)
def test_date_ranges(text: str, expected: tuple[str, str] | None) -> None:
    ranges = [(d.start, d.end) for d in find_dates(text) if d.is_range]
    assert (ranges[0] if ranges else None) == expected


def test_single_dates_and_non_dates() -> None:
    assert [(d.start, d.end) for d in find_dates("Expected June 2023")] == [("2023-06", None)]
    assert find_dates("Grew revenue by 35% across 120 stores") == []
    assert find_dates("Call (415) 555-0134") == []


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Work History", "experience"), ("Professional Experience", "experience"), ("EXPERIENCE", "experience"),
        ("WorkExperience", "experience"), ("Technical Skills", "skills"), ("Skills & Expertise", "skills"),
        ("EDUCATION", "education"), ("Education & Training", "education"), ("Honors & Awards", "awards"),
        ("Licenses & Certifications", "certifications"), ("Volunteer Experience", "volunteer"),
        ("Research Interests", "interests"), ("Extracurricular Activities", "activities"),
        ("Relevant Coursework", "coursework"), ("Career Objective", "objective"), ("About me", "summary"),
        ("Leadership", "leadership"), ("Publications", "publications"), ("Languages", "languages"),
        ("References", "references"), ("Personal Projects", "projects"), ("Contact", "other"),
        ("  Experience:", "experience"), ("\u2022 Skills", "skills"), ("int erests", "interests"),
        ("E M P L O Y M E N T D E T A I L S", "experience"), ("A C A D E M I C D E T A I L S", "education"),
        ("HONORS/AWARDS", "awards"), ("Fellowships and Awards", "awards"), ("ON CAMPUS INVOLVEMENT", "activities"),
        ("Professional Service", "activities"), ("Core Skills :", "skills"), ("Certifications & Awards", "awards"),
        ("Grants, Scholarships and Awards", "awards"), ("COMPETITIVE GRANT WRITING AND RESEARCH FUNDING HISTORY", "awards"),
        ("Online Profiles", "other"), ("Academic Positions", "experience"),
    ],
)
def test_headings_map_to_canonical_sections(heading: str, name: str) -> None:
    assert canonical_section(heading) == name


@pytest.mark.parametrize("text", ["Led a team of five engineers", "Python", "Acme Corporation", "Jane Doe"])
def test_ordinary_lines_are_not_headings(text: str) -> None:
    assert canonical_section(text) is None


def test_spelling_uses_the_packaged_word_lists_when_installed() -> None:
    import os

    from resumecheck.spelling import dictionaries, known, verdict

    if not dictionaries():
        if os.environ.get("CI"):
            pytest.fail("CI installs wamerican and wbritish, but no word list was found")
        pytest.skip("the wamerican and wbritish word lists are not installed")
    for typo in ("managable", "dependancy", "writter", "occured", "independant"):
        assert not known(typo), typo
    assert verdict("dependancy") == ("dependency", False)  # listed in the frequency list, still a typo
    for word in ("fibre", "organise", "colour", "theatre", "manageable", "reorganised", "onboarding", "grantee",
                 "frameworks"):
        assert known(word), word
