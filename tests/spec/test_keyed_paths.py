"""Review r6 M2: list items are named by their key (``contributors[SWE]``), not by their place in
the merged list, in validation errors, `reassure show` and the report's "What changed" table."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.spec import load_scenario, walk_provenanced
from reassure.spec._paths import index_path, keyed_path

HEAD = 'schema = 1\nname = "nb"\ntitle = "t"\ndescription = "d"\nextends = "europe-2025"\n'
BEL = '[[contributors]]\nnation = "BEL"\nstatus = "willing"\nassumption = "x (for a test)"\n'


def _child(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "nb.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(("body", "line", "field"), [
    # a child's own new nation: the parent's 13 contributors came first, so it was contributors[13]
    (BEL + 'pledge_troop = { value = 1, unit = "troops", assumption = "x (for a test)" }\n', 10,
     "contributors[BEL].pledge_troop is not a known field"),
    (BEL + 'pledge_troops = { value = -1, unit = "troops", assumption = "x (for a test)" }\n', 10,
     "contributors[BEL].pledge_troops must be >= 0"),
    # the child's only source: it was sources[61]
    ('[[sources]]\nid = "my-id"\ntitle = "t"\noutlet = "o"\n', 6, "sources[my-id] needs `url` or `file`"),
    # review s33: a theatre site id (an unknown id would be told first, as the row's first fault)
    ('[[posture.sites]]\nsite = "zaporizhzhia"\nweight = { value = -3, unit = "weight", assumption = "x (for a test)" }\n',
     8, "posture.sites[zaporizhzhia].weight must be >= 0"),
    ('[[monitoring.fleets]]\nid = "eu-male"\norbits = { value = 500, unit = "orbits", assumption = "x (for a test)" }\n',
     8, "monitoring.fleets[eu-male].orbits must be <= 200"),
    # an inherited nation changed by the child, named as the reader wrote it
    ('[[contributors]]\nnation = "FRA"\nstatus = "wiling"\n', 8, "contributors[FRA].status must be one of"),
])
def test_errors_name_list_items_by_key_at_the_child_line(run_cli: Any, tmp_path: Path, body: str,
                                                         line: int, field: str) -> None:
    path = _child(tmp_path, body)
    r = run_cli("validate", path)
    assert r.exit_code == 2 and "Traceback" not in r.stderr
    first = r.stderr.splitlines()[0]
    assert first.startswith(f"error: {path}:{line}: {field}"), first
    assert not re.search(r"(contributors|sources|sites|fleets)\[\d+\]", first), first


def test_show_names_each_nation_site_and_fleet(run_cli: Any, tmp_path: Path) -> None:
    path = _child(tmp_path, BEL + 'pledge_troops = { value = 3000, unit = "troops", assumption = "lead (for a test)" }\n')
    r = run_cli("show", path, "--format", "json")
    assert r.exit_code == 0, r.stderr
    import json

    data = json.loads(r.stdout)
    paths = [p["path"] for p in data["parameters"]]
    assert "contributors[BEL].pledge_troops" in paths and "monitoring.fleets[eu-male].orbits" in paths
    assert "posture.sites[rivne-npp].weight" in paths
    assert not any(re.search(r"(contributors|sites|fleets)\[\d+\]", p) for p in paths)
    fra = next(s for s in data["statements"] if s["path"] == "contributors[FRA]")
    assert "None" not in fra["statement"] and "requires_us_backstop=false" in fra["statement"]
    r = run_cli("show", path, env={"COLUMNS": "200"})
    assert "contributors[BEL].pledge_troops" in r.stdout and "contributors[13]" not in r.stdout


def test_what_changed_is_a_field_level_diff_by_key(tmp_path: Path) -> None:
    from reassure.present.report import Footnotes, changes_from_parent

    path = _child(tmp_path, '[[contributors]]\nnation = "FRA"\nstatus = "ruled-out"\nassumption = "France stays out"\n'
                  + BEL + 'pledge_troops = { value = 3000, unit = "troops", assumption = "lead (for a test)" }\n')
    s = load_scenario(path)
    html = changes_from_parent(s, Footnotes(s))
    rows = [[re.sub(r"<sup.*?</sup>|<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]
            for row in re.findall(r"<tr>(.*?)</tr>", html)]
    rows = [r for r in rows if r]
    assert ["contributors[FRA].status", "willing", "ruled-out", "France stays out"] in rows
    assert ["contributors[BEL].pledge_troops", "(not in the parent)", "3,000 troops", "lead (for a test)"] in rows
    assert ["contributors[BEL].status", "(not in the parent)", "willing", "x (for a test)"] in rows
    # one row a changed field; no Python reprs of whole items, no field left at its default
    assert "None" not in html and "p_join=" not in html and "requires_us_backstop" not in html
    assert len(rows) == 3, rows
    # an inherited nation given a pledge: the parent had none
    s = load_scenario(_child(tmp_path, '[[contributors]]\nnation = "SWE"\npledge_troops = { value = 3000, unit = "troops", assumption = "lead (for a test)" }\n'))
    html = changes_from_parent(s, Footnotes(s))
    assert re.search(r"contributors\[SWE\]\.pledge_troops</code>.*?<td>\(not set\)</td><td>3,000 troops</td>", html), html


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_keyed_and_index_paths_name_the_same_parameter(data: st.DataObject) -> None:
    s = _scenario()
    path, _ = data.draw(st.sampled_from(list(walk_provenanced(s))))
    keyed = keyed_path(s, path)
    assert index_path(s, keyed) == path
    assert index_path(s, path) == path  # the index form is still understood
    assert not re.search(r"(contributors|sources|sites|fleets)\[\d+\]", keyed), keyed


_CACHE: dict[str, Any] = {}


def _scenario() -> Any:
    if "s" not in _CACHE:
        _CACHE["s"] = load_scenario("europe-2025")
    return _CACHE["s"]
