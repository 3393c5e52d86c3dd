"""Words that make a phrase a job title: shared by the heading and the position readers."""

from __future__ import annotations

import re

TITLE_WORDS = re.compile(
    r"\b(engineer|developer|manager|director|intern|analyst|accountant|ceo|cto|cfo|coo|president|founder|co-founder|"
    r"lead|architect|consultant|assistant|associate|researcher|scientist|specialist|officer|designer|administrator|"
    r"coordinator|head|member|fellow|teacher|instructor|professor|lecturer|nurse|technician|representative|"
    r"contributor|writer|editor|owner|partner|executive|supervisor|advisor|volunteer|trainee|apprentice|clerk|"
    r"agent|programmer|sre|devops|principal|staff|senior|junior|vp|chief|leader|tutor|cashier|driver|freelancer|"
    r"postdoc|post-doctoral|chair|captain|mentor|ambassador|receptionist|bookkeeper|auditor|planner|buyer|"
    r"strategist|therapist|pharmacist|physician|paralegal|attorney|counsel|salesperson|waiter|waitress|barista|"
    r"chef|mechanic|electrician|operator|inspector|producer|photographer|translator|generalist)\b",
    re.I,
)
