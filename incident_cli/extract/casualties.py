"""Killed and wounded counts of the article's main incident (issue 3).

Two steps, kept apart so an explain view can show why a figure won:

1. `find_candidates` reads every count the grammar recognises: a subject and its verb
   ('three soldiers and two civilians were killed'), a verb and its object ('killing 12
   people'), a toll ('the death toll rose to 15') or a negation ('no one was hurt').  Each
   candidate keeps its kind, value, qualifier, bounds, span, sentence and rule name.  The
   kinds: killed, wounded, and victims (people shot or taken to hospital, dead or alive).
2. `choose` picks the main incident's figure for each field from those candidates.
"""
from __future__ import annotations

import bisect
import itertools
import string
from dataclasses import dataclass, replace
from functools import cache

import regex

from ..model import Mention
from . import lexicon, patterns
from .document import Document, Sentence
from .numbers import NUMBER, SCALES, UNITS, VAGUE_LOW, parse_number

KINDS = ("killed", "wounded", "victims")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One count the grammar read: what it counts, the mention, and where it stands."""

    kind: str  # 'killed', 'wounded' or 'victims'
    mention: Mention
    sentence_index: int  # 0 is the headline (or the lead's first sentence)
    background: bool  # the sentence is about other times or the war as a whole
    update: bool  # a toll that rose ('rose to 15'), or a death after the first report ('later died')
    attacker: bool  # the people counted are the attackers ('the gunman was shot dead')
    known_one: bool = False  # one person met before: 'he was wounded', 'the victim suffered a wound'


def find_counts(doc: Document) -> tuple[Mention | None, Mention | None]:
    """The (killed, wounded) mentions chosen for the main incident; None where the article does not say."""
    recased = _recased(doc)
    if recased is None:
        return choose(find_candidates(doc))
    return tuple(_in_original(mention, recased, doc.text) for mention in choose(find_candidates(recased)))


# --- ALL-CAPS text ----------------------------------------------------------------------------

# Word endings of common words, never of names: 'AMBUSHED', 'SHOOTING', 'POLITICAL'.
# ('AHMED', 'KELLY', 'AVERY' are names: no 'ed', 'ly' or 'ery' alone).
_COMMON_ENDINGS = ("ing", "ally", "edly", "ously", "ively", "ently", "antly", "ately", "tion",
                   "tions", "ment", "ments", "ness", "ity", "ies", "ous", "ive", "ives", "ists",
                   "ened", "ated", "ured", "ered", "shed", "cked", "oted", "ited", "ied", "sed",
                   "ved", "zed", "ped", "ged", "sted", "nded", "rted", "lted", "cted", "pted")


def _recased(doc: Document) -> Document | None:
    """An ALL-CAPS article as the grammar reads case ('TWO SOLDIERS WERE\nKILLED', 'JUAN PEREZ,
    25, DIED'): in the sentences the grammar reads, names capitalised, other words in lower
    case, the first word capitalised; every offset kept.  None for an article in mixed case."""
    if not doc.in_capitals:
        return None
    lower = doc.text.lower()
    if len(lower) != len(doc.text):
        return None  # a letter whose lower case is longer ('İ') would move every offset after it
    sentences = doc.sentences  # wrapped copy's lines are already joined (cleaning)
    words = [[(word.start(), word.group()) for word in _small("word").finditer(
        doc.text, sentence.start, min(sentence.end, sentence.start + MAX_SENTENCE_CHARS))]
        for sentence in _to_read(sentences, lower)]
    text = list(lower)
    names = _names(words, doc.text, lower)
    for start, said in itertools.chain.from_iterable(words):
        if said in names:
            text[start] = said[0]  # 'PEREZ' -> 'Perez'
    for start, _ in (each[0] for each in words if each):
        text[start] = text[start].upper()  # a sentence's first word
    text = "".join(text)
    sentences = [Sentence(each.start, each.end, text[each.start:each.end]) for each in sentences]
    return Document(text, doc.published, doc.body_start, sentences, doc.in_capitals,
                    [each.start for each in sentences])


def _to_read(sentences: list[Sentence], lower: str) -> list[Sentence]:
    """The sentences `find_candidates` reads: the lead, and the first of those that name a casualty."""
    stems = [stem for stem in _STEMS if stem in lower]
    read, seen = [], set()
    for index, sentence in enumerate(sentences):
        said = lower[sentence.start:min(sentence.end, sentence.start + MAX_SENTENCE_CHARS)]
        if index < LEAD_SENTENCES or said not in seen and any(stem in said for stem in stems):
            read.append(sentence)
            seen.add(said)
            if len(seen) == MAX_SENTENCES_READ:
                break
    return read


def _names(sentences_words, text: str, lower: str) -> set[str]:
    """The words of names, ALL CAPS: two unknown words in a row ('JUAN PEREZ', 'SAN SALVADOR'),
    one before an age ('OKAFOR, 41,') or a person ('RIVERSIDE TEEN'), and those words also where
    they stand alone ('PEREZ'S')."""
    common = {}  # word -> no name's by itself (articles repeat their words)
    names = set()
    for words in sentences_words:
        unknown = []
        for start, said in words:
            if said not in common:
                common[said] = _common(said)
            unknown.append(not common[said] and not lower.endswith(("-", "the ", " a ", " an "), 0, start))
        for (start, first), (next_start, second), pair in zip(words, words[1:], zip(unknown, unknown[1:])):
            gap = text[start + len(first):next_start]
            if pair[0] and (pair[1] and gap == " " or gap == ", " and _small("age").match(text, next_start)
                            or gap == " " and second.lower() in _SINGULAR_NOUNS):
                names.add(_stem(first))
                if pair[1]:
                    names.add(_stem(second))
    return {said for words in sentences_words for _, said in words if said.isupper() and _stem(said) in names}


_CONTRACTIONS = ("'t", "’t", "'ve", "’ve", "'ll", "’ll", "'re", "’re", "'d", "’d", "'m", "’m")


def _stem(word: str) -> str:
    return word.lower().replace("’", "'").partition("'")[0]  # 'PEREZ'S' -> 'perez'


def _common(word: str) -> bool:
    """An ALL-CAPS word that is no name by itself: a known word, a number, an initial."""
    if not word.isupper() or len(word) == 1:
        return True  # '12', mixed case already ('McDONALD'), an initial
    lower = word.lower()
    if lower.endswith(_CONTRACTIONS):
        return True  # 'DON'T', 'WOULDN'T'
    stem = _stem(word)
    return stem in _known_words() or stem.endswith(_COMMON_ENDINGS)


@cache
def _known_words() -> frozenset:
    """Words an ALL-CAPS article writes in lower case when recased: every word the grammar and
    the lexicon know, and common words of wire copy (the rest are taken for names)."""
    return frozenset(word for phrases in (
        lexicon.KILLED_AFTER, lexicon.KILLED_BEFORE, lexicon.WOUNDED_AFTER, lexicon.WOUNDED_BEFORE,
        lexicon.HURT_AFTER, lexicon.SHOT_AFTER, lexicon.SHOT_BEFORE, lexicon.ATTACKER_NOUNS,
        lexicon.BACKGROUND_CUES, lexicon.OTHER_TIME_CUES, lexicon.PERSON_NOUNS, lexicon.MONTHS,
        lexicon.WEEKDAYS, lexicon.COMMON_WORDS, lexicon.NOT_PLACE_WORDS, lexicon.INCIDENT_WORDS,
        lexicon.STREET_WORDS, lexicon.WIRE_WORDS, _NOT_FILLER_WORDS, _NOT_NAMES, _VERB_STARTS,
        _FORM_STARTS, _SUBJECT_STARTS, _NOT_PEOPLE, VAGUE_LOW, UNITS, SCALES)
        for phrase in phrases for word in phrase.split())


def _in_original(mention: Mention | None, recased: Document, text: str) -> Mention | None:
    """A mention read in the `recased` text, with the article's own words."""
    if mention is None:
        return None
    sentence = recased.sentence_at(mention.start).start  # the mention's sentence starts there
    return replace(mention, text=text[mention.start:mention.end],
                   sentence=text[sentence:sentence + len(mention.sentence)])


# --- patterns ----------------------------------------------------------------------------

def _phrases(words) -> str:
    """An alternation of plain phrases, longest first, any run of space between words.

    Grouped by first letter ('k(?:illing|ills)|d(?:ied|ead)'): the engine tries every
    alternative in turn, so at each position it tries the one group that can start there
    instead of the whole list.  The phrases are lower case, so the groups exclude each other
    and the matches are the plain alternation's."""
    groups: dict[str, list[str]] = {}
    for phrase in patterns.longest_first(set(words)):
        first, *more = phrase.translate(_ESCAPES).split()
        initial = first[:2] if first[0] == "\\" else first[0]  # an escaped mark: '\.com'
        rest = r"\s+".join((first[len(initial):], *more))
        groups.setdefault(initial, []).append(rest)
    return "|".join(f"{initial}(?:{'|'.join(rests)})" for initial, rests in groups.items())


# regex.escape's table for the punctuation phrases hold ('a.m.' -> 'a\.m\.'): one translate
# per phrase instead of an escape per word (hundreds at the first parse).
_ESCAPES = str.maketrans({mark: regex.escape(mark) for mark in string.punctuation})


# Person nouns that name one person ('man', 'teen'): a bare one is a headline's subject.
_PLURALS = {"men", "women", "people", "children", "policemen", "gunmen", "servicemen", "troops",
            "crew", "staff", "elderly", "security", "personnel", "other", "others", "forces"}
_SINGULAR_S = frozenset({"boss", "actress", "witness", "hostess"})
_SINGULAR = sorted(word for word in lexicon.PERSON_NOUNS
                   if word not in _PLURALS and (not word.endswith("s") or word in _SINGULAR_S))
_SINGULAR_NOUNS = frozenset(_SINGULAR)

_QUALIFIER = r"""
    (?P<qualifier>at\s+least|more\s+than|over|upwards\s+of|nearly|almost|about|around|some
       |approximately|roughly|an\s+estimated|close\s+to|up\s+to|as\s+many\s+as|at\s+most)
"""

_VAGUE = _phrases(VAGUE_LOW)

# Words that may not stand between a count and its verb: verbs, conjunctions and relative
# pronouns that would start another clause.
_NOT_FILLER_WORDS = frozenset("""
    was were is are be been being has have had will would may might could should who whom
    whose that which and or but after when while as says say told by with from if
    because since than then where there killed injured wounded hurt dead died shot among
    left leaving killing wounding injuring lost suffered sustained received taken rushed treated
    declared pronounced confirmed remain remained remains succumbed succumbing passed fatally
    he she they it we you dies die dying
""".split())
_NOT_FILLER = _phrases(_NOT_FILLER_WORDS)

# Capitalised words that start sentences but are not people's names.
_NOT_NAMES = frozenset("""
    police officers authorities officials he she they it the a an this that there one two
    three four five six seven eight nine ten no none nobody everyone all both many several
    some most dozens hundreds witnesses investigators detectives deputies troopers agents
    reports sources medics doctors paramedics firefighters residents relatives family those
    these others everybody somebody someone anybody monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december yesterday today
    on in at after before when while but and as let me i we you my our meanwhile however
""".split())

_GAP = r"(?:[^\S\n]|\n(?=\p{Ll}))"
"""Space within a phrase: a line break only where a wrapped line goes on in lower case."""

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"

_WORD_START = "(?:" + "|".join(patterns.longest_first(UNITS)) + r")\b"
"""A number word: 'all twelve'."""

_COUNTED = rf"""
    (?:{_QUALIFIER}\s+){{0,2}}                      # 'at least', 'more than', 'nearly' (twice in a typo)
    (?:between\s+|all\s+(?=\d|{_WORD_START}))?      # 'between 10 and 15', 'all 239'
    (?:
        (?<![$£€#/.,:\d])(?:{NUMBER})             # '12', 'twelve', 'a dozen' (not money, times)
        (?<!\b{_MONTH}\.?\s+\d+)                   # nor a date: 'Feb. 27'
        (?<!\b(?:hwy|highway|route|rt|interstate|sr)[.-]?\s*\d+)  # nor a road: 'Hwy 150'
        (?![\w%]|-(?![\s\d])|:\d|[.,]\d)          # not '12-year-old', '50th', '10:30', '12%'
        (?!\s+(?:year|month|week)s?[-\s]old        # nor '12 year-old',
           |\s+(?:minute|hour|day|week|month|year)s?\b)  # nor 'two weeks (ago)'
        (?:\s*(?:to|-|–|or|and)\s*(?:{NUMBER})(?![\w%-]))?  # a range: '10 to 15'
      | (?:{_VAGUE})\b                            # 'dozens', 'several'
      | (?:a\s+couple(?:\s+of)?|a\s+pair\s+of|a|an|the|one|another|both|his|her|their)\b
      | \d{{1,3}}[-\s](?:year|month|week)s?[-\s]old\b  # '9-year-old girl': one person
    )
    (?:{_GAP}+(?:of{_GAP}+)?                          # then a few words for who they were:
       (?!(?:{_NOT_FILLER})\b)[\p{{L}}\d][\p{{L}}\d'’-]*+){{0,5}}?  # 'Palestinian civilians'
"""

_NAME = rf"""
    (?-i:\p{{Lu}}[\p{{Ll}}'’-]++                        # a capitalised word: 'Jane'
      (?:[^\S\n]+(?!(?i:{_NOT_FILLER})\b)              # then up to two more, none a verb:
         \p{{Lu}}(?:\.|(?=[\p{{L}}'’-]*\p{{Ll}})[\p{{L}}'’-]++)){{0,2}})  # 'Q.', 'Doe', 'McLean'
"""

_NOUN_PHRASE = rf"""
    (?:{_COUNTED}
      | (?:he|she)\b(?=\s+(?:was|had|has|later|died|is))   # a one-person pronoun
      | (?:himself|herself)\b                               # 'shot himself'
      | {_NAME}                                              # a name: 'Jane Doe'
        (?:\s*,\s*\d{{1,3}}\s*,                               # maybe with an age: ', 19,'
           (?:(?!\s*(?:and|or|&)\s)                           #   and who she was: ' a nurse,'
              (?:(?!\b(?:{_NOT_FILLER})\b)[^,.;:!?\n]){{1,80}}?,)?)?  #   (no verb: not ' were killed,')
      | (?:(?-i:\p{{Lu}}[\p{{L}}'’-]*+)[^\S\n]+){{0,2}}        # a headline's bare noun, maybe
        (?:{'|'.join(_SINGULAR)})\b                         # after a place: 'Teen', 'Pontiac boy'
        (?:\s*,\s*\d{{1,3}}\s*,)?                            # maybe with an age
    )
"""

_OBJECT = rf"""
    (?:{_COUNTED}
      | (?:himself|herself|self)\b                          # 'killing himself', 'kills wife, self'
      | {_NAME}(?:\s*,\s*\d{{1,3}}\b)?                      # 'killing Jane Doe, 25'
      | (?:(?-i:\p{{Lu}}[\p{{L}}'’-]*+)[^\S\n]+){{0,2}}        # 'the murder of 13-year-old and father',
        (?:{'|'.join(_SINGULAR)})\b                         #   'killed Columbia teen'
    )
"""

_ATTRIBUTION = r"""
    (?:the|a|an|his|her|their|one|two|three)\s+      # ', the police said', ', a spokesman told AP',
    (?:[\p{L}\d'’-]++\s+){0,6}?                        #   ', the state news agency reported'
    (?:said|says|say|told|reported|reports|added|stated|announced|confirmed|tweeted|wrote)\b
"""
"""Who says so, after a count and a comma: the source, never more people counted."""

_AUXILIARY = rf"""
    (?:(?:{_GAP}+|(?<=[–—]))(?:were|was|are|is|have|has|had|been|being|be|will|would|may|might|could  # 'were'
         |got|get|to|not|never|n't|who|so|far|since              # 'had not', 'who so far'
         |(?:police|they|officials|authorities|investigators|deputies)\s+(?:say|said)  # 'who police say was'
         |also|later|all|both|each|then|now|just|either|already|still  # 'were all later'
         |reportedly|allegedly|apparently|believed|confirmed|reported|feared|left|found  # hedges
         |initially|originally|subsequently|immediately|eventually|ultimately  # time
         |critically|seriously|badly|slightly|tragically|accidentally|unintentionally  # manner
         |on{_GAP}+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b  # 'was on Monday killed'
      |{_GAP}*,{_GAP}*(?:all|both|who)\b                     # ', all suffering', ', who was'
    )*+
"""


# The small tests the grammar makes on a reading, by name; each is compiled when first used.
_SMALL = {
    "others": rf"""
        \A(?:an?\s+|the\s+)?(?:(?:{NUMBER})\s+)?      # 'another victim', 'the other man',
        (?:other|others|another|surviving)\b           #   'three others': people besides the dead
        """,
    "after_name": r"""
        (?-i:\p{Lu}\p{Ll})[\p{L}'’.-]*                  # a name ('Doe'),
        [,(]\s*\Z                                     # then ', ' before the number: an age
        """,
    "and": r"""
        \s+(?:and|&)\s+\Z                               # 'his wife and Jane Doe': one more
        """,                                          #   ('Ohio, and a man' may be a place)
    "who_of_one": r"""
        \s+who\b                                       # a restrictive 'who' (no comma before)
        (?!.*\b(?:were|are|have)\b)                     #   of one person: 'the man who (was) shot'
        """,
    "not": r"""
        \bnot?\b | n't | \bnever\b                     # 'were not hurt'
        """,
    "be": r"""
        \b(?:were|was|are|is|been|be|being|got|get)\b  # a passive: 'were killed'
        """,
    "transitive": r"""
        (?:killed|shot|wounded|injured|hurt|murdered   # verbs that may be active:
          |executed|massacred|stabbed|down)\Z          # 'the gunman killed two people'
        """,
    "word": r"""
        [\p{L}\d][\p{L}\d'’]*+                        # a word: 'killed', '12', 'o'clock'
        """,
    "hearsay": r"""
        \b(?:reports|rumou?rs|claims)\s+of\s+        # 'reports of (up to) four deaths'
        (?:up\s+to\s+|at\s+least\s+|as\s+many\s+as\s+)?\Z
        """,
    "toll_with_attacker": rf"""
        \b(?:left|leaving|leaves|leave)\s+\S+(?:\s+\S+)?\s+dead\b   # 'left four dead': a toll
      | \bincluding\s+(?:the\s+)?(?:{_phrases(lexicon.ATTACKER_NOUNS)})\b  # 'including the gunman'
        """,
    "event_subject": r"""
        \b(?:shootings?|blast|explosion|attack|bombing|crash|fire|violence|incident|rampage|spree
           |gunfire|standoff|dispute|argument|fight|quarrel)   # 'shooting kills 2': the event's toll,
        ['’]?s?\s+\Z                                           #   which may count the attacker
        """,
    "nobody": r"""
        no\b | nobody\b | none\b                     # 'no one', 'no injuries': everyone, not
        """,                                         #   'the driver was not hurt'
    "more_of_them": rf"""
        (?:{_QUALIFIER}\s+)?(?:{NUMBER})\s+(?:others|more)\b  # 'eight others', '14 more'
        """,
    "other_claim": r"""
        \b(?:while|whereas|but)\b[^.;]*?                # 'while local activists said'
        \b(?:said|say|says|claimed|claim|claims|reported|put)\b
        """,
    "one_of_the": rf"""
        (?:one|two|three|\d+)\s+of\s+(?:the|those)\s+   # 'one of the four people (wounded)':
        (?P<whole>{NUMBER})\b                            #   the verb counts all four
        """,
    "one_more": r"""
        \b(?:also|another|other|others|second|third|fourth|fifth|too|both|all  # 'a man was also hurt'
          |released|survived|recover(?:ed|ing)?)\b                # 'treated and released': he lived
        """,
    "known_one": r"""
        (?:he|she|the\s+(?:[\w-]+\s+)?victim)\Z      # 'he', 'the (shooting) victim'
        """,
    "victim_verb": r"""
        \b(?:was|were)\s+(?:(?!found\b)[a-z]+\s+)?   # 'a boy was (fatally) killed', not 'found':
        (?:killed|murdered|slain|shot\s+and\s+killed  #   found dead, he may be one of them
          |fatally\s+shot|shot\s+to\s+death)\Z
      | \A(?:killing|killed|kills|kill|shot\s+and\s+killed|fatally\s+sho\w+)\b  # 'killing two': not 'deaths of'
        """,
    "and_self": r"""
        \b(?:himself|herself|self)\b                    # 'killed his wife and himself'
        """,
    "multiple_shooting": r"""
        \b(?P<times>double|triple|quadruple)[\s-]+shootings?\b  # 'a double shooting': two people hit
        """,
    "age": r"""
        \d{1,3},                                      # an age after a name: 'PEREZ, 25,'
        """,
    "past_clause": r"""
        \b(?:in|since)\s+(?:19|20)\d\d,?\s+when\b        # 'in 2019, when 40 people were killed'
        """,
}


@cache
def _small(name: str) -> regex.Pattern:
    """The small test `name` (of `_SMALL`), compiled."""
    return patterns.compile(_SMALL[name], regex.IGNORECASE | regex.VERBOSE)


@cache
def _object_follows() -> regex.Pattern:
    return patterns.compile(rf"""
        \s+(?:him|her|them|himself|herself|themselves|his|their|its|a|an|the|another|both
           |someone|somebody|people|{_QUALIFIER}|{_VAGUE}|(?:{NUMBER}))\b  # 'shot two people'
        """, regex.IGNORECASE | regex.VERBOSE)


_HOSPITAL_VERBS = ("taken", "rushed", "transported", "transferred", "airlifted", "flown", "driven",
                   "brought", "sent", "admitted")
_HOSPITAL = rf"""
    (?:{"|".join(_HOSPITAL_VERBS)})                        # 'taken', 'rushed'
    (?:\s+by\s+[\w-]+)?\s+to\s+(?:[\w.'’-]+\s+){{0,4}}?      # '(by ambulance) to a nearby'
    (?:hospitals?|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re)|clinic)\b  # 'hospital'
"""
_INJURIES = r"""
    (?:sustained|suffered|received)\s+(?:[\w'’-]+\s+){0,8}?  # 'suffered what police described as a minor'
    (?:injuries|injury|wounds?)\b                         # 'injuries': hurt, how badly not said
"""

_STRUCK_BY = r"""
    (?:struck|hit)\s+by\s+what\s+(?:[\w'’-]+\s+){1,6}?      # 'struck by what may have been',
    (?:gunfire|bullets?|gunshots?|shots|pellets)\b             #   'by what police believe was a stray bullet'
"""


_AND_DIED = r"""
    [^.;!?\n]{0,80}?\b(?:and|but)\s+(?:later\s+|then\s+|subsequently\s+)?  # 'shot in the head and'
    (?:was\s+)?(?P<died>died|dies|killed|pronounced\s+dead|succumbed)  # '(later) died'
"""


@cache
def _verb_after() -> regex.Pattern:
    """Verbs that follow the people they count: 'were killed', 'died', 'taken to hospital'."""
    return patterns.compile(rf"""
        \b(?:
            (?P<killed>{_phrases(lexicon.KILLED_AFTER)})\b  # 'were killed', 'died', 'shot dead'
            (?!\s+(?:or|and)\s+(?:wounded|injured|hurt))   # not 'killed or wounded': casualties
            (?<!fatally(?=\s+(?:shoots|stabs|kills|wounds|injures)\b))  # nor 'Boy fatally shoots brother'
          | (?P<wounded>{_phrases(lexicon.WOUNDED_AFTER)})\b  # 'were hurt'
            (?:{_AND_DIED}                                  # '... and was pronounced dead'
              |(?:(?!\b(?:and|but|while|when|after|where(?!\s+(?:he|she|they)\b))\b)[^.;!?\n,]){{0,60}}?  # 'Woman hurt in crash dies'
               \b(?:has\s+)?(?P<died>died|dies)\b)?+
          | (?P<victims>{_phrases(lexicon.SHOT_AFTER)}|{_phrases(lexicon.HURT_AFTER)}|{_HOSPITAL}
                       |{_INJURIES}|{_STRUCK_BY})\b                        # 'shot', 'in critical condition'
            (?<!\b(?:still|remains?|remained)\s+in(?:\s+a|\s+the)?\s+hospital)  # not a later few:
            (?!\s+beds?\b)                                # 'three still in hospital'; nor 'in a hospital bed'
            (?:[^.;!?\n]{{0,80}}?\b(?P<survived>survived     # 'shot ... but survived'
               |(?:is|are)\s+expected\s+to\s+(?:survive|recover)))?+
            (?:{_AND_DIED}                                  # 'shot ... and died'
              |(?:(?!\b(?:and|but|while|when|after|where(?!\s+(?:he|she|they)\b))\b)[^.;!?\n,]){{0,60}}?  # 'Teen shot near school dies'
               \b(?:has\s+)?(?P<died>died|dies)\b)?+          #   (not '... and three of them died')
        )
        """, regex.IGNORECASE | regex.VERBOSE)


@cache
def _subject() -> regex.Pattern:
    """The people before a verb, up to where the search ends: 'three soldiers and two civilians were'."""
    return patterns.compile(rf"""
        \b(?<!\bincluding\s)                             # not a subset: 'including two children',
        (?<!\b(?:which|any|none|each|either|neither)\s+of\s+(?:the\s+)?)  #   'which of the three (died)'
        (?!(?<=\b(?:from|in|at|on|to|by|with|near|for|into|outside|inside)\s)  # nor a place:
           (?-i:\p{{Lu}}))                                 #   'from Pontiac'
        (?P<subject>
            (?:(?(group)(?:{_GAP}*,{_GAP}*|{_GAP}+)(?:and|or|&){_GAP}+)  # 'and' before all but the first:
               (?P<group>{_NOUN_PHRASE})                   # groups of people ('three soldiers and two
              |(?(group){_GAP}*,{_GAP}*(?P<listed>{_COUNTED}  #   civilians'), or a list after the first:
                 |(?:{'|'.join(_SINGULAR)})\b)|(?!))         #   'three soldiers, two civilians', 'Man, toddler'
            )+                                           # (one copy of the noun phrase: a faster compile)
        )
        (?:{_GAP}*,[^,.;:!?\n]{{1,80}}?,                   # an aside: ', including a child,'
          |{_GAP}+-{_GAP}[^-–—.;:!?\n]{{1,80}}?{_GAP}-          # or ' - including a child -',
          |{_GAP}*[–—]{_GAP}*[^–—.;:!?\n]{{1,80}}?{_GAP}*[–—])?  #   '—including a 9-year-old—'
        (?:\s*\([^()]{{1,80}}\))?                           # or a bracketed one
        (?P<auxiliary>{_AUXILIARY})
        \s+\Z                                             # right before the verb
        """, regex.IGNORECASE | regex.VERBOSE)


@cache
def _other_forms() -> regex.Pattern:
    """The forms that start with their verb or noun: objects, tolls and negations."""
    return patterns.compile(rf"""
        # verb first: 'killing 12 people and injuring 40 others'
        \b(?:(?<!\battempted\s)(?P<killed>{_phrases(lexicon.KILLED_BEFORE)})  # not 'attempted murder of'
           |(?<!(?:killed|kills|kill|killing)\s+(?:and|or)\s+)       # not 'killed or injured',
            (?:(?=(?:injury|injuries|wounding)\s)                   # a noun: 'the injury of a man',
              |(?<!\b(?:the|a|an|his|her|their)\s+                    #   not an adjective:
                  (?:(?:badly|seriously|critically|severely)\s+)?))     #   'the (badly) wounded teen'
            (?P<wounded>{_phrases(lexicon.WOUNDED_BEFORE)}
              |hurts?(?=\s+(?:{_QUALIFIER}\s+)?(?:\d|{_WORD_START}|(?:{_VAGUE})\b)))  # 'hurt 12',
                                                                       #   'hurt dozens', not 'hurt his father'
           |(?P<victims>{_phrases(lexicon.SHOT_BEFORE)}))
        \s+["“‘]?(?P<subject>                                # 'killing 12 people', 'killing his wife,
            (?:(?(group)(?:{_GAP}*,{_GAP}*(?:and{_GAP}+)?|{_GAP}+and{_GAP}+)  #   her mother and two others'
                  (?!{_ATTRIBUTION}))                    #   (a separator before all but the first;
               (?P<group>{_OBJECT})){{1,5}})                  #   not ', the police said')
        (?=\s*(?:[,.;:!?)]|\s[-–—]\s|\s(?:and|in|on|at|when|after|as|during|including|inside|outside
               |near|while|before|with|were|was|are|have|has|had|who|to|from|for|by|hours|days|minutes
               |weeks|months|ago|early|late|last|this|that|across|along|around|amid|despite|because
               |since|until|according|police|officials|authorities|said|says|overnight|yesterday
               |today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|$))  # the object ends
        # the attacker's own death: 'then turned the gun on himself', 'took his own life'
      | \b(?:turn(?:ed|ing|s)?\s+(?:the|a|his|her)\s+(?:gun|weapon|rifle|pistol|shotgun|firearm)\s+on\s+
            (?P<suicide>himself|herself|self)                       # 'turned the gun on himself'
          |(?:took|taking|takes|take)\s+(?P<suicide>(?:his|her)\s+own\s+life)  # 'took his own life'
          |fatally\s+(?:shot|shoots|shooting|shoot)\s+             # 'fatally shot himself'
            (?P<suicide>himself|herself|self)
        )\b
        # 'the murdered teen', 'a slain officer'
      | \b(?P<killed>murdered|slain)\s+(?P<subject>(?P<group>  # 'the murdered (West Side) teen'
            (?:(?-i:\p{{Lu}}[\p{{L}}'’-]*+)[^\S\n]+){{0,2}}(?:{'|'.join(_SINGULAR)})))\b
        # one life: 'hunting accident claims life'
      | \b(?:claimed|claims|claiming|took|takes|taking|cost|costs|costing)  # 'took her life'
        \s+(?:a\s+|one\s+|the\s+|his\s+|her\s+)?(?P<killed>life)\b
        # a verb or a toll, the people, and a word that says what befell them (one copy of the
        # count for all these forms: the word after it depends on the form's first words)
      | \b(?:(?P<to_death>shot|shooting|stabbed|stabbing|beat|beating|hacked|hacking|bludgeoned
                         |strangled)\s+                      # 'stabbed three people to death'
          |(?P<lives>claimed|claiming|claims|claim|took|taking|takes|cost|costing)\s+  # 'claimed 12 lives'
          |(?P<left>left|leaving|leaves|leave)\s+            # 'left three dead'
          |(?P<sent>sent|sending|sends|send)\s+              # 'sent two others to hospital'
          |(?P<toll>(?:death|casualty)\s+toll                # 'the death toll'
             |number\s+of\s+[^.;:!?\d]{{0,40}}?\b(?:dead|deaths|killed|died|fatalities))  # 'the number of dead'
           (?:(?!\b(?:could|may|might|would|expected|feared|likely)\b)[^.;:!?\d]){{0,100}}?  # not a forecast
           \b(?:to|at|of|is|was|reached|hits?|now|stood|stands|climbed|rose  # '... rose to'
             |passe[sd]|tops?|topped|exceed(?:s|ed)?|surpass(?:es|ed)?)\s+
        )
        (?P<subject>(?P<group>{_COUNTED}|(?(to_death){_NAME}|(?!))))  # 'three people', or 'Jane Doe'
        (?(to_death)\s+(?P<killed>to\s+death|dead)\b          # '... to death'
        |(?(lives)\s+(?P<killed>lives)\b                      # '... lives'
        |(?(left)\s+(?:(?P<killed>dead)|(?P<wounded>injured|wounded|hurt))\b  # '... dead'
        |(?(sent)\s+to\s+(?:the\s+|a\s+|area\s+|local\s+)?(?P<victims>hospitals?)\b  # '... to hospital'
        |(?P<killed>)))))                                     # a toll counts the dead: '15'
        # nobody: 'no one was killed', 'no injuries were reported', 'escaped unhurt'
      | \b(?P<negation>no(?:\s+one|body)(?:\s+else)?|none\s+of\s+the\s+\w+|no\s+other\s+(?:people|person|one))
        (?P<auxiliary>{_AUXILIARY})\s+(?:(?P<killed>killed|died|dead|fatally)  # '... was killed'
          |(?P<wounded>injured|wounded|hurt|shot|harmed))\b                       # '... was hurt'
      | \bno\s+(?:other\s+|additional\s+|further\s+|serious\s+|immediate\s+|reported\s+)?
        (?P<negation>(?P<killed>deaths|fatalities)|(?P<wounded>injuries)|(?P<casualties>casualties))\b
      | \b(?P<negation>(?P<wounded>unhurt|unharmed|uninjured|without\s+(?:any\s+)?injur(?:y|ies)))\b
        """, regex.IGNORECASE | regex.VERBOSE)


@cache
def _count_phrase() -> regex.Pattern:
    """The count at the start of one group: qualifier, number or range, vague word, or a determiner."""
    return patterns.compile(rf"""
        (?:{_QUALIFIER}\s+){{0,2}}                 # 'at least' (twice in a typo)
        (?P<between>between\s+)?                   # 'between 10 and 15'
        (?:
            (?:(?:the|his|her|their|all|another)\s+)?(?:other\s+)?  # 'her two children', 'the other three'
            (?P<number>{NUMBER})(?![\w%]|-(?![\s\d]))  # the figure, not '12-year-old'
            (?!\s+(?:year|month|week)s?[-\s]old)        # nor '12 year-old'
            (?:\s*(?:to|-|–|or|and)\s*(?P<high>{NUMBER}))?  # a range's upper end
          | (?P<vague>{_VAGUE})\b                  # 'dozens'
          | (?P<pair>both|a\s+couple(?:\s+of)?|a\s+pair\s+of)\b
          | (?P<one>a|an|the|one|another|his|her|their|he|she|himself|herself)\b
        )
        (?P<rest>.*)                               # the people counted
        """, regex.IGNORECASE | regex.VERBOSE | regex.DOTALL)


@cache
def _background() -> regex.Pattern:
    """Cues of the war as a whole: a count in such a sentence is never the incident's."""
    return patterns.compile(rf"""
        \b(?:{_phrases(lexicon.BACKGROUND_CUES)})\b  # 'since the war began', 'so far this year'
      | \b(?:shootings|incidents)\b                      # a roundup: '3 dead in weekend shootings'
        (?<!\bthe\s+(?:[\w-]+\s+)?(?:shootings|incidents))  #   (not 'the shootings',
        (?!\s+(?:of|at|in|on|that|which)\b)            #   'shootings at the mall')
        """, regex.IGNORECASE | regex.VERBOSE)


@cache
def _other_time() -> regex.Pattern:
    """Cues of another time or incident: they move a count out of the story after its lead."""
    return patterns.compile(rf"""
        \b(?:{_phrases(lexicon.OTHER_TIME_CUES)})\b  # 'last month', 'in a separate attack'
      | \b(?:in|since|of)\s+(?:19|20)\d\d\b          # 'in 2019'
      | \b(?:in|over)\s+the\s+(?:last|past)\s+               # 'in the last eight months'
        (?:[\w-]+\s+)?(?:months|years|decades?)\b
      | \bin\s+(?:early\s+|late\s+|mid-?)?(?:january|february|march|april|may|june|july|august|september
          |october|november|december)\b(?!\s+\d)                   # 'in June': a month, not the day
        """, regex.IGNORECASE | regex.VERBOSE)


@cache
def _update() -> regex.Pattern:
    """Words of a toll that grew, a death that came later, or a total that adds the attacker."""
    return patterns.compile(rf"""
        \bincluding\s+(?:the\s+)?(?:{_phrases(lexicon.ATTACKER_NOUNS)})\b   # a total that adds the gunman
      | \b(?:rose|risen|rising|climbed|jumped|increased|mounted|grew|reached|passe[sd]|bringing
           |brings|brought)\b                                                 # the toll rose
      | \blater\s+died\b | \bhas\s+since\s+died\b | \bsuccumbed\b              # a later death
      | \b(?:second|third|fourth|fifth|sixth)\s+(?:victim|person|man|woman|boy|girl)  # 'a fourth victim'
        """, regex.IGNORECASE | regex.VERBOSE)


@cache
def _attacker() -> regex.Pattern:
    return patterns.compile(rf"""
        \b(?:{_phrases(lexicon.ATTACKER_NOUNS)})\b  # 'the gunman', 'both suspects'
        """, regex.IGNORECASE | regex.VERBOSE)


def _first_words(*phrase_lists) -> frozenset:
    return frozenset(phrase.split()[0] for phrases in phrase_lists for phrase in phrases)


# The words a form may start with: the grammar tries its patterns only there.
_VERB_STARTS = _first_words(lexicon.KILLED_AFTER, lexicon.WOUNDED_AFTER, lexicon.SHOT_AFTER,
                            lexicon.HURT_AFTER, _HOSPITAL_VERBS, ("received",))
_FORM_STARTS = _first_words(lexicon.KILLED_BEFORE, lexicon.WOUNDED_BEFORE, lexicon.SHOT_BEFORE, (
    "turned", "turning", "turns", "turn", "took", "taking", "takes", "take", "claimed", "claiming",
    "claims", "claim", "cost", "costing", "stabbed", "stabbing", "beat", "beating", "hacked",
    "hacking", "bludgeoned", "strangled", "left", "leaving", "leaves", "leave", "sent", "sending",
    "sends", "send", "death", "casualty", "number", "no", "nobody", "none", "unhurt", "unharmed",
    "uninjured", "without", "murdered", "slain", "costs", "kills", "killed", "killing", "hurt", "hurts"))
# Stems of every trigger: a sentence without any is skipped unread.
_STEMS = ("kill", "dead", "die", "death", "slain", "murder", "perish", "execut", "massacr", "shot",
          "shoot", "stab", "beat", "burn", "crush", "fatal", "lost", "succumb", "wound", "injur",
          "hurt", "hospital", "treated", "condition", "sustain", "suffer", "struck", "hit", "gunned",
          "toll", "casualt", "unharm", "bodies", "martyr", "survive", "lives", "life", "medical",
          "trauma", "clinic", "graz", "gunfire", "bullet", "gunshot", "slay", "strangl", "hack",
          "himself", "herself", "deceased", "passed away", "passes away", "airlift", "critical")


_SUBJECT_STARTS = frozenset([
    *UNITS, *SCALES, "dozen", "a", "an", "the", "one", "another", "both", "his", "her", "their",
    "he", "she", "himself", "herself", "between", "at", "more", "over", "upwards", "nearly",
    "almost", "about", "around", "some", "approximately", "roughly", "close", "up", "as", "all",
    *(phrase.split()[0] for phrase in VAGUE_LOW), *_SINGULAR])


@cache
def _fatal() -> regex.Pattern:
    """Words that say people died without a count: one person, or two for 'a double homicide'."""
    return patterns.compile(r"""
        \b(?P<double>double[\s-]+(?:homicide|murder|slaying|killing|fatal)
          |murder(?<!\battempted\s+murder)[\s-]+suicide)   # (not 'attempted murder-suicide')
      | \b(?P<multiple>triple|quadruple)[\s-]+(?:homicide|murder|slaying|killing|fatal)  # 'a triple homicide'
      | \b(?:fatal|deadly|fatally)\s+(?:[\p{Lu}\d][\w.-]*+\s+){0,3}       # 'a fatal shooting', 'deadly
        (?:shooting|stabbing|gunshot|shot|wounded)                             #   Oak Park shooting'
      | \bshooting\s+death\b                                                 # 'a shooting death'
      | \b(?:homicide|murder)\s+(?:of|victim)\b                               # 'the murder of'
      | \b(?:with|of)\s+                                     # 'charged with murder', 'guilty of
        (?:(?:first|second|third)[\s-]degree\s+)?murder\b     #   second-degree murder'
      | \b(?:negligent|criminally\s+negligent|reckless)\s+homicide\b | \bmanslaughter\b  # a death in law
      | \b(?:charged|arrested|indicted|convicted|sentenced|suspects?)\s+in\s+(?:the\s+)?  # 'charged in
        (?:[\p{Lu}\d][\w.'’-]*+\s+){0,3}(?:killing|slaying|death)\b   #   (Sunday's) killing'
        """, regex.IGNORECASE | regex.VERBOSE)


# --- step 1: candidates ---------------------------------------------------------------------

LEAD_SENTENCES = 3  # headline and lead: counts there are the story's even when dated
REFINE_SENTENCES = 8  # how far after a vague count ('several were hurt') a figure may refine it
SUBJECT_REACH = 160  # how far before its verb a subject may start, in characters
# Words a subject holds only in an aside (', who was with her,'): a subject starts after the
# last one that no aside closes, which spares the grammar most of its vain tries.
_CLAUSE_WORDS = frozenset("""
    when while after because told says according if where there by with from but that which
    whom whose
""".split())


# Bounds on the grammar's work, above what a report needs (the incident is in the first
# sentences; the longest dev page names casualties in 489, all but 4 of 2,983 in under 100;
# a sentence runs to a few hundred characters): they cap what hostile text, such as one
# trigger word repeated for a megabyte, can cost.
MAX_SENTENCES_READ = 150  # sentences naming a casualty
MAX_SENTENCE_CHARS = 2_000  # of one sentence
MAX_WORDS_TRIED = 16  # words of one sentence where a form may start (each kind apart)


def find_candidates(doc: Document) -> list[Candidate]:
    """Every count the grammar reads in the article, in text order."""
    candidates = []
    article = doc.text.lower()
    stems = [stem for stem in _STEMS if stem in article]  # the few this article holds
    read = 0
    seen = set()  # a sentence said again (a headline repeated in the body) adds no count
    for index, sentence in enumerate(doc.sentences):
        lower = sentence.text[:MAX_SENTENCE_CHARS].lower()
        if any(stem in lower for stem in stems):  # most sentences name no casualty at all
            if lower not in seen:
                seen.add(lower)
                end = min(sentence.end, sentence.start + MAX_SENTENCE_CHARS)
                words = _words(doc.text, sentence.start, end)
                candidates += _read_sentence(doc.text, sentence.start, end, index, words)
            read += 1
            if read == MAX_SENTENCES_READ:
                break
    for index, sentence in enumerate(doc.sentences[:LEAD_SENTENCES]):
        if fatal := _fatal().search(sentence.text):  # 'a fatal shooting': a fallback, no count
            start = sentence.start + fatal.start()
            multiple = fatal.group("multiple")
            value = _MULTIPLES[multiple.lower()] if multiple else 2 if fatal.group("double") else 1
            mention = Mention(value, fatal.group(), start, start + len(fatal.group()), "fatal-word",
                              sentence.text)
            candidates.append(Candidate("killed", mention, index, False, False, False))
            break
    for index, sentence in enumerate(doc.sentences[:LEAD_SENTENCES]):
        if shooting := _small("multiple_shooting").search(sentence.text):  # 'a double shooting'
            start = sentence.start + shooting.start()
            mention = Mention(_MULTIPLES[shooting.group("times").lower()], shooting.group(), start,
                              start + len(shooting.group()), "shooting-word", sentence.text)
            candidates.append(Candidate("victims", mention, index, False, False, False))
            break
    return candidates


@dataclass(frozen=True, slots=True)
class _Reading:
    """One form the grammar matched, before its count is read."""

    kind: str
    start: int
    end: int
    groups: list[str]  # the groups of people counted: 'three soldiers', 'two civilians'
    listed: bool  # the groups were a bare list: 'three soldiers, two civilians'
    auxiliary: str  # the words between subject and verb: 'were later'
    negation: bool
    casualties: bool  # 'no casualties': neither killed nor wounded
    rule: str
    after_and: frozenset = frozenset()  # the groups that follow an 'and': 'his wife and Jane Doe'


def _words(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, lower-case word) of each word: the grammar's forms start only at some words."""
    return [(word.start(), word.group().lower()) for word in _small("word").finditer(text, start, end)]


def _read_sentence(text: str, start: int, end: int, index: int, words) -> list[Candidate]:
    """The candidates in one sentence, `text[start:end]`, the `index`th of the article."""
    sentence = text[start:end]
    others = list(_other_readings(text, end, words))
    negations = [each for each in others if each.negation]
    subjects = [each for each in _subject_readings(text, start, end, words)
                if not any(no.start <= each.start < no.end for no in negations)]  # 'no one was hurt'
    if not others and not subjects:
        return []
    background = bool(_background().search(sentence) or _small("past_clause").search(sentence)) or (
        index >= LEAD_SENTENCES and bool(_other_time().search(sentence)))
    candidates = []
    for reading in sorted(subjects + others, key=lambda each: each.start):
        said = text[reading.start:reading.end]
        update = bool(_update().search(said)) or (
            reading.rule == "death-toll" and bool(_update().search(sentence)))
        attacker = bool(reading.groups) and all(map(_is_attacker, reading.groups))  # 'the gunman died'
        known_one = _is_known_one(reading, said)
        for kind, mention in _mentions(reading, text, sentence):
            candidates.append(Candidate(kind, mention, index, background, update, attacker, known_one))
    return candidates + _with_others(candidates, text)


def _with_others(candidates: list[Candidate], text: str) -> list[Candidate]:
    """'Ten were hospitalised; eight others were treated': the hurt in one sentence, added up."""
    hurt = [each for each in candidates if each.kind in ("wounded", "victims")
            and each.mention.value and each.mention.rule != "negation"]
    added = []
    for first, other in zip(hurt, hurt[1:]):
        if not _small("more_of_them").match(other.mention.text) or first.mention.end > other.mention.start:
            continue
        kind = "victims" if first.kind == other.kind == "victims" else "wounded"
        start, end = first.mention.start, other.mention.end
        added.append(Candidate(kind, Mention(
            first.mention.value + other.mention.value, text[start:end], start, end,
            f"{first.mention.rule}-and-others", first.mention.sentence, first.mention.qualifier),
            first.sentence_index, first.background, first.update, False))
    return added


def _subject_readings(text: str, start: int, end: int, words):
    """Each verb that follows its subject, with the longest subject that reads as people."""
    read_to = start
    tried = 0
    starts = None  # the words a subject may start with, picked once for all the verbs of the sentence
    for number, (offset, word) in enumerate(words):
        if offset < read_to or word not in _VERB_STARTS:
            continue
        tried += 1
        if tried > MAX_WORDS_TRIED:
            break
        if not (verb := _verb_after().match(text, offset, end)):
            continue
        read_to = verb.end()
        if starts is None:
            starts = {position for position, first in words if _may_start_subject(first, text[position])}
        if verb.group("died") is not None:
            kind = "killed"
        elif verb.group("survived") is not None:  # 'was also shot but survived'
            kind = "wounded"
        else:
            kind = next(each for each in KINDS if verb.group(each) is not None)
        window = _subject_window(words, number, text, verb.start())
        for position, _ in words[window:number]:
            if position not in starts:
                continue
            subject = _subject().match(text, position, verb.start())
            if subject is None:
                continue
            groups = subject.captures("group") + subject.captures("listed")
            if verb.group().lower() == "fatally":  # 'six people, one fatally': one of them
                groups = groups[-1:]
            after_and = _after_and(text, sorted(subject.spans("group") + subject.spans("listed")))
            if groups[-1] in after_and and _small("who_of_one").match(subject.group("auxiliary")):
                groups = groups[-1:]  # 'Jane Doe and the man who died': the man
            reading = _Reading(
                kind, subject.start(), verb.end(), groups,
                bool(subject.captures("listed")), subject.group("auxiliary"), False, False,
                "shot-and-died" if verb.group("died") is not None else f"subject-{kind}",
                after_and)
            if _is_age(reading, text) or "\n" in text[subject.end("auxiliary"):verb.start()] and (
                    not verb.group()[0].islower()):
                continue  # 'Jane Doe, 25, was', or a line break before a verb that starts a line
            if _small("hearsay").search(text, max(0, position - 60), position):
                break  # 'reports of up to four deaths': not a count the article gives
            if _negated(reading) or not _is_active(reading, verb, text) and _count(reading) is not None:
                yield reading  # the longest subject that reads as people
                break


def _subject_window(words, number: int, text: str, verb_start: int) -> int:
    """The index of the first word where the subject of the verb at `verb_start` may start
    (`words[number]` is the verb's first word)."""
    window = bisect.bisect_left(words, (verb_start - SUBJECT_REACH, ""))
    for back in range(number - 1, window - 1, -1):
        offset, word = words[back]
        if word in _CLAUSE_WORDS and not (offset and text[offset - 1] == "-"):  # not 'passers-by'
            if not any(mark in text[offset:verb_start] for mark in ",-–—)"):
                return back + 1  # 'the man who was with her when she was shot': from 'she'
            break
    return window


def _may_start_subject(word: str, first_letter: str) -> bool:
    return word in _SUBJECT_STARTS or first_letter.isupper() or first_letter.isdigit()


def _other_readings(text: str, end: int, words):
    """Objects after their verb, 'left three dead', tolls and negations."""
    position = 0
    tried = 0
    for offset, word in words:
        if offset < position or word not in _FORM_STARTS:
            continue
        tried += 1
        if tried > MAX_WORDS_TRIED:
            break
        match = _other_forms().match(text, offset, end)
        if match is None:
            continue
        position = match.end()
        kind = next((each for each in KINDS if match.group(each) is not None), "killed")
        groups = match.captures("group")
        if match.group("suicide") is not None or kind == "killed" and len(groups) == 1 and (
                groups[0].lower() in ("himself", "herself", "self")):  # 'kills self'
            yield _Reading("killed", match.start(), match.end(), ["himself"], False, "", False, False,
                           "suicide")
            continue
        if (match.group("killed") or "").lower() == "life":
            groups = ["one"]  # 'the accident claims life': one person
        if match.group("toll") is not None:
            rule = "death-toll"
        elif match.group("negation") is not None:
            rule = "negation"
        else:
            rule = f"{kind}-object"
        yield _Reading(kind, match.start(), match.end(), groups, False,
                       match.group("auxiliary") or "", match.group("negation") is not None,
                       match.group("casualties") is not None, rule, _after_and(text, match.spans("group")))


def _after_and(text: str, spans: list[tuple[int, int]]) -> frozenset:
    """The groups (at `spans`, in text order) just after an 'and': 'killing his wife and Jane Doe'."""
    return frozenset(text[start:end] for (_, before_end), (start, end) in zip(spans, spans[1:])
                     if _small("and").match(text, before_end, start))


def _is_age(reading: _Reading, text: str) -> bool:
    """'Jane Doe, 25, was killed': a bare number after a name and a comma is an age (also
    before more people: 'Jane Doe, 25, and a man were hurt')."""
    if not reading.groups[0].isdigit():
        return False
    name = _small("after_name").search(text, max(0, reading.start - 40), reading.start)
    return bool(name) and name.group().rstrip(",( ").lower() not in _VERB_STARTS  # not '2 Killed, 7 Hurt'


def _is_known_one(reading: _Reading, said: str) -> bool:
    """'She was wounded', 'the victim suffered a gunshot wound': the one person the story is
    about, not one more ('a man was also hurt', 'another woman was wounded', 'Doe was hurt')."""
    return len(reading.groups) == 1 and bool(_small("known_one").match(reading.groups[0])) and (
        not _small("one_more").search(said))


def _is_active(reading: _Reading, verb: regex.Match, text: str) -> bool:
    """'The gunman shot two people': a subject-first reading of an active verb is no count."""
    if _small("be").search(reading.auxiliary):
        return False
    if _adjective(reading, verb, text):
        return False
    return bool(_small("transitive").search(verb.group())) and bool(
        _object_follows().match(text, verb.end()))


def _adjective(reading: _Reading, verb: regex.Match, text: str) -> bool:
    """'Nine injured people were taken to hospital': after a bare number, the verb describes the
    people that follow it (the count is theirs), as it never does after a subject ('the gunman')."""
    noun = _small("word").search(text, verb.end(), verb.end() + 30)
    return (len(reading.groups) == 1 and parse_number(reading.groups[0]) is not None and noun is not None
            and noun.start() == verb.end() + 1 and noun.group().lower() in _PLURAL_PEOPLE)


# People a bare number may count: 'nine injured people', 'three wounded soldiers'.
_PLURAL_PEOPLE = frozenset(word for word in lexicon.PERSON_NOUNS
                           if word.endswith("s") or word in _PLURALS) - {"others", "other"}


def _negated(reading: _Reading) -> bool:
    return bool(_small("not").search(reading.auxiliary))


def _mentions(reading: _Reading, text: str, sentence: str):
    """The (kind, Mention) pairs one reading stands for: one count, or zeros for a negation."""
    start, end = reading.start, reading.end
    said = text[start:end]
    if reading.negation or _negated(reading):
        kinds = ("killed", "wounded") if reading.casualties else (reading.kind,)
        return [(each, Mention(0, said, start, end, "negation", sentence)) for each in kinds]
    count = _count(reading)
    if count is None:
        return []
    value, qualifier, low, high = count
    return [(reading.kind, Mention(value, said, start, end, reading.rule, sentence, qualifier, low, high))]


def _count(reading: _Reading) -> tuple[int | None, str | None, int | None, int | None] | None:
    """(value, qualifier, low, high) of the people in the groups, summed; None if they are not people."""
    first = reading.groups[0]
    if reading.listed and _count_phrase().match(first) is None and not _people(first.lower().split()):
        return None  # 'Meanwhile, a man was shot': a list of counts starts with people
    values, qualifier, low, high, vague = [], None, None, None, False
    before = None  # the group before, ages aside
    victims = [group for group in reading.groups if not _is_attacker(group)]
    for group in victims or reading.groups:  # 'two soldiers and 18 attackers': the soldiers
        if before is not None and group.strip().isdigit():
            continue  # 'Jane Doe, 32': an age
        if before is not None and group not in reading.after_and and _is_named(group, before):
            continue  # 'his fiancee, Jane Doe': who she is, not one more
        before = group
        whole = _small("one_of_the").match(group)
        if whole and reading.rule.startswith("subject-") and not reading.auxiliary.strip():
            value = parse_number(whole.group("whole"))  # 'one of the four people wounded': four
            if value is None:
                return None
            values.append(value)
            continue
        read = _count_phrase().match(group)
        if read is None:  # a name or a bare 'Teen': one person
            words = group.lower().replace(",", " ").split()
            first_word = regex.split(r"['’]", words[0])[0]  # 'They’re' -> 'they'
            if first_word in _NOT_NAMES or first_word in _VERB_STARTS or any(
                    word in _PLURALS or word in UNITS or word.endswith("s") and word in lexicon.PERSON_NOUNS
                    for word in words):
                return None  # 'Police', 'Soldiers', 'Video Three (killed)', 'Dead': not one person
            if _on_street(words):
                return None  # 'Main Street': a place
            values.append(1)
            continue
        nouns = [word.strip(",'’") for word in read.group("rest").lower().split() if word != "of"]
        if reading.kind != "killed" and _DEAD_WORDS.intersection(nouns):
            continue  # 'two deceased victims and two (were) injured': the dead are not hurt
        if read.group("rest").lstrip().lower().startswith("of ") and not (
                _people(nouns) or _OF_PEOPLE.intersection(nouns)):
            return None  # 'one of its airstrikes', not 'two of them'
        if read.group("number") is not None:
            value = parse_number(read.group("number"))
            if value is None or any(word in _NOT_PEOPLE for word in nouns[:2]) or (
                    _number_among(read.group("rest"))) or _is_year(read.group("number")) or (
                    _on_street(nouns[:4])):
                return None  # '12 years', 'Channel 3 four men', '2017', '2501 Oak Road'
            if read.group("high") is not None:
                high_value = parse_number(read.group("high"))
                if high_value is None or high_value <= value:
                    return None
                qualifier, low, high = "range", value, high_value
            elif read.group("between"):
                return None
        elif read.group("vague") is not None:
            if nouns and not _people(nouns):
                return None
            vague = True
            low = VAGUE_LOW[" ".join(read.group("vague").lower().split())]
            value = 0
        elif read.group("pair") is not None:
            # 'both the gunman and a child': 'both' joins the groups, it counts none
            # (but 'both young men and a woman': two men, then one more)
            value = 1 if nouns and len(reading.groups) > 1 and nouns[-1] not in _PLURAL_PEOPLE else 2
        else:
            if "attempted" in nouns:
                continue  # 'killing a girl and the attempted murder of a man': he lived
            alone = read.group("one").lower() in ("he", "she", "himself", "herself", "another")
            if not (_people(nouns) or alone and not nouns):
                return None  # 'the blast', 'the extent of any': no one
            last = nouns[-1] if nouns else ""
            if last not in _SINGULAR_S and (last.endswith("s") or last in _PLURALS):
                return None  # 'the victims', 'their children': how many is not said
            value = _ORDINALS.get(nouns[0], 1) if nouns and reading.kind == "victims" else 1
        qualifier = qualifier or _qualifier(read.group("qualifier"))
        values.append(value)
    if not values:
        return None  # only the dead, in a count of the hurt
    if vague:
        return None, "vague", low, None
    total = sum(values)
    if len(values) > 2 and values[0] > 1 and sum(values[1:]) == values[0] and reading.listed:
        total = values[0]  # 'three victims, a man, a woman and a boy': who the three were
    if qualifier == "at least":  # the bounds a qualifier sets
        low = total
    elif qualifier == "more than":
        low = total + 1
    elif qualifier == "up to":
        high = total
    return total, qualifier, low, high


def _number_among(rest: str) -> bool:
    """A number in the first words after a count ('Channel 3 four men', 'WXYZ 11 News Two
    brothers', 'one of four men'): the count was a name's, or a part's, the people's count is
    the later one (but not after 'of the', nor an age: 'two juveniles ages 14 and 15')."""
    words = rest.lower().split()
    if words[:1] == ["of"]:
        words = words[1:2]  # 'one of four men', not 'two of the four victims'
    return any(parse_number(word) is not None and before not in ("age", "ages", "aged")
               for before, word in zip(["", *words], words[:2]))


# Things a number may count that are not people: '12 years', '100 block', '3 p.m.'
_NOT_PEOPLE = frozenset("""
    year years month months week weeks day days hour hours minute minutes second seconds
    block blocks percent per cent am pm a.m. p.m. p a mm caliber calibre gauge times time shots
    rounds bullets shells rockets missiles bombs cars vehicles houses homes buildings feet
    foot miles mile meters metres kilometers kilometres dollars pounds euros degrees acres
    counts count scenes incidents shootings
""".split())
_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4}  # 'a triple shooting': three people hit
# 'A fourth victim was taken to hospital': four people were hit.
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_DEAD_WORDS = frozenset({"dead", "deceased", "slain"})  # 'two deceased victims'
# What 'two of ...' may count: people.
_OF_PEOPLE = frozenset({"them", "whom", "those", "these", "us", "dead", "injured", "wounded"})


def _on_street(words: list[str]) -> bool:
    """'Main Street', '2501 Oak Rd.': an address, not people ('St.' may be a saint's town)."""
    return any(word.strip(".,") in lexicon.STREET_WORDS and word.strip(".,") != "st" for word in words)


def _is_attacker(group: str) -> bool:
    """'The gunman', 'two suspects', but not 'four people including the gunman'."""
    return bool(_attacker().search(group.lower().partition("including")[0]))


def _is_year(number: str) -> bool:
    """'2017': four digits from 1900 to 2099 are a year; a count that large is written '2,017'."""
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2099


def _is_named(group: str, before: str) -> bool:
    """A group that only names the one before: 'his fiancee, Jane Doe', 'Jane Doe, a teacher'."""
    name = _count_phrase().match(group) is None
    named = _count_phrase().match(before) is None or before.lower().startswith("both ")
    if name and regex.sub(r"\A\d{1,3}-year-old\s+", "", group)[:1].isupper():  # '(22-year-old) Jane Doe'
        return not named  # a name after a count: 'his fiancee, Jane Doe'; 'killed 16, Triggers ...'
    read = _count_phrase().match(group)
    return named and read is not None and read.group("one") in ("a", "an", "the")  # 'Doe, a teacher'


def _people(words: list[str]) -> bool:
    return any(word in lexicon.PERSON_NOUNS or word.endswith(("-year-old", "-month-old"))
               for word in words)


def _qualifier(word: str | None) -> str | None:
    if word is None:
        return None
    word = " ".join(word.lower().split())
    if word == "at least":
        return "at least"
    if word in ("more than", "over", "upwards of"):
        return "more than"
    if word in ("up to", "as many as", "at most"):
        return "up to"
    return "about"


# --- step 2: choice ---------------------------------------------------------------------------

def choose(candidates: list[Candidate]) -> tuple[Mention | None, Mention | None]:
    """The main incident's (killed, wounded).

    Each figure is the largest one in the first sentence that gives one (headline, then
    lead), unless a later sentence raises it ('the toll rose to 15').  Background counts
    (the war, last year) are never the figure, and the attackers only when nobody else is
    counted; an attacker's suicide adds one to the victims he killed; 'a triple homicide' in
    the lead is a floor for the dead.  Wounded is the wounded figure, or the victims less the
    dead when that is larger ('three people were shot, one fatally') and not told after a
    wounded count of several, unless the dead are not counted ('dozens were shot, many died'); once someone
    died, one person the story already knows ('he was wounded in the chest') is the dead one,
    not one more.  A negation gives 0 when no figure is given, or when the lead says it first.
    """
    killed = _with_suicide(candidates, _figure(candidates, "killed"))
    said_dead = _or_negation(candidates, "killed", killed)  # with 'a fatal shooting' when no count
    fatal = _fatal_word(candidates)
    if said_dead is not None and said_dead.value and fatal is not None and fatal.value > said_dead.value:
        said_dead = fatal  # 'a triple homicide' in the lead: three died, though one count names two
    dead = said_dead.value if said_dead is not None and said_dead.value else 0
    if dead:  # 'A man was killed. He was wounded in the chest': the dead man, not one more
        candidates = [each for each in candidates if not (each.known_one and each.kind == "wounded")]
    wounded = _figure(candidates, "wounded")
    victims = _figure(candidates, "victims") or next(  # 'a double shooting' when no count is given
        (each for each in candidates if each.mention.rule == "shooting-word"), None)
    hurt = wounded.mention.value if wounded is not None and wounded.mention.value else 0
    untold_dead = killed is not None and killed.mention.value is None  # 'many died': who survived?
    if victims is not None and victims.mention.value is not None and not untold_dead:
        if _small("others").search(victims.mention.text):  # 'a second victim was taken to hospital'
            dead = 0
        later = hurt > 1 and victims.sentence_index > wounded.sentence_index
        if victims.mention.value - dead > hurt and not later:  # the wounded figure told first stands
            shot = victims.mention
            wounded = Candidate("wounded", Mention(
                shot.value - dead, shot.text, shot.start, shot.end,
                f"{shot.rule}-less-killed" if dead else shot.rule,
                shot.sentence, shot.qualifier), victims.sentence_index, False, False, False)
    return said_dead, _or_negation(candidates, "wounded", wounded)


def _figure(candidates: list[Candidate], kind: str) -> Candidate | None:
    """The largest figure of the first sentence that gives one (its first, when a rival claim
    follows: '12 were killed, while activists said 60'), updated by a later toll that rose or
    refines it ('more than 100' ... '108'); after a vague first count ('several were hurt') the
    largest figure soon after it; one person in the headline or lead yields to a count of more
    soon after ('Man killed' ... 'two men were killed')."""
    figures = [each for each in candidates if each.kind == kind and not each.background
               and each.mention.rule not in ("negation", "fatal-word", "suicide", "shooting-word")]
    figures = [each for each in figures if not each.attacker] or figures
    counted = [each for each in figures if each.mention.value is not None]
    if not counted:
        return figures[0] if figures else None  # a vague count: 'dozens were hurt'
    first = counted[0].sentence_index
    best = max((each for each in counted if each.sentence_index == first),
               key=lambda each: each.mention.value)
    if _other_claim(counted[0].mention, best.mention):  # '12 were killed, while activists said 60'
        best = counted[0]
    vague = figures[0]
    if vague.mention.value is None and kind != "victims":  # 'several were hurt': the counts soon after refine it
        best = max((each for each in counted if each.sentence_index <= vague.sentence_index + REFINE_SENTENCES),
                   key=lambda each: each.mention.value, default=best)
    if first < LEAD_SENTENCES and best.mention.value == 1:  # 'Man killed': the lead may count more
        best = next((each for each in counted if first < each.sentence_index <= first + 3
                     and each.mention.value > 1), best)
    for later in counted:
        value, current = later.mention.value, best.mention.value
        refines = (kind == "killed" and _approximate(best.mention) and not _round(later.mention)
                   and value <= current * 1.5  # 'more than 100' ... '108'; 'at least 146' ... '149'
                   and (_round(best.mention) or later.sentence_index < LEAD_SENTENCES))
        if value > current and (later.update or refines):
            best = later
    return best


def _other_claim(first: Mention, later: Mention) -> bool:
    """'At least 12 were killed, while activists said nearly 60 were': a rival claim, not a larger count."""
    if first is later or later.start <= first.end:
        return False
    gap = later.start - first.end
    after_first = first.sentence.find(first.text) + len(first.text)
    return bool(_small("other_claim").search(first.sentence, after_first, after_first + gap))


def _with_suicide(candidates: list[Candidate], killed: Candidate | None) -> Candidate | None:
    """The dead plus an attacker who killed himself ('killed two, then turned the gun on himself',
    'a boy was killed in a murder-suicide').

    Only the attacker's victims ('he killed two', 'a boy was killed') leave him out; a toll
    ('three people were killed', 'left four dead', 'were found dead', 'including the gunman')
    may already count him, and so does 'killed his wife and himself'.
    """
    suicide = next((each for each in candidates if each.mention.rule == "suicide"
                    and not each.background), None)
    if killed is None:
        return suicide
    murder_suicide = any(each.mention.rule == "fatal-word" and "suicide" in each.mention.text.lower()
                         for each in candidates)  # 'a boy was killed in a murder-suicide'
    his_victims = killed.mention.rule == "killed-object" and suicide is not None or (
        murder_suicide and _small("victim_verb").search(killed.mention.text))
    if killed.mention.value is None or not his_victims or _small("and_self").search(killed.mention.text):
        return killed  # a toll, or one that counts him: 'killed his wife and himself'
    if _small("toll_with_attacker").search(killed.mention.sentence) or _small("event_subject").search(
            killed.mention.sentence, 0, max(0, killed.mention.sentence.find(killed.mention.text))):
        return killed  # 'left five dead, including the gunman', 'the fight killed two': a toll
    dead = killed.mention
    return Candidate("killed", Mention(dead.value + 1, dead.text, dead.start, dead.end,
                                       f"{dead.rule}-and-suicide", dead.sentence, dead.qualifier),
                     killed.sentence_index, False, False, False)


def _approximate(mention: Mention) -> bool:
    """'More than 100', 'a dozen', '50': a round toll a later exact one may refine."""
    return mention.qualifier in ("at least", "more than", "about") or _round(mention)


def _round(mention: Mention) -> bool:
    """'A dozen', '50': a figure too round to refine another ('at least nine' ... 'a dozen')."""
    return "dozen" in mention.text.lower() or mention.value >= 10 and mention.value % 10 == 0


def _or_negation(candidates: list[Candidate], kind: str, figure: Candidate | None) -> Mention | None:
    """The figure, unless the lead says nobody was hurt before it gives one ('no one was killed');
    one person unhurt ('the driver was not hurt') yields only to a figure."""
    negation = next((each for each in candidates
                     if each.kind == kind and each.mention.rule == "negation"), None)
    if figure is None:
        if negation is None and kind == "killed":
            return _fatal_word(candidates)
        return negation.mention if negation else None
    if negation is not None and negation.sentence_index < min(figure.sentence_index, LEAD_SENTENCES) and (
            _small("nobody").match(negation.mention.text)):
        return negation.mention
    return figure.mention


def _fatal_word(candidates: list[Candidate]) -> Mention | None:
    """'A fatal shooting' with no count: one person died."""
    return next((each.mention for each in candidates if each.mention.rule == "fatal-word"), None)
