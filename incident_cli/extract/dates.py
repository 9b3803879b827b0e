"""Publication date and the main incident's date (issue 4).

Two steps, kept apart so a reader can see why a date won: `date_candidates` lists every day
the text states (calendar dates, weekdays, 'yesterday', holidays, ...), each resolved against
the day the text was written (its publication date, or an earlier 'Posted:' line) and marked
with the cues around it (the incident's words, a clock time, a reporting verb, a later event);
`choose_date` weighs those cues and picks the best-supported day.  Finding works in two passes
for speed: cheap word scans find where a date may start, the full pattern is tried only there;
past `BASE_DATES` and one date per `CHARS_PER_DATE` characters a text is not read on, so a
flood of dates costs little.
Nothing here reads the machine's clock: without a publication date a relative day is null.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from itertools import islice
from typing import NamedTuple

import regex

from ..model import Mention
from . import patterns
from .document import Document
from .lexicon import (DATE_INCIDENT_WORDS, DAY_COUNT_WORDS, DEATH_WORDS, DISCOVERY_WORDS,
                      FOLLOW_UP_WORDS, HOLIDAY_FOLLOWERS, HOLIDAYS, MONTHS, ORDINAL_NOUNS,
                      POSTED_CUES, RELATIVE_DAYS, REPORT_VERBS, STATE_WORDS, UPDATED_CUES,
                      WEEKDAY_ABBREVIATIONS, WEEKDAYS, WOUND_NOUNS)

HEADER_CHARS = 700  # a page's dateline sits above or at the start of the lead
FOOTER_CHARS, FOOTER_LINE_CHARS = 200, 60  # or alone on a short line at the very end
Found = tuple[int, regex.Match, str | None]  # a date's start (with 'early', 'on'), match, lead word
# Dates read per text: a base plus one per `CHARS_PER_DATE` characters.  No dev article comes
# within 38 of it (the most: 60 dates in 9,650 characters, 312 in 100,000); past it a text is
# a list or a flood ('Monday Monday ...'), whose every date costs ~30 microseconds to weigh.
BASE_DATES, CHARS_PER_DATE = 60, 250


class DateCandidate(NamedTuple):  # a tuple: cheaper to define at import than a dataclass
    """A day the text states, with the cues that weigh for or against it being the incident's."""

    mention: Mention            # value (None when it cannot be resolved), span, sentence, rule
    sentence_index: int         # 0 for the headline: later sentences weigh a little less
    cues: tuple[str, ...]       # e.g. ('incident', 'clock') or ('report',)
    score: float


# --- patterns ------------------------------------------------------------------------------

def _holiday_names(name: str) -> list[str]:
    """'new year's eve' -> ['New[ ](?i:year['’]s[ ]eve)', 'NEW[ ](?i:year['’]s[ ]eve)']:
    capitalised, or in capitals as wire copy has it; either apostrophe."""
    first, _, rest = name.replace("'", "['’]").partition(" ")
    rest = f"[ ](?i:{rest.replace(' ', '[ ]')})" if rest else ""
    return [first.capitalize() + rest, first.upper() + rest]


def _alternation(words) -> str:
    """`words` as a regex alternation for a VERBOSE pattern, longest first, spaces kept."""
    return "|".join(patterns.longest_first(words)).replace(" ", "[ ]")


def _names(words) -> list[str]:
    """`words` in Title and UPPER case ('Oct', 'OCT'), for a named list (`\\L<name>`): a set
    lookup, which needs no longest-first order and compiles a little faster than an alternation."""
    return [form for word in words for form in (word.title(), word.upper())]


def _by_initial(forms) -> str:
    """An alternation of pattern `forms` grouped by first letter, longest first in each group:
    'O(?:ctober|CTOBER|ct|CT)|S(?:...)'.  At each position the engine tries the one group
    whose letter is there, instead of every form."""
    groups: dict[str, list[str]] = {}
    for form in patterns.longest_first(forms):
        groups.setdefault(form[0], []).append(form[1:])
    return "|".join(f"{initial}(?:{'|'.join(rests)})" for initial, rests in groups.items())


def _by_ending(phrases) -> list[regex.Pattern]:
    """One scan per three-letter ending of `phrases` ('...day', '...ght', '...ago'): the engine
    finds a scan's fixed ending with a fast string search, where it would try an alternation
    of whole phrases at every position."""
    heads: dict[str, list[str]] = {}
    for phrase in phrases:
        heads.setdefault(phrase[-3:], []).append(phrase[:-3])
    return [patterns.compile(rf"\b\L<heads>{regex.escape(ending)}\b", heads=words)
            for ending, words in heads.items()]


@cache
def _anchor_patterns(in_capitals: bool) -> tuple[regex.Pattern, ...]:
    """Cheap scans for the words a date can start with, which the regex engine searches far
    faster than the full date pattern at every position.  Relative days in capitals
    ('YESTERDAY') only `in_capitals`, a text all in capitals (wire copy): in a mixed-case page
    a passage in capitals is a broadcast's transcript, whose 'LAST NIGHT' is another day's."""
    capitalised = (_names(list(MONTHS) + list(WEEKDAYS) + list(WEEKDAY_ABBREVIATIONS))
                   + [word.capitalize() for word in RELATIVE_DAYS]
                   + [form for name in HOLIDAYS for form in _holiday_names(name)]
                   + ["Thanksgiving", "THANKSGIVING"])
    lower = (list(RELATIVE_DAYS) + list(WEEKDAYS)
             + [f"{count} days ago" for count in DAY_COUNT_WORDS])
    return (patterns.compile(rf"\b(?:{_by_initial(capitalised)})\b"),  # 'October', 'OCT', 'Today'
            *_by_ending(lower + [phrase.upper() for phrase in lower] if in_capitals
                        else lower),                               # 'yesterday', 'TWO DAYS AGO'
            patterns.compile(r"""
                \b\d{1,4}                                 # a number, then what makes it a date:
                (?:(?:[-–]\d{1,2})?                        # maybe a range's end: '29-30 Oct'
                   (?i:(?:st|nd|rd|th)?[ ]+(?:of[ ]+)?)\p{Lu}  # a month name: '4 Oct', '4TH OF MAY'
                  |[./-]\d                                #   a separator: '13/04', '2020-10'
                  |(?i:st|nd|rd|th)\b                     #   an ordinal: 'the 4th', 'THE 4TH'
                  |(?i:[ ]+days[ ]+ago)\b)                #   '2 days ago'
                """, regex.VERBOSE))


@cache
def _date_pattern() -> regex.Pattern:
    """A date starting at an anchor; the words before a weekday ('early', 'on') are read apart."""
    holiday = "|".join(form for name in patterns.longest_first(HOLIDAYS)
                       for form in _holiday_names(name))
    return patterns.compile(rf"""
        (?P<calendar>                                       # a calendar date
          (?:(?P<weekday>\L<any_weekday>)\b\.?,?[ ]+\(?)?   #   maybe after 'Sunday, ' or 'Sun '
          (?:
            (?P<month>\L<month>)\b\.?[ ]+                   #   'October ', 'Oct. '
            (?P<day>\d{{1,2}})(?i:st|nd|rd|th)?\b           #   '4', '4th', '4TH'
            (?:,?[ ]*(?P<year>(?:19|20)\d\d)\b)?            #   maybe ', 2020'
          | (?P<day>\d{{1,2}})(?i:st|nd|rd|th)?              #   or '4 ', '4th '
            (?:[-–](?P<last_day>\d{{1,2}}))?[ ]+            #   maybe a range's end: '29-30 '
            (?i:of[ ]+)?(?P<month>\L<month>)\b\.?           #   'October', 'of Oct.', 'OF OCT'
            (?:,?[ ]*(?P<year>(?:19|20)\d\d)\b              #   maybe ' 2020'
            | [ ]+(?P<short_year>\d\d)                      #   or a wire dateline's ' 88'
              (?=[ ]*(?:\(|--|—|–|_)))?                     #     before '(EFE)' or '--'
          | (?P<first>\d{{1,2}})(?P<separator>[./-])        #   or numeric '13/04/2008', '9.1.25'
            (?P<second>\d{{1,2}})(?P=separator)             #     the same separator twice
            (?P<numeric_year>(?:19|20)\d\d|\d\d)\b          #     then the year
            (?![./-]\d)                                     #     and not a longer number
          | (?P<iso_year>(?:19|20)\d\d)-(?P<iso_month>\d\d) #   or ISO '2020-10-04'
            -(?P<iso_day>\d\d)\b
          )
        )
      | (?P<weekday_phrase>                                 # a weekday on its own
          (?P<named_day>\L<weekday>)\b                      #   'Sunday'
          (?!\.?,?[ ]+\(?                                   #   not a full date's weekday:
             (?:\d{{1,2}}(?i:st|nd|rd|th)?[ ]+(?i:of[ ]+)?)?  #     'Sunday, October 4',
             \L<month>\b                                    #     'Sunday 4 October'
           |\.?,?[ ]+\(?\d{{1,2}}[./-]\d)                   #     'Tuesday (21.1.25)'
          (?P<possessive>['’][sS])?                         #   "Sunday's attack", "SUNDAY'S"
          (?:[ ]+(?P<part>(?i:morning|afternoon|evening|night)))?  # 'Sunday night'
        )
      | (?P<relative>(?i:\L<relative>)\b(?![ ](?i:of)\b))  # 'yesterday', 'LAST NIGHT'
      | (?P<holiday>{holiday}|Thanksgiving|THANKSGIVING)\b  # 'Christmas Eve', 'Thanksgiving'
      | (?P<days_ago>                                       # 'two days ago'
          (?P<count>[1-6]|(?i:\L<count_words>))(?i:[ ]+days[ ]+ago)\b  # or 'TWO DAYS AGO'
        )
      | (?P<ordinal>\d{{1,2}})(?i:st|nd|rd|th)\b            # 'the 4th' (after 'on the')
        (?![ ]+(?i:\L<ordinal_nouns>)\b)                    #   not 'the 4th floor', 'THE 4TH FLOOR'
        """, regex.VERBOSE, month=_names(MONTHS),
        any_weekday=_names(list(WEEKDAYS) + list(WEEKDAY_ABBREVIATIONS)),
        weekday=_names(WEEKDAYS) + list(WEEKDAYS), relative=list(RELATIVE_DAYS),
        count_words=list(DAY_COUNT_WORDS), ordinal_nouns=list(ORDINAL_NOUNS))


@cache
def _lead_before() -> regex.Pattern:
    return patterns.compile(r"""
        (?:\b(?P<lead>early|late|last|this|next|overnight)[ ]+)?  # 'early', 'late', 'last'
        (?:\bon[ ]+)?                  # 'on', as in 'late on Sunday'
        (?P<the>\bthe[ ]+)?            # 'the', as in 'on the 4th'
        \Z                             # right before the anchor
        """, regex.VERBOSE | regex.IGNORECASE | regex.REVERSE)  # matched from the anchor back


def _dates(doc: Document, start: int, end: int | None = None) -> Iterator[Found]:
    """(start, match, lead) for each date in doc.text[start:end], in order, none overlapping;
    at most `BASE_DATES` and one per `CHARS_PER_DATE` characters of the text.

    `start` includes the lead words ('early', 'late on'); `lead` is the first of them."""
    text = doc.text
    end = len(text) if end is None else end
    anchors = sorted(anchor.start() for pattern in _anchor_patterns(doc.in_capitals)
                     for anchor in pattern.finditer(text, start, end))
    reached, left = start, BASE_DATES + len(text) // CHARS_PER_DATE
    for anchor in anchors:
        if anchor < reached:
            continue
        match = _date_pattern().match(text, anchor, end)
        if match is None:
            continue
        begin, lead = anchor, None
        if match.group("weekday_phrase") or match.group("ordinal"):
            before = _lead_before().search(text, max(reached, anchor - 25), anchor)
            if match.group("ordinal") and not (before and before.group("the")):
                continue  # '4th' alone is a rank, not a day
            if before:
                begin, lead = before.start(), (before.group("lead") or "").lower() or None
        reached = match.end()
        yield begin, match, lead
        left -= 1
        if not left:
            return


@cache
def _word_kinds() -> dict[str, str]:
    """Each cue word, also with the endings the lexicon leaves out ('crash' -> 'crashing'),
    to its kind: 'incident', 'follow-up', 'death', 'state' or 'discovery'."""
    kinds = {}
    for kind, words in (("incident", DATE_INCIDENT_WORDS), ("follow-up", FOLLOW_UP_WORDS),
                        ("death", DEATH_WORDS), ("state", STATE_WORDS),
                        ("discovery", DISCOVERY_WORDS)):
        for word in words:
            stem = word[:-1] if word.endswith("e") else word
            for form in (word, word + "s", word + "es", stem + "ed", stem + "ing"):
                kinds.setdefault(form, kind)
    return kinds


@cache
def _word_pattern() -> regex.Pattern:
    return patterns.compile(r"[A-Za-z]+")  # a word: the one after a holiday's name


@cache
def _cue_word_pattern() -> regex.Pattern:
    # a word that may be a cue, looked up in `_word_kinds`: a dict beats a long alternation at
    # every letter, and a word shorter than every cue ('a', 'of') is not even matched
    shortest = min(len(word) for word in _word_kinds())
    return patterns.compile(rf"[A-Za-z]{{{shortest},}}")


@cache
def _clock_pattern() -> regex.Pattern:
    return patterns.compile(r"""
        \b(?:(?P<hour>\d{1,2})(?:[:.]\d\d)?[ ]?(?P<meridiem>[ap])\.?m\b  # '1:37 a.m.', '5pm'
          |(?P<hour24>\d{1,2})[:.]\d\d                      # '01:00', '14:01', '11.45'
          |(?<=\bat[ ])(?P<hour24>[01]\d|2[0-3])[0-5]\d     # wire copy's 'AT 0030', then
           (?=[ ]?(?:hours|hrs|gmt|local|\(|on\b))          #   'HOURS', '(0530 GMT)', 'ON'
          |midnight|noon|dawn)                               # or a named hour
        """, regex.VERBOSE | regex.IGNORECASE)


def _small_hours(clock: regex.Match) -> bool:
    """Whether a clock time is after midnight and before six: '1:30 a.m.', '03:15'."""
    if clock.group("meridiem"):
        return clock.group("meridiem").lower() == "a" and int(clock.group("hour")) % 12 < 6
    hour = clock.group("hour24")
    return hour is not None and hour.startswith("0") and int(hour) < 6  # '01:00', not '1:30'


def _sentence_cues(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, kind) of the incident words, later-event words and clock times in a sentence,
    in order of position."""
    kinds = _word_kinds()
    cues = [(word.start(), word.end(), kind) for word in _cue_word_pattern().finditer(sentence)
            if (kind := kinds.get(word.group().lower()))]
    death_end = -WOUND_GAP - 1  # where the last death word ended
    for index, (start, end, kind) in enumerate(cues):
        if kind == "death":
            death_end = end
        elif start - death_end <= WOUND_GAP and sentence[start:end].lower() in WOUND_NOUNS:
            cues[index] = (start, end, "death")  # 'died of his wounds Sunday': the death's day
    cues += [(clock.start(), clock.end(), "small-hours" if _small_hours(clock) else "clock")
             for clock in _clock_pattern().finditer(sentence)]
    return tuple(sorted(cues))


@cache
def _span_word_before() -> regex.Pattern:
    return patterns.compile(r"""
        \b(?:(?P<since>since)                     # 'since May 10': when something else began
           |(?P<as_of>as[ ]of|until|till|through|by)  # 'as of Sunday', 'through May 2': a state
           |(?P<time_zone>GMT|UTC))               # '19:22 GMT Wednesday': another zone's day
        [ ]+\Z                                    # right before the date
        """, regex.VERBOSE | regex.IGNORECASE | regex.REVERSE)


@cache
def _report_before() -> regex.Pattern:
    return patterns.compile(rf"""
        \b(?:{_alternation(REPORT_VERBS)})  # a reporting verb
        (?:[ ]+\w+                    # maybe its object: 'told reporters'
          |(?:[ ]+the)?               #   or a name: 'told the Star Tribune', 'told the BBC'
           (?:[ ]+(?-i:\p{{Lu}}(?:\p{{Lu}}{{0,4}}\b|[\p{{Ll}}&.'’-]))[\w&.'’-]*){{1,3}})?
                                      #   (not any word in capitals: 'SAID THE ATTACK BEGAN')
        [ ]+\Z                        # right before the date
        """, regex.VERBOSE | regex.IGNORECASE | regex.REVERSE)


@cache
def _passive_before() -> regex.Pattern:
    return patterns.compile(r"""
        \b(?:was|were|been|is|are)  # a passive's auxiliary: 'was reported', 'were reported'
        [ ]+\Z                      # right before the reporting verb
        """, regex.VERBOSE | regex.IGNORECASE | regex.REVERSE)


@cache
def _report_after() -> regex.Pattern:
    # not 'according': 'shot Friday according to police' dates the shooting
    verbs = _alternation(set(REPORT_VERBS) - {"according"})
    return patterns.compile(rf"""
        [ ]+                          # right after the date, no comma
        (?:{verbs})\b                 # a reporting verb: 'police on Monday identified the boy'
        """, regex.VERBOSE | regex.IGNORECASE)


@cache
def _phrase_after() -> regex.Pattern:
    return patterns.compile(r"""
        [ ,]*                     # right after the date
        (?:after|following)\b     # a phrase about an earlier event: 'died Friday after'
        """, regex.VERBOSE | regex.IGNORECASE)


@cache
def _few_words() -> regex.Pattern:
    return patterns.compile(r"""
        (?:[ ]+[\w-]+){0,4}  # up to four words, no punctuation: 'in critical condition'
        [ ]+                 # then the space before the date
        """, regex.VERBOSE)


@cache
def _dateline_context() -> regex.Pattern:
    return patterns.compile(rf"""
        (?P<updated>\b(?i:{_alternation(UPDATED_CUES)})\b     # 'Updated: ' on the same line
          (?P<gap>[^\n]{{0,40}})\Z)
      | (?P<posted>\b(?i:{_alternation(POSTED_CUES)})\b       # or 'Posted at 6:31 PM, '
          (?P<gap>[^\n]{{0,40}})\Z)
      | (?P<tweet>\(@\w+\)[ ]*\Z)                         # or an embedded tweet's '(@handle) '
      | (?P<line_start>(?:\A|\n)[\W_]{{0,6}}\Z)              # or the date begins its line
      | (?P<wire>(?:\A|\n)[ ]*[\p{{Lu}}][\p{{L}} .'-]{{1,40}},    # or 'Lima, ' wire style,
          (?:[ ]*[\p{{Lu}}][\p{{L}} .'-]{{1,30}},)?[ ]*\Z)        #   maybe 'SAN SALVADOR, EL SALVADOR, '
        """, regex.VERBOSE | regex.REVERSE)  # matched from the end: every branch ends there


# --- publication date ----------------------------------------------------------------------

def find_published(doc: Document) -> Mention | None:
    """The publication date the article itself states: the seeds' ' date YYYY-MM-DD', else a
    dateline near the top ('Posted at 6:31 PM, Jul 14, 2022', 'Lima, 31 Oct 88 (EFE) --'),
    else a page's timestamp on one of its last lines."""
    if doc.body_start:
        return _seed_dateline(doc)
    text = doc.text
    header_end = min(len(text), doc.body_start + HEADER_CHARS)
    footer_start = max(header_end, len(text) - FOOTER_CHARS)
    return _page_dateline(doc, [*_dates(doc, doc.body_start, header_end),
                                *_dates(doc, footer_start)])


def _seed_dateline(doc: Document) -> Mention | None:
    iso = doc.text[:doc.body_start].strip()[len("date"):].strip()  # after 'date' or 'DATE'
    start = doc.text.index(iso)
    day = _safe_date(*(int(part) for part in iso.split("-")))
    return Mention(day, iso, start, start + len(iso), "seed-dateline") if day else None


def _page_dateline(doc: Document, found: list[Found]) -> Mention | None:
    """The page's own dateline among the dates `found`: at the top, else at the very end."""
    return (_header_dateline(doc, found,
                             ("posted-at", "updated-at", "wire-dateline", "page-dateline"))
            or _footer_dateline(doc, found))


def _footer_dateline(doc: Document, found: list[Found]) -> Mention | None:
    """A full date on a short line at the very end ('BDST: 1056 HRS, September 3, 2010')."""
    text = doc.text
    footer_start = max(doc.body_start, len(text) - FOOTER_CHARS)
    for start, match, _ in reversed(found):
        if start < footer_start:
            break
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        day = _calendar_date(match, None) if match.group("calendar") and _has_year(match) else None
        if day and len(line.strip()) <= FOOTER_LINE_CHARS:
            return _mention(doc, day, start, match.end(), "page-dateline")
    return None


def _header_dateline(doc: Document, found: Iterable[Found],
                     rules: tuple[str, ...]) -> Mention | None:
    """The first full date near the top that a dateline of one of `rules` marks as the page's."""
    header_end = doc.body_start + HEADER_CHARS
    wire_read = False  # a wire dateline without a year reads the whole text: once is enough
    for start, match, _ in found:
        if start >= header_end:
            break
        if not match.group("calendar"):
            continue
        rule = _dateline_rule(doc.text, start, match.end(), doc.body_start)
        if rule not in rules:
            continue
        if _has_year(match):
            day = _calendar_date(match, None)
        elif (rule == "wire-dateline" and not wire_read
              and _wire_agency_after().match(doc.text, match.end())):
            day = _wire_day_without_year(doc, match)  # 'Beirut, Feb 27 (UNI)'
            wire_read = True
        else:
            day = None
        if day:
            return _mention(doc, day, start, match.end(), rule)
    return None


@cache
def _wire_agency_after() -> regex.Pattern:
    return patterns.compile(r"""
        [ ]*(?:\(|--|—|–|-[ ])  # right after a wire dateline's date: '(UNI)', ' - '
        """, regex.VERBOSE)


def _wire_day_without_year(doc: Document, match: regex.Match) -> date | None:
    """A wire dateline's month and day without a year ('Beirut, Feb 27 (UNI)'): the year comes
    from the text itself, the one that puts the day closest to the latest full date it states
    ('since Oct. 8, 2023' -> Feb 27, 2024); None if the text states no full date."""
    month, day = MONTHS[match.group("month").lower()], int(match.group("day"))
    stated = [_calendar_date(other, None) for _, other, _ in _dates(doc, match.end())
              if other.group("calendar") and _has_year(other)]
    stated = [other for other in stated if other is not None]
    if not stated:
        return None
    last = max(stated)
    options = [_safe_date(year, month, day) for year in (last.year - 1, last.year, last.year + 1)]
    return min((option for option in options if option is not None),
               key=lambda option: abs((option - last).days), default=None)


@cache
def _prose_word() -> regex.Pattern:
    # a lower-case word of three letters or more, or in capitals one of five or more (longer
    # than a time zone's 'AEST'): between 'Updated' and a date, where times, names, 'at', 'on'
    # and 'p.m.' stand, it makes the line prose ('UPDATE: NO CHARGES IN TUESDAY'S SHOOTING')
    return patterns.compile(r"(?<!\p{L})(?:\p{Ll}{3,}|\p{Lu}{5,})")


def _dateline_rule(text: str, start: int, end: int, body_start: int = 0) -> str | None:
    """How the text just before the date at text[start:end] marks it as a dateline
    ('posted-at', 'updated-at', 'wire-dateline', 'page-dateline' for a date that begins its
    line), if it does.  Right after the seeds' ' date YYYY-MM-DD ', where a title stands too,
    a wire dateline needs its agency or dash after it ('LIMA, 31 OCT 88 (EFE) --')."""
    context_start = max(body_start, start - 60)
    context = _dateline_context().match(text[context_start:start])  # from its end
    if context is None:
        return None
    if context.group("gap") and _prose_word().search(context.group("gap")):
        return None  # 'UPDATE: No charges in Tuesday's shooting': a headline, not a dateline
    if context.group("posted") or context.group("tweet"):
        return "posted-at"
    if context.group("updated"):
        return "updated-at"
    if context.group("wire"):
        after_seed = context_start == body_start > 0 and context.start() == 0
        if after_seed and not _wire_agency_after().match(text, end):
            return None  # a title: 'Police Logs, Feb. 24 to Feb. 28'
        return "wire-dateline"
    return "page-dateline"


def _has_year(match: regex.Match) -> bool:
    return any(match.group(name) for name in ("year", "short_year", "numeric_year", "iso_year"))


# --- incident date: candidates -------------------------------------------------------------

def date_candidates(doc: Document, written: date | None, published: Mention | None = None,
                    found: Iterable[Found] | None = None) -> list[DateCandidate]:
    """Every day the article's body states, resolved against `written` (the day the text was
    written, usually its publication date), with its cues.

    The page's own datelines (`published`, 'Posted: ...') date the page, not the incident.
    `found` is `_dates` over the body, when the caller has it already.
    """
    text = doc.text
    skip = (published.start, published.end) if published and published.end else (0, 0)
    sentence_starts = [sentence.start for sentence in doc.sentences]
    sentence_cues: dict[int, tuple[tuple[int, int, str], ...]] = {}  # by sentence start
    candidates = []
    for start, match, lead in _dates(doc, doc.body_start) if found is None else found:
        if skip[0] <= start < skip[1]:
            continue
        value, rule = _resolve(match, lead, written)
        if rule is None:
            continue
        named = match.group("calendar") or match.group("weekday_phrase")
        dateline = _dateline_rule(text, start, match.end(), doc.body_start) if named else None
        if dateline in ("posted-at", "updated-at"):
            continue  # 'Posted: Friday, March 7, 2014', 'UPDATE 4:15 p.m. Friday' date the page
        mention = _mention(doc, value, start, match.end(), rule)
        cues = _cues(doc, start, match.end(), value, written, sentence_cues)
        if dateline == "wire-dateline" and match.group("calendar"):
            cues += ("wire-dateline",)  # 'TEHRAN, November 03 -' dates the report
        index = max(bisect.bisect_right(sentence_starts, start) - 1, 0)
        candidates.append(DateCandidate(mention, index, cues, _score(rule, cues, index)))
    return candidates


def _resolve(match: regex.Match, lead: str | None,
             written: date | None) -> tuple[date | None, str | None]:
    """The day a match names, read from the day the text was `written`, and its rule name;
    (None, None) when it is not a usable date, value None when it cannot be resolved."""
    if match.group("calendar"):
        day = _calendar_date(match, written)
        if day is None:
            return None, None
        return day, "month-day-year" if _has_year(match) else "month-day"
    if match.group("weekday_phrase"):
        if lead == "next":
            return None, None  # a coming day is never the incident's
        if written is None:
            return None, "weekday-relative"
        back = (written.weekday() - WEEKDAYS[match.group("named_day").lower()]) % 7
        if back <= 1 and lead == "last":
            back += 7  # 'last Sunday' on a Sunday or Monday is the week before: the day
            # before publication would be 'Sunday' or 'yesterday'
        return written - timedelta(days=back), "weekday-relative"
    if match.group("relative"):
        words = " ".join(match.group("relative").lower().split())
        rule = "yesterday" if words == "yesterday" else words.replace(" ", "-")
        return _days_before(written, RELATIVE_DAYS[words]), rule
    if match.group("holiday"):
        if _names_a_thing(match):
            return None, None  # 'a Halloween party' is not a day
        return _holiday_date(match.group("holiday"), written), "holiday"
    if match.group("days_ago"):
        count = match.group("count")
        count = int(count) if count.isdigit() else DAY_COUNT_WORDS[count.lower()]
        return _days_before(written, count), "days-ago"
    return _ordinal_date(int(match.group("ordinal")), written), "day-of-month"


def _names_a_thing(match: regex.Match) -> bool:
    """Whether a holiday's name qualifies the noun after it ('Halloween costumes'), which is
    not a date unless that noun is the incident ('the Christmas Eve shooting')."""
    following = _word_pattern().match(match.string, match.end() + 1)
    if following is None or match.string[match.end()] != " ":
        return False
    word = following.group()
    in_capitals = match.group().isupper()  # 'HALLOWEEN COSTUMES' in wire copy
    return ((word.islower() or in_capitals and word.isupper())
            and word.lower() not in HOLIDAY_FOLLOWERS
            and _word_kinds().get(word.lower()) != "incident")


def _holiday_date(name: str, published: date | None) -> date | None:
    """The last such holiday on or before publication ('Christmas' in January is last year's)."""
    if published is None:
        return None
    name = " ".join(name.lower().replace("’", "'").split())
    if name in HOLIDAYS:
        return _closest_before(*HOLIDAYS[name], published)
    for year in (published.year, published.year - 1):
        first = date(year, 11, 1)
        thanksgiving = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        if thanksgiving <= published:
            return thanksgiving
    return None


def _days_before(published: date | None, days: int) -> date | None:
    return published - timedelta(days=days) if published else None


def _calendar_date(match: regex.Match, published: date | None) -> date | None:
    """The date a calendar match names, or None if impossible ('February 30') or unanchored."""
    if match.group("iso_year"):
        year, month, day = (int(match.group(name)) for name in ("iso_year", "iso_month", "iso_day"))
    elif match.group("numeric_year"):
        if len(match.group("numeric_year")) == 2 and not _set_off_as_date(match):
            return None  # '2.1.15' could be a version or a code; '(21.1.25)' is a date
        year = _full_year(match.group("numeric_year"))
        order = _numeric_order(match)
        if order is None:
            return None
        month, day = order
    else:
        month = MONTHS[match.group("month").lower()]
        day = int(match.group("day"))
        if match.group("last_day") and int(match.group("last_day")) <= day:
            return None  # '29-30 October' is a span from the 29th (a night counts as its
            # first day); '3-1 October' is a score or a code
        if match.group("year"):
            year = int(match.group("year"))
        elif match.group("short_year"):
            year = _full_year(match.group("short_year"))
        else:
            return _year_of_weekday(match, month, day, published) or _closest_before(
                month, day, published)
    return _safe_date(year, month, day)


def _year_of_weekday(match: regex.Match, month: int, day: int,
                     published: date | None) -> date | None:
    """'Saturday, March 11' without a year: the year, of publication or a few before it,
    in which that day is a Saturday, even after publication (a coming parade), if any."""
    if published is None or not match.group("weekday"):
        return None
    weekday = match.group("weekday").lower()
    weekday = WEEKDAYS.get(weekday, WEEKDAY_ABBREVIATIONS.get(weekday))
    for year in range(published.year, published.year - 4, -1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate.weekday() == weekday:
            return candidate
    return None


def _set_off_as_date(match: regex.Match) -> bool:
    """Whether a short numeric date is marked as one: in brackets, after a weekday or 'on'."""
    return bool(match.group("weekday")
                or _set_off_before().search(match.string, max(0, match.start() - 4), match.start()))


@cache
def _set_off_before() -> regex.Pattern:
    return patterns.compile(r"""
        (?:\(|(?<!\w)(?:[Oo]n|ON)[ ])  # an opening bracket, or the word 'on' ('ON')
        \Z                       # right before the date
        """, regex.VERBOSE)


def _numeric_order(match: regex.Match) -> tuple[int, int] | None:
    """(month, day) of '13/04/2008' or '8-31-2015': a part over 12 says which is the day;
    dots and four-digit-year dashes are day-first by convention; otherwise it is ambiguous."""
    first, second = int(match.group("first")), int(match.group("second"))
    if first > 12 >= second:
        return second, first
    if second > 12 >= first:
        return first, second
    if first == second:
        return first, second
    day_first = match.group("separator") == "." or (
        match.group("separator") == "-" and len(match.group("numeric_year")) == 4)
    return (second, first) if day_first else None


def _full_year(digits: str) -> int:
    """'88' -> 1988, '25' -> 2025: wire datelines' two-digit years."""
    year = int(digits)
    if len(digits) == 4:
        return year
    return 1900 + year if year >= 50 else 2000 + year


def _closest_before(month: int, day: int, published: date | None) -> date | None:
    """A month and day without a year: the year that puts it closest before publication."""
    if published is None:
        return None
    for year in (published.year, published.year - 1, published.year - 2, published.year - 3):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= published:
            return candidate
    return None


def _ordinal_date(day: int, published: date | None) -> date | None:
    """'on the 4th': that day of the publication month, or of the month before."""
    if published is None:
        return None
    candidate = _safe_date(published.year, published.month, day)
    if candidate is not None and candidate <= published:
        return candidate
    previous = published.replace(day=1) - timedelta(days=1)
    return _safe_date(previous.year, previous.month, day)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _cues(doc: Document, start: int, end: int, value: date | None, written: date | None,
          sentence_cues: dict[int, tuple[tuple[int, int, str], ...]]) -> tuple[str, ...]:
    """What the words around the date at text[start:end] say about it: the nearest cue word
    ('incident', 'follow-up', 'death' or 'discovery'; not one after 'after'), a 'clock' time
    beside it ('small-hours' too if after midnight), a 'report' verb right before or after it
    (not a passive 'was reported'), a 'state' word ('remained') or a span word ('as-of',
    'since', 'time-zone') right before it, a 'future' day.
    `sentence_cues` keeps this article's `_sentence_cues` by sentence start, for its next date."""
    sentence = doc.sentence_at(start)
    date_start, date_end = start - sentence.start, end - sentence.start
    nearest: dict[str, int] = {}  # each kind of cue, its distance from the date
    state = False
    # 'in critical condition Friday after being shot': the words after name an earlier event
    phrase_after = _phrase_after().match(sentence.text, date_end) is not None
    if sentence.start not in sentence_cues:
        sentence_cues[sentence.start] = _sentence_cues(sentence.text)
    cues_in_sentence = sentence_cues[sentence.start]
    # only cues near the date count, so a huge unpunctuated 'sentence' costs linear time
    first = bisect.bisect_left(cues_in_sentence, (date_start - CUE_WINDOW,))
    for cue_start, cue_end, kind in islice(cues_in_sentence, first, None):
        if cue_start > date_end + CUE_WINDOW:
            break
        if kind == "state":
            state = state or (cue_end <= date_start
                              and _plain_words(sentence.text, cue_end, date_start))
            continue
        # a date mostly tells when the words before it happened: 'shot Friday', 'arrested Sunday'
        if cue_end <= date_start:
            distance = date_start - cue_end
        elif phrase_after:
            continue
        else:
            distance = AFTER_FACTOR * max(cue_start - date_end, 0)
        nearest[kind] = min(distance, nearest.get(kind, distance))
    cues = []
    small_hours = nearest.pop("small-hours", CLOCK_DISTANCE + 1)
    clock = min(nearest.pop("clock", CLOCK_DISTANCE + 1), small_hours)
    if nearest:
        cues.append(min(nearest, key=nearest.get))  # the closest word says what the date is about
    if clock <= CLOCK_DISTANCE:
        cues.append("clock")
    if small_hours <= CLOCK_DISTANCE:
        cues.append("small-hours")  # '1:30 a.m. Sunday': the night before may be named too
    before = max(doc.body_start, start - 40)
    # a report verb after the date dates the report ('police on Monday identified the boy'),
    # unless the date belongs to an incident noun ('the homicide Thursday night said')
    report_after = (nearest.get("incident", ATTACHED + 1) > ATTACHED
                    and _report_after().match(sentence.text, date_end))
    report_before = _report_before().search(doc.text, before, start)
    if (report_before and report_before.group().lower().startswith("reported")
            and _passive_before().search(doc.text, max(0, report_before.start() - 8),
                                         report_before.start())):
        report_before = None  # 'the shooting was reported Tuesday' dates the shooting, where
        # 'the man was identified Tuesday' still dates a report
    if report_before or report_after:
        # 'killed himself, a sheriff said Thursday': the day goes with the report, not the words
        cues = [cue for cue in cues if cue not in ("incident", "death")] + ["report"]
    if state:
        cues.append("state")  # 'remained in critical condition Friday': how things stood then
    span_word = _span_word_before().search(doc.text, before, start)
    if span_word and span_word.group("as_of"):
        cues.append("as-of")
    elif span_word and span_word.group("time_zone"):
        cues.append("time-zone")
    elif span_word and not _within_week(value, written):
        cues.append("since")  # 'since May 10' is background; 'critical since Tuesday' is not
    if value is not None and written is not None and value > written:
        cues.append("future")
    return tuple(cues)


def _plain_words(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], between a state word and a date, is a few words and none of
    the incident's: 'still at large Monday' says how things stood; 'still asleep when gunmen
    fired Friday' dates the shooting."""
    kinds = _word_kinds()
    return _few_words().fullmatch(text, start, end) is not None and not any(
        kinds.get(word.lower()) == "incident" for word in text[start:end].split())


def _within_week(day: date | None, written: date | None) -> bool:
    return day is not None and written is not None and 0 <= (written - day).days <= 7


def _mention(doc: Document, value: date | None, start: int, end: int, rule: str) -> Mention:
    sentence = doc.sentence_at(start).text if doc.sentences else ""
    return Mention(value, doc.text[start:end], start, end, rule, sentence)


# --- incident date: the choice -------------------------------------------------------------

# How much each cue and each rule weighs: a date in the incident's own words, early in the
# article, wins.  Weighed on both dev corpora; round numbers, few of them, to stay general.
CUE_WEIGHTS = {"incident": 3.0, "death": 1.5, "discovery": 1.5, "clock": 1.5, "report": -2.0,
               "follow-up": -3.0, "state": -3.0, "as-of": -3.0, "wire-dateline": -0.5}
RULE_WEIGHTS = {"month-day-year": 3.0, "month-day": 3.0, "weekday-relative": 3.0,
                "yesterday": 3.0, "day-before-yesterday": 3.0, "last-night": 3.0,
                "overnight": 1.5, "during-the-night": 2.5,
                "today": 2.5, "tonight": 2.5, "this-morning": 2.5, "this-afternoon": 2.5,
                "this-evening": 2.5, "days-ago": 2.5, "holiday": 2.5, "day-of-month": 2.0}
NIGHT_RULES = frozenset({"last-night", "overnight", "during-the-night"})  # days a night began
LATER_CUES = frozenset({"death", "follow-up", "report"})  # cues of what came after the incident
RULED_OUT = frozenset({"future", "since", "time-zone"})  # cues that make a day not the incident's
POSITION_WEIGHT, POSITION_CAP = 0.15, 20  # each later sentence weighs a little less
AFTER_FACTOR = 2  # a cue word after the date counts as this much farther than one before it
CLOCK_DISTANCE = 30  # characters between a clock time and the date it goes with
WOUND_GAP = 20  # characters from a death word to its wounds: 'died from his gunshot wounds'
ATTACHED = 1  # characters between a noun and the date that follows it: 'the shooting Friday'
CUE_WINDOW = 400  # characters around a date within which cue words are read
AGREEMENT_SHARE = 0.25  # how much each further mention of the same day adds
LEAD_SENTENCES = 8  # sentences read for a time after midnight that dates a vague night


def _score(rule: str, cues: tuple[str, ...], sentence_index: int) -> float:
    return (RULE_WEIGHTS[rule] + sum(CUE_WEIGHTS.get(cue, 0.0) for cue in cues)
            - POSITION_WEIGHT * min(sentence_index, POSITION_CAP))


def choose_date(candidates: list[DateCandidate], *,
                small_hours_stated: bool = False) -> DateCandidate | None:
    """The best-supported day: its best candidate's score plus a share of the others that
    name the same day (a lead and a later 'the Saturday shooting' agree); None if none is left.
    A vague night ('last night', 'overnight') gives way to the next day stated with a time
    after midnight ('at 1:30 a.m. Sunday'), as the labels read 'at about 01:00 on October 17',
    or, if `small_hours_stated` (the lead times the incident 'at 1:30 a.m.' without a day),
    to the day after the night began."""
    by_day: dict[date | None, list[DateCandidate]] = {}
    for candidate in candidates:
        if not RULED_OUT.intersection(candidate.cues):
            by_day.setdefault(candidate.mention.value, []).append(candidate)
    if not by_day:
        return None

    def support(day: date | None) -> float:
        scores = sorted((candidate.score for candidate in by_day[day]), reverse=True)
        return scores[0] + AGREEMENT_SHARE * sum(max(score, 0.0) for score in scores[1:])

    supports = {day: support(day) for day in by_day}
    best_day = max(supports, key=supports.get)  # the first in the text, on a tie
    for day in supports:  # but an earlier day that week: reports and arrests follow the incident
        if supports[day] == supports[best_day] and day != best_day and _within_week(day, best_day):
            best_day = day
    best = max(by_day[best_day], key=lambda candidate: candidate.score)
    if _vague_night(best) and best_day is not None:
        # 'last night's attack ... at about 01:00 on October 17': the stated day wins, unless
        # it dates a death ('died at 12:48 a.m. Saturday') or a report
        after_midnight = [candidate for candidate in by_day.get(best_day + timedelta(days=1), ())
                          if "small-hours" in candidate.cues
                          and not LATER_CUES.intersection(candidate.cues)]
        if after_midnight:
            return max(after_midnight, key=lambda candidate: candidate.score)
        if small_hours_stated and best.mention.rule in NIGHT_RULES:
            mention = replace(best.mention, value=best_day + timedelta(days=1),
                              rule=best.mention.rule + "-after-midnight")
            return best._replace(mention=mention)
    return best


def _vague_night(candidate: DateCandidate) -> bool:
    """Whether a candidate names a night, which may run past midnight: 'last night',
    'overnight', 'Friday night' (a weekday's night gives way only to a stated next day:
    'Friday night ... at 2:45 a.m. Saturday')."""
    mention = candidate.mention
    return mention.rule in NIGHT_RULES or (mention.rule == "weekday-relative"
                                           and mention.text[-5:].lower() == "night")


def _small_hours_in_lead(doc: Document, candidates: list[DateCandidate]) -> bool:
    """Whether one of the first `LEAD_SENTENCES` sentences times the incident after midnight
    and names no day ('The shooting happened around 1:30 a.m.'); not a later event's time
    ('turned himself in at 4 a.m.')."""
    dated = {candidate.sentence_index for candidate in candidates}
    for index, sentence in enumerate(doc.sentences[:LEAD_SENTENCES]):
        if index in dated:
            continue
        kinds = {kind for _, _, kind in _sentence_cues(sentence.text)}
        if {"small-hours", "incident"} <= kinds and "follow-up" not in kinds:
            return True
    return False


def find_date(doc: Document) -> Mention | None:
    """The day the main incident happened, resolved against `doc.published`.

    A page first posted or a wire story filed before that date ('Posted: Saturday, March 2,
    2013', 'LIMA, 9 JAN 90 (EFE) --', under a later publication date) was written that day,
    so its days are read from it.  After the seeds' date, a wire dateline is the page's own,
    not a candidate.  With no date cue for the incident, the day written stands in (the
    labels' rule)."""
    found = list(_dates(doc, doc.body_start))
    if doc.body_start:  # after the seeds' date, a wire dateline ('LIMA, 31 OCT 88 (EFE) --')
        published = _header_dateline(doc, found, ("wire-dateline",)) or _seed_dateline(doc)
    else:
        published = _page_dateline(doc, found)
    if published is not None and published.value != doc.published:
        published = None  # a given publication date overrides the page's own
    # a page first posted, or a wire story filed, before that date was written that day
    posted = _header_dateline(doc, found, ("posted-at", "wire-dateline"))
    if posted is not None and (doc.published is None or posted.value >= doc.published):
        posted = None
    written = posted.value if posted else doc.published
    candidates = date_candidates(doc, written, published or posted, found)
    best = choose_date(candidates)
    if best is not None and best.mention.rule in NIGHT_RULES:  # rare: read the lead's clocks
        stated = "small-hours" in best.cues or _small_hours_in_lead(doc, candidates)
        best = choose_date(candidates, small_hours_stated=stated)
    if best is not None:
        return best.mention if best.mention.value is not None else None
    evidence = posted or published
    if written is None:
        return None
    if evidence is None:
        return Mention(written, "", 0, 0, "publication-default")
    return Mention(written, evidence.text, evidence.start, evidence.end, "publication-default",
                   evidence.sentence)
