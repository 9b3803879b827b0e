"""The result types: a `Mention` is one piece of evidence, an `Incident` one article's record."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: the GeoNames name and where it lies."""

    name: str
    region: str | None
    country: str
    country_code: str
    latitude: float | None  # None for a town the gazetteer does not know
    longitude: float | None
    population: int = 0


@dataclass(frozen=True, slots=True)
class Mention:
    """One candidate value found in the article, with the text it came from.

    `text == article[start:end]` always holds; `sentence` is the sentence (or headline)
    that contains it, and `rule` names the pattern that matched, so a reader can see
    why a value was found.  Counts also carry a qualifier and low/high bounds.
    """

    value: int | date | Place | None
    text: str
    start: int
    end: int
    rule: str
    sentence: str = ""
    qualifier: str | None = None  # 'at least', 'more than', 'about', 'up to', 'range', 'vague'
    low: int | None = None
    high: int | None = None

    def evidence(self) -> dict:
        """The JSON evidence object: matched text, span, rule, sentence (and bounds for counts)."""
        out = {"text": self.text, "start": self.start, "end": self.end, "rule": self.rule,
               "sentence": self.sentence}
        if self.qualifier is not None:
            out["qualifier"] = self.qualifier
        if self.low is not None or self.high is not None:
            out["low"] = self.low
            out["high"] = self.high
        return out


@dataclass(frozen=True, slots=True)
class Incident:
    """One article's record: each field is the chosen `Mention`, or None when the article does not say."""

    source: str | None = None
    published: Mention | None = None
    date: Mention | None = None
    city: Mention | None = None  # value is a Place
    killed: Mention | None = None
    wounded: Mention | None = None
    warnings: tuple[str, ...] = ()  # what went wrong reading this article (not part of the record)

    def to_dict(self) -> dict:
        """The flat record in the documented key order, evidence last."""
        place = self.city.value if self.city else None
        evidence = {name: mention.evidence()
                    for name, mention in (("published", self.published), ("date", self.date),
                                          ("city", self.city), ("killed", self.killed),
                                          ("wounded", self.wounded))
                    if mention is not None}
        return {
            "source": self.source,
            "published": _iso(self.published),
            "date": _iso(self.date),
            "city": place.name if place else None,
            "region": place.region if place else None,
            "country": place.country if place else None,
            "country_code": place.country_code if place else None,
            "latitude": place.latitude if place else None,
            "longitude": place.longitude if place else None,
            "killed": self.killed.value if self.killed else None,
            "wounded": self.wounded.value if self.wounded else None,
            "killed_qualifier": self.killed.qualifier if self.killed else None,
            "wounded_qualifier": self.wounded.qualifier if self.wounded else None,
            "evidence": evidence,
        }


FIELDS = ("source", "published", "date", "city", "region", "country", "country_code",
          "latitude", "longitude", "killed", "wounded", "killed_qualifier", "wounded_qualifier")
"""The flat fields of a record, in output order (every key of `to_dict` but `evidence`)."""


def _iso(mention: Mention | None) -> str | None:
    return mention.value.isoformat() if mention and mention.value else None
