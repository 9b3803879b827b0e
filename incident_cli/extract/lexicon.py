"""Word lists the extractors share, in one place.

Where they came from: written here by the project's developers from the grammar of English
news reports (wire style guides' abbreviations, the casualty verbs and nouns reporters use),
not copied from any article.  Place names come from GeoNames via the gazetteer data file,
not from this module.  Each section below belongs to one extractor.
"""

# --- sentences -------------------------------------------------------------------------
# Words that end in a full stop without ending a sentence (lower case, without the stop).
ABBREVIATIONS = frozenset("""
    mr mrs ms dr prof gen lt col capt sgt cpl pvt maj adm cmdr rev sen rep gov pres st ste mt
    ft jr sr no nos vs etc approx est dept inc ltd co corp bros u.s u.k u.n e.g i.e a.m p.m
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
    mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex va vt wash wis wyo
    w.va d.c
""".split())

# --- counts (issue 3) --------------------------------------------------------------------

# --- dates (issue 4) ---------------------------------------------------------------------

# --- places (issue 5) --------------------------------------------------------------------
