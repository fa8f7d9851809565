"""Review s34 (analyst): "with a US backstop" meant "any one US enabler on": a US tanker alone
brought in every nation whose condition was the backstop. ``requires_us_enablers`` names the
enablers a nation's condition needs; left out, any enabler on still counts (the shipped plans'
numbers are unchanged)."""

from __future__ import annotations

from pathlib import Path

import pytest

import reassure
from reassure.errors import ReassureError

HEAD = """schema = 1
name = "enab"
title = "t"
description = "europe-2025, a US tanker alone"
description_source = ["seed-000"]
extends = "europe-2025"

[us_backstop]
ground_troops = false
isr = false
air_defence = false
air_support = false
airlift = false
logistics = false
tanker = true
assumption = "a US tanker alone"
"""


def _gbr_join(tmp_path: Path, contributor: str) -> tuple[float, float]:
    path = tmp_path / "enab.toml"
    path.write_text(HEAD + contributor, encoding="utf-8")
    out = reassure.run_capability("force", str(path), seed=1)
    def p(side):
        return next(n for n in side.result.nations if n.nation == "GBR").p_join
    return p(out.with_us), p(out.without_us)


def test_any_enabler_counts_when_the_condition_names_none(tmp_path: Path) -> None:
    with_us, without = _gbr_join(tmp_path, "")
    assert with_us > 0 and without == 0


def test_a_condition_naming_enablers_that_are_off_keeps_the_nation_out(tmp_path: Path) -> None:
    with_us, without = _gbr_join(tmp_path, '\n[[contributors]]\nnation = "GBR"\n'
                                 'requires_us_backstop = true\nrequires_us_enablers = ["isr"]\n'
                                 'assumption = "London asks for US ISR in this test"\n')
    assert with_us == 0 and without == 0
    with_us, _ = _gbr_join(tmp_path, '\n[[contributors]]\nnation = "GBR"\n'
                           'requires_us_backstop = true\nrequires_us_enablers = ["tanker"]\n'
                           'assumption = "London asks for US tankers in this test"\n')
    assert with_us > 0


@pytest.mark.parametrize("fields", ['requires_us_enablers = ["isr"]',
                                    'requires_us_backstop = true\nrequires_us_enablers = []',
                                    'requires_us_backstop = true\nrequires_us_enablers = ["radar"]'])
def test_a_condition_that_cannot_hold_is_refused(tmp_path: Path, fields: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(HEAD + f'\n[[contributors]]\nnation = "SWE"\n{fields}\n', encoding="utf-8")
    with pytest.raises(ReassureError) as err:
        reassure.load_scenario(str(path))
    assert "requires_us_enablers" in str(err.value)
