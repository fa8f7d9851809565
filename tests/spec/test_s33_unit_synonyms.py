"""Review s33: a ship's speed written `unit = "knots"` was told "did you mean 'units'?" (a count),
and "%" or "pct" got no hint at all: their synonyms pointed at "%", which is not a unit. Every
synonym now names a unit a file may use, and the common ones of the maritime and air fields are
there."""

from __future__ import annotations

from pathlib import Path

import pytest

import reassure
from reassure.errors import ReassureError
from reassure.spec import units
from reassure.spec._aliases import UNIT_SYNONYMS, unit_suggestion


def test_every_synonym_names_a_unit() -> None:
    assert {k: v for k, v in UNIT_SYNONYMS.items() if v not in units.UNITS} == {}


@pytest.mark.parametrize(("typed", "expected"), [("knots", "kn"), ("kts", "kn"), ("%", "percent"),
                                                 ("pct", "percent"), ("nautical miles", "nmi"),
                                                 ("weeks", "week")])
def test_common_units_are_suggested(typed: str, expected: str) -> None:
    assert unit_suggestion(typed, units.UNITS) == f"; did you mean '{expected}'?"


def test_a_speed_in_knots_is_told_kn_with_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "v.toml"
    path.write_text('schema = 1\nname = "v"\ntitle = "v"\nextends = "coalition-2025-09"\n'
                    '[[maritime.tasks]]\nid = "mcm-odesa"\n'
                    'speed = { value = 10, unit = "knots", assumption = "x (for a test)" }\n', encoding="utf-8")
    with pytest.raises(ReassureError) as err:
        reassure.load_scenario(path)
    text = str(err.value)
    assert text.startswith(f"{path}:7: maritime.tasks[mcm-odesa].speed.unit is not a known unit")
    assert "did you mean 'kn'?" in text and "'units'" not in text
