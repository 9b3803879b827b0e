"""The pure core: article text in, `Incident` out.  No I/O, no printing."""
from __future__ import annotations

from datetime import date

from .extract import casualties, dates, places
from .extract.document import Document
from .model import Incident, Mention


def parse_text(text: str, *, published: date | str | None = None, source: str | None = None) -> Incident:
    """Extract the main incident's date, city, killed and wounded from one article.

    `published` (a date or 'YYYY-MM-DD') resolves relative dates such as 'on Sunday'; without
    it the article's own dateline is used.  `source` is copied into the record.
    """
    if isinstance(published, str):
        published = date.fromisoformat(published)
    doc = Document.from_text(text)
    if published is not None:
        published_mention = Mention(published, "", 0, 0, "given")
    else:
        published_mention = dates.find_published(doc)
    doc.published = published_mention.value if published_mention else None
    killed, wounded = casualties.find_counts(doc)
    return Incident(source=source, published=published_mention, date=dates.find_date(doc),
                    city=places.find_city(doc), killed=killed, wounded=wounded)
