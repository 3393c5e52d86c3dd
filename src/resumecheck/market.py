"""The job market whose norms a resume is judged by: --market, else the market of the resume's language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .resources import lexicon

MARKETS = ("us", "uk", "de", "fr", "es", "in")
Norm = Literal["customary", "accepted", "red-flag"]


@dataclass(frozen=True)
class Market:
    """A market's code, how it was chosen, and what it makes of personal data in a CV."""

    code: str
    chosen: Literal["option", "language"]  # given with --market (or the config file), or from the resume's language
    name: str
    personal_data: Norm

    @property
    def personal_data_expected(self) -> bool:
        """A photo, date of birth, nationality and marital status are not held against a CV here."""
        return self.personal_data != "red-flag"

    def to_dict(self) -> dict[str, str]:
        """The `market` object of a file in the JSON report."""
        return {"code": self.code, "chosen": self.chosen, "name": self.name, "personal_data": self.personal_data}


def market_for(option: str | None, language: str | None) -> Market:
    """The market a run asked for, else the one the resume's language implies (English and unknown: us)."""
    table = lexicon("markets")
    chosen: Literal["option", "language"] = "option" if option is not None else "language"
    code = option if option is not None else str(table["by_language"].get(language or "", table["default"]))
    entry = table["markets"][code]
    return Market(code=code, chosen=chosen, name=str(entry["name"]), personal_data=entry["personal_data"])
