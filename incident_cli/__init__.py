"""incident: turn news reports of violent incidents into date, city, killed and wounded, with evidence."""
from .core import parse_text
from .model import Incident, Mention, Place

__version__ = "0.1.0"
__all__ = ["parse_text", "Incident", "Mention", "Place", "__version__"]
