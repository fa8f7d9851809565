"""`reassure show` lists the shipped defaults a scenario falls back on (review s12 3): they are
the binding limit for most nations, and `force` names them, but `show` left them out."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

_SET = {
    "sustainable_share": '{ value = 0.3, unit = "fraction", assumption = "x (for a test)" }',
    "min_contribution": '{ value = 200, unit = "troops", assumption = "x (for a test)" }',
    "cost_per_troop_year": '{ value = 150000, unit = "EUR/troop-year", assumption = "x (for a test)" }',
}


def test_show_json_lists_each_default_force_uses(run_cli) -> None:  # type: ignore[no-untyped-def]
    shown = json.loads(run_cli("show", "europe-2025", "--format", "json").stdout)
    forced = json.loads(run_cli("force", "europe-2025", "--format", "json").stdout)
    paths = {r["path"]: r for r in shown["shipped_defaults"]}
    for name in ("sustainable_share", "min_contribution", "cost_per_troop_year"):
        assert f"force.{name}" in paths
        assert any(line.startswith(f"{name} = ") for line in forced["defaults_used"])
    share = paths["force.sustainable_share"]
    assert share["value"] == 0.25 and share["unit"] == "fraction"
    assert share["source"] and share["shipped_default"] == "data/roles.toml"
    # every source id a default cites is listed among the sources
    ids = {s["id"] for s in shown["sources"]}
    assert all(i in ids for r in shown["shipped_defaults"] for i in r["source"])
    # a parameter the scenario sets is not listed as a default
    own = {p["path"] for p in shown["parameters"]}
    assert not own & set(paths)


def test_show_table_marks_the_defaults(run_cli) -> None:  # type: ignore[no-untyped-def]
    for width in ("200", "80"):
        text = run_cli("show", "europe-2025", env={"COLUMNS": width}).stdout
        assert "Shipped defaults" in text
        assert "force.sustainable_share" in text
        assert "shipped default (data/roles.toml)" in " ".join(text.split())


def test_a_default_the_scenario_sets_is_not_listed(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "own-share.toml"
    f.write_text('schema = 1\nname = "own-share"\ntitle = "t"\nextends = "europe-2025"\n'
                 '[force]\nsustainable_share = { value = 0.3, unit = "fraction", assumption = "x (for a test)" }\n',
                 encoding="utf-8")
    shown = json.loads(run_cli("show", str(f), "--format", "json").stdout)
    paths = {r["path"] for r in shown["shipped_defaults"]}
    assert "force.sustainable_share" not in paths and "force.min_contribution" in paths
    assert any(p["path"] == "force.sustainable_share" for p in shown["parameters"])


@settings(max_examples=8, deadline=None)
@given(st.sets(st.sampled_from(sorted(_SET))))
def test_each_force_default_is_listed_exactly_when_the_plan_leaves_it_out(given_names: set[str]) -> None:
    import tempfile

    from reassure.present.scenarios import shipped_default_rows
    from reassure.spec import load_scenario

    lines = "".join(f"{n} = {_SET[n]}\n" for n in sorted(given_names))
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "plan.toml"
        f.write_text('schema = 1\nname = "plan"\ntitle = "t"\nextends = "europe-2025"\n'
                     f"[force]\n{lines}", encoding="utf-8")
        rows = {r["path"] for r in shipped_default_rows(load_scenario(f))}
    for name in _SET:
        assert (f"force.{name}" in rows) == (name not in given_names)
