"""Killed and wounded counts of the article's main incident (issue 3)."""
from __future__ import annotations

from ..model import Mention
from .document import Document


def find_counts(doc: Document) -> tuple[Mention | None, Mention | None]:
    """The (killed, wounded) mentions chosen for the main incident; None where the article does not say."""
    return None, None
