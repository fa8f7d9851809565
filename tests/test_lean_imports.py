"""`reassure.run.lean_imports.lean_scipy`: scipy imported without numpy's unused lazy
submodules and without rewriting docstrings; numpy left as it was; scipy's results unchanged."""

from __future__ import annotations

import json
import subprocess
import sys

from reassure.run.lean_imports import lean_scipy

_PROBE = """
import json, sys
import numpy
before_all, before_dir = list(numpy.__all__), sorted(dir(numpy))
from reassure.run.lean_imports import lean_scipy
first, second = lean_scipy(), lean_scipy()
import scipy.special, scipy.sparse, scipy.linalg, scipy.optimize
import numpy as np
res = scipy.optimize.linprog([1.0, 2.0], A_ub=[[-1.0, -1.0]], b_ub=[-1.0], bounds=[(0, None)] * 2)
print(json.dumps({
    "first": first, "second": second,
    "loaded": sorted(m for m in ("numpy.f2py", "numpy.testing", "numpy.ma", "unittest")
                     if m in sys.modules),
    "all_kept": list(numpy.__all__) == before_all, "dir_kept": sorted(dir(numpy)) == before_dir,
    "pdtr": float(scipy.special.pdtr(3, 2.5)), "stdtrit": float(scipy.special.stdtrit(9, 0.975)),
    "det": float(scipy.linalg.det(np.array([[2.0, 1.0], [1.0, 3.0]]))),
    "lp": [float(v) for v in res.x],
    "doc": scipy.special.pdtr.__doc__ is not None and "pdtr" in scipy.special.pdtr.__doc__,
}))
"""


def _probe(lean: bool) -> dict[str, object]:
    code = _PROBE if lean else _PROBE.replace("first, second = lean_scipy(), lean_scipy()",
                                              "first = second = None")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_lean_scipy_skips_unused_numpy_submodules_and_keeps_numpy_and_results() -> None:
    from reassure.run.lean_imports import TESTED_SCIPY, scipy_version

    lean, plain = _probe(True), _probe(False)
    version = scipy_version()
    tested = version is not None and TESTED_SCIPY[0] <= version <= TESTED_SCIPY[1]
    # a scipy release this was not tested with gets a plain import, and says so
    assert lean["first"] is tested and lean["second"] is False  # once only
    if tested:
        assert lean["loaded"] == [] and "numpy.f2py" in plain["loaded"]  # what it saves
    assert lean["all_kept"] and lean["dir_kept"]  # numpy put back as it was
    assert lean["doc"]  # docstrings kept (only scipy's array-API note is left out)
    for key in ("pdtr", "stdtrit", "det", "lp"):
        assert lean[key] == plain[key]


def test_lean_scipy_leaves_an_imported_scipy_alone() -> None:
    import scipy.special  # noqa: F401  (this test process has scipy already)

    assert lean_scipy() is False


def test_lean_scipy_only_touches_a_tested_scipy(monkeypatch) -> None:
    # scipy's private start-up changes between releases: an untested one gets a plain import
    import scipy

    from reassure.run import lean_imports

    assert lean_imports.scipy_version() == tuple(int(p) for p in scipy.__version__.split(".")[:2])
    monkeypatch.delitem(sys.modules, "scipy")
    monkeypatch.setattr(lean_imports, "scipy_version", lambda: (9, 0))
    assert lean_imports.lean_scipy() is False
