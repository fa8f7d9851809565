"""Review s20 of `reassure explore`, the leftovers (/work/review-s20-explore.md): every mistake
of an experiment file at once, wrong types included (#4); a number given as a string (#5); shares
with their denominators (#8); `explore query` only reads (#10)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from reassure.errors import ReassureError, ScenarioFieldError
from reassure.run.explore import query

from .conftest import CLI, EXPERIMENT_HEAD, TINY, cli_env

BASE = EXPERIMENT_HEAD + """\

[[levers]]
path = "force.target_troops"
low = 20000
high = 30000
unit = "troops"
note = "a range for the test"
"""


def _explore(tmp_path: Path, name: str, text: str) -> tuple[int, list[str]]:
    """Run `reassure explore` on ``text`` as ``name``.toml: its exit code and its error lines
    (each with its file name only, as when run from the file's folder)."""
    path = tmp_path / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    proc = subprocess.run([*CLI, "explore", path.name, "--out", "o", "--no-report", "--limit", "1"],
                          cwd=tmp_path, env=cli_env(), capture_output=True, text=True, timeout=300)
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr
    lines = [line.removeprefix("error: ") for line in proc.stderr.replace("\n  ", " ").splitlines()]
    return proc.returncode, [" ".join(line.split()) for line in lines if line.startswith(("error: ", f"{name}.toml:"))]


def _one(lines: list[str], start: str) -> str:
    found = [line for line in lines if line.startswith(start)]
    assert len(found) == 1, (start, lines)
    return found[0]


# -- 4. a wrong type hides nothing ---------------------------------------------------------------
def test_wrong_types_and_a_bad_value_are_all_listed(tmp_path: Path) -> None:
    text = BASE.replace("seed = 1", 'seed = "one"').replace("runs = 1", "runs = 1.5").replace("samples = 8", "samples = -3")
    rc, lines = _explore(tmp_path, "types", text)
    assert rc == 2
    assert _one(lines, "types.toml:5:") == "types.toml:5: seed must be a whole number (got 'one')"
    assert _one(lines, "types.toml:6:") == "types.toml:6: runs must be a whole number (got 1.5)"
    assert _one(lines, "types.toml:11:") == "types.toml:11: design.samples must be greater than or equal to 1 (got -3)"
    assert len(lines) == 3, lines


def test_a_misspelt_outcome_is_listed_with_a_wrong_type_and_a_wrong_kind(tmp_path: Path) -> None:
    text = (BASE.replace('"force.p_target_met_pct"', '"force.p_target_mett"').replace('kind = "lhs"', 'kind = "sobel"')
            .replace("runs = 1", "runs = 1.5"))
    rc, lines = _explore(tmp_path, "z2", text)
    assert rc == 2
    assert _one(lines, "z2.toml:6:") == "z2.toml:6: runs must be a whole number (got 1.5)"
    assert _one(lines, "z2.toml:7:").startswith("z2.toml:7: outcomes[0] is not a figure the assessment reports; "
                                                "did you mean 'force.p_target_met_pct'?")
    assert "design.kind must be one of" in _one(lines, "z2.toml:10:")


def test_a_misspelt_outcome_is_listed_with_a_misspelt_path_and_a_bad_range(tmp_path: Path) -> None:
    text = (BASE.replace('"force.p_target_met_pct"', '"force.p_target_mett"').replace('kind = "lhs"', 'kind = "sobel"')
            .replace('"force.target_troops"', '"force.target_trops"').replace("low = 20000", "low = 40000"))
    rc, lines = _explore(tmp_path, "z1", text)
    assert rc == 2
    assert [line.split(":")[1] for line in lines] == ["7", "10", "17", "18"], lines
    assert "outcomes[0] is not a figure the assessment reports" in lines[0]


def test_a_misspelt_outcome_is_listed_with_a_mistake_the_plan_finds(tmp_path: Path) -> None:
    """A mistake found only against the scenario (a `values` list of the wrong type)."""
    text = (BASE.replace('"force.p_target_met_pct"', '"force.p_target_mett"')
            .replace("low = 20000\nhigh = 30000\n", 'values = ["a", "b"]\n'))
    rc, lines = _explore(tmp_path, "z3", text)
    assert rc == 2
    assert "outcomes[0] is not a figure the assessment reports" in _one(lines, "z3.toml:7:")
    assert "levers[0].values must be numbers" in _one(lines, "z3.toml:18:")


def test_every_wrong_type_of_a_lever_is_listed(tmp_path: Path) -> None:
    from reassure.spec.experiment import load_experiment

    path = tmp_path / "x.toml"
    path.write_text(BASE.replace("low = 20000", 'low = "20000"').replace("high = 30000", "high = true")
                    .replace('note = "a range for the test"', 'note = "a range for the test"\ninteger = "yes"'), encoding="utf-8")
    with pytest.raises(ScenarioFieldError) as caught:
        load_experiment(path)
    fields = [p.field for p in caught.value.problems]
    assert fields == ["levers[0].low", "levers[0].high", "levers[0].integer"], [str(p) for p in caught.value.problems]


def test_scenario_files_keep_their_one_line_for_a_wrong_type(tmp_path: Path) -> None:
    """The strict-scalar check is shared with scenario files: their message is unchanged."""
    from reassure.spec import load_scenario

    shipped = Path(__file__).resolve().parents[2] / "scenarios" / "europe-2025.toml"
    text = shipped.read_text(encoding="utf-8")
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("seed = "))
    lines[at] = 'seed = "1"'
    path = tmp_path / "s.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ScenarioFieldError) as caught:
        load_scenario(path)
    assert str(caught.value) == f"{path}:{at + 1}: seed must be a whole number (got '1')"


# -- 5. a number given as a string ---------------------------------------------------------------
def test_a_number_given_as_a_string_is_refused(tmp_path: Path) -> None:
    rc, lines = _explore(tmp_path, "t6", BASE.replace("low = 20000", 'low = "20000"'))
    assert rc == 2
    assert _one(lines, "t6.toml:18:").startswith("t6.toml:18: levers[0].low must be a number (got '20000', a string)")


def test_a_number_given_as_a_string_is_refused_in_an_uncertainty(tmp_path: Path) -> None:
    from reassure.spec.experiment import load_experiment

    path = tmp_path / "u.toml"
    path.write_text(BASE + '\n[[uncertainties.factor]]\npath = "contributors[DEU].p_join"\nlow = 0.1\n'
                    'high = "0.8"\nassumption = "test (for a test)"\n', encoding="utf-8")
    with pytest.raises(ScenarioFieldError) as caught:
        load_experiment(path)
    assert caught.value.field == "uncertainties.factor[0].high"
    assert str(caught.value).startswith(f"{path}:26: uncertainties.factor[0].high must be a number (got '0.8', a string)")


# -- 8. shares with their denominators ------------------------------------------------------------
def _analysis(**changes: object) -> object:
    from reassure.run.explore.analyse import Analysis

    fields: dict[str, object] = dict(
        outcome="incidents.detected_pct", column="incidents_detected_pct_without_us",
        label="Detected (%), without the US", n_evaluations=34, n_experiments=17, complete=True,
        stats={"mean": 47.3851, "p10": 8.92231, "p50": 50.0, "p90": 82.3147},
        fail="incidents_detected_pct_without_us < 80", fail_share=30 / 34)
    fields.update(changes)
    return Analysis(**fields)  # type: ignore[arg-type]


def test_the_text_gives_the_failing_evaluations_with_their_denominator() -> None:
    from reassure.present.explore_report import analysis_lines

    text = "\n".join(analysis_lines(_analysis()))
    assert "fails (incidents_detected_pct_without_us < 80) in 30 of 34 evaluations (88%)" in text
    assert "in 88% of evaluations" not in text


def test_the_text_gives_the_spread_to_three_significant_figures() -> None:
    from reassure.present.explore_report import analysis_lines

    text = "\n".join(analysis_lines(_analysis()))
    assert "mean 47.4, 10-90%: 8.92 to 82.3" in text
    big = "\n".join(analysis_lines(_analysis(stats={"mean": 20725.2, "p10": 18012.4, "p50": 2e4, "p90": 29871.0})))
    assert "mean 20,725, 10-90%: 18,012 to 29,871" in big  # as the page's table writes them


@pytest.fixture(scope="module")
def replicated_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny experiment with 4 plans x 2 replications."""
    from reassure.run.explore import plan_from_file
    from reassure.run.explore.execute import run_plan

    path = tmp_path_factory.mktemp("rep") / "rep.toml"
    path.write_text(TINY.replace("samples = 6", "samples = 4").replace("runs = 1\n", "runs = 1\nreplications = 2\n"),
                    encoding="utf-8")
    out = path.parent / "out"
    run_plan(plan_from_file(path), out, workers=1)
    return out


def test_the_scatter_legend_counts_and_says_replications_share_a_spot(replicated_run: Path) -> None:
    import re

    from reassure.present.explore_report import write_explore_report

    page = write_explore_report(replicated_run, "incidents.detected_pct", "with_us",
                                "incidents_detected_pct_with_us < 50", name="a.html").read_text(encoding="utf-8")
    failing = len(query(replicated_run, "SELECT * FROM results WHERE incidents_detected_pct_with_us < 50"))
    scatter = page[page.index("aria-label=\"key pair\""):]
    scatter = scatter[:scatter.index("</figure>")]
    assert f">holds ({8 - failing} of 8 evaluations)<" in scatter
    assert f">fails ({failing} of 8)<" in scatter
    caption = re.search(r"<figcaption>(.*?)</figcaption>", scatter, re.S)
    assert caption is not None
    assert "2 replications of each plan" in caption.group(1) and "same spot" in caption.group(1)
    assert f"met in {failing} of the 8 evaluations" in page


# -- 10. query only reads ------------------------------------------------------------------------
def _query_cli(store: Path, sql: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, "explore", "query", str(store), sql], env=cli_env(),
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("sql", [
    "COPY (SELECT 1) TO '{target}'",
    "COPY results TO '{target}' (FORMAT csv)",
    "SELECT 1; COPY (SELECT 1) TO '{target}'",
    "ATTACH '{target}' AS other",
    "EXPORT DATABASE '{folder}/export'",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET enable_external_access = true",
    "CREATE TABLE copy AS SELECT * FROM results",
])
def test_query_refuses_what_writes_or_changes_settings(reference_run: Path, tmp_path: Path, sql: str) -> None:
    target = tmp_path / "x.csv"
    proc = _query_cli(reference_run, sql.format(target=target, folder=tmp_path))
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: query: only reads"), proc.stderr
    assert "Traceback" not in proc.stderr and not target.exists()
    assert not (tmp_path / "export").exists()


def test_query_cannot_overwrite_a_batch_file(reference_run: Path, tmp_path: Path) -> None:
    import shutil

    store = tmp_path / "copy"
    shutil.copytree(reference_run, store)
    batch = sorted((store / "batches").glob("part-*.parquet"))[0]
    before = batch.read_bytes()
    for sql in (f"COPY (SELECT 1) TO '{batch}' (FORMAT csv)", f"COPY (SELECT 1) TO '{batch}'"):
        with pytest.raises(ReassureError, match="only reads"):
            query(store, sql)  # the Python API too
    assert batch.read_bytes() == before
    assert len(query(store, "SELECT * FROM results")) == len(query(reference_run, "SELECT * FROM results"))


def test_query_reads_the_views_as_before(reference_run: Path) -> None:
    proc = _query_cli(reference_run, "SELECT count(*) AS n FROM results")
    assert proc.returncode == 0 and proc.stdout.split() == ["n", "6"], proc.stderr
    for sql in ("SELECT count(*) FROM design", "DESCRIBE results", "SUMMARIZE design",
                "WITH a AS (SELECT experiment_id FROM results) SELECT max(experiment_id) FROM a",
                "FROM results JOIN design USING (experiment_id) LIMIT 2", "EXPLAIN SELECT * FROM results"):
        assert len(query(reference_run, sql)) >= 1, sql


def test_query_reads_no_file_outside_the_store(reference_run: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("a\n1\n", encoding="utf-8")
    proc = _query_cli(reference_run, f"SELECT * FROM read_csv('{other}')")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "the views results and design" in proc.stderr
