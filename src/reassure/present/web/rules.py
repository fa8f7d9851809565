"""Rules of a variant shared by the API that checks them (`app`) and the page that says them (`page`).

Kept apart so that neither of those two modules imports the other.
"""

from __future__ import annotations

__all__ = ["MIN_ASSUMPTION"]

# An assumption replaces a source: a few words that say why the value is believed, not "x"
# (review 20 3). Twelve characters is "a guess only" or "half an hour".
MIN_ASSUMPTION = 12
