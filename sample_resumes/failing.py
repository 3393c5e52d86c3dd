"""Samples built to fail one question each, so every rule has a resume that shows it."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

TARGET_FAIL = """RESUME

Last updated: March 2024

# Jordan Blake

## Objective

Seeking a challenging position where I can utilize my skills and grow professionally.

## Experience

### Marketing Assistant, Brightway Media | Jun 2016 – May 2019

- Grew newsletter subscribers from 2,000 to 9,500 in two years
- Wrote 120 blog posts that drew 400,000 visits

### Marketing Coordinator, Harbor Foods | Jun 2019 – Present

- Cut campaign launch time by 30% with a shared content calendar
- Managed a $250K paid social budget across 4 channels

## Skills

Content marketing, Google Analytics, HubSpot, Copywriting, Paid social

## Summary

Marketing coordinator with eight years of experience in content, social media and email marketing for consumer
brands, who enjoys working with creative teams on campaigns, newsletters, blog posts and events, and who is always
eager to learn new tools and channels, to collaborate with sales, product and design colleagues, and to bring
energy, curiosity and a love of storytelling to every project and every team. Jordan lives in Boston and
volunteers at a food bank.

Contact: jordan.blake@gmail.com · (617) 201-0110
"""

PROOF_FAIL = """# Casey Nguyen

Customer Success Manager

casey.nguyen@gmail.com | (303) 201-0148 | Denver, CO

## Summary

Results-driven team player and detail-oriented customer success manager.

## Experience

### Customer Success Manager, Peakline Software | Feb 2022 – Present

- Responsible for onboarding new customers
- Managed renewals for the mid-market segment
- Managed escalations with the support team
- Managed quarterly business reviews
- Managed the customer advisory board
- Helped with the launch of the customer portal
- Worked on the health score model
- Weekly reports were prepared for the leadership team
- Duties included training new hires
- Tasked with improving the help center

### Account Coordinator, Summit Office Supply | Jan 2018 – Jan 2022

- Coordinates orders for key accounts
- Handles customer questions by phone and email
- Prepares invoices and credit notes

### Sales Intern, Summit Office Supply | Jun 2017 – Dec 2017

## Education

B.A. in Communication, University of Colorado Boulder, 2013 – 2017

## Skills

Salesforce, Gainsight, Zendesk, Customer onboarding, Renewals
"""

JUNIOR_FIT = """# Noah Kim

Data Engineer

noah.kim@gmail.com | (206) 201-0177 | Seattle, WA

## Summary

Data engineer with two years of experience building Python and SQL pipelines on AWS.

## Experience

### Data Engineer, Cascade Analytics | Jul 2024 – Present

- Built 15 Apache Airflow pipelines in Python and SQL that load 40 GB a day into Snowflake
- Cut warehouse costs by 18% by tuning dbt models and clustering keys
- Automated AWS infrastructure for 3 teams with Terraform

### Data Analyst Intern, Rainier Bank | Jun 2023 – Jun 2024

- Wrote 25 SQL reports that replaced manual spreadsheets for the risk team
- Streamed 2 million card events a day through Apache Kafka into a fraud dashboard

## Education

Associate of Science in Information Technology, Bellevue College, 2021 – 2023

## Skills

Python, SQL, Apache Airflow, Apache Kafka, AWS, Terraform, dbt, Snowflake
"""

CLEAN_FAIL = """# Quinn Harper

UX Researcher

quinn.harper@example | 000-000-0000 | Portfolio: http//quinnharper.dev

Date of birth: 2 April 1990

## Summary

I am a UX researcher who turns costumer service interviews into product decisions.

## Experience

### Visiting Researcher, Nordic Design Lab | Sep 2030 – Dec 2030

- Will run 12 studies on accessible booking flows

### Senior UX Researcher, Lumen Health | Mar 2021 – Present

- Ran 60 interviews that reshaped the the patient intake flow.
- Cut task time in the booking flow by 35% after 8 usability studies
- Built a research repository used by 4 product teams.
- Ran 60 interviews that reshaped the the patient intake flow.

### UX Researcher, Fieldnote Labs | Jan 2016 – Dec 2017

- Led managment of the research panel of 1,200 participants
- Designed 15 color-coded surveys on travel behavior that reached 20,000 users and analysed the answers
- Built a integration between the panel tool and Your Location records
- Moved the panel's survey scripts from Javascript to Python , cutting setup time by 50%

### Research Assistant, State University | 2019 – 2015

- Coded 300 hours of classroom video for a 3-year study

## Education

M.S. in Human Factors, State University, 2013 – 2015

## Skills

User interviews, Usability testing, Survey design, Figma, Dovetail

## Certifications

- Certified Usability Analyst (CUA); Certified Public Auditor (CPA)

## References

Dr. Lena Ortiz, Lumen Health — (617) 201-0187, lena.ortiz@lumenhealth.org

References available upon request
"""


def write_markdown(text: str, path: Path) -> None:
    """Write one of the Markdown samples."""
    path.write_text(text, encoding="utf-8")


def fit_fail_pdf(path: Path) -> None:
    """A skills section of soft traits only, and job keywords hidden in white text at the foot of the page."""
    page = canvas.Canvas(str(path), pagesize=LETTER, invariant=1)
    lines = [
        ("Helvetica-Bold", 22, "Taylor Brooks"), ("Helvetica", 12, "Project Manager"),
        ("Helvetica", 10, "taylor.brooks@gmail.com | (404) 201-0121 | Atlanta, GA"), ("Helvetica", 10, ""),
        ("Helvetica-Bold", 12, "SUMMARY"), ("Helvetica", 10, "Project manager who delivers construction projects on time and on budget."),
        ("Helvetica", 10, ""), ("Helvetica-Bold", 12, "EXPERIENCE"),
        ("Helvetica-Bold", 10.5, "Project Manager, Crane & Co. Builders    Apr 2019 – Present"),
        ("Helvetica", 10, "•  Delivered 14 commercial projects worth $85M, all within 3% of budget"),
        ("Helvetica", 10, "•  Cut change-order costs by 22% with weekly design reviews"),
        ("Helvetica", 10, "•  Led site teams of up to 40 trades across 3 concurrent projects"),
        ("Helvetica-Bold", 10.5, "Assistant Project Manager, Peach State Construction    Jun 2015 – Mar 2019"),
        ("Helvetica", 10, "•  Managed submittals and RFIs for 6 school renovation projects"),
        ("Helvetica", 10, "•  Reduced punch-list close-out time from 60 to 25 days"),
        ("Helvetica", 10, ""), ("Helvetica-Bold", 12, "EDUCATION"),
        ("Helvetica", 10, "B.S. in Construction Management, Georgia Tech, 2011 – 2015"),
        ("Helvetica", 10, ""), ("Helvetica-Bold", 12, "SKILLS"),
        ("Helvetica", 10, "Hard-working, Team player, Good communicator, Attention to detail"),
    ]
    y = 740.0
    for font, size, text in lines:
        page.setFont(font, size)
        page.drawString(54, y, text)
        y -= size + 6
    page.setFillColorRGB(1, 1, 1)  # the trick: keywords a person cannot see but an ATS reads
    page.setFont("Helvetica", 9)
    page.drawString(54, 80, "PMP Agile Scrum Jira Procore Primavera P6 stakeholder management risk management budgeting")
    page.drawString(54, 68, "PMP Agile Scrum Jira Procore Primavera P6 stakeholder management risk management budgeting")
    page.showPage()
    page.save()


def skim_fail_pdf(path: Path) -> None:
    """Three pages of 8 pt text in four font families, a creative education heading, a dense paragraph,
    mixed date styles, skill bars, and words run together as some PDF generators place them."""
    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    page = canvas.Canvas(str(path), pagesize=LETTER, invariant=1)
    state = {"y": 740.0}

    def line(font: str, size: float, text: str, x: float = 54) -> None:
        for part in simpleSplit(text, font, size, 500):
            if state["y"] < 60:
                page.showPage()
                state["y"] = 740.0
            page.setFont(font, size)
            page.drawString(x, state["y"], part)
            state["y"] -= size + 3

    line("Helvetica-Bold", 20, "Riley Park")
    line("Times-Roman", 11, "Operations Analyst")
    line("Courier", 8, "riley.park@gmail.com | (702) 201-0133 | Las Vegas, NV")
    state["y"] -= 8
    line("Helvetica-Bold", 11, "EXPERIENCE")
    paragraph = ("Responsible for a wide range of operations analysis work across the business including reporting, "
                 "forecasting, vendor management, process documentation, stakeholder communication, budget tracking, "
                 "inventory reconciliation and ad hoc analysis for leadership, working closely with finance, "
                 "procurement, logistics and customer service teams to keep the business running smoothly every day.")
    roles = [("Operations Analyst, Desert Logistics", "Jan 2021 – Present"), ("Junior Analyst, Silver State Retail", "03/2018 - 12/2020"),
             ("Operations Intern, Canyon Foods", "2017")]
    for title, dates in roles:
        line("Helvetica-Bold", 9, f"{title}    {dates}")
        for _ in range(3):
            line("Vera", 8, paragraph)
        line("Times-Roman", 8, "• Streamlinedthevendoronboardingprocess and coordinatedwithprocurementstakeholders to "
                               "documenttheendtoendworkflow for the whole team")
        line("Times-Roman", 8, "• Prepared weekly, monthly and quarterly reports on inventory, shipping, staffing, vendor "
                               "performance, customer complaints, returns, carrier delays and cost trends for the "
                               "leadership team, the regional managers, the audit committee and the board")
    state["y"] -= 8
    line("Helvetica-Bold", 11, "WHERE I STUDIED")
    line("Vera", 8, "B.S. in Business Analytics, University of Nevada, Las Vegas, 2013 – 2017")
    line("Helvetica-Bold", 11, "SKILLS")
    for index, skill in enumerate(("Excel", "SQL", "Tableau", "Forecasting")):
        line("Vera", 8, skill)
        page.setFillColorRGB(0.2, 0.4, 0.7)
        page.rect(160, state["y"] + 3, 20 * (5 - index), 6, fill=1, stroke=0)
        page.setFillColorRGB(0, 0, 0)
    for _ in range(20):
        line("Vera", 8, paragraph)
    page.showPage()
    page.save()
