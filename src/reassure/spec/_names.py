"""What a scenario's `name` may be: the web editor's rule for a variant's name, in the loader too.

The web page (``reassure.present.web.app``) refuses a variant's name with this same function
(s47; it kept a copy of the rule before), as the loader refuses a scenario's.
"""

from __future__ import annotations

import re

__all__ = ["NAME", "NAME_RULE", "name_fault"]

#: A scenario name: as ``reassure.present.web.app.NAME``.
NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
#: The rule in words: as ``reassure.present.web.app.NAME_RULE``.
NAME_RULE = ("lower-case letters, digits, '-', '_' and '.' (not last), starting with a letter or a digit, "
             "at most 64 characters")


def name_fault(name: str) -> str | None:
    """What is wrong with ``name`` as a scenario name, as the rule it breaks, or None.

    >>> name_fault("europe-2025") is None
    True
    >>> name_fault("../../escaped-plan")
    "may not hold '..'"
    >>> name_fault("Bad Name!")
    "may not hold ' ', '!', 'B', 'N' (lower-case letters only)"
    >>> name_fault("y."), name_fault("plan-")
    ("may not end with '.' (its file would be NAME..toml)", None)
    """
    if NAME.fullmatch(name) and ".." not in name and not name.endswith((".toml", ".")):
        return None
    if not name:
        return "is empty"
    if len(name) > 64:
        return f"has {len(name)} characters"
    if ".." in name:
        return "may not hold '..'"
    bad = sorted({ch for ch in name if not re.fullmatch(r"[a-z0-9._-]", ch)})
    if bad:
        upper = " (lower-case letters only)" if any(ch.isupper() for ch in bad) else ""
        return f"may not hold {', '.join(repr(ch) for ch in bad[:5])}{upper}"
    if name.endswith(".toml"):
        return "must be given without '.toml'"
    if name.endswith("."):
        # review s49: `y.` was a name, and its file `y..toml` (a trailing '-' or '_' stays
        # allowed: variants saved under such names still load)
        return "may not end with '.' (its file would be NAME..toml)"
    return "must start with a lower-case letter or a digit"
