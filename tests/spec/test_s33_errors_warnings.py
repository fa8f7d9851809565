"""Review s33 #4: warnings showed raw values ("p_join = 0.5 probability", "sustainable_share =
0.25 fraction"); a share or probability is shown as a reader writes it and the report shows it
(50%, 25%). `Quantity.reader_text` is the one wording for warnings and notes."""

from __future__ import annotations

from pathlib import Path

import pytest

import reassure
from reassure.spec import Quantity


def _q(unit: str, **kw: float) -> Quantity:
    return Quantity.model_validate({"unit": unit, "assumption": "x", **kw})


@pytest.mark.parametrize(("unit", "given", "shown"), [
    ("probability", {"value": 0.5}, "50%"),
    ("fraction", {"value": 0.25}, "25%"),
    ("percent", {"value": 30}, "30%"),
    ("fraction", {"value": 0.175}, "17.5%"),
    ("probability", {"low": 0.4, "high": 0.6}, "40%–60%"),
    ("percent", {"value": 0.3}, "0.3%"),
])
def test_shares_and_probabilities_read_as_percent(unit: str, given: dict, shown: str) -> None:
    assert _q(unit, **given).reader_text() == shown


def test_other_quantities_read_as_written() -> None:
    assert _q("troops", low=25000, high=30000).reader_text() == "25,000–30,000 troops"
    assert _q("month", value=6).reader_text() == "6 month"


def test_p_join_of_a_ruled_out_nation_is_warned_in_percent(tmp_path: Path) -> None:
    path = tmp_path / "v.toml"
    path.write_text('schema = 1\nname = "v"\ntitle = "v"\nextends = "europe-2025"\n'
                    '[[contributors]]\nnation = "DEU"\nstatus = "ruled-out"\n'
                    'assumption = "Germany out in this variant"\np_join = { value = 0.5, unit = "probability", assumption = "x (for a test)" }\n',
                    encoding="utf-8")
    warnings = [w for w in reassure.load_scenario(path).load_warnings if "p_join is" in w]
    assert len(warnings) == 1, warnings
    assert "contributors[DEU].p_join is 50% but DEU's status is ruled-out" in warnings[0]
    assert "probability but" not in warnings[0]
