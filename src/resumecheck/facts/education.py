"""Degrees under Education: what was studied and where, as a recruiter reads them in six seconds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Line
from .dates import find_dates
from .sections import Section

_SCHOOL = re.compile(
    r"\b(?:University|Universit[éà]|Universidad|College|Institute|School|Academy|Polytechnic|Conservatory|"
    r"IIT|MIT|UCLA|Sorbonne)\b"
)
_PARTS = re.compile(r"\s*(?:\||,|;|\s[–—-]\s|\bat\b|\bfrom\b|\bsince\b|\(|\))\s*")
_NOISE = re.compile(r"\b(?:GPA|CGPA|Grade|Honou?rs?)\b.*$|\(?expected\)?", re.I)
LOOK_AROUND = 2  # a degree's school sits on its own line or within two lines of it


@dataclass(frozen=True)
class Degree:
    """A degree and the school that awarded it, with the line that names the degree."""

    degree: str
    school: str | None
    line: Line


def find_degrees(sections: list[Section]) -> list[Degree]:
    """Each line under Education that names a degree, with the school on that line or the nearest one."""
    from ..job import degree_level

    found: list[Degree] = []
    for section in (s for s in sections if s.name == "education"):
        lines = list(section.lines)
        for index, line in enumerate(lines):
            if degree_level(line.text) is None:
                continue
            parts = _parts(line.text)
            school = next((p for p in parts if _SCHOOL.search(p)), None)
            degree = next((p for p in parts if p != school and degree_level(p)), None) or parts[0]
            if degree == school and degree_level(degree.split()[0]):  # "BS University of Pennsylvania"
                degree, school = degree.split()[0], degree.split(" ", 1)[1] if " " in degree else None
            if school is None:
                nearby = lines[max(0, index - LOOK_AROUND) : index] + lines[index + 1 : index + 1 + LOOK_AROUND]
                school = next((_school_part(n.text) for n in nearby if _SCHOOL.search(n.text)), None)
            found.append(Degree(degree=degree, school=school, line=line))
    return found


def _parts(text: str) -> list[str]:
    for date in find_dates(text):
        text = text.replace(date.text, " | ")
    text = _NOISE.sub("", text)
    return [p.strip(" .;:") for p in _PARTS.split(text) if p and any(ch.isalpha() for ch in p)] or [text.strip()]


def _school_part(text: str) -> str:
    return next((p for p in _parts(text) if _SCHOOL.search(p)), text.strip())
