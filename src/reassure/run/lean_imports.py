"""Import scipy without the two parts of its start-up a one-shot command never uses.

scipy (1.15+) does two things at import that cost `reassure assess` about 0.06 CPU s on its
critical path (before the fork and again in the parent), and that change no number:

- its array-API layer clones numpy's namespace (`scipy._lib.array_api_compat.numpy`) by
  reading every name in ``dir(numpy)``, which imports numpy's lazy submodules: ``numpy.f2py``
  (and with it email, charset_normalizer ...), ``numpy.testing`` (unittest), ``numpy.ma``,
  ``numpy.polynomial`` ... none of which reassure or scipy's numpy code path uses (they are
  not array-API functions);
- each function decorated with ``xp_capabilities`` (about 280 of them in scipy.linalg,
  special, sparse and optimize) has its docstring parsed (numpydoc's ``FunctionDoc``) and
  rewritten to add a note on array-API support, which only ``help()`` shows.

`lean_scipy()` imports scipy's array-API layer with those numpy submodules hidden from the
clone (numpy's own ``__all__`` and ``__dir__`` are put back at once) and keeps the docstrings
as they are. It is for a command-line process that imports scipy for its own run
(``reassure assess``); a process that has already imported scipy is left alone, and the
library API (``reassure.assess``) never calls it.
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["HIDDEN_NUMPY_SUBMODULES", "TESTED_SCIPY", "lean_scipy", "scipy_version"]

#: numpy's lazily imported submodules that scipy's namespace clone would otherwise load.
HIDDEN_NUMPY_SUBMODULES = frozenset({"f2py", "testing", "ma", "polynomial", "ctypeslib", "rec",
                                     "char", "strings", "core", "test"})


class _DocAsIs:
    """Stands in for numpydoc's ``FunctionDoc`` in ``xp_capabilities``: the note it adds is
    dropped, the docstring kept (``str()`` gives a signature line, then the docstring)."""

    def __init__(self, function: Any) -> None:
        self._doc = getattr(function, "__doc__", None) or ""
        self._sections: dict[str, list[str]] = {"Notes": []}

    def __getitem__(self, key: str) -> list[str]:
        return self._sections.setdefault(key, [])

    def __str__(self) -> str:
        return "\n" + self._doc


#: scipy releases whose private start-up this was written against and tested with (first and
#: last minor version, inclusive); with any other scipy nothing is changed (a plain import).
TESTED_SCIPY = ((1, 15), (1, 17))


def scipy_version() -> tuple[int, int] | None:
    """scipy's (major, minor) read from its ``version.py`` (``version = "1.17.1"``) without
    importing scipy; None when it cannot be read."""
    import importlib.util
    import re
    from pathlib import Path

    try:
        spec = importlib.util.find_spec("scipy")
        text = (Path(spec.origin).parent / "version.py").read_text()  # type: ignore[union-attr,arg-type]
    except (ImportError, OSError, TypeError, AttributeError, ValueError):
        return None
    found = re.search(r"""^version\s*=\s*['"](\d+)\.(\d+)""", text, re.MULTILINE)
    return (int(found.group(1)), int(found.group(2))) if found else None


def lean_scipy() -> bool:
    """Import scipy's array-API layer leanly (see the module docstring); True if it did,
    False when scipy was already imported or is not a tested release (then nothing is
    changed: these are scipy's private parts, and an untested scipy gets a plain import)."""
    if "scipy._lib._array_api" in sys.modules or "scipy" in sys.modules:
        return False
    version = scipy_version()
    if version is None or not TESTED_SCIPY[0] <= version <= TESTED_SCIPY[1]:
        return False
    import numpy

    all_names, dir_names = numpy.__all__, numpy.__dir__
    numpy.__all__ = [n for n in all_names if n not in HIDDEN_NUMPY_SUBMODULES]
    vars(numpy)["__dir__"] = lambda: [n for n in dir_names() if n not in HIDDEN_NUMPY_SUBMODULES]
    try:
        import scipy._lib._array_api as array_api
    finally:
        numpy.__all__ = all_names
        vars(numpy)["__dir__"] = dir_names
    if callable(getattr(array_api, "FunctionDoc", None)):
        array_api.FunctionDoc = _DocAsIs  # type: ignore[assignment,misc]
    return True
