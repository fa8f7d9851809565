"""Shipped theatre data (geography, sites, bases, nations), every row sourced.

>>> from reassure.theatres import load_theatre
>>> t = load_theatre("ukraine-2025")
>>> t.site("znpp").status
'shut-down-occupied'

Importing this package imports numpy but not shapely, scipy or pandas.
"""

from reassure.theatres._theatre import (
    Airbase,
    LinePoint,
    Nation,
    Site,
    Theatre,
    TheatreSource,
    available_theatres,
    load_theatre,
)

__all__ = [
    "Airbase",
    "LinePoint",
    "Nation",
    "Site",
    "Theatre",
    "TheatreSource",
    "available_theatres",
    "load_theatre",
]
