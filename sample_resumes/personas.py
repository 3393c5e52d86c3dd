"""The people in the generated sample resumes: one source of truth for the files and the tests."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Role:
    title: str
    organization: str
    location: str
    dates: str  # as printed
    start: str  # as resumecheck should normalise it
    end: str
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class Persona:
    name: str
    headline: str
    email: str
    phone: str
    location: str
    links: tuple[str, ...]
    summary: str
    roles: tuple[Role, ...]
    education: tuple[tuple[str, str, str], ...]  # degree, school, dates
    skills: tuple[str, ...]
    certifications: tuple[str, ...] = ()
    extra_sections: dict[str, tuple[str, ...]] = field(default_factory=dict)


PRIYA = Persona(
    name="Priya Raman",
    headline="Senior Data Engineer",
    email="priya.raman@gmail.com",
    phone="(415) 201-0134",
    location="Oakland, CA",
    links=("linkedin.com/in/priyaraman", "github.com/priyaraman"),
    summary=(
        "Senior data engineer with eight years of experience building reliable batch and streaming pipelines "
        "on AWS and GCP. Known for cutting data latency and cloud costs while mentoring engineers."
    ),
    roles=(
        Role("Senior Data Engineer", "Brightline Analytics", "San Francisco, CA", "Mar 2021 – Present", "2021-03", "present", (
            "Led migration of 40 nightly batch jobs to Apache Kafka streams, cutting report latency from 6 hours to 5 minutes",
            "Reduced warehouse spend by 32% ($410K a year) by partitioning Snowflake tables and retiring unused models",
            "Mentored 4 junior engineers through code reviews and pairing; two earned promotions within a year",
            "Designed a dbt data quality framework with 250 automated checks that caught 95% of schema breaks",
            "Provisioned GCP and AWS infrastructure with Terraform for 12 analytics teams",
        )),
        Role("Data Engineer", "Northwind Health", "Oakland, CA", "Jun 2018 – Feb 2021", "2018-06", "2021-02", (
            "Built Apache Airflow pipelines on AWS that ingest 2 TB of claims data a day from 14 hospital systems",
            "Cut pipeline failures by 70% by adding retries, idempotent loads and on-call runbooks",
            "Delivered a patient-outcomes dashboard used by 120 clinicians to track readmission rates",
        )),
        Role("Software Engineer", "Cobalt Retail", "San Jose, CA", "Jul 2016 – May 2018", "2016-07", "2018-05", (
            "Developed Python services in Docker that processed 3 million orders a month with 99.95% uptime",
            "Automated nightly inventory reconciliation in SQL, saving the finance team 15 hours a week",
        )),
    ),
    education=(("B.S. in Computer Science", "University of California, Davis", "2012 – 2016"),),
    skills=("Python", "SQL", "Apache Kafka", "Apache Airflow", "Snowflake", "AWS", "GCP", "Terraform", "dbt", "Docker"),
    certifications=("AWS Certified Data Engineer – Associate",),
)

MARCUS = Persona(
    name="Marcus Chen",
    headline="Product Designer",
    email="marcus.chen@gmail.com",
    phone="+1 206 201 0187",
    location="Seattle, WA",
    links=("marcuschen.design",),
    summary="Product designer who turns research into shipped interfaces for fintech and health apps.",
    roles=(
        Role("Senior Product Designer", "Ledgerly", "Seattle, WA", "January 2020 – Present", "2020-01", "present", (
            "Redesigned onboarding flow and raised activation by 18% across 2 million users",
            "Built a design system of 120 components adopted by 6 product teams",
            "Ran 40 usability sessions that shaped the mobile budgeting roadmap",
        )),
        Role("Product Designer", "CareBridge", "Portland, OR", "August 2016 – December 2019", "2016-08", "2019-12", (
            "Designed the telehealth visit screen used in 300,000 appointments a year",
            "Cut support tickets about billing by 25% with a clearer statement layout",
        )),
    ),
    education=(("BFA in Interaction Design", "California College of the Arts", "2012 – 2016"),),
    skills=("Figma", "Prototyping", "User Research", "Design Systems", "Accessibility", "HTML", "CSS"),
)

ELENA = Persona(
    name="Elena Novak",
    headline="Registered Nurse, Intensive Care",
    email="elena.novak@gmail.com",
    phone="312-201-0199",
    location="Chicago, IL",
    links=(),
    summary="ICU registered nurse with seven years of critical care experience in Level I trauma centres.",
    roles=(
        Role("Registered Nurse, ICU", "Lakeshore Medical Center", "Chicago, IL", "04/2019 - Present", "2019-04", "present", (
            "Care for 2 to 3 critically ill patients per shift in a 32-bed surgical ICU",
            "Precepted 9 new graduate nurses through a 12-week orientation programme",
            "Reduced central line infections on the unit by 40% as chair of the CLABSI committee",
        )),
        Role("Registered Nurse, Step-Down Unit", "Mercy Hospital", "Chicago, IL", "06/2016 - 03/2019", "2016-06", "2019-03", (
            "Managed telemetry monitoring for 5 patients per shift on a 28-bed cardiac step-down unit",
            "Trained 30 colleagues on the new electronic medication administration record",
        )),
        Role("Patient Care Technician", "Mercy Hospital", "Chicago, IL", "09/2014 - 05/2016", "2014-09", "2016-05", (
            "Supported nurses with vital signs, phlebotomy and mobility for 12 patients per shift",
        )),
    ),
    education=(("Bachelor of Science in Nursing", "Loyola University Chicago", "2012 – 2016"),),
    skills=("Critical care", "Ventilator management", "Phlebotomy", "Epic EHR", "ACLS", "BLS", "Patient education"),
    certifications=("CCRN – Critical Care Registered Nurse", "ACLS Provider"),
)

DANIEL = Persona(
    name="Daniel Okafor",
    headline="Enterprise Account Executive",
    email="daniel.okafor@gmail.com",
    phone="(646) 201-0142",
    location="New York, NY",
    links=("linkedin.com/in/danielokafor",),
    summary="Enterprise account executive who closes complex SaaS deals and grows territories.",
    roles=(
        Role("Enterprise Account Executive", "Stackwise", "New York, NY", "Sep 2020 – Present", "2020-09", "present", (
            "Closed $4.2M in new annual recurring revenue in 2023, 131% of quota",
            "Won 11 Fortune 500 accounts by running multi-threaded evaluations with security and finance teams",
            "Built a partner referral motion that sourced 22% of the team pipeline",
        )),
        Role("Account Executive", "Papertrail Software", "Boston, MA", "Jan 2017 – Aug 2020", "2017-01", "2020-08", (
            "Exceeded quota for 12 consecutive quarters selling to mid-market finance teams",
            "Shortened the average sales cycle from 94 to 61 days with a paid pilot offer",
        )),
    ),
    education=(("B.A. in Economics", "Boston University", "2012 – 2016"),),
    skills=("Salesforce", "MEDDICC", "Negotiation", "Forecasting", "Outreach", "Gong"),
)

SAM = Persona(
    name="Sam Rivera",
    headline="Operations Manager",
    email="sam.rivera@gmail.com",
    phone="(512) 201-0176",
    location="Austin, TX",
    links=("linkedin.com/in/samrivera",),
    summary="Operations manager who runs warehouses that ship on time and under budget.",
    roles=(
        Role("Operations Manager", "Lone Star Logistics", "Austin, TX", "2019 – Present", "2019", "present", (
            "Run a 180,000 sq ft distribution centre with 85 staff across 3 shifts",
            "Raised on-time shipments from 91% to 99.2% by redesigning pick paths and slotting",
            "Cut overtime costs by $260K a year with demand-based shift planning",
        )),
        Role("Shift Supervisor", "Hill Country Foods", "San Marcos, TX", "2015 – 2019", "2015", "2019", (
            "Supervised 25 associates on the night shift of a cold-chain warehouse",
            "Reduced inventory shrink by 35% with cycle counts and a new receiving checklist",
        )),
    ),
    education=(("B.B.A. in Supply Chain Management", "Texas State University", "2011 – 2015"),),
    skills=("Lean", "Six Sigma", "WMS", "Forecasting", "OSHA compliance", "Excel"),
)

AIKO = Persona(
    name="Aiko Tanaka",
    headline="Senior Accountant",
    email="aiko.tanaka@gmail.com",
    phone="(213) 201-0165",
    location="Los Angeles, CA",
    links=("https://linkedin.com/in/aikotanaka",),
    summary="CPA with six years in public accounting and corporate close, focused on clean audits.",
    roles=(
        Role("Senior Accountant", "Pacific Freight Co.", "Los Angeles, CA", "2020-02 – Present", "2020-02", "present", (
            "Shortened the monthly close from 10 to 6 business days by automating 14 reconciliations",
            "Led the first SOX 404 readiness review, closing 23 control gaps before the audit",
        )),
        Role("Audit Associate", "Moss & Reyes LLP", "Los Angeles, CA", "2017-09 – 2020-01", "2017-09", "2020-01", (
            "Audited 12 clients in logistics and retail with revenues up to $800M",
            "Trained 6 new associates on sampling and workpaper standards",
        )),
    ),
    education=(("B.S. in Accounting", "University of Southern California", "2013 – 2017"),),
    skills=("GAAP", "SOX", "NetSuite", "Excel", "Account reconciliation", "Financial reporting"),
    certifications=("Certified Public Accountant (CPA), California",),
)

SOFIA = Persona(
    name="Sofia Reyes",
    headline="Marketing Specialist",
    email="sofia.reyes@gmail.com",
    phone="(305) 201-0190",
    location="Miami, FL",
    links=("linkedin.com/in/sofiareyes",),
    summary="Results-driven team player and detail-oriented marketing specialist with a passion for brands.",
    roles=(
        Role("Marketing Specialist", "Coral Bay Resorts", "Miami, FL", "March 2021 – Present", "2021-03", "present", (
            "Responsible for social media accounts",
            "Helped with the email newsletter",
            "Worked on the website redesign with the agency",
        )),
        Role("Marketing Assistant", "Sunshine Realty", "Fort Lauderdale, FL", "June 2018 – February 2021", "2018-06", "2021-02", (
            "Duties included creating flyers for open houses",
            "Assisted with events and trade shows",
        )),
    ),
    education=(("B.A. in Communications", "Florida International University", "2014 – 2018"),),
    skills=("Canva", "Hootsuite", "Mailchimp", "WordPress", "Adobe Photoshop", "Google Analytics"),
)

# One person's resume in two rounds with a coach: the first draft lists duties; the revision states results with
# numbers and strong verbs, and brings one new typo ("managment") for the diff to catch.
DANA_BEFORE = Persona(
    name="Dana Whitfield",
    headline="Customer Success Manager",
    email="dana.whitfield@gmail.com",
    phone="(617) 201-0148",
    location="Boston, MA",
    links=("linkedin.com/in/danawhitfield",),
    summary=(
        "Customer success manager with seven years in B2B software, keeping mid-market accounts renewing and "
        "growing through onboarding, training and quarterly business reviews."
    ),
    roles=(
        Role("Customer Success Manager", "Harborview Software", "Boston, MA", "Apr 2021 – Present", "2021-04", "present", (
            "Responsible for a portfolio of mid-market accounts",
            "Helped with onboarding of new customers",
            "Worked on quarterly business reviews with account executives",
            "Duties included handling escalations from support",
        )),
        Role("Account Manager", "Beacon Payroll", "Cambridge, MA", "Jun 2017 – Mar 2021", "2017-06", "2021-03", (
            "Assisted with renewals for small business clients",
            "Was in charge of training sessions for new users",
            "Managed customer emails and calls",
        )),
    ),
    education=(("B.A. in Economics", "University of Massachusetts Amherst", "2013 – 2017"),),
    skills=("Salesforce", "Gainsight", "Zendesk", "SQL", "Account planning", "Customer onboarding"),
)

DANA_AFTER = replace(
    DANA_BEFORE,
    roles=(
        Role("Customer Success Manager", "Harborview Software", "Boston, MA", "Apr 2021 – Present", "2021-04", "present", (
            "Grew net revenue retention on a $4.2M book of 38 mid-market accounts from 96% to 112% in two years",
            "Cut onboarding time for new customers from 60 to 25 days with a Gainsight playbook",
            "Ran 120 quarterly business reviews with account executives, sourcing $650K in expansion deals",
            "Resolved 95% of support escalations within 48 hours by building a Zendesk triage managment process",
        )),
        Role("Account Manager", "Beacon Payroll", "Cambridge, MA", "Jun 2017 – Mar 2021", "2017-06", "2021-03", (
            "Renewed 92% of 300 small business clients a year, up from 84%, by calling every account 90 days out",
            "Trained 450 new users in live Salesforce sessions rated 4.8 of 5",
            "Answered 60 customer emails and calls a day while keeping satisfaction above 95%",
        )),
    ),
)
