"""The examples of README.md, docs/python-api.md, docs/scenario-format.md and docs/explore.md that
no other test runs, run as a reader would paste them: each test reads the doc's own text (a quoted
error line, a comment saying what a call returns) and checks the tool still says it, so a doc that
drifts from the tool fails here, naming the doc."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

import reassure

REPO = Path(__file__).resolve().parents[1]


def _doc(path: str) -> str:
    return (REPO / path).read_text(encoding="utf-8")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _after_location(line: str) -> str:
    """``error: FILE:LINE: message`` -> ``message`` (the file and line are the example's own)."""
    return re.sub(r"^(error: )?[\w./-]+\.toml:\d+: ", "", line.strip())


# -- docs/python-api.md ----------------------------------------------------------------------


def test_python_api_override_note_is_what_the_call_returns() -> None:
    doc = _doc("docs/python-api.md")
    quoted = re.search(r"smaller\.force\.target_troops\.note\s+# '([^']+)'", doc)
    assert quoted, "docs/python-api.md no longer shows the override's note"
    plan = reassure.load_scenario("europe-2025")
    smaller = plan.with_overrides(
        {"force.target_troops": 20_000, "contributors[0].pledge_troops": (8_000, 9_000)},
        assumption="what if the coalition plans for 20,000 troops?")
    assert smaller.force.target_troops.note == quoted.group(1)
    assert smaller.force.target_troops.high == 20_000
    assert plan.force.target_troops.high == 30_000  # the original is unchanged


def test_python_api_an_item_the_plan_lacks_is_refused_as_the_doc_says() -> None:
    doc = _flat(_doc("docs/python-api.md"))
    example = re.search(r'`"(contributors\[(\w+)\]\.pledge_troops)"` on (\S+), which does not list '
                        r'\w+, is refused with "([^"]+)"', doc)
    assert example, "docs/python-api.md no longer gives its example of an item a plan lacks"
    path, nation, scenario, message = example.groups()
    plan = reassure.load_scenario(scenario.rstrip(","))
    assert nation not in [c.nation for c in plan.contributors]
    with pytest.raises(reassure.ReassureError, match=re.escape(message)):
        plan.with_overrides({path: 5_000}, assumption="x (for a test)")


def test_python_api_force_to_dict_is_the_commands_json(run_cli) -> None:
    """'exactly what `reassure force europe-2025 --format json` prints' (at the default draws)."""
    assert "force.to_dict()                    # exactly what `reassure force europe-2025 --format json` prints" \
        in _doc("docs/python-api.md")
    force = reassure.run_capability("force", "europe-2025")
    printed = run_cli("force", "europe-2025", "--format", "json")
    assert printed.exit_code == 0, printed.stderr
    assert json.loads(json.dumps(force.to_dict())) == json.loads(printed.stdout)
    # fewer draws is another Monte Carlo, which the doc says the command cannot give
    quick = reassure.run_capability("force", "europe-2025", draws=2_000).to_dict()
    assert quick["participation"]["draws"] == 2_000 != force.to_dict()["participation"]["draws"]


def test_python_api_incident_frame_gives_an_interval_as_two_rows() -> None:
    doc = _doc("docs/python-api.md")
    assert "incidents.to_frame()               # a 95% interval as two rows: " \
           "detected_fraction.ci95.low, .ci95.high" in doc
    plan = reassure.load_scenario("europe-2025")
    incidents = reassure.run_capability("incidents", plan, runs=2, seed=3)
    frame = incidents.to_frame()
    low, high = (frame.loc[f"detected_fraction.ci95.{end}", "with_us"] for end in ("low", "high"))
    assert low <= incidents.with_us.detected_fraction.value <= high


# -- docs/scenario-format.md -----------------------------------------------------------------

# Each example file, written so the mistake stands at the line the doc quotes.
_SCENARIO_ERRORS = {
    "europe.toml:14": 'schema = 1\nname = "europe"\nextends = "europe-2025"\n' + "#\n" * 9
                      + '[force]\ntarget_troops = { low = 30000, high = 25000, unit = "troops", '
                        'source = ["seed-000"] }\n',
    "bad.toml:6": 'schema = 1\nname = "bad"\nextends = "europe-2025"\n[force]\n#\n'
                  'target_trops = { value = 20000, unit = "troops", assumption = "x (for a test)" }\n',
    "bad.toml:4": 'schema = 1\nextends = "europe-2025"\n[monitoring]\n'
                  'cell = { value = 1e-300, unit = "km", assumption = "x (for a test)" }\n',
    "obs80.toml:4": 'schema = 1\nextends = "europe-2025"\n[force]\n'
                    'target_troops = { value = 80, unit = "troops", assumption = "x (for a test)" }\n',
    "v4.toml:6": 'schema = 1\nextends = "europe-2025"\n[[contributors]]\nassumption = "x (for a test)"\n'
                 'status = "willing"\nnation = "RUS"\n'
                 'pledge_troops = { value = 1000, unit = "troops", assumption = "x (for a test)" }\n',
}


def _quoted_error_line(doc: str, where: str) -> str | None:
    lines = [line for line in doc.splitlines() if re.match(rf"(error: )?{re.escape(where)}: ", line)]
    return lines[0] if lines else None


@pytest.mark.parametrize("where", sorted(_SCENARIO_ERRORS))
def test_scenario_format_error_examples_are_what_validate_prints(where: str, run_cli, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    quoted = _quoted_error_line(_doc("docs/scenario-format.md"), where)
    assert quoted, f"docs/scenario-format.md quotes no error at {where}"
    name = where.split(":")[0]
    (tmp_path / name).write_text(_SCENARIO_ERRORS[where], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("validate", name)
    assert result.exit_code == 2
    assert result.error_lines == ["error: " + quoted.removeprefix("error: ")], (
        f"docs/scenario-format.md quotes\n    {quoted}\nvalidate prints\n    {result.stderr.strip()}")


# -- docs/explore.md -------------------------------------------------------------------------


def test_explore_error_example_of_a_misspelt_design_is_what_explore_prints(run_cli, tmp_path: Path) -> None:
    doc = _doc("docs/explore.md")
    quoted = next(line for line in doc.splitlines() if "design.kind must be one of" in line)
    text = (REPO / "experiments" / "drone-orbits-80-full.toml").read_text(encoding="utf-8")
    text = re.sub(r'(?m)^kind = "lhs".*$', 'kind = "sobel"', text)
    (tmp_path / "drones.toml").write_text(text, encoding="utf-8")
    result = run_cli("explore", tmp_path / "drones.toml", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert [_after_location(line) for line in result.error_lines] == [_after_location(quoted)]


def test_explore_table_of_shipped_examples_counts_their_factors() -> None:
    """The table's 'N plans' / 'N factors' and what-drives-25000's breakdown of its factors."""
    from reassure.run.explore import plan_from_file

    doc = _doc("docs/explore.md")
    rows = {m.group(1): m.group(2) for m in re.finditer(r"^\| `([\w-]+\.toml)` \|[^|]*\|(.*)\|$", doc, re.M)}
    assert set(rows) == {p.name for p in (REPO / "experiments").glob("*.toml")}
    for name, design in rows.items():
        plan = plan_from_file(REPO / "experiments" / name)
        plans = re.search(r"(\d+) plans", design)
        assert plans and int(plans.group(1)) == plan.n_experiments, (name, design)
        factors = re.search(r"(\d+) factors", design)
        if factors:
            assert int(factors.group(1)) == len(plan.factors), (name, design)
    drives = plan_from_file(REPO / "experiments" / "what-drives-25000.toml")
    p_join = sorted(f.path for f in drives.factors if f.path.endswith(".p_join"))
    words = {"four": 4, "five": 5, "six": 6}
    said = re.search(r"the chances of joining of (\w+) undecided nations \(([^)]*)\)", rows["what-drives-25000.toml"])
    assert said and words[said.group(1)] == len(p_join), p_join
    names = {"DEU": "Germany", "NLD": "Netherlands", "SWE": "Sweden", "NOR": "Norway"}
    assert all(names[re.search(r"\[(\w+)\]", p).group(1)] in said.group(2) for p in p_join)


def test_explore_ray_example_does_not_reuse_the_local_runs_folder() -> None:
    """Pasted after the first line, `--address auto` on out/drones is refused (a run is stored there)."""
    block = re.search(r"```sh\n(reassure explore .*?)```", _doc("docs/explore.md"), re.S).group(1)
    fresh = [re.search(r"--out (\S+)", line).group(1) for line in block.splitlines()
             if line.startswith("reassure explore experiments/") and "--resume" not in line]
    assert len(fresh) == len(set(fresh)), f"two new runs share one --out folder: {fresh}"


# -- README.md -------------------------------------------------------------------------------


def test_readme_response_threshold_setting_row_shows_each_plans_own(run_cli, tmp_path: Path) -> None:
    readme = _flat(_doc("README.md"))
    assert ("gives each plan's own (`1 h` in every shipped plan; a variant that sets "
            "`incidents.response_threshold` to 45 minutes shows `45 min` in its cells)") in readme
    variant = tmp_path / "rt45.toml"
    variant.write_text('schema = 1\nextends = "europe-2025"\n[incidents]\nresponse_threshold = '
                       '{ value = 45, unit = "min", assumption = "a tighter standard" }\n', encoding="utf-8")
    result = run_cli("compare", "europe-2025", variant, "--runs", "2", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    # an 80-column terminal is too narrow for the table: each plan in turn, the setting under its row
    assert "each plan in turn instead, a setting as a line under its row (`↳ its response threshold: 1 h`)" in readme
    assert "too narrow for the side-by-side table" in _flat(result.stdout)
    assert "↳ its response threshold: 1 h" in result.stdout
    assert "↳ its response threshold: 45 min" in result.stdout
    with open(tmp_path / "out" / "compare.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["label"] == "its response threshold"]
    keys = {r["key"] for r in rows}
    assert "incidents.within_threshold_pct.setting" in keys
    assert any(k.startswith("setting:Are more than half of all incidents needing a unit reached within the response threshold") for k in keys)
    for r in rows:
        assert r["unit"] == ""  # a setting row holds words, not a figure
        assert (r["europe-2025"], r["europe-2025_without_us"], r["rt45"], r["rt45_without_us"]) == (
            "1 h", "1 h", "45 min", "45 min"), r["key"]


def test_python_api_a_bare_number_for_a_shipped_default_time_is_refused() -> None:
    """docs/python-api.md: `"contributors[SWE].delay": 2` is refused, naming the unit to give (it
    was read as 2 h, where `reassure show` prints the default in months: review s38 1); a table
    or a `Quantity` gives months, and the note names the default replaced."""
    from reassure.errors import ReassureError
    from reassure.spec import Quantity

    doc = _flat(_doc("docs/python-api.md"))
    quoted = re.search(r"raises `ReassureError` \*(with_overrides: 'contributors\[SWE\]\.delay' = 2 .*?); \.\.\.\*", doc)
    assert quoted, "docs/python-api.md no longer quotes the refusal of a bare number for a delay"
    assert '`Quantity(value=2, unit="month", assumption="a vote first")` (`from reassure.spec import Quantity`' in doc
    plan = reassure.load_scenario("europe-2025")
    with pytest.raises(ReassureError) as caught:
        plan.with_overrides({"contributors[SWE].delay": 2}, assumption="a vote first")
    assert str(caught.value).startswith(quoted.group(1)), str(caught.value)

    def delay(value: object):
        changed = plan.with_overrides({"contributors[SWE].delay": value}, assumption="a vote first")
        return next(c for c in changed.contributors if c.nation == "SWE").delay

    months = delay(Quantity(value=2, unit="month", assumption="a vote first"))
    assert (months.value, months.unit) == (2, "month")
    table = delay({"value": 2, "unit": "month"})
    assert (table.value, table.unit, table.assumption) == (2, "month", "a vote first")
    note = re.search(r"\*(overrides the shipped default 0 month \(data/participation\.toml.*?\))\*", doc)
    assert note and table.note == note.group(1), (note, table.note)
