"""incident: turn news reports of violent incidents into date, city, killed and wounded, with evidence.

`parse_text` and the result types load on first use, so `incident --version` stays instant.
"""
__version__ = "0.1.0"
__all__ = ["parse_text", "Incident", "Mention", "Place", "__version__"]


def __getattr__(name: str):
    if name == "parse_text":
        from .core import parse_text

        return parse_text
    if name in ("Incident", "Mention", "Place"):
        from . import model

        return getattr(model, name)
    raise AttributeError(f"module 'incident_cli' has no attribute {name!r}")
