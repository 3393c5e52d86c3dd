"""clean.spelling and clean.spelling-variety on small written resumes, one class of slip or trap per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from resumecheck.config import Config
from resumecheck.judge import Judge
from resumecheck.spelling import distance, known, technology, variety

HEADER = (
    "# Jana Kowalczyk\n\njana.kowalczyk@example.org | +44 20 7946 0018\n\n"
    "## Experience\n\n**Engineer**, Acme Ltd, 2019 – 2023\n\n"
)


@pytest.fixture(scope="module")
def judge() -> Judge:
    return Judge(Config())


def spelled(judge: Judge, tmp_path: Path, markdown: str, rule: str = "clean.spelling") -> dict[str, str]:
    """Reported word -> the message, for a resume of this Markdown text."""
    path = tmp_path / "resume.md"
    path.write_text(markdown, encoding="utf-8")
    findings = judge.judge_path(path).findings
    return {str(f.match): f.message for f in findings if f.rule == rule}


def spelling(judge: Judge, tmp_path: Path, bullets: list[str], rule: str = "clean.spelling") -> dict[str, str]:
    """Reported word -> the message, for a resume of these bullets."""
    return spelled(judge, tmp_path, HEADER + "".join(f"- {b}\n" for b in bullets), rule)


def test_plain_slips_are_found_with_the_right_word(judge: Judge, tmp_path: Path) -> None:
    found = spelling(judge, tmp_path, [
        "Improved the recieving process for 40 stores",  # transposed
        "Ran safety trainning for 120 new starters",  # doubled
        "Cut managment overhead by 20% across three teams",  # dropped
        "Led an independant audit of 12 suppliers",  # wrong vowel
        "Hotest project of the year: a payments rewrite",  # capitalised at the line's start
    ])
    assert set(found) == {"recieving", "trainning", "managment", "independant", "Hotest"}
    for word, fix in (("recieving", "receiving"), ("trainning", "training"), ("managment", "management"),
                      ("independant", "independent"), ("Hotest", "hottest")):
        assert f'did you mean "{fix}"' in found[word]


def test_a_misspelled_product_gets_its_name(judge: Judge, tmp_path: Path) -> None:
    found = spelling(judge, tmp_path, [
        "Moved 30 services to Kubernates and Postgress in six months",
        "Ran Kubernetes, PostgreSQL and Terraform for 12 teams",
    ])
    assert set(found) == {"Kubernates", "Postgress"}
    assert 'did you mean "Kubernetes"' in found["Kubernates"]
    assert 'did you mean "Postgres"' in found["Postgress"] or 'did you mean "PostgreSQL"' in found["Postgress"]
    assert technology("kubernates") == "Kubernetes" and technology("kubernetes") == ""


def test_a_british_cv_is_not_misspelled(judge: Judge, tmp_path: Path) -> None:
    bullets = [
        "Organised the colour review for the programme and analysed its behaviour",
        "Optimised the centre's catalogue, travelled to 12 sites and modelled the results",
    ]
    assert spelling(judge, tmp_path, bullets) == {}
    assert spelling(judge, tmp_path, bullets, "clean.spelling-variety") == {}
    assert variety("colour") == "gb" and variety("color") == "us" and variety("colours") == "gb"


def test_american_beside_british_is_its_own_suggestion(judge: Judge, tmp_path: Path) -> None:
    bullets = [
        "Organised the colour review for the programme and analysed its behaviour",
        "Chose the color of the new brand with 40 customers",
    ]
    mixed = spelling(judge, tmp_path, bullets, "clean.spelling-variety")
    assert list(mixed) == ["color"] and "British" in mixed["color"]
    assert spelling(judge, tmp_path, bullets) == {}  # not a misspelling: both are English
    path = tmp_path / "resume.md"
    finding = next(f for f in judge.judge_path(path).findings if f.rule == "clean.spelling-variety")
    assert finding.level == "suggestion" and '"colour"' in (finding.suggestion or "")


def test_glyph_fragments_and_another_language_are_not_spelled(judge: Judge, tmp_path: Path) -> None:
    found = spelling(judge, tmp_path, [
        "Built an e ective pipeline with di erent stages for Arti cial intelligence teams",
        "Cours : Approches pédagogiques pour adultes autistes dans les écoles romandes",
        "Wrote the reserach plan for 3 grants",  # a real slip beside them is still found
    ])
    assert set(found) == {"reserach"}


def test_peoples_names_are_never_flagged(judge: Judge, tmp_path: Path) -> None:
    found = spelling(judge, tmp_path, [
        "Mentored by Tomeka Haddock and Gurrero Sallami in the data team",
        "Gurrero Sallami and I rebuilt the billing system for 3 countries",
        "Worked with Dr. Knierim on 4 papers",
    ])
    assert found == {}
    assert known("london") and not known("kowalczykk")


def test_edit_distance_counts_a_swap_as_one() -> None:
    assert distance("recieve", "receive") == 1 and distance("kubernates", "kubernetes") == 1
    assert distance("profiency", "proficiency") == 2


def test_title_case_words_are_spelled_but_names_in_titles_are_not(judge: Judge, tmp_path: Path) -> None:
    found = spelling(judge, tmp_path, [
        "Qualified Enterance Examination with rank 312 of 40,000",
        "Awarded the Certificate of Acheivement for 2021 sales",
        "Worked as Customer Service Asisstant at Zawati Optometrist for 2 years",
        "Intern at Volvo Eicher Commercial Vehicles for 6 months",  # a name between capitalised words
    ])
    assert set(found) == {"Enterance", "Acheivement", "Asisstant"}
    assert 'did you mean "entrance"' in found["Enterance"]


def test_months_long_words_and_glued_words_get_their_fix(judge: Judge, tmp_path: Path) -> None:
    found = spelling(judge, tmp_path, [
        "Joined the platform team in Octuber 2020 and shipped 4 releases",
        "Studied robotics and mecatronics for four years",  # a rare but real correction of a long word
        "Took an online course in linear algrbra(MIT) with 12 assignments",  # no space before the bracket
        "Profesional Resident for 6 months in a research institution",  # a Spanish word, an English slip
    ])
    assert set(found) == {"Octuber", "mecatronics", "algrbra", "Profesional"}
    assert 'did you mean "October"' in found["Octuber"] and '"mechatronics"' in found["mecatronics"]


def test_a_products_plural_or_singular_is_its_name() -> None:
    assert technology("cocoapod") == "" and technology("pygames") == ""
    assert technology("postgress") in ("Postgres", "PostgreSQL") and technology("crashylitics") == "Crashlytics"


def test_a_slip_beside_a_foreign_title_on_the_same_line_is_found(judge: Judge, tmp_path: Path) -> None:
    found = spelling(judge, tmp_path, [
        "Autisme au féminin (Autism in females). Talk for the autism awarness day for 200 teachers",
        "Participation scolaire des enfants et adolescents autistes (School participation of autistic children)",
        "Les femmes autistes: moins nombreuses? moins visibles? (Autistic women: fewer? less visible?)",
    ])
    assert set(found) == {"awarness"}
    assert 'did you mean "awareness"' in found["awarness"]


def test_a_sentence_in_the_contact_block_is_spelled_but_its_names_are_not(judge: Judge, tmp_path: Path) -> None:
    found = spelled(
        judge,
        tmp_path,
        "# Jana Kowalczyk\n\njana.kowalczyk@example.org | Gurrero Street 4, Wroclaw\n\n"
        "born on the 15th of Septmener 1981 in Bressanone, Italy\n\n"
        "responsability, human kidness and honesty guide me through my work\n\n"
        "## Experience\n\n**Engineer**, Acme Ltd, 2019 – 2023\n\n- Ran 12 audits for 4 clients\n",
    )
    assert set(found) == {"Septmener", "responsability", "kidness"}
    assert 'did you mean "September"' in found["Septmener"]


def test_a_place_misspelled_where_places_stand_gets_its_name(judge: Judge, tmp_path: Path) -> None:
    found = spelling(judge, tmp_path, [
        "Bachelor of Engineering in Computer Science, Shangehai, China, 2016 – 2020",
        "Intern at Tata Steel, Jamshedpur, Bhubneshwar, 2019",
        "Line cook at Lakeland College, Kirtland, OH, 2015 – 2017",  # a real town one letter from Kirkland
    ])
    assert set(found) == {"Shangehai", "Bhubneshwar"}
    assert 'did you mean "Shanghai"' in found["Shangehai"] and '"Bhubaneswar"' in found["Bhubneshwar"]


def test_a_dropped_last_letter_and_a_capitalised_slip_mid_sentence_are_found(judge: Judge, tmp_path: Path) -> None:
    found = spelling(judge, tmp_path, [
        "Got covered in 3 newsletters and tagged under Hotest Github Project in 2019",
        "Treasurer of De Goudse Waarden Gouda for 2 years",  # a firm's name of several words
        "Digital marketin",  # a last letter missing, with no rest of the word on the next line
    ])
    assert set(found) == {"Hotest", "marketin"}
    assert 'did you mean "hottest"' in found["Hotest"] and '"marketing"' in found["marketin"]


def test_every_slip_of_a_careless_resume_is_reported(judge: Judge, tmp_path: Path) -> None:
    slips = ["recieved", "managment", "trainning", "independant", "reserach", "comittee", "enviroment",
             "sucessful", "acheived", "begining", "seperate", "occured"]
    found = spelling(judge, tmp_path, [f"Wrote the {slip} report for 12 clients" for slip in slips])
    assert set(found) == set(slips)  # twelve slips: no cap of ten hides the last ones


def test_run_together_words_and_spaced_headings_are_spelled(judge: Judge, tmp_path: Path) -> None:
    found = spelled(
        judge,
        tmp_path,
        HEADER + "- Led 4 teams of upto 12 engineers and was responsiblefor the release plan\n"
        "- Built realtime dashboards and the signup flow for 3 products\n\n"  # the trade's own compounds
        "## W O R K E X P E R I E N E C E\n\n- Ran 12 audits\n\n"
        "## P E R S O N A L D E T A I L S\n\n- Driving licence\n",
    )
    assert set(found) == {"upto", "responsiblefor", "EXPERIENECE"}
    assert 'did you mean "up to"' in found["upto"] and '"EXPERIENCE"' in found["EXPERIENECE"]


def test_a_month_misspelled_in_a_date_is_found_but_short_forms_and_other_languages_are_not(
    judge: Judge, tmp_path: Path
) -> None:
    found = spelling(judge, tmp_path, [
        "Analyst, May 2021 - Juy 2024, ran 12 audits",  # a three-letter slip, just before a year
        "Research assistant, AprilL – JINE 2017, 3 papers",
        "Intern, Sept 2019 – Mar 2020, then Dec 2020 – Jul 2021",  # the months' own short forms
        "Praktikum, Juli 2018 – Oktober 2018, 4 Projekte",  # another language's months
        "Won the Hackathon Dev 2020 with 3 friends",  # a word before a year that stands in no date
    ])
    assert set(found) == {"Juy", "JINE"}
    assert 'did you mean "July"' in found["Juy"] and 'did you mean "June"' in found["JINE"]


def test_a_month_misspelled_in_a_birth_date_of_the_contact_block_is_found(judge: Judge, tmp_path: Path) -> None:
    found = spelled(
        judge,
        tmp_path,
        "# Jana Kowalczyk\n\njana.kowalczyk@example.org | Born Januay 10, 1998 | Gurrero Street 4, Wroclaw\n\n"
        "## Experience\n\n**Engineer**, Acme Ltd, 2019 – 2023\n\n- Ran 12 audits for 4 clients\n",
    )
    assert set(found) == {"Januay"} and 'did you mean "January"' in found["Januay"]


def test_a_long_capitalised_word_slipped_near_its_edge_is_found_but_names_are_not(
    judge: Judge, tmp_path: Path
) -> None:
    found = spelling(judge, tmp_path, [
        "Passionated engineer with 8 years in payments",  # a letter added at the end of a long word
        "Rsponsability • Critical thinking • Teamwork",  # the second letter dropped in a very long word
        "Worked for the Ministry of Commerse and Industries for 3 years",  # a wrong letter near the end
        "Visited the Institut Pasteur and Finlande in 2019",  # another language's form: a final 'e'
        "Summer Intership at Vodafone for 3 months",  # a letter dropped, not 'inter' + 'ship'
    ])
    assert set(found) == {"Passionated", "Rsponsability", "Commerse", "Intership"}
    assert '"passionate"' in found["Passionated"] and '"responsibility"' in found["Rsponsability"]
    assert '"commerce"' in found["Commerse"] and '"internship"' in found["Intership"]


def test_a_one_word_product_split_in_two_is_found_but_two_word_names_are_not(judge: Judge, tmp_path: Path) -> None:
    found = spelling(judge, tmp_path, [
        "Built 4 sites in HTML, CSS and Java Script with a My Sql back end",
        "Kept the code on git hub and the slides in Power Point for 3 clients",
        "Reported in Power BI and wrote it in VS Code, asking Stack Overflow",  # the makers' own two words
        "Wrote 2 games in C++ and Direct X 11, and ran direct X-ray imaging for 40 patients",  # a letter's own word
    ])
    assert set(found) == {"Java Script", "My Sql", "git hub", "Power Point", "Direct X"}
    assert '"JavaScript"' in found["Java Script"] and '"MySQL"' in found["My Sql"] and '"GitHub"' in found["git hub"]
    assert '"DirectX"' in found["Direct X"]


def test_a_slip_inside_a_long_capitalised_word_is_found_wherever_it_stands(judge: Judge, tmp_path: Path) -> None:
    found = spelling(judge, tmp_path, [
        "09/2009 - 08/2010 Volunary ecological year with 40 volunteers",  # after a date, not a sentence start
        "Pedagogy / Popularizaion; 12 public talks",  # after a slash
        "Cited by Baraffe, I., Tremblin, P. and Chabrier, G. in 2 papers",  # a surname one letter from a word
        "Built 3 services with ExpressJS and MomentJS",  # CamelCase products
        "Mentor: Cynthia Gilibert, Grenoble Alpes University",  # a surname beside a first name
    ])
    assert set(found) == {"Volunary", "Popularizaion"}
    assert 'did you mean "voluntary"' in found["Volunary"]
    assert 'did you mean "popularization"' in found["Popularizaion"]


def test_a_contact_block_line_of_common_words_is_spelled_but_names_are_not(judge: Judge, tmp_path: Path) -> None:
    found = spelled(
        judge,
        tmp_path,
        "# Jana Kowalczyk\n\nSenior Analyst, Institute of Integrative Biodversity Research\n\n"
        "Cambridgelaan 12, Utrecht | Nacionalities: Polish\n\n"  # a street's and a town's name beside it
        "jana.kowalczyk@example.org | +44 20 7946 0018\n\n"
        "## Experience\n\n**Engineer**, Acme Ltd, 2019 – 2023\n\n- Cut costs by 20% for 3 teams\n",
    )
    assert set(found) == {"Biodversity"}
    assert 'did you mean "biodiversity"' in found["Biodversity"]


def test_a_long_slip_glued_to_a_bar_or_a_dash_is_found(judge: Judge, tmp_path: Path) -> None:
    found = spelling(judge, tmp_path, [
        "Thesis on hand veins | GP, CAIRO UNIVERSTY| JUN-2018",
        "Bs.C in Department of Information Technoloy- 4th Year",
        "Wrote 3 tools in Python| Bash| Terraform- for 12 teams",  # glued, but spelled right
    ])
    assert set(found) == {"UNIVERSTY", "Technoloy"}
    assert 'did you mean "UNIVERSITY"' in found["UNIVERSTY"]
    assert 'did you mean "technology"' in found["Technoloy"]


def test_an_employer_named_in_a_web_address_or_mid_sentence_is_a_name(judge: Judge, tmp_path: Path) -> None:
    found = spelling(judge, tmp_path, [
        "Built the z-wave plugs of brightup GmbH (www.brightup.de) in Java",
        "Trained in secure design by embarc (https://www.embarc.de/training) in 2018",
        "Deliveroo (2023 - 2024): ran the AWS platform",
        "Worked as a Staff Engineer in Deliveroo's platform team and cut managment overhead",
    ])
    assert set(found) == {"managment"}


def test_developer_short_forms_and_indian_english_words_are_words(judge: Judge, tmp_path: Path) -> None:
    found = spelling(judge, tmp_path, [
        "Set up conda envs and renv lockfiles for 12 projects",
        "Surveyed 50 farmers in five taluks and 30 kirana stores",
        "Cut managment overhead by 20%",
    ])
    assert set(found) == {"managment"}


def test_a_number_with_the_wrong_ordinal_ending_is_found_but_right_ones_are_not(judge: Judge, tmp_path: Path) -> None:
    found = spelling(judge, tmp_path, [
        "Class representative in my 3nd-year and top of the 4rd sem",  # the endings of "2nd" and "3rd" swapped
        "Gold medal at the 21th national olympiad, 2ST place in 2019",  # 21 is "21st"; capitals keep their case ("2ND")
        "Office on the 3th floor; ranked 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 22nd, 101st and 111th",
        "Worked on the A3rd board and build v1.2nd of the app",  # pieces of longer tokens, not ordinals
    ])
    assert set(found) == {"3nd", "4rd", "21th", "2ST", "3th"}
    for written, fix in (("3nd", "3rd"), ("4rd", "4th"), ("21th", "21st"), ("2ST", "2ND"), ("3th", "3rd")):
        assert f'did you mean "{fix}"' in found[written]


def test_a_wrong_ordinal_in_a_birth_date_of_the_contact_block_is_found(judge: Judge, tmp_path: Path) -> None:
    found = spelled(
        judge,
        tmp_path,
        "# Jana Kowalczyk\n\nDate of birth: 1th June 2004 | +44 20 7946 0018\n\n"
        "## Experience\n\n**Engineer**, Acme Ltd, 2019 – 2023\n\n- Ran the 2nd line support desk\n",
    )
    assert set(found) == {"1th"} and 'did you mean "1st"' in found["1th"]


def test_event_acronyms_place_names_wrapped_products_and_dotless_products_are_not_flagged(
    judge: Judge, tmp_path: Path
) -> None:
    found = spelling(judge, tmp_path, [
        "Paper at the 2nd International Conference on Engineering: INCOM 2024, Springer",  # capitals before a year
        "Algorithm engineer – Petach Tikva, Israel, 2016",  # a word of a place's name beside the place's other word
        "Built AWS infrastructure in Golang and Ter-",
        "raform, with a compute platform in Kubernetes",  # a product's name broken at the wrap
        "Services in Java, Vertx and Nodejs for 3 teams",  # 'Vert.x' and 'Node.js' without their dots
        "Wrote the INCOME report and a Managment plan",  # capitals with no year after them are still spelled
    ])
    assert set(found) == {"Managment"}


def test_an_employer_named_in_one_word_is_its_brand_but_a_slip_in_a_longer_name_or_a_sentence_is_not(
    judge: Judge, tmp_path: Path
) -> None:
    found = spelled(
        judge,
        tmp_path,
        "# Jana Kowalczyk\n\njana.kowalczyk@example.org | +44 20 7946 0018\n\n## Experience\n\n"
        "### Junior Engineer, Forcast | Jan 2021 – Dec 2023\n\n- Built the billing service used by 40 stores\n\n"
        "### Analyst, Wayfare Enginnering | Jan 2019 – Dec 2020\n\n- Wrote the forcast model for 12 regions\n",
    )
    assert "Forcast" not in found  # a one-word employer is a brand coined off a word ('Lyft')
    assert "Enginnering" in found and "forcast" in found  # a word of a longer name, and the word in a sentence


def test_a_slip_in_a_common_word_is_found_inside_a_schools_name_and_at_the_words_edge(
    judge: Judge, tmp_path: Path
) -> None:
    found = spelling(judge, tmp_path, [
        "Graduated from the Indian Instiitute of Technology Delhi in 2019",  # a letter doubled inside a name
        "Studied at Mumbai Univeristy for 4 years",  # two letters swapped, beside a place
        "Creaetd a tutoring scheme for 40 pupils",  # swapped at the word's end
        "Reported to Lisa Chamebrs, head of sales, for 2 years",  # a person's name: left alone
        "Mentored by Kevin Maritn for 3 years",  # a short surname one swap from a word: left alone
        "Joined ZENTRA TECHNOLGOY as its 3rd engineer",  # in capitals, the organisation word of a name
        "Reported to LISA CHAMEBRS for 2 years",  # a person's name in capitals: left alone
    ])
    assert set(found) == {"Instiitute", "Univeristy", "Creaetd", "TECHNOLGOY"}
    assert '"institute"' in found["Instiitute"] and '"university"' in found["Univeristy"]
    assert '"created"' in found["Creaetd"]
