"""Review s33 #2: a unit error named internal dimensions ("a unit of cost_eur_per_ship_year or
cost_usd_per_ship_year"). It says what the number is in a reader's words and lists the units a
file may write, as docs/scenario-format.md spells them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import reassure
from reassure.errors import ReassureError
from reassure.spec import units

REPO = Path(__file__).resolve().parents[2]
DOC = (REPO / "docs" / "scenario-format.md").read_text(encoding="utf-8")
# the names a file cannot write (review s33): cost_eur_per_ship_year, money_usd, rate_per_km ...
INTERNAL = sorted({d for d, _ in units.UNITS.values() if "_" in d})


def _error(tmp_path: Path, old: str, new: str, name: str = "coalition-2025-09") -> str:
    text = (REPO / "scenarios" / f"{name}.toml").read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "v.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ReassureError) as err:
        reassure.load_scenario(path)
    return str(err.value)


def test_ship_cost_in_km_lists_the_units_as_written(tmp_path: Path) -> None:
    text = _error(tmp_path, 'unit = "EUR million/ship-year"', 'unit = "km"')
    assert ("maritime.tasks[mcm-odesa].cost_per_ship_year must be a cost per ship-year, in one of "
            "the units EUR/ship-year, EUR million/ship-year, USD/ship-year, USD million/ship-year "
            "(got unit 'km')") in text
    assert "cost_eur_per_ship_year" not in text
    # a dimension named in plain words keeps its wording
    text = _error(tmp_path, 'unit = "day"', 'unit = "km"')
    assert "must be in a unit of time (h, day, min, month, s, week, year) (got unit 'km')" in text


@pytest.mark.parametrize(("name", "old", "words"), [
    ("coalition-2025-09", 'unit = "USD/flight-hour"', "a cost per flight-hour, in one of the units EUR/flight-hour"),
    ("coalition-2025-09", 'unit = "USD million/year"', "an amount of money per year, in one of the units EUR/year"),
    ("europe-2025", 'unit = "probability"', "a share or probability, in one of the units fraction, percent, probability"),
    ("europe-2025", 'unit = "1/km/day"', "a rate or a rate per km, in one of the units 1/day"),
])
def test_other_fields_name_no_internal_dimension(tmp_path: Path, name: str, old: str, words: str) -> None:
    text = _error(tmp_path, old, 'unit = "km"', name)
    assert words in text
    assert not [d for d in INTERNAL if re.search(rf"\b{d}\b", text)], text


def test_every_unit_listed_is_one_the_docs_spell() -> None:
    from reassure.spec._quantity import expected_units

    for dims in [(d,) for d in INTERNAL] + [("money_eur", "money_usd", "money_gbp")]:
        said = expected_units(dims)
        assert not [d for d in INTERNAL if re.search(rf"\b{d}\b", said)], said
        listed = said.split("in one of the units ", 1)[1] if "one of the units" in said else said[3:]
        for unit in listed.split(", "):
            assert f"`{unit}`" in DOC
