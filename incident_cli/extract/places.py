"""The city of the main incident, resolved in the gazetteer (issue 5).

Two steps.  `find_candidates` reads every run of capitalised words (in ALL-CAPS text every
word run), the opening dateline and the towns named as such ('the village of X'), looks
the names up in the gazetteer and scores each mention by its cues: 'attack on X', 'in X',
'the city of X', 'X, Calif.', 'X police', 'the X shooting', the headline, an incident
sentence; a sentence about another year ('In 2015, ...') counts little.  Street names,
people (and a person's name wherever it stands alone: 'Mr. X', 'Michael X'), publishers,
credit lines and the titles of linked videos ('1:45 Man shot in X'), regions
and statement places ('the embassy in X said', 'a hospital in X') score little or nothing;
regions and countries named as the incident's place ('fighting in Sulu province') count
against naming any city, and a wire bureau's dateline city the story never names again
gives way to them.  A US state the lead names as the incident's place counts against towns
in other states.  In ALL-CAPS text, or a headline in title case, an everyday English word
is a place only with a town's cue ('THE TOWN OF X', 'X VILLAGE').  `choose` resolves each name
to one gazetteer place (the countries and US states the article names first, or else the
country most of its names belong to, then population), moves a district's score to its
city (by name or by distance), adds up the scores per place and keeps the best mention of
the best place.  A town the gazetteer lacks but the article places ('Ira, Vt.', 'the
village of Dioura', 'the blast in Vishwamadu') is kept without coordinates.  A flood of
names is read only so far: MAX_WORDS capitalised words, MAX_MENTIONS mentions of one name.
"""
from __future__ import annotations

import bisect
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice
from operator import itemgetter
from typing import NamedTuple

import regex

from ..model import Mention, Place
from . import gazetteer, patterns
from .document import Document
from .gazetteer import Entry, name_key
from .lexicon import (CAPS_WORDS, COMMON_WORDS, COMPASS_WORDS, COUNTY_WORDS, FUNCTION_WORDS,
                      HOSPITAL_WORDS, INCIDENT_NOUNS, INCIDENT_WORDS, INSTITUTION_WORDS,
                      NEIGHBOURHOOD_WORDS, NOT_PLACE_WORDS,
                      PERSON_NOUNS, PERSON_TITLES, PLACE_ADJECTIVES, POLICE_WORDS, REGION_WORDS,
                      PUBLISHER_WORDS, SETTLEMENT_WORDS, STREET_WORDS, TOWN_WORDS)
from .numbers import SCALES, UNITS

LONGEST_NAME = 4  # words in the longest name looked up ('San Jose de Gracia')
# Words in a run whose names are asked about at once: a flood of names, longer than an
# ALL-CAPS clause (at once costs more than the cached look-ups of names read before).
LONG_RUN = 100
# Bounds on the work of reading a flood (issue 7).  An article names its incident's place
# long before these: the dev corpora's cities are the same as when reading everything.
MAX_WORDS = 500  # capitalised words read in an article; the rest of the text is not read
MAX_TOWN_WORDS = 100  # words that name a town ('village', 'city') read in an article
MAX_MENTIONS = 20  # mentions of one name read; later ones add nothing ('Paris Paris Paris ...')
COMPASS_PREFIXES = ("north", "south", "east", "west")  # 'Eastside', 'Southwest'
# Articles that begin names in other languages ('Las Vueltitas', 'El Fasher'), none alone.
ARTICLES = frozenset("la las le les los el al".split())
CITY_SIZE = 100_000  # a city this big anchors the article's region and takes in its districts
UNKNOWN_TOWN_SIZE = 10_000  # what `_prior` takes a town the gazetteer lacks to be
DISTRICT_KM = 30  # a district named as such lies this close to its city's centre
BIG_CITY_SIZE = 250_000  # a city this big has districts that GeoNames lists as places ('Englewood')
REGION_WEIGHT = 0.15  # a region or country named as the incident's place against the best city
THRESHOLD = 0.2  # a place scoring less is too weakly tied to the incident to name
PAST_FACTOR = 0.2  # what a sentence about another year ('In 2015, ...') weighs
LEAD_SENTENCES = 2  # the headline and the lead: sentences 0 to this
OTHER_STATE_FACTOR = 0.3  # what a place weighs outside the US state the lead names
BUREAU_REGION_SCORE = 1.0  # a region named this strongly as the incident's place ...
BUREAU_OTHER_SCORE = 0.2   # ... outweighs a dateline city named no more than this elsewhere
PUBLISHER_CHARS = 150  # the most a news site's name and slogan take after a page title
LEAD_CHARS = 600  # where the lead may call the dateline's city 'this city'

# Cue scores: what a mention's context adds to its score.
CUE_SCORES = {
    "dateline": 1.5,      # 'KABUL (Reuters) -', 'Lima, 31 Oct 88 (EFE)'
    "attack-on": 2.5,     # 'the attack on X', 'shelled X'
    "city-of": 3.0,       # 'the city of X', 'the capital X', 'the X suburb of Y'
    "in": 1.5,            # 'in X', 'near X', 'outside X'
    "apposition": 2.0,    # 'X, Calif.', 'X, Syria'
    "police": 2.0,        # 'X police said', 'the X Police Department'
    "based": 0.5,         # 'X-based'
    "name": 0.5,          # a bare capitalised name
}
# What a mention's kind multiplies its score by.
KIND_FACTORS = {
    "place": 1.0,
    "institution": 0.6,   # 'X University', 'X Airport'
    "hospital": 0.3,      # 'X Hospital': where the wounded were taken, like 'a hospital in X'
    "embedded": 0.3,      # part of a longer name: 'Victoria Beckham', 'Paris Hilton'
    "district": 0.3,      # 'the X district of Y', 'the X neighborhood': the city gets the score
    "region": 0.1,        # 'X County', 'the X region'
    "statement": 0.3,     # 'the embassy in X', 'said in X', 'born in X'
    "publisher": 0.1,     # the site's name after the headline: '... - WXYZ Hattiesburg, MS'
}


@dataclass(slots=True)
class Candidate:
    """One place name in the article: its span, possible places, cue and score."""

    text: str
    start: int
    end: int
    key: str
    entries: tuple[Entry, ...]
    sentence: int                # index in doc.sentences
    cue: str = "name"
    kind: str = "place"
    score: float = 0.0
    bonus: float = 0.0               # from cues after the name: 'X, Calif.', 'X police'
    strong: bool = False             # a cue that makes even an everyday word a place
    country_hint: str | None = None  # from 'X, Syria'
    state_hint: str | None = None    # from 'X, Calif.'
    place: Place | None = field(default=None)  # the gazetteer place it stands for, once resolved
    alias: bool = False                         # whether the text is one of its alternate names

    @property
    def rule(self) -> str:
        return self.cue if self.kind == "place" else f"{self.cue}+{self.kind}"


def find_city(doc: Document) -> Mention | None:
    """The mention of the main incident's city; its value is a `Place`."""
    if not _has_capitals(doc.text, doc.body_start):
        return None
    return choose(doc, find_candidates(doc))


def _has_capitals(text: str, start: int) -> bool:
    return any(ch.isupper() for ch in text[start:start + 20_000])


# --- finding candidates ------------------------------------------------------------------
# The patterns that scan the whole text carry the time limit of `patterns.timed`; the
# others read a few dozen characters around a name, one name, or test a sentence for a
# letter or a word: plain `regex` patterns, as the limit costs microseconds a call and
# guards nothing there.

@cache
def _name_run() -> patterns.TimedPattern:
    # A capitalised word, with inner apostrophes ("Ma'rib") and initials ('D.C') but not a
    # possessive 's; a full stop ends it only before another capitalised word ('St. Louis').
    word = r"\p{Lu}(?:[\p{L}\p{M}]|['’](?![sS]\b)|\.(?=\p{Lu}))*+(?:\.(?=[ ]\p{Lu}))?"
    return patterns.timed(rf"""
        (?<![\p{{L}}\p{{M}}\d'’-])           # at the start of a word
        (?:(?:al|el|an|ar|as|ash|ad|az|at)-)?  # maybe an Arabic article ('el-Fasher')
        {word}                               # a capitalised word ('Kryvyi', "Ma'rib", 'St.')
        (?:
          (?:[ ]|-)                          # then a space or a hyphen
          (?:(?:de|del|la|las|le|les|los|da|do|dos|das|di|du|des|el|al|ad|ar|as|an|ash|az|en
              |sur|sous|aux|am|im|bei|upon|on|of|y|van|von|der|den|bin|ibn|bani|ben|abu)(?:[ ]|-))?+
                                             #   maybe a particle ('San Jose de Gracia', 'Rostov-on-Don')
          {word}                             #   and the next capitalised word
        ){{0,{MAX_WORDS - 1}}}+              # as many as follow, as many as an article reads
        """, regex.VERBOSE)


@cache
def _town_words() -> tuple[str, ...]:
    return TOWN_WORDS + tuple(word.upper() for word in TOWN_WORDS)  # 'city', 'CITY'


@cache
def _settlement_word() -> patterns.TimedPattern:
    return patterns.timed(rf"""
        \b(?:{"|".join(_town_words())})\b  # what names a town: 'city', 'VILLAGE'
        """, regex.VERBOSE)


def _town_name_pattern() -> str:
    word = r"\p{Lu}(?:[\p{L}\p{M}]|['’](?![sS]\b))*+"
    return rf"(?:(?:al|el|an|ar|as|ash|ad|az)-)?{word}(?:[ -](?:(?:de|del|la|al|el|ad|an)[ -])?{word}){{0,3}}"


@cache
def _town_name_after() -> regex.Pattern:
    return patterns.compile(rf"""
        [ ](?i:of)[ ]                        # 'the village of Dioura', 'THE TOWN OF SAN JOSE'
        (?P<name>{_town_name_pattern()})     # the town's name
        """, regex.VERBOSE)


@cache
def _town_name_before() -> regex.Pattern:
    word = r"(?<![\p{L}\p{M}'’])\p{Lu}[\p{L}\p{M}'’]{0,30}"  # bounded, not possessive: read backwards
    return patterns.compile(rf"""
        (?P<name>{word}(?:[ -]{word}){{0,3}})  # the town's name
        [ ]\Z                                  # right before the word: 'Kijimatari village'
        """, regex.VERBOSE | regex.REVERSE)    # matched backwards from the word


@cache
def _word() -> regex.Pattern:
    return patterns.compile(r"[^\s-]++")  # the words of a run, split at spaces and hyphens


@cache
def _dateline() -> patterns.TimedPattern:
    return patterns.timed(r"""
        (?:(?<=\A|\n)|(?<=\A\s*(?i:date)\s[\d-]{10}\s+))[ \t]*+  # at the start of a line
        (?P<name>\p{Lu}[\p{L}\p{M}'’.-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'’.-]*+){0,3})
                                                 # the reporter's city ('KABUL', 'Lima', 'SAN SALVADOR')
        (?:
          (?:,[ ]?[\p{L}. ]{2,25}?)?             # maybe a state or country (', Vt.', ', Afghanistan')
          (?:,[ ]?\d{1,2}[ ][\p{L}.]{3,9}[ ]\d{2,4}  # maybe a date (', 31 Oct 88')
            |,?[ ][\p{L}.]{3,9}[ ]\d{1,2})?        #   or (', Oct 5')
          [ ]?(?:\([^)\n]{2,30}\)[ ]?)?          # maybe the agency ('(Reuters)', '(ACAN-EFE)')
          (?P<opener>—|–|--?|:)[ ]               # then the dash or colon that opens the story
        | (?=,)                                  # or a comma, if the city is in capitals
        )                                        #   ('DIYARBAKIR, Turkey, July 27 Two soldiers')
        """, regex.VERBOSE)


def _datelines(doc: Document) -> list[tuple[int, int]]:
    """The spans of the city names in the datelines that open the article."""
    opening = _dateline().finditer(doc.text, doc.body_start, doc.body_start + 400)
    return [match.span("name") for match in opening
            if (match.group("opener")
                or match.group("name").isupper() and not _has_no_place_word(match.group("name")))
            and not (match.group("opener") == ":" and name_key(match.group("name")) in COMMON_WORDS)]
            # but not a form's field ('DATE: September 15'), nor in ALL CAPS a line that opens
            # on words no place has before a comma ('X POLICE COMMANDER, SAID', 'FRIDAY, MAY 2')


def _has_no_place_word(name: str) -> bool:
    """True when a word of the name is one no place name has, nor a side ('EAST'), or a person."""
    keys = [name_key(word) for word in name.split()]
    return any(key in NOT_PLACE_WORDS and key not in COMPASS_WORDS or key in PERSON_NOUNS for key in keys)


@cache
def _before_cue() -> regex.Pattern:
    adjectives = "|".join(patterns.longest_first(map(regex.escape, PLACE_ADJECTIVES)))
    titles = "|".join(patterns.longest_first(PERSON_TITLES))
    return patterns.compile(rf"""
        (?:
          (?P<title>\b(?:{titles})\.?[ ]                  # 'Mr. Paris', 'President Victoria'
            |\bby:?[ ])                                   #   'by Tony Cook', 'shot by Jordan'
        | (?P<reference>,[ ](?:[\w-]++[ ]){{0,4}}?(?:(?:north|south|east|west)(?:east|west)?[ ]of
              |near)[ ](?:the[ ](?:city|town|capital)[ ]of[ ])?)
                                                            # ', 20 km south of X', ', near the city
                                                            #   of X': where the place named
                                                            #   before the comma lies
        | (?P<speaker>\b(?:embassy|consulate|ministry|headquarters|court|university
              |office|offices)[ ](?:in|at)[ ](?:the[ ])?)   # 'the embassy in X' (said ...)
        | (?P<statement>\b(?:hospitals?|medical[ ]cent(?:er|re)|clinic|trauma[ ]cent(?:er|re))
              [ ](?:in|at)[ ](?:the[ ])?)                   # 'taken to a hospital in X'
        | (?P<statement>\b(?:headquartered|based|born|raised|grew[ ]up|lives|lived|living
              |resident|visit|visiting|visited|trip|flew|returned|arrived|travell?ed|moved|summit
              |talks|meeting|conference|speaking|spoke|told[ ]reporters|statement|hearing|trial
              |from)[ ](?:in[ ]|at[ ]|to[ ]|from[ ])?(?:the[ ])?)  # 'said in X', 'born in X'
        | (?P<district>\b(?:suburb|suburbs|district|neighbou?rhood|quarter|outskirts|area
              |section|part|heart|centre|center|downtown)[ ]of[ ](?:the[ ])?(?:city[ ]of[ ])?)
        | (?P<region_of>\b(?:province|region|state|governorate|district|county|department|oblast
              |capital)[ ]of[ ])                             # 'the province of X', 'the capital of X'
        | (?P<city_of>\b(?:(?:city|town|village|hamlet|township|borough|settlement|municipality
              |locality|port|mayor|cities|towns|villages)(?:[ ]of)?|capital
              |(?:community|communities)[ ]of)[ ])          # 'the city of X', 'the towns of X and Y',
                                                            #   'the capital X', 'the community of X'
        | (?P<attack_on>\b(?:attacks?|(?:air)?strikes?|raids?|assaults?|offensive|shelling|bombing
              |bombardment|shootings?|massacre|siege|blasts?|explosions?|bombings?|ambush
              |fighting|clashes|violence|rampage|firefight|gunfight|gun[ ]battle)
              [ ](?:on|of|in|at|near|outside|across)[ ]       # 'the attack on X', 'a blast in X'
          | \b(?:hit|hits|struck|strikes|targeted|targeting|rocked|rocks|shelled|shelling
              |bombed|bombing|attacked|attacking|pounded|pounding|shook|stormed|killed[ ]in
              |died[ ]in|shot[ ](?:dead[ ])?in|wounded[ ]in|injured[ ]in)[ ])  # 'shelled X'
          (?:the[ ])?(?:(?:{adjectives})[ ])*
        | (?P<in>\b(?:in|at|near|outside|inside|around|across|into|throughout|nearby
              |outskirts[ ]of|west[ ]of|east[ ]of|north[ ]of|south[ ]of|jurisdiction[ ]of
              |vicinity[ ]of|(?:province|district|region|governorate|county)['’]s)[ ]
                                                              # 'in X', 'near X', "Idlib province's X"
          (?:the[ ])?(?:(?:{adjectives}|downtown|central|greater|rural|suburban)[ ])*)
        )
        \Z                                                  # right before the name
        """, regex.VERBOSE | regex.IGNORECASE | regex.REVERSE)  # matched backwards from the name


def _cue_before(text: str, start: int) -> regex.Match | None:
    """The cue right before the name at `start`; every cue ends in a space and one of a few
    words ('in ', 'Mr. '): a cheap test of that word first."""
    if start == 0 or text[start - 1] != " ":
        return None
    last_word = (text[max(0, start - 16):start - 1].rsplit(None, 1) or [""])[-1].rstrip(".:").casefold()
    if last_word not in _cue_last_words():
        return None
    return _before_cue().search(text, max(0, start - 60), start)


@cache
def _cue_last_words() -> frozenset[str]:
    """Every word that may end a cue of `_before_cue` (keep the two in step)."""
    return PERSON_TITLES | PLACE_ADJECTIVES | frozenset("""
        by of near in at the to from on outside across inside around into throughout nearby
        province's district's region's governorate's county's
        province’s district’s region’s governorate’s county’s
        downtown central greater rural suburban capital city town village hamlet township
        borough settlement municipality locality port mayor cities towns villages community communities
        headquartered based born raised up lives lived living resident visit visiting visited
        trip flew returned arrived traveled travelled moved summit talks meeting conference
        speaking spoke reporters statement hearing trial
        hit hits struck strikes targeted targeting rocked rocks shelled shelling bombed bombing
        attacked attacking pounded pounding shook stormed
    """.split())


@cache
def _after_cue() -> regex.Pattern:
    return patterns.compile(r"""
        (?P<based>-based\b)                            # 'X-based'
      | (?P<person>,[ ]\d{1,3},                         # 'Victoria, 23,': a person's age
          |[ ](?i:said|says|told|added|wrote|explained)\b)
      | (?P<settlement>,[ ](?i:a|the)[ ](?:[\p{L}-]++[ ]){0,3}?(?i:suburb|town|village|city|municipality)\b)
                                                       # 'X, a suburb north of Y', 'X, A MOUNTAIN TOWN'
      | (?P<district>[ ](?i:suburb|district|neighbou?rhood|quarter|section)[ ](?i:of)[ ]
                                                       # 'the X suburb of Y'
          |,[ ](?i:a|the)[ ](?i:district|neighbou?rhood|quarter|section)[ ](?i:of)[ ])
                                                       # 'X, a district of Y'
      | ,[ ](?P<next>\p{Lu}[\p{L}.]*+(?:[ ]\p{Lu}[\p{L}.]*+)?)  # 'X, Calif.', 'X, North Carolina'
      | [ ](?P<word>[\p{L}'’]++)                        # the next word: 'police', 'County', 'Street'
        """, regex.VERBOSE)


@cache
def _this_city() -> regex.Pattern:
    return patterns.compile(r"""
        \b(?i:in|near|outside)[ ](?i:this)[ ]  # 'in this (summer) capital': the dateline's city
        (?:\p{L}++[ ]){0,2}?(?i:city|town|capital|village)\b
        """, regex.VERBOSE)


@cache
def _region_list() -> regex.Pattern:
    return patterns.compile(r"""
        (?:
          (?:,[ ](?i:and[ ])?|[ ](?i:and|or)[ ])       # ', ', ', and ', ' and '
          \p{Lu}[\p{L}'’-]*+(?:[ ]\p{Lu}[\p{L}'’-]*+)?  # the next name of the list
        ){1,5}
        [ ](?i:provinces|districts|states|regions|counties|governorates|departments|oblasts)\b
                                                      # all of them regions
        """, regex.VERBOSE)


@cache
def _sentence_opening() -> regex.Pattern:
    return patterns.compile(r"""
        \W{0,3}
        (?:
          (?i:in|by|since|back[ ]in)[ ]                 # 'In 2016,', 'Back in March 2019'
          (?:\p{L}++[ ]){0,2}?                          #   maybe a month or 'early'
          (?P<year>(?:19|20)\d\d)\b                     #   another year
        | (?P<credit>(?i:(?:additional[ ])?(?:reporting|writing|editing)[ ]by)\b)
                                                        # '(Reporting by X in Kabul; ...'
        | (?P<video>\d{1,2}:\d\d[ ]\p{Lu})              # '1:45 Man shot at X motel': the length
                                                        #   and title of a video the page links
        )
        """, regex.VERBOSE)


def _tells_of_incident(text: str) -> bool:
    """True when a word of the lower-cased text (a run of a-z) is one of INCIDENT_WORDS; read
    as bytes, every other character a space: a few C calls, not a pattern and a list."""
    plain = text.lower().encode("ascii", "replace").translate(_letters_only())
    return not _incident_words().isdisjoint(plain.split())


@cache
def _letters_only() -> bytes:
    return bytes(byte if ord("a") <= byte <= ord("z") else ord(" ") for byte in range(256))


@cache
def _incident_words() -> frozenset[bytes]:
    return frozenset(word.encode() for word in INCIDENT_WORDS)


@cache
def _lowercase_pair() -> regex.Pattern:
    return patterns.compile(r"\p{Ll}{2}")  # two lower-case letters: not ALL-CAPS text


@dataclass(slots=True)
class Reading:
    """What `find_candidates` learns from one article: the place candidates, the countries
    and US states it names, and how strongly it ties the incident to a region or country
    alone ('fighting in Sulu province', 'a stampede in north India')."""

    doc: Document
    candidates: list[Candidate] = field(default_factory=list)
    countries: Counter = field(default_factory=Counter)
    states: Counter = field(default_factory=Counter)
    region_score: float = 0.0
    people: set = field(default_factory=set)  # names the article gives a person ('Mr. X', 'X said')
    lead_states: set = field(default_factory=set)  # US states the lead puts the incident in
    mentions: Counter = field(default_factory=Counter)  # how often each name was met, by key
    sentence_starts: list[int] = field(default_factory=list)
    _sentence_facts: dict = field(default_factory=dict)  # by sentence index

    def sentence_facts(self, offset: int) -> "SentenceFacts":
        """What `SentenceFacts` says of the sentence at `offset`, worked out once a sentence
        (its index found as `Document.sentence_at` finds it, the sentence only the first time)."""
        index = max(bisect.bisect_right(self.sentence_starts, offset) - 1, 0)
        facts = self._sentence_facts.get(index)
        if facts is None:
            sentence = self.doc.sentence_at(offset)
            words = sentence.text.count(" ") + 1
            all_caps = not _lowercase_pair().search(sentence.text)
            title_case = all_caps or (words >= 3 and _lower_words(sentence.text) <= 0.3 * words)
            incident = _tells_of_incident(sentence.text)
            opening = _sentence_opening().match(sentence.text)
            year = opening and opening["year"]
            past = bool(year) and (self.doc.published is None or int(year) != self.doc.published.year)
            credit = bool(opening and (opening["credit"] or opening["video"]))
            facts = self._sentence_facts[index] = SentenceFacts(
                index, title_case, all_caps, incident, past, credit)
        return facts


class SentenceFacts(NamedTuple):
    """Of one sentence: its index, whether it is in title case (a headline) or in ALL CAPS
    (then every word is capitalised), whether it tells of the incident, whether it opens on
    another year ('In 2015, ...', then it tells of an earlier event), and whether it is the
    reporters' credit line ('(Reporting by X in Kabul; ...')."""

    index: int
    title_case: bool
    all_caps: bool
    incident: bool
    past: bool
    credit: bool


def _lower_words(text: str) -> int:
    """How many of the words begin with a lower-case letter."""
    return sum(map(str.islower, map(itemgetter(0), text.split())))


def find_candidates(doc: Document) -> Reading:
    """Every place mention with its cue and score, and the countries and US states named."""
    reader = Reading(doc, sentence_starts=[sentence.start for sentence in doc.sentences])
    datelines = _datelines(doc)
    words_left, read_to = MAX_WORDS, len(doc.text)
    for run in _name_run().finditer(doc.text, doc.body_start):
        words_left -= _read_run(reader, run.start(), run.end(), datelines, words_left)
        if words_left <= 0:
            read_to = run.end()  # the rest of a flood is not read
            break
    districts = {c.key for c in reader.candidates if c.kind == "district"}
    for candidate in reader.candidates if districts else ():
        if candidate.key in districts and candidate.kind == "place":  # called a neighbourhood
            candidate.kind = "district"                               #   once: one throughout
            candidate.score *= KIND_FACTORS["district"]
    if reader.people:  # a person's name alone elsewhere is the person too ('Jackson was charged')
        reader.candidates[:] = [c for c in reader.candidates
                                if not (c.key in reader.people and c.cue == "name" and not c.bonus)]
    if not any(word in doc.text for word in _town_words()):
        return reader  # a cheap test first: most articles call no place a town
    known = {(c.start, c.end) for c in reader.candidates}
    # The spans of the candidates still read, in text order and apart (no two names overlap),
    # each with its index; a town's name drops those inside it (once, at the end: a text
    # with thousands of towns is not filtered once a town).
    taken = sorted((c.start, c.end, n) for n, c in enumerate(reader.candidates))
    dropped: set[int] = set()
    for word in islice(_settlement_word().finditer(doc.text, doc.body_start, read_to), MAX_TOWN_WORDS):
        after = _town_name_after().match(doc.text, word.end())
        before = _town_name_before().search(doc.text, max(doc.body_start, word.start() - 60), word.start())
        for name, backwards in ((after, False), (before, True)):
            if name:
                _read_settlement(reader, *name.span("name"), known, backwards, taken, dropped)
    if dropped:
        reader.candidates[:] = [c for n, c in enumerate(reader.candidates) if n not in dropped]
    return reader


def _read_settlement(reader: Reading, start: int, end: int, known: set[tuple[int, int]],
                     backwards: bool, taken: list[tuple[int, int, int]], dropped: set[int]) -> None:
    """A town the gazetteer does not know, named as one ('the village of X', 'X village'):
    a candidate without a gazetteer entry, in place of any known name read inside it.  In
    ALL CAPS the name stops at a common word or a verb, read away from the town word
    ('THE TOWN OF DARRA ADAM KHEL APPEARED', 'KILLED SIX MEN IN KIJIMATARI VILLAGE')."""
    text = reader.doc.text
    words = [(w.start(), w.end()) for w in _word().finditer(text, start, end)]
    for n in (range(len(words) - 1, -1, -1) if backwards else range(len(words))):
        word = name_key(text[words[n][0]:words[n][1]])
        possessive = text[words[n][1] - 2:words[n][1]] in ("'S", "’S")  # "AFRICA'S BIGGEST TOWNSHIP"
        if word in NOT_PLACE_WORDS or gazetteer.country(word) or possessive \
                or (_is_english(word) if text[start:end].isupper() else word in COMMON_WORDS):
            # not 'the city of Ganja Azerbaijani officials'
            words = words[n + 1:] if backwards else words[:n]
            break
    if not words or (words[0][0], words[-1][1]) in known:
        return  # a name the gazetteer knows, read already
    start, end = words[0][0], words[-1][1]
    key = name_key(text[start:end])
    if gazetteer.country(key) or gazetteer.us_state(key) or gazetteer.places(key) \
            or reader.mentions[key] >= MAX_MENTIONS:
        return
    reader.mentions[key] += 1
    candidate = Candidate(text[start:end], start, end, key, (), 0)
    if _score(reader, candidate, words, 0, len(words), [], ambiguous_region=False):
        # A known name inside it is a wrong reading of part of it ('the town of Darra Adam Khel'):
        # the spans that overlap it, the one before it maybe and those that start inside it.
        first = bisect.bisect_left(taken, (start,))
        first -= first > 0 and taken[first - 1][1] > start
        last = bisect.bisect_left(taken, (end,), first)
        dropped.update(n for _start, _end, n in taken[first:last])
        taken[first:last] = [(start, end, len(reader.candidates))]
        reader.candidates.append(candidate)


def _read_run(reader: Reading, start: int, end: int, datelines: list[tuple[int, int]],
              most_words: int) -> int:
    """Look up the names in one run of capitalised words, longest first, left to right; read
    a run without any as a region or a town the gazetteer lacks.  An ALL-CAPS run is a whole
    clause: there each stretch between the names and the words no name has counts as a run.
    Reads at most `most_words` words of it; returns how many it read."""
    text = reader.doc.text
    run = text[start:end]
    if run.casefold() in NOT_PLACE_WORDS:
        return 1  # 'The', 'He', 'Police': the most common runs
    # Each word's span, without a final full stop ('St.', 'Calif.'), and its key; a name's key
    # is its words' keys joined (name_key splits at the spaces, hyphens and full stops between
    # them, and reads every word the same on its own).
    if " " in run or "-" in run:
        words = [(w_start, w_end - (text[w_end - 1] == "."))
                 for w_start, w_end in map(regex.Match.span,
                                           islice(_word().finditer(text, start, end), most_words))]
        keys = [name_key(text[w_start:w_end]) for w_start, w_end in words]
    else:  # one word, as most runs are
        words = [(start, end - (run[-1] == "."))]
        keys = [name_key(text[start:words[0][1]])]
    all_caps = len(words) > 1 and run.isupper()
    stretches: list[list[tuple[int, int]]] = [[]]  # in ALL CAPS, the words no name takes
    named = _named_in(keys) if len(words) >= LONG_RUN else None
    first_read = len(reader.candidates)
    i = found = 0
    while i < len(words):
        step, took = 1, False
        # No name starts with 'The', 'In' or 'March' ('Hague' is one of The Hague's names);
        # 'North', an article and a particle ('LAS VUELTITAS', 'el-Fasher') start some but are
        # none alone ('al' is no town).
        span_start = words[i][0]
        first = keys[i]
        if first not in NOT_PLACE_WORDS or first in COMPASS_WORDS:
            fewest = 2 if first in COMPASS_WORDS or first in ARTICLES or text[span_start].islower() else 1
            for n in range(min(LONGEST_NAME, len(words) - i), fewest - 1, -1):
                span_end = words[i + n - 1][1]
                key = " ".join(keys[i:i + n]) if n > 1 else first
                if named is not None and key not in named:
                    continue  # the gazetteer has nothing by this name
                country, state, entries, region = gazetteer.lookup(key)
                if (region or country or state or entries) \
                        and not (all_caps and _goes_on_with_article(keys, i + n)):
                    # A name read this often says nothing new (a flood of one name): taken, not read.
                    if reader.mentions[key] < MAX_MENTIONS:
                        if region:  # 'Sinai', 'Kashmir'
                            _read_region(reader, span_start, span_end)
                        else:
                            _read_name(reader, key, (country, state, entries), span_start, span_end,
                                       words, i, n, datelines)
                    reader.mentions[key] += 1
                    step, took = n, True
                    found += 1
                    break
        if all_caps:
            if took or first in NOT_PLACE_WORDS or _is_english(first):
                stretches.append([])  # a name or an English word ends the stretch
            else:
                stretches[-1].append(words[i])
        i += step
    if 1 < len(words) <= 3 and not all_caps and _is_full_name(text, words, keys, end) \
            and not any(c.start == start and c.end >= words[-1][1] for c in reader.candidates[first_read:]):
        reader.people.update(keys)  # 'Austin Smith, 25,': 'Austin' alone is the man (the run
                                    #   is no place's whole name)
    if all_caps:  # even a clause without a known name: 'THE BLAST IN X KILLED'
        for stretch in stretches:
            if stretch:
                _read_unplaced(reader, stretch, datelines)
    elif not found:
        _read_unplaced(reader, words, datelines)
    elif 1 < len(words) <= LONGEST_NAME and _only_parts(parts := reader.candidates[first_read:]) \
            and not any(text[a:b].isupper() for a, b in words):
        # Known names only inside an unknown one: 'Wadi' in 'Wadi al-Kfour, Nabatieh province'
        # (but not in a station's name, 'KXYZ Jonesboro', nor in ALL CAPS)
        del reader.candidates[first_read:]
        _read_unplaced(reader, words, datelines)
        if len(reader.candidates) == first_read:
            reader.candidates.extend(parts)  # not placed as a town: keep the parts
    return len(words)


def _is_full_name(text: str, words, keys: list[str], end: int) -> bool:
    """True for a person's given name and surname, told by an age or a verb of speech after
    them ('Austin Smith, 25,', 'Mecca Jones said'), not a town's police ('Benton Police said')."""
    if not _is_given_name(text[words[0][0]:words[0][1]]) \
            or any(_is_english(key) or key in NOT_PLACE_WORDS or _suffix_kind(key) for key in keys[1:]):
        return False
    end += text.startswith(".", end)  # 'Jo Smith Jr., 25,'
    after = _after_cue().match(text, end, min(len(text), end + 40))
    return bool(after) and after.lastgroup == "person"


def _goes_on_with_article(keys: list[str], i: int) -> bool:
    """True when the words from `i` on are an article and a word of no language the lists
    know: the name before is part of a longer one ('WADI AL-SAQR', 'CERRO LA PUNTA')."""
    return i + 1 < len(keys) and keys[i] in ARTICLES and not _is_english(keys[i + 1]) \
        and keys[i + 1] not in NOT_PLACE_WORDS


def _named_in(keys: list[str]) -> set[str]:
    """The keys of the names of up to LONGEST_NAME words in a long run (`keys` are its words'
    keys) that the gazetteer may know: one query for hundreds, not one a name.  Only names
    `_read_run` looks up: none starts with a word no name has ('Monday Monday ...')."""
    return gazetteer.named({" ".join(keys[i:i + n]) for i in range(len(keys))
                            if keys[i] not in NOT_PLACE_WORDS or keys[i] in COMPASS_WORDS
                            for n in range(1, min(LONGEST_NAME, len(keys) - i) + 1)})


def _only_parts(candidates: list[Candidate]) -> bool:
    """True when the names read in a run are all parts of a longer name."""
    return bool(candidates) and all(c.kind == "embedded" for c in candidates)


def _read_unplaced(reader: Reading, words, datelines: list[tuple[int, int]]) -> None:
    """Words the gazetteer does not know as a name: a region ('Kunduz province') or a town
    the article places ('X, Vt.', 'the blast in X')."""
    text, start, end = reader.doc.text, words[0][0], words[-1][1]
    key = name_key(text[start:end])
    if reader.mentions[key] >= MAX_MENTIONS:
        return  # read often enough already (a flood of one name)
    reader.mentions[key] += 1
    if _suffix_kind(_next_word(text, end).removesuffix("’s").removesuffix("'s")) == "region":
        _read_region(reader, start, end)  # 'in Kunduz province', "Badakhshan province's"
    elif _placed_as_town(text, start, end):
        _read_unknown_town(reader, words, datelines)


def _placed_as_town(text: str, start: int, end: int) -> bool:
    """True when the words around a run may make it a town: 'X, Vt.', 'X in Soum province',
    'the blast in X' (`_read_unknown_town` decides)."""
    return text.startswith((", ", " in ", " IN "), end) or _after_incident(text, start)


def _after_incident(text: str, start: int) -> bool:
    """True right after 'the blast in', 'fighting near' (a cheap test of the word first)."""
    return (text[max(0, start - 9):start].casefold().endswith((" in ", " near ", " outside "))
            and bool(_incident_in().search(text, max(0, start - 40), start)))


def _next_word(text: str, end: int) -> str:
    return text[end + 1:end + 20].split(" ", 1)[0] if text.startswith(" ", end) else ""


def _read_region(reader: Reading, start: int, end: int, state: str | None = None) -> None:
    """A region or country named as the incident's place ('in Sulu province', 'attack in
    Pakistan'): its score is the region's claim that the article names no city.  A US state
    so named in the headline or lead is the incident's state (`state` is its code)."""
    if reader.doc.text.startswith(", ", start - 2):
        return  # 'Kabul, Afghanistan': the country of a city
    following = _next_word(reader.doc.text, end + reader.doc.text.startswith(".", end))  # 'U.S. EMBASSY'
    lower_case = following[:1].islower() or following.isupper() and reader.doc.text[start:end].isupper()
    if lower_case and following.casefold() not in FUNCTION_WORDS and _suffix_kind(following) != "region":
        return  # an adjective: 'the Azerbaijani city of', 'a Pakistan market', 'THE U.S. EMBASSY'
    before = _cue_before(reader.doc.text, start)
    if before and before.lastgroup in ("in", "attack_on", "region_of"):
        index, _title_case, _all_caps, incident, past, _credit_line = reader.sentence_facts(start)
        cue = "in" if before.lastgroup in ("in", "region_of") else "attack-on"
        # A US state counts half: local news names the state, then the town.
        reader.region_score += _weigh(CUE_SCORES[cue], index, incident, past) * (0.5 if state else 1.0)
        if state and index <= LEAD_SENTENCES:
            reader.lead_states.add(state)


def _weigh(score: float, index: int, incident: bool, past: bool) -> float:
    """A cue's score in its sentence: more in the headline, in the lead and where the incident
    is told, little in a sentence of another year's events."""
    if past:
        score *= PAST_FACTOR
    elif incident:
        score *= 1.5
    if index == 0:
        score *= 2.0
    return score / (1 + 0.25 * index)


def _read_unknown_town(reader: Reading, words, datelines: list[tuple[int, int]]) -> None:
    """'Tallmansville, W.Va.', 'Ustarzai, a small mountain town', 'the attack on Silgadji in
    Soum province', 'the blast in Vishwamadu': a name the gazetteer does not know, placed in a
    US state or a country, called a town by apposition, the incident's place in a named
    region, or where the incident happened, is a town."""
    text = reader.doc.text
    while words and name_key(text[words[0][0]:words[0][1]]) in NOT_PLACE_WORDS:
        words = words[1:]
    for n in range(1, len(words)):
        if name_key(text[words[n][0]:words[n][1]]) in NOT_PLACE_WORDS:
            words = words[:n]  # 'DC on Friday': the name stops at a word no name has
            break
    if not 0 < len(words) <= LONGEST_NAME or _suffix_kind(text[words[-1][0]:words[-1][1]]):
        return  # not 'Almond Drive, Illinois'
    start, end = words[0][0], words[-1][1]
    if end - start <= 3 or not all(text[a:b].replace("'", "").replace("’", "").isalpha()
                                   for a, b in words):
        return  # an initialism or a code ('DC', 'UN'), or no word ('NEWS.COM'), not a town's name
    if text[start:end].isupper() and any(_is_english(name_key(text[a:b])) for a, b in words):
        return  # in ALL CAPS: 'OTHERS, ISRAELI POLICE SAID', 'THE BLAST IN CHURCHES'
    candidate = Candidate(text[start:end], start, end, name_key(text[start:end]), (), 0)
    if _score(reader, candidate, words, 0, len(words), datelines, ambiguous_region=False) \
            and (candidate.state_hint or candidate.country_hint or _is_called_a_town(text, end)
                 or candidate.cue != "name" and _in_named_region().match(text, end)
                 or _after_incident(text, start)):
        reader.candidates.append(candidate)


@lru_cache(maxsize=10_000)  # ALL-CAPS text asks of every word, and of most words often
def _is_english(word: str) -> bool:
    """True for an everyday English word (or its plural, a verb's -ed or -ing form, an adverb),
    which an ALL-CAPS text does not set apart from a name."""
    return (any(form in _english_words() for form in (word, word.removesuffix("s"), word.removesuffix("es")))
            or len(word) >= 6 and word.endswith(("ed", "ing", "ly")))


@cache
def _english_words() -> frozenset[str]:
    return (CAPS_WORDS | COMMON_WORDS | NOT_PLACE_WORDS | INCIDENT_WORDS | INCIDENT_NOUNS
            | PLACE_ADJECTIVES | POLICE_WORDS | INSTITUTION_WORDS | STREET_WORDS | REGION_WORDS
            | frozenset(TOWN_WORDS) | PERSON_NOUNS | frozenset(UNITS) | frozenset(SCALES))
            # 'SOLDIERS', 'TWO VILLAGES'


@cache
def _incident_in() -> regex.Pattern:
    return patterns.compile(r"""
        \b(?:attacks?|airstrikes?|strikes?|raids?|shelling|bombing|bombings|blasts?|explosions?
          |massacre|ambush|shootings?|fighting|clashes)   # what happened
        [ ](?:in|near|outside)[ ]                       # where: 'the blast in X'
        \Z                                              # right before the name
        """, regex.VERBOSE | regex.IGNORECASE | regex.REVERSE)  # matched backwards from the name


@cache
def _in_named_region() -> regex.Pattern:
    return patterns.compile(r"""
        (?:,[ ]|[ ](?i:in)[ ])(?:(?i:the)[ ])?     # ', ' or ' in ' right after the town
        \p{Lu}[\p{L}'’-]{1,30}(?:[ ]\p{Lu}[\p{L}'’-]{1,30})?  # the region's name ('Nabatieh')
        [ ](?i:province|district|governorate|region|state|department|prefecture|oblast)\b  # its kind
        """, regex.VERBOSE)


@cache
def _speech() -> regex.Pattern:
    return patterns.compile(r"""
        [^.;:\n]{0,40}?                  # soon after the name, in the same clause
        \b(?:said|says|told|announced|stated|reported|condemned|confirmed|warned)\b  # a verb of saying
        """, regex.VERBOSE | regex.IGNORECASE)


def _speaks(text: str, end: int) -> bool:
    """True when the institution before the name speaks: 'the embassy in Baku said'."""
    return bool(_speech().match(text, end, end + 60))


def _is_called_a_town(text: str, end: int) -> bool:
    """True after ', a small mountain town' or ', a suburb of'."""
    after = _after_cue().match(text, end, end + 60)
    return bool(after) and after.lastgroup == "settlement"


def _read_name(reader: Reading, key: str, known: tuple, start: int, end: int, words, i: int, n: int,
               datelines: list[tuple[int, int]]) -> None:
    """Record the name `key` at start:end, which the gazetteer knows (`known` is its look-up)."""
    country, state, entries = known
    if country and not state and entries and _followed_by_us_state(reader.doc.text, end):
        country = None  # 'Lebanon, Tenn.', 'Mexico, Mo.': a US town named after a country
    if country or state:
        if country:
            reader.countries[country] += 1
        if state:
            reader.states[state] += 1
        # A state that is also a great city's name ('New York', 'Washington') may be either;
        # 'D.C.' is the city of Washington.
        if state == "DC":
            entries = tuple(e for e in gazetteer.places("washington")
                            if gazetteer.state_code(e.place) == "DC")
        elif state:
            entries = tuple(e for e in entries if e.place.population >= 500_000)
        else:
            entries = ()
        if not entries:
            _read_region(reader, start, end, state)
            return
    candidate = Candidate(reader.doc.text[start:end], start, end, key, entries, 0)
    if _score(reader, candidate, words, i, n, datelines, ambiguous_region=bool(country or state)):
        reader.candidates.append(candidate)


def _followed_by_us_state(text: str, end: int) -> bool:
    """True when a US state follows the name after a comma ('Lebanon, Tenn.', 'Peru, IN')."""
    after = _after_cue().match(text, end, end + 40)
    if not after or after.lastgroup != "next":
        return False
    following = after.group("next").split(" ")[0]
    key = name_key(following)
    return bool(gazetteer.us_state(key)) and (len(key) > 2 or "." in following or following.isupper())


def _score(reader: Reading, candidate: Candidate, words, i: int, n: int,
           datelines: list[tuple[int, int]], ambiguous_region: bool) -> bool:
    """Set the candidate's cue, kind and score from its context; False when it is no place."""
    text, start, end = reader.doc.text, candidate.start, candidate.end
    index, title_case, all_caps, incident, past, credit = reader.sentence_facts(start)
    candidate.sentence = index
    if credit or index == 0 and _is_publisher(reader.doc.sentence_at(start), start):
        candidate.kind = "publisher"  # 'Man shot - WXYZ-TV Hattiesburg, MS', '(Reporting by X in
                                      #   Kabul)': the site or the reporter, not the story
    elif datelines and any(name_start <= start and end <= name_end
                           and _is_dateline(text, start, end, name_start, name_end)
                           for name_start, name_end in datelines):
        candidate.cue, candidate.strong = "dateline", True
    before = _cue_before(text, start)
    if before and not _read_before(text, candidate, before):
        reader.people.add(candidate.key)
        return False
    after = _after_cue().match(text, end, min(len(text), end + 40))
    if after and not _read_after(reader, candidate, after, all_caps, bool(before)):
        if after.lastgroup == "person":
            reader.people.add(candidate.key)
        return False
    if candidate.kind == "place" and text.startswith((", ", " and ", " or "), end) \
            and _region_list().match(text, end, end + 120):
        candidate.kind = "region"  # 'in Ghazni, Ghor and Urozgan provinces'
    if all_caps and candidate.kind == "place" and _names_a_building(text, words, i + n):
        candidate.kind = "embedded"  # part of a building's name: 'THE SUEZ CANAL HOSPITAL'
    if not title_case and candidate.kind == "place" and _embedded(reader, words, i, n):
        candidate.kind = "embedded"
        if candidate.cue == "name" and not candidate.bonus and _is_surname(text, words, i, n):
            reader.people.add(candidate.key)  # 'Michael Kennedy': 'Kennedy' alone is the man
    everyday = _is_everyday(candidate.key, all_caps)
    if everyday or ambiguous_region:
        # An everyday word is a place only with a cue; in ALL CAPS only with a strong one; and
        # where every word is capitalised, only with one that makes it a town ('THE TOWN OF
        # MOBILE', 'Mobile, Ala.'), not 'HITS MARKET', 'Killed In Hunting Accident'.
        town_cue = candidate.bonus or candidate.cue in ("city-of", "dateline")
        if candidate.cue == "name" and not candidate.bonus or (all_caps and not candidate.strong) \
                or (title_case and everyday and not town_cue) \
                or (all_caps and everyday and not candidate.bonus and _part_of_a_thing(before)):
            return False
    score = CUE_SCORES[candidate.cue] + candidate.bonus
    if candidate.cue == "dateline":
        # Where the reporter is: a prior, whatever the sentence says; a wire bureau's
        # country ('KABUL, Afghanistan') adds nothing, a local paper's state ('X, Wash.') does;
        # a county's ('BOONE COUNTY, Ind.') names no town.
        candidate.score = CUE_SCORES["dateline"] + (candidate.bonus if candidate.state_hint else 0.0)
        if candidate.kind == "region":
            candidate.score *= KIND_FACTORS["region"]
        return True
    score = _weigh(score, index, incident, past)
    if all_caps and candidate.cue == "name":
        score *= 0.5
    if candidate.kind == "region" and candidate.cue in ("in", "attack-on") \
            and _next_word(text, end).casefold() not in COUNTY_WORDS:
        reader.region_score += score  # but a county is where a town's story is told, not instead
    candidate.score = score * KIND_FACTORS[candidate.kind] * (0.5 if ambiguous_region else 1.0)
    return True


def _is_dateline(text: str, start: int, end: int, name_start: int, name_end: int) -> bool:
    """True when the place at `start`-`end` is the whole name of the dateline at
    `name_start`-`name_end`, but for a side before it ('NORTHWEST MIAMI-DADE'), and a region
    word ('BOONE COUNTY, Ind.', 'X TOWNSHIP') or a hyphened part after it: a line that opens on
    a person ('MICHAEL SMITH, 45, SAID') or on a county abbreviation ('JACKSON CO., Fla.') is
    no dateline of the place."""
    side = name_key(text[name_start:start])
    rest = text[end:name_end]
    return (not side or all(word in COMPASS_WORDS for word in side.split())) \
        and (rest in ("", ".") or rest.startswith("-")
             or name_key(rest) in REGION_WORDS or name_key(rest) in SETTLEMENT_WORDS)


def _is_everyday(key: str, all_caps: bool) -> bool:
    """True for a name made of everyday words: 'Nice'; in ALL CAPS also 'SPRING', 'COAL MINE'."""
    return key in COMMON_WORDS or all_caps and all(map(_is_english, key.split()))


def _part_of_a_thing(before: regex.Match | None) -> bool:
    """True after a cue that names a part of something, not necessarily of a town: 'PART OF
    THE MINE', 'THE CITY CENTRE' (in ALL CAPS no capital sets a name apart from a noun)."""
    if before is None:
        return False
    return before.lastgroup == "district" or (
        before.lastgroup == "city_of" and not before.group().casefold().endswith(("of ", "capital ")))


def _read_before(text: str, candidate: Candidate, before: regex.Match) -> bool:
    """Apply the cue before the name ('in X', 'the city of X'); False for a person ('Mr. X')."""
    group = before.lastgroup
    if group == "title":
        return False
    if group == "reference" and _follows_a_name(text, before.start()):
        return True  # a bare mention: the place is the one named before the comma
    if group == "statement" or group == "speaker" and _speaks(text, candidate.end):
        candidate.kind = "statement"  # 'born in X', 'the embassy in X said'
    if group == "district":
        candidate.cue, candidate.strong = "city-of", True
    elif group == "region_of":
        candidate.kind, candidate.cue = "region", "in"
    elif group in ("city_of", "attack_on"):
        candidate.cue, candidate.strong = group.replace("_", "-"), True
    elif candidate.cue == "name":
        candidate.cue = "in"
    return True


def _follows_a_name(text: str, comma: int) -> bool:
    """True when the word before the comma is capitalised ('La Florida, south of X')."""
    words = text[max(0, comma - 30):comma].split()
    return bool(words) and words[-1][:1].isupper()


def _read_after(reader: Reading, candidate: Candidate, after: regex.Match, all_caps: bool,
                cued_before: bool) -> bool:
    """Apply the cue after the name ('X, Calif.', 'X police', 'X-based'); False for a street
    ('X Street') or a person ('Victoria, 23,', 'Jordan said')."""
    group = after.lastgroup
    if group == "person":
        return cued_before  # but 'officials in Karachi said' is a place
    if group == "based":
        candidate.bonus += CUE_SCORES["based"]
    elif group == "settlement":  # 'X, a small mountain town'
        candidate.bonus += CUE_SCORES["city-of"]
        candidate.strong = True
    elif group == "district":
        candidate.kind = "district"
    elif group == "next":
        if _next_word(reader.doc.text, after.end("next")).casefold() in POLICE_WORDS:
            return True  # 'London, Ontario, Canadian police said': a demonym, not 'X, Canada'
        candidate.bonus += _apposition(reader, candidate, after.group("next"), all_caps)
        candidate.strong = candidate.strong or candidate.bonus > 0
    elif group == "word":
        # 'Maaret al-Numan city' in lower case names a town; 'Kansas City' is a name.
        kind = "settlement" if after.group("word") == "city" else _suffix_kind(after.group("word"))
        if kind == "street":
            return False
        if kind == "police" and _is_everyday(candidate.key, all_caps) and all_caps:
            return True  # 'MINE OFFICIALS SAID', 'PARK POLICE': in ALL CAPS, no town's police
        if kind in ("police", "settlement"):  # 'X police said', 'X village'
            candidate.bonus += CUE_SCORES["police" if kind == "police" else "city-of"]
            candidate.strong = True
        elif kind == "incident":  # 'the Oak Park shooting', but not 'a grenade attack'
            if not _is_everyday(candidate.key, all_caps):  # nor 'A COAL MINE EXPLOSION'
                if candidate.cue in ("name", "in"):
                    candidate.cue = "attack-on"
                candidate.strong = True
        elif kind == "district" and _indefinite().search(reader.doc.text, max(0, candidate.start - 12),
                                                         candidate.start):
            pass  # 'a Brooklyn neighborhood' is in Brooklyn; 'the Austin neighborhood' is Austin
        elif kind == "institution" and after.group("word").casefold() in HOSPITAL_WORDS:
            candidate.kind = "hospital"  # 'taken to X Hospital': where the victim went
        elif kind:
            candidate.kind = kind
    return True


@cache
def _indefinite() -> regex.Pattern:
    return patterns.compile(r"""
        \b(?i:an?|another|different|one)[ ]  # 'a', 'another', 'a different' before the name
        \Z                                   # right before it
        """, regex.VERBOSE | regex.REVERSE)  # matched backwards from the name


def _is_publisher(headline, start: int) -> bool:
    """True in the short last part of a page title ('Boy shot - WXYZ-TV Hattiesburg, MS'), or
    anywhere in the parts after the title that name a news site ('Man shot - Live5News.com |
    Charleston, SC | News, Weather, Sports')."""
    text = headline.text
    if len(text) > 300:
        return False  # a lead paragraph, not a title
    marks = (" - ", " | ", " – ", " — ")
    offset = start - headline.start
    last = max(text.rfind(mark) for mark in marks)
    if 0 <= last < offset and len(text) - last <= 60:
        return True
    first = min((at for at in (text.find(mark) for mark in marks) if at >= 0), default=-1)
    return (0 <= first < offset and len(text) - first <= PUBLISHER_CHARS
            and any(word in text[first:].casefold() for word in PUBLISHER_WORDS))


def _apposition(reader: Reading, candidate: Candidate, following: str, all_caps: bool) -> float:
    """'X, Calif.' or 'X, Syria': note the hint and return the cue score (0 if neither)."""
    for words in (following, following.split(" ")[0]):
        key = name_key(words)
        is_code = len(key) == 2 and "." not in words
        if is_code and (not words[0].isupper() or all_caps):
            continue  # 'Paris, TX' but not 'Paris, To' nor, in ALL CAPS, 'SANTA TECLA, LA LIBERTAD'
        state = gazetteer.us_state(key)
        country = None if is_code else gazetteer.country(key)
        if state or country:
            candidate.state_hint = state
            candidate.country_hint = "US" if state else country
            if state:
                reader.states[state] += 1
            if country:
                reader.countries[country] += 1
            return CUE_SCORES["apposition"]
    return 0.0


def _names_a_building(text: str, words, after: int) -> bool:
    """True when, in ALL CAPS, the name is followed by a word of no list and then an
    institution's word ('SUEZ CANAL HOSPITAL'): the name is part of the building's."""
    if after + 1 >= len(words):
        return False
    middle, last = (text[a:b] for a, b in words[after:after + 2])
    return (_suffix_kind(middle) is None and not _is_english(name_key(middle))
            and _suffix_kind(last) == "institution")


@lru_cache(maxsize=10_000)  # the few words that follow names, again and again
def _suffix_kind(word: str) -> str | None:
    """What the word after a name makes of it: a street, a region, an institution, a police force."""
    word = word.casefold().removesuffix("'s").removesuffix("’s")  # "Idlib province's"
    if word in SETTLEMENT_WORDS:
        return "settlement"
    if word in NEIGHBOURHOOD_WORDS:
        return "district"
    if word in STREET_WORDS:
        return "street"
    if word in INCIDENT_NOUNS:
        return "incident"
    if word in REGION_WORDS:
        return "region"
    if word in POLICE_WORDS:
        return "police"
    if word in INSTITUTION_WORDS:
        return "institution"
    return None


def _is_surname(text: str, words, i: int, n: int) -> bool:
    """True for the last word of a short run after a word written like a given name
    ('Michael Kennedy', 'Ana Cruz'), not after a station's call letters ('KHOU Houston'),
    an everyday word ('News Tonopah') or a side of town ('Eastside Jacksonville')."""
    if i == 0 or i + n != len(words) or len(words) > 3:
        return False
    return (i == 1 or words[1][1] - words[1][0] == 1) \
        and _is_given_name(text[words[0][0]:words[0][1]])  # maybe a middle initial: 'Ana M. Cruz'


def _is_given_name(word: str) -> bool:
    """True for a word written like a given name: not an everyday word, a side of town, a
    country or a US state ('Arizona Tonopah')."""
    key = word.casefold()
    return (len(word) >= 3 and word.isalpha() and word[1:].islower()
            and not _is_english(key) and not key.startswith(COMPASS_PREFIXES)
            and not gazetteer.country(key) and not gazetteer.us_state(key))


def _embedded(reader: Reading, words, i: int, n: int) -> bool:
    """True when the name is part of a longer capitalised name ('Paris Hilton', 'Joe Paris')."""
    text = reader.doc.text
    if i > 0:
        left = name_key(text[words[i - 1][0]:words[i - 1][1]])
        if left not in NOT_PLACE_WORDS and left not in PLACE_ADJECTIVES:
            return True
    if i + n < len(words):
        right = text[words[i + n][0]:words[i + n][1]]
        return _suffix_kind(right) is None and name_key(right) not in NOT_PLACE_WORDS
    return False


# --- choosing ----------------------------------------------------------------------------

def choose(doc: Document, reading: Reading) -> Mention | None:
    """The best-scoring place's best mention, or None when no place is tied to the incident
    (or a region or country alone is)."""
    countries, states = _resolve_in_context(reading)
    totals, best = _add_up(reading.candidates, countries, states, set(reading.countries),
                           reading.lead_states)
    ranked = sorted(best, key=lambda p: (-totals[p], best[p][1].start))
    if ranked and _only_a_bureau(ranked[0], reading):
        ranked.pop(0)  # then only a place tied to the incident by a cue stands in for it
        if ranked and best[ranked[0]][1].cue == "name":
            return None
    if not ranked or totals[ranked[0]] < max(THRESHOLD, REGION_WEIGHT * reading.region_score):
        return None
    place = ranked[0]
    chosen = best[place][1]
    return Mention(place, chosen.text, chosen.start, chosen.end, chosen.rule,
                   doc.sentence_at(chosen.start).text)


def _only_a_bureau(place: Place, reading: Reading) -> bool:
    """True for a wire bureau's dateline city ('CAIRO --', 'DIYARBAKIR (Reuters) -') that the
    story never names again, when it puts the incident in a region ('in North Sinai'): the
    reporter is there, the incident is not.  A US local paper's dateline is its own town."""
    mentions = [c for c in reading.candidates if c.place == place]
    lead = reading.doc.body_start
    return (place.country_code != "US" and reading.region_score >= BUREAU_REGION_SCORE
            and not _this_city().search(reading.doc.text, lead, lead + LEAD_CHARS)
            and any(c.cue == "dateline" for c in mentions)
            and sum(c.score for c in mentions if c.cue != "dateline") < BUREAU_OTHER_SCORE)


def _resolve_in_context(reading: Reading) -> tuple[Counter, Counter]:
    """Resolve every name twice: the second time the countries and US states of the
    article's datelines and 'X, ST' towns count as named too, and those of its cities of
    100,000 in the same countries.  Returns the countries and states named."""
    candidates = reading.candidates
    _resolve_all(candidates, reading.countries, reading.states)
    first_context = _context(reading.countries, reading.states)
    countries, states = Counter(reading.countries), Counter(reading.states)
    if not countries and not states and (likely := _likely_country(candidates)):
        # but a dateline's great city says it better: 'LIMA (EFE)' is Peru's, whatever
        # other countries have a Lima and a town named as the story's
        bureau = next((c.place for c in candidates
                       if c.cue == "dateline" and c.place.population >= CITY_SIZE), None)
        countries[bureau.country_code if bureau else likely] += 1
    anchors = [c for c in candidates if c.kind == "place" and (c.cue == "dateline" or c.state_hint)]
    anchor_countries = {c.place.country_code for c in anchors}
    anchors += [c for c in candidates if c.kind == "place" and c.place.population >= CITY_SIZE
                and (c.strong or not c.alias)  # 'in Santa Cruz' is no sign of Tenerife
                and (not anchor_countries or c.place.country_code in anchor_countries)]
    for candidate in anchors:
        countries[candidate.place.country_code] += 1
        if gazetteer.state_code(candidate.place):
            states[gazetteer.state_code(candidate.place)] += 1
    if _context(countries, states) != first_context:  # else every name resolves as before
        _resolve_all(candidates, countries, states)
    return countries, states


def _context(countries: Counter, states: Counter) -> tuple:
    """All that `_resolve` reads of the countries and states named: which, and the top country."""
    return set(countries), set(states), _most_named(countries) if countries else None


def _likely_country(candidates: list[Candidate]) -> str | None:
    """The country that has a place for most of the article's names, when the article names
    none: a US story's 'Ross' and 'Prospect' are its own towns or people, not Belarus's."""
    votes = Counter()
    for candidate in {c.key: c for c in candidates if c.entries}.values():
        votes.update({entry.place.country_code for entry in candidate.entries})
    ranked = votes.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _add_up(candidates: list[Candidate], countries: Counter, states: Counter,
            named_countries: set[str], lead_states: set[str] = frozenset()) -> tuple[dict, dict]:
    """Each place's total score, and its best own mention as (score, candidate).

    A place outside the US state the lead names counts little ('a shooting in Maryland').
    A district's score goes to the article's main city near it ('the Austin neighborhood'),
    and so does that of a smaller place inside a great city the article names (GeoNames
    lists Chicago's 'Englewood' as a place) and of a place outside every state the article
    names ('Homewood' in a Pittsburgh story: a district named like a far-away town), if the
    city is named more than in passing.  A place in another country than the article's is a
    wrong reading of the name and counts little, unless it was named as a town: then it is a
    local town the gazetteer lacks ('the village of San Isidro').  `named_countries` are
    those the text names itself: another country's alternate name for a place counts little.
    """
    own_scores = Counter()
    for candidate in candidates:
        own_scores[candidate.place] += candidate.score
    article_countries = set(countries) | ({"US"} if states else set())  # what `_fits` reads
    # In the order of first mention among equal scores (not a set's, which varies by run).
    cities = sorted(dict.fromkeys(c.place for c in candidates if c.kind == "place"
                                  and c.place.population >= CITY_SIZE
                                  and _fits(c.place, article_countries, states)),
                    key=lambda p: -own_scores[p])
    totals: dict[Place, float] = {}
    best: dict[Place, tuple[float, Candidate]] = {}
    for candidate in candidates:
        place = candidate.place
        score = candidate.score * _prior(candidate, place, named_countries)
        if lead_states and place.country_code == "US" and gazetteer.state_code(place) not in lead_states:
            score *= OTHER_STATE_FACTOR  # 'a shooting in Maryland' ... 'in Middleton, Wisconsin'
        fits = _fits(place, article_countries, states)
        if candidate.kind == "district" and (city := _city_of_district(place, cities, fits)) is not None:
            score, place = candidate.score / KIND_FACTORS["district"], city
        elif (city := _city_around(candidate, cities, own_scores)) is not None:
            place = city  # a district of a great city the article names ('shot in Englewood')
        elif not fits:
            city = next((c for c in cities if c.country_code == place.country_code
                         and own_scores[c] >= own_scores[place]), None)  # not a stray mention
            if city:
                place = city
            elif candidate.kind == "place" and candidate.cue == "city-of" and countries:
                place = candidate.place = _unknown_place(candidate, _most_named(countries))
            else:
                score *= 0.2
        totals[place] = totals.get(place, 0.0) + score
        if candidate.place == place and (place not in best or score > best[place][0]):
            best[place] = (score, candidate)
    return totals, best


def _city_of_district(place: Place, cities: list[Place], fits: bool) -> Place | None:
    """The main city a district belongs to: the best-scored city near it, if the gazetteer
    places it (not the capital for 'the Hathras district of Uttar Pradesh') in the article's
    states and countries; else the main city (Chicago's 'Austin neighborhood' is no Texan town)."""
    if place.latitude is None or not fits:
        return cities[0] if cities and cities[0] != place else None
    return next((city for city in cities
                 if city != place and _distance_km(place, city) < DISTRICT_KM), None)


def _city_around(candidate: Candidate, cities: list[Place], own_scores: Counter) -> Place | None:
    """The great city the article names whose area takes in the candidate's smaller place,
    unless the article makes it a town of its own ('X, Ill.', 'the suburb of X') or names
    the city only in passing."""
    place = candidate.place
    if candidate.strong and candidate.cue != "attack-on" or place.latitude is None:
        return None
    for city in cities:
        if (city.population >= BIG_CITY_SIZE and place.population < city.population / 10
                and own_scores[city] >= 0.1 * own_scores[place]
                and city.country_code == place.country_code and city.region == place.region
                and _distance_km(place, city) < min(15.0, 10.0 * math.sqrt(city.population / 1e6))):
            return city
    return None


def _distance_km(a: Place, b: Place) -> float:
    """The distance between two places, flat-earth: exact enough within a city."""
    dy = a.latitude - b.latitude
    dx = (a.longitude - b.longitude) * math.cos(math.radians(a.latitude))
    return 111.2 * math.hypot(dx, dy)


def _fits(place: Place, named: set[str], states: Counter) -> bool:
    """False when the article names countries (`named`: those, and the US if it names US
    states) and the place is in none of them, or US states and the place is in none of them."""
    if named and place.country_code not in named:
        return False
    return not (place.country_code == "US" and states and gazetteer.state_code(place) not in states)


def _prior(candidate: Candidate, place: Place, named_countries: set[str]) -> float:
    """How likely the name means this place at all: towns over hamlets (0.8 for a village
    of 1,000, 1.1 for a city of a million), and a small place outside the countries the
    article names only by its own name, not an alias ('Cashmere' is not the 'Kashmir' of the
    article; 'Naqura' in a Lebanese story is En Nâqoûra)."""
    # A town the gazetteer lacks counts as a small town: the article says it is one.
    population = UNKNOWN_TOWN_SIZE if place.latitude is None else place.population
    prior = 0.5 + 0.1 * math.log10(population + 10)
    if candidate.alias and place.population < 50_000 and place.country_code not in named_countries:
        prior *= 0.3
    if candidate.alias and named_countries and place.country_code not in named_countries:
        prior *= 0.1  # 'Taliban', 'Grenade', 'Sulu': another country's name for a place elsewhere
    return prior


def _resolve_all(candidates: list[Candidate], countries: Counter, states: Counter) -> None:
    """Resolve every candidate, each name and hint once."""
    resolved: dict[tuple, Entry] = {}
    for candidate in candidates:
        key = (candidate.key, candidate.country_hint, candidate.state_hint)
        if key not in resolved:
            resolved[key] = _resolve(candidate, countries, states)
        candidate.place, candidate.alias = resolved[key]


def _most_named(counts: Counter) -> str:
    """`counts.most_common(1)`'s key (the first named among ties), without importing heapq."""
    return max(counts, key=counts.__getitem__)


def _resolve(candidate: Candidate, countries: Counter, states: Counter) -> Entry:
    """The gazetteer place the name stands for here: the hinted or mentioned country and
    state first, then the more populous, own names before alternate names."""
    top_country = _most_named(countries) if countries else None

    def fit(entry: Entry) -> float:
        place = entry.place
        score = math.log10(place.population + 10) - entry.alias
        if candidate.country_hint:
            score += 4.0 * (place.country_code == candidate.country_hint)
        if candidate.state_hint:
            score += 4.0 * (gazetteer.state_code(place) == candidate.state_hint)
        score += 1.5 * (place.country_code in countries) + 0.5 * (place.country_code == top_country)
        if place.country_code == "US" and states:
            score += 1.0 + 1.5 * (gazetteer.state_code(place) in states)
        return score

    # The best fit, the first of equals (as `max`); the entries come most populous first and
    # the hints and countries add at most `most_added`, so a small place cannot catch up.
    most_added = (4.0 * bool(candidate.country_hint) + 4.0 * bool(candidate.state_hint)
                  + 2.0 * bool(countries) + 2.5 * bool(states) + 1e-9)
    best, best_fit = None, -math.inf
    for entry in candidate.entries:
        if math.log10(entry.place.population + 10) + most_added < best_fit:
            break
        if (entry_fit := fit(entry)) > best_fit:
            best, best_fit = entry, entry_fit
    if best is None or (candidate.state_hint and gazetteer.state_code(best.place) != candidate.state_hint) \
            or (candidate.country_hint and best.place.country_code != candidate.country_hint):
        # A town the gazetteer does not know ('Ira, Vt.'): in the state or country the
        # article puts it in, without coordinates.
        return Entry(_unknown_place(candidate, candidate.country_hint or top_country or ""), False)
    return best


def _unknown_place(candidate: Candidate, code: str) -> Place:
    """A place for a town the gazetteer does not know: its name as written, in the given
    country (and the hinted US state), without coordinates."""
    name = candidate.text.title() if candidate.text.isupper() else candidate.text
    region = gazetteer.state_name(candidate.state_hint) if candidate.state_hint else None
    return Place(name, region, gazetteer.country_name(code) if code else "", code, None, None)
