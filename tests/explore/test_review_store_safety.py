"""A review of `reassure explore`: `analyse --out` never replaces a file of the store and takes a
bare name as a name in the run's folder, checked before any work; `--outcome` takes the run's
outcome ids only; `--resume` refuses a run whose base scenario (any file of its extends chain) or
code changed, and says what changed in the experiment file (a comment is no change), before
anything is evaluated; PRIM finds a box where failures are already common (as CART does); the
report analyses the failure condition's own outcome where it varies; the smaller messages."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from reassure.errors import ReassureError
from reassure.run.explore.design import unit_design
from reassure.run.explore.store import write_batch, write_manifest, write_table

from .test_analysis import synthetic_store


# -- 1, 6: analyse --out ----------------------------------------------------------------------------
@pytest.fixture()
def small_store(tmp_path: Path) -> Path:
    out = tmp_path / "store"
    unit = unit_design("lhs", 2, samples=24, levels=4, second_order=False, seed=3)
    synthetic_store(out, "lhs", unit, ["a", "b"], 0.0, 1.0, lambda x: 3 * x[:, 0] + x[:, 1])
    (out / "report.html").write_text("<!doctype html><p>the run's report</p>")
    (out / "analysis.json").write_text('{"outcome": "test.y", "column": "test_y_with_us", "case": "with_us"}')
    (out / "columns.csv").write_text("column,meaning,unit\n")
    return out


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("name", ["manifest.json", "analysis.html", "columns.csv", "design.parquet", "report.html",
                                  "batches", "outcome_figures.html", "results.csv", ".reassure-lock.html"])
def test_analyse_out_never_replaces_a_file_of_the_store(small_store: Path, name: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """`analyse DIR --out DIR/manifest.json` wrote the page over the manifest (and
    DIR/analysis.html its JSON over the run's analysis.json): the store could not be read again."""
    from reassure.present.explore_cli import print_analysis
    from reassure.run.explore import analyse as analysis_module

    def never(*_: object, **__: object) -> None:
        raise AssertionError("the analysis ran before --out was checked")

    monkeypatch.setattr(analysis_module, "analyse", never)
    before = _snapshot(small_store)
    with pytest.raises(ReassureError, match=r"^--out .*(store|report|\.html page|start with '\.')"):
        print_analysis(small_store, "test.y", case="with_us", fail=None, report=True, out=small_store / name)
    assert _snapshot(small_store) == before


def test_a_page_name_of_the_python_api_is_checked_too(small_store: Path) -> None:
    from reassure.present.explore_report import write_explore_report

    before = _snapshot(small_store)
    with pytest.raises(ReassureError, match="analysis.json"):
        write_explore_report(small_store, "test.y", "with_us", None, name="analysis.html")
    assert _snapshot(small_store) == before


def test_a_bare_out_name_is_a_page_in_the_run_folder(small_store: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """docs and --help say `--out NAME.html`, a page in DIR; it was refused after the whole
    analysis ran. A folder elsewhere is refused before any work."""
    from reassure.present.explore_cli import print_analysis

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    print_analysis(small_store, "test.y", case="with_us", fail=None, report=True, out=Path("mine.html"))
    assert (small_store / "mine.html").read_text().startswith("<!doctype html>")
    assert json.loads((small_store / "mine.json").read_text())["outcome"] == "test.y"
    assert not list(elsewhere.iterdir())
    print_analysis(small_store, "test.y", case="with_us", fail=None, report=True, out=Path("mine.html"))  # again
    with pytest.raises(ReassureError, match=r"written beside the run's data"):
        print_analysis(small_store, "test.y", case="with_us", fail=None, report=True, out=elsewhere / "x.html")


def test_a_file_no_analysis_wrote_is_not_replaced(small_store: Path) -> None:
    from reassure.present.explore_report import check_page_name

    (small_store / "notes.json").write_text('{"mine": 1}')
    with pytest.raises(ReassureError, match="which no analysis wrote"):
        check_page_name(small_store, "notes.html")


# -- 5: --outcome --------------------------------------------------------------------------------------
def test_outcome_takes_the_runs_outcome_ids_only(small_store: Path) -> None:
    """`--outcome incidents_detected_pct_without_us --case with_us` printed without-US numbers
    under a with-US label; `--outcome seed` and an input were analysed as outcomes."""
    from reassure.run.explore.analyse import analyse, resolve_outcome
    from reassure.run.explore.store import read_manifest

    with pytest.raises(ReassureError, match=r"is a results column, not an outcome id; did you mean "
                                            r"--outcome test\.y --case without_us\?"):
        analyse(small_store, "test_y_without_us", case="with_us")
    manifest = read_manifest(small_store)
    assert resolve_outcome(manifest, "test.y", "without_us") == "test_y_without_us"
    with pytest.raises(ReassureError, match=r"'seed' is not an outcome of this run \(it is a bookkeeping column"):
        resolve_outcome(manifest, "seed", "with_us")
    with pytest.raises(ReassureError, match=r"'a' is not an outcome of this run \(it is an input"):
        resolve_outcome(manifest, "a", "with_us")


# -- 2, 7: what a resume rests on -----------------------------------------------------------------------
CHAIN_EXPERIMENT = """\
schema = 1
name = "chain"
title = "Chain"
scenarios = ["child.toml"]
seed = 3
runs = 1
outcomes = ["force.p_target_met_pct"]

[design]
kind = "lhs"
samples = 2

[uncertainties]
sourced_ranges = false

[[uncertainties.factor]]
path = "contributors[DEU].p_join"
low = 0.1
high = 0.6
assumption = "Germany's chance of joining, judgement"
"""
MID = ('schema = 1\nextends = "europe-2025"\n\n[[contributors]]\nnation = "FRA"\nstatus = "ruled-out"\n'
       'source = ["fg-quotidiano-meloni"]\n')


def _chain(tmp_path: Path, run: bool = True) -> tuple[Path, Path]:
    (tmp_path / "mid.toml").write_text(MID)
    (tmp_path / "child.toml").write_text('schema = 1\nextends = "mid.toml"\n')
    experiment = tmp_path / "chain.toml"
    experiment.write_text(CHAIN_EXPERIMENT)
    out = tmp_path / "out"
    if run:
        from reassure.run.explore import plan_from_file
        from reassure.run.explore.execute import run_plan

        run_plan(plan_from_file(experiment), out, workers=1)
    return experiment, out


def test_a_changed_scenario_of_the_extends_chain_is_refused_on_resume(tmp_path: Path) -> None:
    """The manifest recorded only the experiment file: a changed base scenario was resumed into
    the same store, mixing two plans' results without a word."""
    from reassure.present.explore_report import reproduce_text
    from reassure.run.explore import plan_from_file
    from reassure.run.explore.execute import run_plan
    from reassure.run.explore.store import read_manifest

    experiment, out = _chain(tmp_path)
    manifest = read_manifest(out)
    files = [Path(f["file"]).name for f in manifest["scenarios"][0]["files"]]
    assert files == ["child.toml", "mid.toml", "europe-2025.toml"]
    assert manifest["code"]["sha256_16"] and "models/forcegen/assess.py" in manifest["code"]["files"]
    said = reproduce_text(manifest, out)
    assert "child.toml" in said and "mid.toml" in said and "europe-2025.toml" in said
    (tmp_path / "mid.toml").write_text(MID + "# a comment is no change\n")
    assert run_plan(plan_from_file(experiment), out, workers=1, resume=True)["ran"] == 0
    (tmp_path / "mid.toml").write_text(MID.replace('source = ["fg-quotidiano-meloni"]',
                                                   'source = ["fg-quotidiano-meloni"]\nassumption = "France stays out, in this test"'))
    with pytest.raises(ReassureError, match=r"mid\.toml, which the base scenario child extends, says something else"):
        run_plan(plan_from_file(experiment), out, workers=1, resume=True)


def test_other_code_is_refused_on_resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reassure.run.explore import execute, plan_from_file

    experiment, out = _chain(tmp_path)
    real = execute.code_fingerprint()
    changed = {"sha256_16": "0" * 16, "files": {**real["files"], "models/forcegen/assess.py": "0" * 16}}
    monkeypatch.setattr(execute, "code_fingerprint", lambda: changed)
    with pytest.raises(ReassureError, match=r"other reassure code: the files that compute the numbers differ "
                                            r"\(models/forcegen/assess\.py\)"):
        execute.run_plan(plan_from_file(experiment), out, workers=1, resume=True)


def test_an_experiment_file_change_is_said_and_refused_before_any_evaluation(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A comment added to the experiment file refused the resume as "a run of a different
    experiment file (chain)", after an evaluation had run to check the outcomes."""
    from reassure.present.explore_cli import run_experiment
    from reassure.run.explore import execute

    experiment, out = _chain(tmp_path, run=False)
    run_experiment(experiment, out, workers=1, address=None, resume=False, report=False)
    said = capsys.readouterr()
    # item 7, 8: the count of evaluations and an estimate up front; "1 worker"; no dangling "; "
    assert "chain: 2 experiments x 1 replication = 2 evaluations, 1 factor, design lhs.\n" in said.err
    assert "estimate: under a minute on 1 worker (one evaluation took" in said.err
    assert "local pool (1 worker)" in said.out

    experiment.write_text("# why this experiment\n" + CHAIN_EXPERIMENT + "\n# the end\n")
    run_experiment(experiment, out, workers=1, address=None, resume=True, report=False)
    assert "0 evaluations run, 2 already stored" in capsys.readouterr().out

    def never(*_: object, **__: object) -> None:
        raise AssertionError("evaluated before the resume was refused")

    monkeypatch.setattr(execute, "check_outcomes", never)
    experiment.write_text(CHAIN_EXPERIMENT.replace("seed = 3", "seed = 4").replace("high = 0.6", "high = 0.7"))
    with pytest.raises(ReassureError, match=r"holds a run of experiment 'chain' as its file read then, and the file "
                                            r"now differs in seed \(was 3, now 4\), uncertainties\.factor\[0\]\.high "
                                            r"\(was 0\.6, now 0\.7\)"):
        run_experiment(experiment, out, workers=1, address=None, resume=True, report=False)


def test_the_estimate_says_a_long_run_up_front() -> None:
    from reassure.present.explore_cli import estimate_text

    text = estimate_text(1_000_000, 0.3, workers=2, address=None)
    assert text.startswith("estimate: about 42 hours on 2 workers (one evaluation took 0.3 s)") and "--limit" in text
    assert "Ray cluster" in estimate_text(100, 0.3, workers=2, address="auto")


# -- 7: the experiment file's own messages ---------------------------------------------------------------
def test_experiment_file_messages(tmp_path: Path) -> None:
    from reassure.errors import InputFileError, ScenarioError
    from reassure.run.explore import plan_from_file
    from reassure.spec.experiment import load_experiment

    empty = tmp_path / "empty.toml"
    empty.write_text("")
    with pytest.raises(InputFileError, match="is empty; expected an experiment file"):
        load_experiment(empty)
    none = tmp_path / "none.toml"
    none.write_text(CHAIN_EXPERIMENT.replace('outcomes = ["force.p_target_met_pct"]', "outcomes = []"))
    with pytest.raises(ScenarioError, match=r":7: outcomes must name at least one outcome id, e.g. outcomes = "
                                            r"\[\"force\.p_target_met_pct\""):
        load_experiment(none)
    months = tmp_path / "months.toml"
    months.write_text(CHAIN_EXPERIMENT.replace("child.toml", "europe-2025")
                      + '\n[[levers]]\npath = "force.tour"\nvalues = [4, 6]\nunit = "months"\nnote = "a choice for the test"\n')
    with pytest.raises(ScenarioError, match=r'levers\[0\]\.unit must be the unit of force\.tour in the base scenario: '
                                            r'write unit = "month"'):
        plan_from_file(months)


def test_a_folder_that_does_not_exist_is_said_so(tmp_path: Path) -> None:
    from reassure.run.explore import query

    with pytest.raises(ReassureError, match=r"nowhere: does not exist"):
        query(tmp_path / "nowhere", "SELECT 1")


# -- 3: PRIM where failures are already common -------------------------------------------------------------
def _orbits(n: int = 72, seed: int = 2) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """drone-orbits-80-full's shape: 93% of the plans fail; all of them with at most 9 orbits,
    and beyond that those whose orbits end short of the line."""
    rng = np.random.default_rng(seed)
    data = {"orbits": rng.permutation(np.arange(n) % 13).astype(float), "end_km": rng.uniform(400, 1200, n),
            "jamming": rng.uniform(0, 9, n), "cloud": rng.uniform(0.3, 0.8, n)}
    fail = (data["orbits"] <= 9) | (data["end_km"] < 900)
    return data, fail


def test_prim_finds_the_box_cart_finds_where_failures_are_already_common() -> None:
    """With 93% failing and PRIM's threshold at 0.8, the unpeeled box already met the threshold,
    was kept, and was dropped as no denser than the base: "PRIM found no box" where CART found
    "fails when european_orbits at most 9"."""
    from reassure.run.explore.analyse import cart_boxes
    from reassure.run.explore.prim import prim

    data, fail = _orbits()
    assert fail.mean() > 0.8
    names = list(data)
    cart = cart_boxes(np.column_stack([data[n] for n in names]), fail, names, [{"values": None}] * len(names))[0]
    boxes = prim(data, fail).boxes
    assert boxes, "PRIM found no box"
    box = boxes[0]
    assert cart.restricted == ["orbits"] and cart.limits["orbits"][1] == pytest.approx(9.5)
    assert box.restricted == ["orbits"] and box.limits["orbits"] == (0.0, 9.0)
    box.integer = cart.integer = {"orbits"}
    assert box.words() == cart.words() == "orbits at most 9"
    assert box.density == cart.density == 1.0 and box.coverage == pytest.approx(cart.coverage)
    from reassure.run.explore.prim import target_density

    assert box.density > target_density(float(fail.mean()), 0.8) > fail.mean()
    assert math.isclose(target_density(0.3, 0.8), 0.8)  # a rare failure: the threshold as before


# -- 4: the report's outcome, judged per case ----------------------------------------------------------------
def _two_outcome_store(out: Path) -> None:
    """test.chance: always 0 without the US, varying with it; test.pool: varying in both."""
    n = 24
    unit = unit_design("lhs", 1, samples=n, levels=4, second_order=False, seed=5)
    x = unit[:, 0]
    factors = [{"name": "a", "path": "a", "role": "uncertainty", "low": 0.0, "high": 1.0, "values": None,
                "distribution": "uniform", "unit": "", "source": [], "assumption": "test"}]
    write_manifest(out, {"reassure_version": "test", "experiment": {"name": "t", "title": "t"},
                         "design": {"kind": "lhs", "rows": n, "samples": n, "levels": 4, "second_order": False},
                         "seed": 1, "runs": 1, "replications": 1, "outcomes": ["test.pool", "test.chance"],
                         "fail": "test_chance_without_us < 50", "n_experiments": n, "n_evaluations": n,
                         "scenarios": [], "factors": factors, "sources": []})
    write_table(out / "design.parquet", [{"experiment_id": i, "a": float(x[i]), "u_a": float(x[i])} for i in range(n)])
    write_batch(out, [{"item": i, "experiment_id": i, "replication": 0, "seed": 0, "scenario": "t", "a": float(x[i]),
                       "test_pool_with_us": 10 * x[i], "test_pool_without_us": 5 * x[i],
                       "test_chance_with_us": 100 * x[i], "test_chance_without_us": 0.0, "error": ""}
                      for i in range(n)])


def test_the_report_analyses_the_fail_outcome_where_it_varies(tmp_path: Path) -> None:
    """mine.toml: force.p_target_met_pct is always 0 without the US and varies with it; the report
    said it "cannot be explained" and analysed force.pool_total instead."""
    from reassure.present.explore_report import write_explore_report
    from reassure.run.explore.analyse import choose_outcome

    _two_outcome_store(tmp_path)
    outcome, case, note = choose_outcome(tmp_path, "without_us")
    assert (outcome, case) == ("test.chance", "with_us")
    assert note is not None and note.startswith("test.chance is constant without the US (always 0)")
    assert "cannot be explained" not in note
    write_explore_report(tmp_path, None, "without_us", None)
    analysis = json.loads((tmp_path / "analysis.json").read_text())
    assert (analysis["outcome"], analysis["case"]) == ("test.chance", "with_us")
    assert analysis["notes"][0] == note


# -- 8: the smaller things --------------------------------------------------------------------------------------
def test_no_dummy_interval_is_said_in_words_not_n_a() -> None:
    from reassure.present.explore_report import index_text
    from reassure.run.explore.analyse import _judge, _noise_level

    dummies = [{"S1": 0.0888, "S1_conf": float("nan")}, {"S1": 0.05, "S1_conf": float("nan")}]
    level = _noise_level(dummies, "S1", "S1_conf")
    assert "n/a" not in index_text(level["S1"], level["S1_conf"])
    from reassure.present.explore_report import noise_level_text

    assert "n/a" not in noise_level_text(level)
    assert noise_level_text(level).startswith("no noise level: none of the 2 dummies has a 95% interval")
    rows = [{"factor": "x", "S1": 0.9, "S1_conf": 0.01}]
    _judge(rows, "S1", "S1_conf", level)
    assert not rows[0]["distinguishable"]
    some = _noise_level([*dummies, {"S1": 0.1, "S1_conf": 0.2}], "S1", "S1_conf")
    assert some["noise_level"] == pytest.approx(0.3) and "1 of them" not in noise_level_text(some)
    assert "2 of them have no 95% interval" in noise_level_text(some)


def test_an_observed_range_keeps_its_significant_figures() -> None:
    import pandas as pd

    from reassure.run.explore.analyse import threshold_notes

    frame = pd.DataFrame({"share_without_us": [0.454015, 0.4756, 0.46]})
    (note,) = threshold_notes("share_without_us < 0.8", frame, {"share_without_us": "%"})
    assert "(0.454 to 0.476 %)" in note


def test_the_item_column_is_described(small_store: Path) -> None:
    from reassure.present.explore_report import column_table
    from reassure.run.explore.store import read_manifest

    rows = {r["column"]: r["meaning"] for r in column_table(read_manifest(small_store), {})}
    assert "batch files only" in rows["item"] or "in the batch files only" in rows["item"]
    doc = (Path(__file__).resolve().parents[2] / "docs" / "explore.md").read_text()
    assert "`item`" in doc
