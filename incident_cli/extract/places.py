"""The city of the main incident, resolved in the gazetteer (issue 5)."""
from __future__ import annotations

from ..model import Mention
from .document import Document


def find_city(doc: Document) -> Mention | None:
    """The mention of the main incident's city; its value is a `Place`."""
    return None
