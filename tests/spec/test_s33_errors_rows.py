"""Review s33 #3: `nation = "Germany"` without a source was told only "needs provenance"; the
wrong code (an ISO 3166 alpha-3 code such as DEU) came to light once that was fixed. Every fault
of a row is reported at once, the wrong id (the more fundamental) first."""

from __future__ import annotations

from pathlib import Path

import pytest

import reassure
from reassure.errors import ReassureError, problem_lines

HEAD = 'schema = 1\nname = "v"\ntitle = "v"\nextends = "europe-2025"\n'


def _lines(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "v.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    with pytest.raises(ReassureError) as err:
        reassure.load_scenario(path)
    return problem_lines(err.value)


def test_a_nation_name_without_provenance_is_told_both(tmp_path: Path) -> None:
    lines = _lines(tmp_path, '[[contributors]]\nnation = "Germany"\nstatus = "willing"\n')
    assert len(lines) == 2, lines
    assert lines[0].endswith(":6: contributors[Germany].nation is not a nation of theatre "
                             "ukraine-2025; did you mean 'DEU' (Germany)? (use ISO 3166 alpha-3 "
                             "codes such as FRA, GBR) (got 'Germany')")
    assert "contributors[Germany] needs provenance" in lines[1]
    # a valid code is not blamed
    lines = _lines(tmp_path, '[[contributors]]\nnation = "BEL"\nstatus = "willing"\n')
    assert len(lines) == 1 and "contributors[BEL] needs provenance" in lines[0]


def test_inline_rows_and_a_party_are_told_too(tmp_path: Path) -> None:
    lines = _lines(tmp_path, 'contributors = [{ nation = "Germany", status = "willing" }, '
                             '{ nation = "RUS", status = "willing", assumption = "x (for a test)" }]\n')
    assert "contributors[Germany].nation is not a nation" in lines[0]
    assert "contributors[Germany] needs provenance" in lines[1]
    assert any("contributors[RUS].nation is Russia, a party to the ceasefire" in x for x in lines)


def test_a_site_id_is_told_with_its_weight(tmp_path: Path) -> None:
    lines = _lines(tmp_path, '[[posture.sites]]\nsite = "kyv"\nweight = { value = 1, unit = "weight" }\n')
    assert "posture.sites[kyv].site is not a site of theatre ukraine-2025; did you mean 'kyiv'?" in lines[0]
    assert "posture.sites[kyv].weight needs provenance" in lines[1]

