"""Publication date and the main incident's date (issue 4)."""
from __future__ import annotations

from datetime import date

from ..model import Mention
from .document import Document


def find_published(doc: Document) -> Mention | None:
    """The publication date the article itself states (the seeds' ' date YYYY-MM-DD', wire datelines)."""
    if doc.body_start:
        iso = doc.text[:doc.body_start].strip().removeprefix("date").strip()
        start = doc.text.index(iso)
        return Mention(date.fromisoformat(iso), iso, start, start + len(iso), "seed-dateline")
    return None


def find_date(doc: Document) -> Mention | None:
    """The day the main incident happened, resolved against `doc.published`."""
    return None
