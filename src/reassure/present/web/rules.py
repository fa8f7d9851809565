"""Rules of a variant shared by the API that checks them (`app`) and the page that says them (`page`).

Kept apart so that neither of those two modules imports the other.
"""

from __future__ import annotations

from reassure.spec._quantity import MIN_ASSUMPTION, assumption_fault

__all__ = ["MIN_ASSUMPTION", "assumption_fault"]

# An assumption replaces a source: a few words that say why the value is believed, not "x"
# (review 20 3). The rule is the scenario files' own (review s37 3: one rule for files,
# `with_overrides` and this editor), defined once in reassure.spec._quantity.
