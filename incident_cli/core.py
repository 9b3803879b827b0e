"""The pure core: article text in, `Incident` out.  No I/O, no printing."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Callable, TypeVar

from .extract import casualties, dates, places
from .extract.cleaning import Cleaned, clean
from .extract.document import Document
from .model import Incident, Mention

Found = TypeVar("Found")

# The extractors read at most this many characters of an article: news reports run to a few
# thousand and put the incident first, and the bound caps the cost of hostile input (a
# crawler's megabytes of one sentence repeated) at a fraction of a second.
READ_LIMIT = 200_000


def parse_text(text: str, *, published: date | str | None = None, source: str | None = None) -> Incident:
    """Extract the main incident's date, city, killed and wounded from one article.

    `published` (a date or 'YYYY-MM-DD') resolves relative dates such as 'on Sunday'; without
    it the article's own dateline is used.  `source` is copied into the record.  A field whose
    patterns hit their time limit on hostile input is left out, and an article longer than
    `READ_LIMIT` characters is read only that far, each with a warning in the result.
    The extractors read a cleaned copy of the text; evidence spans point into `text` itself.
    """
    if isinstance(published, str):
        published = date.fromisoformat(published)
    cleaned = clean(text)
    warnings: list[str] = []
    doc = Document.from_text(_read_part(cleaned.text, warnings))
    if published is not None:
        published_mention = Mention(published, "", 0, 0, "given")
    else:
        published_mention = _guarded("published", dates.find_published, doc, None, warnings)
    doc.published = published_mention.value if published_mention else None
    killed, wounded = _guarded("killed and wounded", casualties.find_counts, doc, (None, None), warnings)
    date_mention = _guarded("date", dates.find_date, doc, None, warnings)
    city = _guarded("city", places.find_city, doc, None, warnings)
    return Incident(source=source, published=_as_read(published_mention, cleaned, text),
                    date=_as_read(date_mention, cleaned, text), city=_as_read(city, cleaned, text),
                    killed=_as_read(killed, cleaned, text), wounded=_as_read(wounded, cleaned, text),
                    warnings=tuple(warnings))


def _read_part(text: str, warnings: list[str]) -> str:
    """The text up to `READ_LIMIT`, cut at a space or line break, with a warning if cut."""
    if len(text) <= READ_LIMIT:
        return text
    cut = max(text.rfind(" ", 0, READ_LIMIT), text.rfind("\n", 0, READ_LIMIT))
    warnings.append(f"read only the first {READ_LIMIT:,} of {len(text):,} characters")
    return text[:cut if cut > 0 else READ_LIMIT]


def _as_read(mention: Mention | None, cleaned: Cleaned, text: str) -> Mention | None:
    """The mention with its span and text in the article as given, not in the cleaned copy."""
    if mention is None or cleaned.text is text:
        return mention
    start, end = cleaned.original_span(mention.start, mention.end)
    end = max(start, end)
    return replace(mention, start=start, end=end, text=text[start:end],
                   rule=f"html:{mention.rule}" if cleaned.html else mention.rule)


def _guarded(field: str, find: Callable[[Document], Found], doc: Document, default: Found,
             warnings: list[str]) -> Found:
    try:
        return find(doc)
    except TimeoutError:  # a pattern ran past patterns.TIMEOUT_SECONDS
        warnings.append(f"{field} skipped: a pattern ran out of time on this text")
        return default
