"""The shipped scenarios, the `Quantity` mechanism, `extends`, and the light CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

import reassure
from reassure.spec import Quantity, list_scenarios, load_scenario

REPO = Path(__file__).resolve().parents[2]
SHIPPED = ["europe-2025", "ukraine-request", "iiss-small", "iiss-medium", "iiss-large", "no-us-backstop"]


def test_every_shipped_scenario_is_listed_and_valid(run_cli_process) -> None:
    """In a real `python -m reassure` process: the smoke test of the scenario commands."""
    names = sorted(p.stem for p in list_scenarios())
    assert set(SHIPPED) <= set(names)
    proc = run_cli_process("validate", *list_scenarios())
    assert proc.exit_code == 0, proc.stderr
    assert proc.stdout.count("ok ") == len(names)


def test_show_json_gives_provenance_for_every_parameter(run_cli) -> None:
    proc = run_cli("show", "europe-2025", "--format", "json")
    assert proc.exit_code == 0, proc.stderr
    data = json.loads(proc.stdout)
    params = data["parameters"]
    assert len(params) >= 20
    source_ids = {s["id"] for s in data["sources"]}
    for p in params:
        assert p["unit"], p
        assert p["source"] or p["assumption"], f"{p['path']} has neither source nor assumption"
        assert set(p["source"]) <= source_ids, p
    paths = {p["path"] for p in params}
    assert "force.target_troops" in paths and "horizon" in paths
    # The seeds are cited by file name.
    files = {s.get("file") for s in data["sources"]}
    assert "004_e6bd231cd2f2ab5e.txt" in files and "000_e2a977955cc9bd59.txt" in files


def test_europe_2025_carries_the_reported_plan() -> None:
    s = load_scenario("europe-2025")
    assert (s.force.target_troops.low, s.force.target_troops.high) == (25000, 30000)
    status = {c.nation: c.status for c in s.contributors}
    assert status["POL"] == "ruled-out"
    assert status["ITA"] == "ruled-out"  # issue 12: as in iiss-*, on the same quotes
    assert status["NLD"] == "conditional-parliament"
    assert status["DEU"] == "premature"
    assert status["GBR"] == status["FRA"] == "willing"
    assert s.us_backstop.isr and not s.us_backstop.ground_troops
    assert (s.horizon.low, s.horizon.high) == (20, 30)


def test_variants_override_only_what_differs() -> None:
    base = load_scenario("europe-2025")
    ask = load_scenario("ukraine-request")
    assert (ask.force.target_troops.low, ask.force.target_troops.high) == (100000, 150000)
    assert ask.force.tour == base.force.tour
    assert ask.contributors == base.contributors
    assert ask.name == "ukraine-request" and ask.title != base.title
    large = load_scenario("iiss-large")
    assert (large.force.target_troops.low, large.force.target_troops.high) == (60000, 100000)
    assert "iiss-2025" in {src.id for src in large.sources}
    assert {src.id for src in base.sources} <= {src.id for src in large.sources}
    assert not load_scenario("no-us-backstop").us_backstop.any


def test_an_empty_child_list_replaces_the_parents(tmp_path: Path) -> None:
    path = tmp_path / "no-surface.toml"
    path.write_text('schema = 1\nname = "no-surface"\nextends = "europe-2025"\n[support_force]\nsurface = []\n')
    assert load_scenario("europe-2025").support_force.surface
    assert load_scenario(path).support_force.surface == ()


def test_scenario_errors_survive_a_process_boundary() -> None:
    """Errors raised in the `assess` worker process reach the user as the same one line."""
    import pickle

    from reassure.errors import ScenarioFieldError

    err = ScenarioFieldError("a.toml", "must be >= 0", field="force.tour", line=3, got=-1)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is ScenarioFieldError and str(back) == str(err) == "a.toml:3: force.tour must be >= 0 (got -1)"


def test_without_us_switches_every_enabler_off() -> None:
    s = load_scenario("europe-2025")
    alone = s.without_us()
    assert s.us_backstop.any and not alone.us_backstop.any
    assert all(not f.us_asset for f in alone.monitoring.fleets)
    assert all(not b.us for b in alone.air.bases)
    assert any(f.us_asset for f in s.monitoring.fleets)  # the original is untouched


def test_scenarios_are_immutable() -> None:
    s = load_scenario("europe-2025")
    with pytest.raises(ValidationError):
        s.seed = 3  # type: ignore[misc]
    with pytest.raises(ValidationError):
        s.force.target_troops.low = 1  # type: ignore[misc]
    assert isinstance(s.contributors, tuple)


def test_quantity_conversion_against_hand_figures() -> None:
    tour = Quantity(value=6, unit="month", assumption="x (for a test)")
    assert tour.to("year").nominal == pytest.approx(0.5)
    assert tour.to("day").nominal == pytest.approx(182.625)  # 365.25 / 2
    speed = Quantity(low=400, high=450, unit="kn", assumption="x (for a test)")
    assert speed.to("km/h").low == pytest.approx(740.8)  # 1 kn = 1.852 km/h by definition
    assert speed.is_range and speed.nominal == 425
    share = Quantity(value=12.5, unit="percent", assumption="x (for a test)")
    assert share.in_("fraction") == pytest.approx(0.125)
    with pytest.raises(ValueError):
        tour.to("km")


def test_top_level_api_is_lazy_and_pinned() -> None:
    assert reassure.__all__ == sorted(reassure.__all__)
    assert reassure.load_scenario is load_scenario
    code = (
        "import sys, reassure.cli; "
        "heavy = [m for m in ('scipy', 'shapely', 'pandas', 'numba', 'pyproj', 'spacy') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "", f"`reassure --help` imports {proc.stdout.strip()}"


def test_help_runs_and_lists_the_commands(run_cli) -> None:
    proc = run_cli("--help")
    assert proc.exit_code == 0
    for name in ("scenarios", "validate", "show"):
        assert name in proc.stdout
