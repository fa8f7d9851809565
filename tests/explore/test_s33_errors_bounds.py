"""Review s33 #1: a factor bound the scenario refuses (`contributors[DEU].p_join` with
`high = 1.8`) was reported only once the file's other mistakes were fixed, although
docs/explore.md promises every mistake of an experiment file at once."""

from __future__ import annotations

import re
from pathlib import Path

from reassure.run.explore.design import factor_path_problems

DRIVES = Path(__file__).parents[2] / "experiments" / "what-drives-25000.toml"
BOUND = ("uncertainties.factor[1].high contributors[DEU].p_join = 1.8: must be <= 1 probability "
         "(got 1.8 probability)")


def _edited(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = DRIVES.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(keepends=True), 1) if needle in line)


def test_an_out_of_range_bound_is_listed_with_the_other_mistakes(tmp_path: Path, run_cli) -> None:
    path = _edited(tmp_path, ('kind = "lhs"', 'kind = "lhx"'), ("seed = 20251130", 'seed = "one"'),
                   ('"force.shortfall_total"]', '"force.shortfall_totl"]'), ("high = 0.8\n", "high = 1.8\n"),
                   ('"force.participation_correlation"', '"force.participation_corelation"'))
    proc = run_cli("explore", "run", path, "--out", tmp_path / "out")
    assert proc.exit_code == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 5, lines
    where = [int(re.match(rf"error: {re.escape(str(path))}:(\d+): ", line).group(1)) for line in lines]
    needles = ['seed = "one"', "force.shortfall_totl", 'kind = "lhx"', "high = 1.8", "participation_corelation"]
    assert where == [_line_of(path, n) for n in needles]  # each at its own line, in the file's order
    assert lines[3].startswith(f"error: {path}:{where[3]}: {BOUND}")
    assert not (tmp_path / "out").exists()


def test_a_lever_bound_is_listed_too_and_a_bound_only_once(tmp_path: Path, run_cli) -> None:
    """A lever's refused bound is listed with a schema mistake; a table the schema refuses (low
    above high) keeps the schema's line only; alone, a bound is reported once (the plan's check
    and the raw file's check agree on its text)."""
    path = _edited(tmp_path, ('kind = "lhs"', 'kind = "lhx"'), ("low = 0.0\nhigh = 0.8\n", "low = 2.0\nhigh = 1.8\n"),
                   ("low = 4\n", "low = 0\n"))
    proc = run_cli("explore", "run", path, "--out", tmp_path / "out")
    assert proc.exit_code == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 3, lines
    assert f"{path}:{_line_of(path, 'low = 2.0')}: uncertainties.factor[1].low must be <= high" in lines[1]
    tour = _line_of(path, "low = 0\n")
    assert lines[2].startswith(f"error: {path}:{tour}: levers[1].low force.tour = 0.0: must be >= ")
    single = _edited(tmp_path, ("high = 0.8\n", "high = 1.8\n"))
    proc = run_cli("explore", "run", single, "--out", tmp_path / "out")
    assert proc.exit_code == 2
    assert proc.stderr.strip().splitlines() == [
        f"error: {single}:{_line_of(single, 'high = 1.8')}: {BOUND} (uncertainties.factor[1] is the 2nd "
        "[[uncertainties.factor]]; indexes count from 0)"]
    assert len(factor_path_problems(single)) == 1
