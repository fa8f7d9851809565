"""A share written in percent reaches the models as the same fraction (review s11: the bridge read
``Quantity.nominal``, the number as written, so ``90 percent`` was read as 0.9 only by accident of
the value and ``30 percent`` failed inside the model with no file or line)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

import reassure
from reassure.spec import Quantity

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"

_FRACTION = re.compile(
    r"\{ *(value|low) = ([0-9.]+)(?:, *high = ([0-9.]+))?, *unit = \"(fraction|probability)\""
)


def _as_percent(text: str) -> tuple[str, int]:
    """Every fraction or probability of a scenario file rewritten in percent (same quantity)."""
    def pct(x: str) -> str:
        return repr(round(float(x) * 100, 9))

    def sub(m: re.Match[str]) -> str:
        if m.group(1) == "value":
            return f'{{ value = {pct(m.group(2))}, unit = "percent"'
        return f'{{ low = {pct(m.group(2))}, high = {pct(m.group(3))}, unit = "percent"'

    return _FRACTION.subn(sub, text)


def test_canonical_converts_and_nominal_does_not() -> None:
    q = Quantity(value=30, unit="percent", assumption="test (for a test)")
    assert q.nominal == 30
    assert q.canonical == pytest.approx(0.3)
    r = Quantity(low=600, high=800, unit="mi", assumption="test (for a test)")
    assert r.canonical == pytest.approx(700 * 1.609344)


def test_europe_2025_in_percent_gives_the_same_figures(tmp_path: Path) -> None:
    text, n = _as_percent((SCENARIOS / "europe-2025.toml").read_text(encoding="utf-8"))
    assert n >= 10, "the rewrite must reach the file's shares (p_join, role mix, shares ...)"
    path = tmp_path / "europe-2025-percent.toml"
    path.write_text(text, encoding="utf-8")
    as_fraction = reassure.assess("europe-2025", runs=2, seed=3, sensitivity=False).to_frame()
    as_percent = reassure.assess(str(path), runs=2, seed=3, sensitivity=False).to_frame()
    import pandas as pd

    numeric = [c for c in as_fraction.columns if pd.api.types.is_numeric_dtype(as_fraction[c])]
    assert numeric, "the frame must have numeric columns to compare"
    assert list(as_fraction.index) == list(as_percent.index)
    for col in numeric:
        np.testing.assert_allclose(as_percent[col].to_numpy(float), as_fraction[col].to_numpy(float),
                                   rtol=1e-9, atol=1e-12, equal_nan=True, err_msg=col)
