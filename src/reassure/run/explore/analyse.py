"""Analysis of an explore store: global sensitivity, feature scoring, scenario discovery.

What is ranked, and how far a number can be trusted (SALib and EMA Workbench practice):

- **Only inputs the outcome's model reads.** An outcome is a figure of one capability; that
  capability and every capability it needs (`run.capabilities`, ``needs``) declare the scenario
  paths they read (``reads``). An input outside them cannot move the outcome, so it is not ranked:
  it is listed as "not read by this outcome's model" (any index it got would be noise).
- **Dummy inputs** (columns of random numbers no model reads, `N_DUMMIES` of them) are analysed
  alongside the real ones. An index whose 95% interval does not clear both zero and the noise
  level (the highest upper bound of the dummies' intervals) is shown as "not distinguishable from
  noise".
- **Discrete inputs** (a list of choices, or a whole-number range of at most
  `DISCRETE_LEVELS` values) get no RBD-FAST or delta index (both assume a continuous input):
  their main effect is given instead, the mean outcome at the first listed choice (a range: its
  high end) minus the mean at the last, with a 95% interval.
- Sobol indices (SALib ``sobol.analyze``, 95% bootstrap intervals) for a Saltelli design; Morris
  elementary effects (``morris.analyze``) for a Morris design; on any other sample RBD-FAST
  first-order indices, the delta moment-independent measure (``delta.analyze``, on samples up to
  1,000 experiments: it is slow) and PAWN (median Kolmogorov-Smirnov statistic, with a bootstrap
  interval). All work on the unit design coordinates stored in ``design.parquet``; the outcome is
  averaged over replications.
- **Sample size.** RBD-FAST and delta are trusted from `min_sample` experiments: at least 65 (the
  FAST family needs N > 4M^2 runs for M harmonics, M = 4 by default: the rule of SALib's FAST
  sampler, https://salib.readthedocs.io/, API of SALib.sample.fast_sampler.sample) and at least
  10 per ranked input (Loeppky, Sacks and Welch, "Choosing the sample size of a computer experiment",
  Technometrics 51 (2009) 366-376). Below that the analysis says so; estimates are never clipped
  (a negative index is shown as "about 0" with its estimate and interval).
- Feature scoring: impurity importance of an extra-trees ensemble (scikit-learn), the approach
  of EMA Workbench's ``feature_scoring``, with the dummies alongside.
- Scenario discovery over a failure condition (a SQL expression on the results columns, e.g.
  ``force_p_target_met_pct_with_us < 50``): PRIM boxes (`reassure.run.explore.prim`) and the
  failing leaves of a CART tree (scikit-learn ``DecisionTreeClassifier``), each with coverage,
  density and the inputs that bound them, in words. A lever given as a list of choices is not
  mixed into the boxes (a box "fails when the target is 30,000" is true by construction): the
  discovery is done over the other inputs for each of its settings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from reassure.errors import ReassureError
from reassure.renamed_ids import current_sql
from reassure.run.explore.prim import Box, prim
from reassure.run.explore.store import (
    RENAMED,
    fail_comparisons,
    outcome_column,
    query,
    read_manifest,
    results,
)

__all__ = ["DUMMY", "VERDICT_RULE", "Analysis", "analyse", "cart_boxes", "choose_outcome", "current_names", "diff_text", "factor_label",
           "fail_case", "fail_mask", "fail_problem", "lever_effects", "lower_first", "min_sample", "outcome_reads", "plural_unit", "reads_path",
           "fixed_text", "named_by_user", "plain_name", "pooled_levers", "pooled_text", "resolve_outcome",
           "unread_without_us", "where_advice", "where_mask", "fixed_inputs", "refused_why", "sentence_case", "setting_value", "setting_words"]

DELTA_MAX_ROWS = 1000
DUMMY = "dummy (random numbers no model reads)"
DISCRETE_LEVELS = 5
#: Dummy inputs analysed alongside the real ones. An index of pure noise varies from one column to
#: the next more than its own bootstrap interval says (delta's especially), so the noise level is
#: the highest upper bound over several dummies, not one dummy's.
N_DUMMIES = 8
#: SALib's FAST sampler refuses N <= 4 M^2 (M = 4 harmonics by default): 65 runs at least.
FAST_MIN_N = 4 * 4**2 + 1
PER_INPUT = 10  # Loeppky, Sacks and Welch (2009): about 10 runs per input
#: A box needs this many failing evaluations and this share of all cases: below, it is a list of points.
MIN_BOX_FAILING = 3
MIN_BOX_MASS = 0.02


#: A box's failure share must beat the whole design's by more than chance: a one-sided binomial
#: test of its failures against the base rate, at this level (review s49: "fails mainly when"
#: named a box failing 82% of the time beside 79% overall).
BOX_P_MAX = 0.05


def _a_condition(box: Any, base_rate: float, n_fail: int) -> bool:
    """Whether a PRIM or CART box is a condition under which the plan fails: most of its
    evaluations fail, more than of the whole design by more than chance (`BOX_P_MAX`), it holds
    `MIN_BOX_MASS` of the cases and `MIN_BOX_FAILING` failures at least."""
    failing = round(box.coverage * n_fail)
    if not (box.density > 0.5 and box.density > base_rate and box.mass >= MIN_BOX_MASS
            and failing >= MIN_BOX_FAILING):
        return False
    return box_p_value(failing, round(failing / box.density), base_rate) <= BOX_P_MAX


def box_p_value(failing: int, inside: int, base_rate: float) -> float:
    """The chance of ``failing`` or more failures among ``inside`` evaluations drawn at the
    design's failure share ``base_rate``: a one-sided binomial test.

    >>> round(box_p_value(82, 100, 0.79), 2), box_p_value(30, 30, 0.5) < 1e-8
    (0.27, True)
    """
    from scipy.stats import binomtest

    if inside <= 0 or not 0 < base_rate < 1:
        return 0.0 if 0 < inside and base_rate <= 0 < failing else 1.0
    return float(binomtest(failing, max(inside, failing), base_rate, alternative="greater").pvalue)


def min_sample(k: int) -> int:
    """The smallest sample on which RBD-FAST and delta indices of ``k`` inputs are trusted."""
    return max(FAST_MIN_N, PER_INPUT * k)


@dataclass
class Analysis:
    """What `analyse` found for one outcome."""

    outcome: str
    column: str
    label: str
    n_evaluations: int
    n_experiments: int
    complete: bool
    stats: dict[str, float]
    indices: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # method -> rows
    feature_scores: list[tuple[str, float]] = field(default_factory=list)
    fail: str | None = None
    fail_share: float | None = None
    prim_boxes: list[Box] = field(default_factory=list)
    cart_boxes: list[Box] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    case: str = "with_us"
    unit: str = ""
    figure_label: str = ""
    subset: str = ""  # the subset (answered calls) a figure is over, when its size varies by plan
    not_read: list[str] = field(default_factory=list)
    dummy: dict[str, dict[str, Any]] = field(default_factory=dict)  # method -> the dummy's row
    dummy_score: float | None = None
    discovery: list[dict[str, Any]] = field(default_factory=list)  # one group per lever setting
    lever_effects: list[dict[str, Any]] = field(default_factory=list)
    headline: str = ""
    #: case ("with_us", "without_us" or "as given") -> the condition on that side, how many
    #: evaluations fail it, of how many, and the rows that hold
    fail_counts: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: inputs whose feature score is at or below the dummy's: name -> score (within noise)
    within_noise: dict[str, float] = field(default_factory=dict)
    #: the headline for a reader (review r10, item 3): a few short sentences, outcomes and inputs
    #: by their labels, at most about 80 words; ``headline`` holds the details
    summary: str = ""
    #: said before anything else when the design is too small for what the report can show
    #: (review r10, item 1): "rough answers", and how to get full ones
    rough: str = ""
    #: input name -> its plain name in the summary ("european orbits end"); path in a tooltip
    plain: dict[str, str] = field(default_factory=dict)
    #: the levers given as choices the indices pool over (review s34 #3): one dict per lever,
    #: its settings' mean outcomes and the share of the outcome's variance between them
    pooled: list[dict[str, Any]] = field(default_factory=list)
    #: the --where condition the analysis is restricted to ("" for every evaluation)
    where: str = ""
    #: what `rough` was said of: (experiments analysed, experiments needed, continuous inputs)
    rough_sizes: tuple[int, int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        def box(b: Box) -> dict[str, Any]:
            return {"words": b.words(self.labels), "coverage": b.coverage, "density": b.density, "mass": b.mass,
                    "restricted": b.restricted, "caveat": b.caveat, "chance": sorted(b.chance),
                    "limits": {k: list(v) for k, v in b.limits.items() if k in b.restricted},
                    "choices": {k: sorted(v, key=str) for k, v in b.choices.items() if k in b.restricted},
                    "trajectory": b.trajectory}

        return {"outcome": self.outcome, "column": self.column, "label": self.label, "case": self.case,
                "unit": self.unit, "headline": self.headline, "summary": self.summary, "rough": self.rough,
                "subset": self.subset,
                "n_evaluations": self.n_evaluations, "n_experiments": self.n_experiments,
                "complete": self.complete, "stats": self.stats, "indices": self.indices,
                "dummy": self.dummy, "not_read_by_outcome_model": self.not_read,
                "feature_scores": [{"factor": n, "score": s} for n, s in self.feature_scores],
                "feature_score_dummy": self.dummy_score,
                "within_noise": self.within_noise,
                "fail": self.fail, "fail_share": self.fail_share,
                "fail_counts": self.fail_counts,
                "prim": [box(b) for b in self.prim_boxes], "cart": [box(b) for b in self.cart_boxes],
                "discovery": [{**{k: v for k, v in g.items() if k not in ("prim", "cart")},
                               "prim": [box(b) for b in g["prim"]], "cart": [box(b) for b in g["cart"]]}
                              for g in self.discovery],
                "lever_effects": self.lever_effects, "pooled": self.pooled, "where": self.where,
                "labels": self.labels, "notes": self.notes}


def named_by_user(f: dict[str, Any]) -> bool:
    """True when the experiment file gave the input its ``name``, False when the name is the
    results column its path was turned into (`reassure.run.explore.design.default_column`)."""
    from reassure.run.explore.design import default_column

    return bool(f["name"] != default_column(f["path"]))


def factor_label(f: dict[str, Any]) -> str:
    """An input as the user named it (the SQL column), its scenario path and unit after it."""
    unit = f" {f['unit']}" if f.get("unit") else ""
    if named_by_user(f):
        return f"{f['name']} ({f['path']}{',' if unit else ''}{unit})"
    return f"{f['path']}{f' ({unit.strip()})' if unit else ''}"


def resolve_outcome(manifest: dict[str, Any], outcome: str, case: str, columns: list[str] | None = None) -> str:
    """The results column of ``outcome``, which must be one of the run's outcome ids (figure
    ids such as ``incidents.detected_pct``): a results column is refused, with the id and
    ``--case`` it stands for, so no column is ever shown under the other case's label, and an
    input or a bookkeeping column (``seed``) is not an outcome."""
    from reassure.errors import did_you_mean

    if case not in CASES:
        raise ReassureError(f"--case must be with_us or without_us (got {case!r})")
    known = list(manifest["outcomes"])
    if outcome in known:
        return outcome_column(outcome, case)
    listed = f"(the run's outcomes: {', '.join(known)})"
    by_column = {outcome_column(o, c): (o, c) for o in known for c in CASES}
    if outcome in by_column:
        o, c = by_column[outcome]
        raise ReassureError(f"--outcome {outcome!r} is a results column, not an outcome id; did you mean "
                            f"--outcome {o} --case {c}? {listed}")
    inputs = {f["name"] for f in manifest.get("factors", ())}
    what = (" (it is an input of the run: the analysis of an outcome gives its effect)" if outcome in inputs
            else " (it is a bookkeeping column of the results)" if outcome in (*BOOK_COLUMNS, "item") else "")
    columns = list(by_column)
    hint = did_you_mean(outcome, known) or did_you_mean(outcome, columns)
    m = re.match(r"; did you mean '([^']+)'", hint)
    if m and m.group(1) in by_column:  # the closest is a column: name its id and case
        o, c = by_column[m.group(1)]
        hint = f"; did you mean --outcome {o} --case {c}?"
    raise ReassureError(f"--outcome {outcome!r} is not an outcome of this run{what}{hint} {listed}")


#: The two cases every evaluation is assessed in.
CASES = ("with_us", "without_us")


def _side_words(manifest: dict[str, Any], case: str) -> str:
    """``with the US`` / ``without the US`` (``as planned`` for a run without a US backstop)."""
    if case == "with_us":
        return "as planned" if no_us_backstop(manifest) else "with the US"
    return "without the US"


def _constant_text(manifest: dict[str, Any], df: Any, outcome: str, case: str, unit: str) -> str | None:
    """How ``outcome`` fails to vary in ``case`` ("constant without the US (always 0%)", "empty
    without the US"), or None when it varies there."""
    column = outcome_column(outcome, case)
    if column not in df.columns:
        return f"not stored {_side_words(manifest, case)}"
    y = df[column].to_numpy(dtype=float)
    y = y[np.isfinite(y)]
    if not len(y):
        return f"empty {_side_words(manifest, case)}"
    if len(y) > 1 and np.ptp(y) > 0:
        return None
    return f"constant {_side_words(manifest, case)} (always {_fmt(float(y[0]), unit)})"


def choose_outcome(out_dir: str | Path, case: str = "with_us", fail: str | None = None) -> tuple[str, str, str | None]:
    """The outcome and case a report analyses by default, and a note when they are not the
    obvious ones: the failure condition's own outcome first, then the experiment's outcomes in
    their listed order; each in ``case`` where it varies there, else in the other case where it
    varies there ("varies" is judged per case: the chance of fielding a target can be 0 in every
    plan without the US and vary with it). Returns ``(outcome, case, note or None)``."""
    from reassure.run.explore.figures import outcome_figures

    manifest = read_manifest(Path(out_dir))
    df = results(out_dir)
    fail = fail or manifest.get("fail") or ""
    outcomes = list(manifest["outcomes"])
    own = [o for o in outcomes if any(re.search(rf"\b{outcome_column(o, c)}\b", fail) for c in CASES)]
    order = own + [o for o in outcomes if o not in own]
    other = "without_us" if case == "with_us" else "with_us"
    figures = outcome_figures(out_dir, manifest)
    skipped: list[str] = []
    for outcome in order:
        unit = str(figures.get(outcome, {}).get("unit", ""))
        here = _constant_text(manifest, df, outcome, case, unit)
        if here is None:
            chosen_case = case
        elif _constant_text(manifest, df, outcome, other, unit) is None:
            chosen_case = other
        else:
            there = _constant_text(manifest, df, outcome, other, unit)
            skipped.append(f"{outcome} is {here} and {there}")
            continue
        notes = []
        if skipped:
            notes.append(f"the report analyses {outcome}, the first outcome that varies: "
                         + "; ".join(skipped) + ", so there is nothing to explain there")
        if chosen_case != case:
            mirrored = (re.sub(rf"_{case}\b", f"_{chosen_case}", fail) if outcome in own
                        else f"{outcome_column(outcome, chosen_case)} < N")
            notes.append(f"{outcome} is {here}, so there is nothing to explain there: the report analyses it "
                         f"{_side_words(manifest, chosen_case)}, where it varies; the plans that hold and the boxes "
                         f"below are still those of the failure condition ({fail}); for where plans fail "
                         f"{_side_words(manifest, chosen_case)}: reassure explore analyse {out_dir} --outcome {outcome} "
                         f"--case {chosen_case} --fail \"{mirrored}\"")
        return outcome, chosen_case, "; ".join(notes) or None
    return (order[0], case, "no outcome varies across the stored evaluations, with or without the US: "
            + "; ".join(skipped) + ", so there is nothing to explain")


def _fail_error(fail: str, message: str, columns: list[str]) -> ReassureError:
    from reassure.errors import did_you_mean

    m = re.search(r'column "([^"]+)" not found', message)
    if m:
        return ReassureError(f"--fail {fail!r}: no column {m.group(1)!r}{did_you_mean(m.group(1), columns)} "
                             f"(columns: {', '.join(columns)})")
    return ReassureError(f"--fail {fail!r}: {message.removeprefix('query: ')}")


def fail_problem(fail: str, columns: dict[str, str]) -> tuple[str, str] | None:
    """What is wrong with the failure condition ``fail`` over the results ``columns`` (name ->
    DuckDB type), found before any evaluation runs: ``(what is wrong, the columns it may use)``,
    or None when DuckDB binds it. The check runs the condition on an empty table of those
    columns, so a misspelt column or a syntax error is caught, not a value-dependent one."""
    import duckdb

    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    try:
        con.execute("CREATE TABLE results (" + ", ".join(f'"{n}" {t}' for n, t in columns.items()) + ")")
        # as the store's own connection reads it: no file but the store (review s52: a condition
        # reading another file passed this check and failed only after every evaluation had run)
        con.execute("SET enable_external_access = false")
        con.execute(f"SELECT CAST(({fail}) AS BOOLEAN) AS fail FROM results").fetchall()
        return None
    except duckdb.Error as exc:
        from reassure.errors import did_you_mean

        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        m = re.search(r'column "([^"]+)" not found', first)
        if m:
            what = f"names no column of the results: {m.group(1)!r}{did_you_mean(m.group(1), list(columns))}"
        elif isinstance(exc, duckdb.PermissionException):
            what = "reads something other than the results' columns (it may use only them)"
        else:
            what = f"is not a condition DuckDB can evaluate on the results ({first})"
        return what, columns_text(columns)
    finally:
        con.close()


#: Columns of every results table that are neither inputs nor outcomes.
BOOK_COLUMNS = ("experiment_id", "replication", "seed", "scenario", "error")


def columns_text(columns: dict[str, str] | list[str]) -> str:
    """The columns a failure condition may use, grouped: outcomes, inputs, bookkeeping."""
    names = list(columns)
    outcomes = [c for c in names if c.endswith(("_with_us", "_without_us"))]
    inputs = [c for c in names if c not in outcomes and c not in BOOK_COLUMNS]
    parts = [f"outcome columns {', '.join(outcomes)}" if outcomes else "",
             f"input columns {', '.join(inputs)}" if inputs else "",
             f"and {', '.join(c for c in BOOK_COLUMNS if c in names)}"]
    return "the columns it may use: " + "; ".join(p for p in parts if p)


def check_stored_or_given_fail(out_dir: Path, manifest: dict[str, Any], fail: str | None) -> None:
    """Refuse a failure condition DuckDB cannot evaluate on the store's columns before any
    analysis: ``--fail`` names the flag; the run's own `fail` names the experiment file's line."""
    expr = fail or manifest.get("fail")
    if not expr:
        return
    described = query(out_dir, "DESCRIBE results")
    columns = dict(zip(described["column_name"], described["column_type"], strict=True))
    problem = fail_problem(expr, columns)
    if problem is None:
        return
    what, allowed = problem
    if fail:
        raise ReassureError(f"--fail {fail!r} {what}\n  {allowed}")
    exp = manifest.get("experiment", {})
    lines = str(exp.get("text", "")).splitlines()
    line = next((i for i, t in enumerate(lines, 1) if re.match(r"\s*fail\s*=", t)), None)
    where = f"{exp.get('file', 'the experiment file')}{f':{line}' if line else ''}"
    raise ReassureError(f"{where}: fail (the run's stored condition) {what} (got {expr!r}); "
                        f"give --fail to analyse with another\n  {allowed}")


def fail_mask(out_dir: Path, fail: str) -> np.ndarray:
    """Evaluate the failure condition (SQL) on every stored evaluation, in results order; an
    evaluation the model refused (``error`` set, its outcomes NaN) fails (`REFUSED_FAIL`)."""
    return _fail_mask(out_dir, fail)


#: review s39 #3: a refused variant's outcomes are NaN, and in DuckDB ``NaN < 50`` is false, so a
#: plan the model could not assess (a target below the minimum contribution) was counted among
#: the plans that hold. A plan holds on evidence only: a refused one fails, and the analysis says so.
REFUSED_FAIL = "{n} the model refused count{s} as failing: a plan holds only when its outcome meets the condition"


def _fail_mask(out_dir: Path, fail: str) -> np.ndarray:
    fail = current_sql(fail)[0]  # an old column name (noted by `analyse` and the CLI)
    columns = list(query(out_dir, "SELECT * FROM results LIMIT 0").columns)
    refused = " OR coalesce(error, '') <> ''" if "error" in columns else ""
    try:
        frame = query(out_dir, f"SELECT CAST(({fail}) AS BOOLEAN){refused} AS fail FROM results "
                               "ORDER BY experiment_id, replication")
    except ReassureError as exc:
        raise _fail_error(fail, str(exc), columns) from None
    mask = frame["fail"].to_numpy()
    if frame["fail"].isna().any():
        raise ReassureError(f"--fail {fail!r}: is undefined (NULL) for some evaluations; "
                            "guard missing figures, e.g. coalesce(x, 0) < 50")
    return mask.astype(bool)


def threshold_notes(fail: str, df: Any, units: dict[str, str]) -> list[str]:
    """A comparison in ``fail`` whose number lies outside the column's observed range: the box
    found would be meaningless (a share given as 0.8 against a column in percent, say)."""
    notes = []
    for column, op, number in fail_comparisons(fail):
        if column not in df.columns:
            continue
        y = df[column].to_numpy(dtype=float)
        y = y[np.isfinite(y)]
        if not len(y):
            continue
        t, lo, hi = float(number), float(y.min()), float(y.max())
        unit = units.get(column, "")
        if unit == "%" and 0 < t < 1 and hi > 1:  # a share written as a fraction, on a percent column
            notes.append(f"the threshold {column} {op} {number} reads like a fraction, but {column} is in percent "
                         f"(observed {range_text(lo, hi, unit)}): did you mean {t * 100:g}?")
            continue
        if lo <= t <= hi:
            continue
        hint = ""
        if unit == "%" and 0 < t <= 1:
            hint = f"; {column} is in percent: did you mean {t * 100:g}?"
        elif unit in ("fraction", "probability", "") and hi <= 1 < t <= 100:
            hint = f"; did you mean {t / 100:g}?"
        notes.append(f"the threshold {column} {op} {number} lies outside the values observed "
                     f"({range_text(lo, hi, unit)}), so it splits nothing{hint}")
    return notes


def fail_case(expr: str | None) -> str | None:
    """The side (with_us / without_us) a failure condition is about, when it names one only."""
    cases = _case_of(expr or "")
    return next(iter(cases)) if len(cases) == 1 else None


def _case_of(expr: str) -> set[str]:
    return {c for c in ("with_us", "without_us") if re.search(rf"_{c}\b", expr)}


def outcome_reads(outcome: str) -> tuple[str, ...] | None:
    """The scenario paths the model of ``outcome`` reads, its upstream capabilities included
    (None when no capability renders the outcome's section: every input is then kept)."""
    from reassure.run.capabilities import CAPABILITIES
    from reassure.run.explore.evaluate import SECTION_CAPABILITY

    by_name = {c.name: c for c in CAPABILITIES}
    section = outcome.split(".", 1)[0]
    start = SECTION_CAPABILITY.get(section, section)
    if start not in by_name:
        return None
    seen: set[str] = set()
    stack = [start]
    while stack:
        name = stack.pop()
        if name not in seen:
            seen.add(name)
            stack.extend(by_name[name].needs)
    return tuple(sorted({r for name in seen for r in by_name[name].reads}))


def reads_path(path: str, reads: tuple[str, ...]) -> bool:
    """Whether a factor's scenario ``path`` lies inside (or contains) one of ``reads``."""
    from reassure.run.explore.evaluate import PathError, parse_path

    if path == "scenario":
        return True
    try:
        parts = [str(p) for p in parse_path(path)]
    except PathError:
        return True
    for read in reads:
        rparts = [str(p) for p in parse_path(read)]
        n = min(len(parts), len(rparts))
        if parts[:n] == rparts[:n]:
            return True
    return False


#: The fields of ``us_backstop`` that `Scenario.without_us` switches off: the rule of
#: `unread_without_us` when no base scenario is at hand to apply it to.
def _static_without_us(path: str) -> bool:
    from reassure.run.explore.evaluate import PathError, parse_path
    from reassure.vocabulary import ENABLERS

    try:
        parts = parse_path(path)
    except PathError:
        return False
    return len(parts) == 2 and parts[0] == "us_backstop" and parts[1] in (*ENABLERS, "ground_troops")


def unread_without_us(manifest: dict[str, Any], names: Any = None) -> dict[str, str]:
    """The factors the plan without the US backstop cannot read: name -> why, in words.

    The without-US case of every evaluation is the scenario's `Scenario.without_us` (every US
    enabler off, US assets removed; the pipeline builds that side's inputs with
    ``us_backstop=False``). A factor is not read there when the without-US scenario is the same
    at each of the factor's explored settings (``values``, or ``low`` and ``high``), in every
    base scenario of the run: a `us_backstop.*` switch, a quantity of a US fleet. Its effect on
    a without-US outcome is then Monte Carlo noise by construction, never an effect. Without a
    base scenario at hand (a store written by a test), the rule is `Scenario.without_us`'s own:
    the ``us_backstop`` enablers and ground troops. ``names``: only these factors."""
    from reassure.errors import ReassureError
    from reassure.run.explore.evaluate import apply_overrides

    files = [s.get("file") for s in manifest.get("scenarios") or [] if s.get("file")]
    loaded: list[Any] = []
    wanted = [f for f in manifest.get("factors", ()) if names is None or f["name"] in names]
    for file in files if wanted else []:
        try:
            from reassure.spec import load_scenario

            loaded.append(load_scenario(file))
        except (ReassureError, OSError):
            loaded = []
            break
    out: dict[str, str] = {}
    for f in manifest.get("factors", ()):
        path = str(f.get("path", ""))
        if path == "scenario" or (names is not None and f["name"] not in names):
            continue
        settings = list(f["values"]) if f.get("values") is not None else [f.get("low"), f.get("high")]
        settings = [v for i, v in enumerate(settings) if v is not None and v not in settings[:i]]
        if len(settings) < 2:
            continue
        unread: bool | None = None
        if loaded:
            try:
                unread = all(_read_without_us(apply_overrides(s, {path: v}, "without-US check"))
                             == _read_without_us(apply_overrides(s, {path: settings[0]}, "without-US check"))
                             for s in loaded for v in settings[1:])
            except (ReassureError, ValueError, TypeError):
                unread = None
        if unread is None:
            unread = _static_without_us(path)
        if unread:
            out[f["name"]] = ("without the US backstop this enabler is off, whatever its setting here"
                              if _static_without_us(path) else
                              f"the plan without the US backstop does not use {path} (the US assets it "
                              "sets are removed there)")
    return out


_PROVENANCE = frozenset({"source", "assumption", "note"})


def _read_without_us(scenario: Any) -> Any:
    """What the plan without the US backstop reads of ``scenario``: its values, not the words
    saying where they came from (an override records its reason on the item it changes, review
    s37 6, which the without-US side reads nothing of), nor the title (which says "(modified in
    code)" after an override that changes something, and not after one that sets a value to
    what it already is)."""
    def values(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: values(v) for k, v in node.items() if k not in _PROVENANCE}
        if isinstance(node, list | tuple):
            return [values(v) for v in node]
        return node

    dump = scenario.without_us().model_dump()
    dump.pop("title", None)
    return values(dump)


def _levels(f: dict[str, Any]) -> float:
    if f.get("values") is not None:
        return len(f["values"])
    if f.get("integer") and f.get("low") is not None:
        return float(f["high"] - f["low"] + 1)
    return float("inf")


def _is_discrete(f: dict[str, Any]) -> bool:
    return _levels(f) <= DISCRETE_LEVELS


def _encode(values: Any, factor: dict[str, Any]) -> np.ndarray:
    if factor.get("values") is None:
        return np.asarray(values, dtype=float)
    choices = list(factor["values"])
    return np.array([choices.index(v) if v in choices else -1 for v in values], dtype=float)


def empty_outcomes(manifest: dict[str, Any], df: Any) -> list[str]:
    """One line per outcome (and case) with no value in any stored evaluation, and why if the
    model said (r6 H2: never a silent n/a)."""
    lines = []
    errors = sorted({e for e in df["error"] if e}) if "error" in df.columns else []
    why = (f" (the model refused: {errors[0]}{' ...' if len(errors) > 1 else ''})" if errors
           else " (the figure is not reported for the plans this design builds)")
    for outcome in manifest.get("outcomes", ()):
        for case in ("with_us", "without_us"):
            column = outcome_column(outcome, case)
            if len(df) and column in df.columns and not np.isfinite(
                    df[column].to_numpy(dtype=float)).any():
                lines.append(f"{outcome} {case.replace('_', ' ')} has no value in any of the "
                             f"{len(df):,} evaluations{why}; it is left out of every table")
    if errors and not lines:
        # review s39 #3: how many the model refused, and why, where the run and the analysis end
        # (the run printed the count of this run's refusals alone, and a query to learn why)
        n = sum(1 for e in df["error"] if e)
        lines.append(f"the model refused {n:,} of the {len(df):,} evaluations (their outcomes NaN): "
                     f"{refused_why(errors)}")
    return lines


def refused_why(errors: list[str]) -> str:
    """The reason of the first distinct refusal, without the overrides it lists first, and how
    many other reasons there are.

    >>> refused_why(["force.target_troops = 4000: force.target_troops is below force.min_contribution"])
    'force.target_troops is below force.min_contribution'
    """
    other = f"; and {len(errors) - 1} other reason(s)" if len(errors) > 1 else ""
    return errors[0].split(": ", 1)[-1] + other


def fixed_inputs(manifest: dict[str, Any], df: Any, where: str | None = None) -> list[str]:
    """A line naming the inputs that take one value in every analysed evaluation (review s39 #4:
    a `--limit` trial of a factorial holds its first levers at their first setting, and the
    analysis left them out of every table without a word, as if they had been explored and moved
    nothing); an input ``where`` names is fixed on purpose and not listed."""
    if len(df) < 2:
        return []
    fixed = [f for f in manifest.get("factors", ()) if f["name"] in df.columns
             and df[f["name"]].nunique(dropna=False) == 1
             and not (where and re.search(rf"\b{re.escape(f['name'])}\b", where))]
    if not fixed:
        return []
    said = ", ".join(f"{f['path']} = {setting_value(df[f['name']].iloc[0])}" for f in fixed)
    design = manifest.get("design") or {}
    first, rows = design.get("first"), design.get("rows")
    trial = (f" (a --limit trial: only the first {first:,} of the design's {rows:,} experiments were run; "
             "--resume without --limit runs the rest)" if first and rows and first < rows else "")
    return [f"{_plural(len(fixed), 'input')} of the {len(manifest['factors'])} take{'s' if len(fixed) == 1 else ''} "
            f"one value in every evaluation analysed ({said}){trial}: this analysis cannot say what "
            f"{'it does' if len(fixed) == 1 else 'they do'}, and leaves {'it' if len(fixed) == 1 else 'them'} "
            "out of its tables"]


def where_mask(out_dir: Path, where: str | None) -> np.ndarray | None:
    """The evaluations (results order) an ``--where`` condition keeps, or None for all of them
    (review s34 #3: indices pooled over a lever's settings are analysed one setting at a time).
    A condition DuckDB cannot evaluate is refused naming the flag, as ``--fail`` is."""
    if not where:
        return None
    where = current_sql(where)[0]  # an old column name (noted by `analyse` and the CLI)
    described = query(out_dir, "DESCRIBE results")
    columns = dict(zip(described["column_name"], described["column_type"], strict=True))
    problem = fail_problem(where, columns)
    if problem is not None:
        raise ReassureError(f"--where {where!r} {problem[0]}\n  {problem[1].replace('it may use', 'the condition may use')}")
    frame = query(out_dir, f"SELECT coalesce(CAST(({where}) AS BOOLEAN), false) AS keep FROM results "
                           "ORDER BY experiment_id, replication")
    keep = frame["keep"].to_numpy().astype(bool)
    if not keep.any():
        raise ReassureError(f"--where {where!r}: holds for none of the {len(keep):,} evaluations")
    return keep


def current_names(outcome: str, fail: str | None = None, where: str | None = None
                  ) -> tuple[str, str | None, str | None, list[str]]:
    """``outcome``, ``fail`` and ``where`` with the ids and results columns renamed since they
    were typed (`reassure.renamed_ids`: ``incidents.detected_fraction``) under their new names,
    and a note naming both for each.

    >>> current_names("incidents.detected_fraction", "incidents_detected_fraction_with_us < 50")[:3]
    ('incidents.detected_pct', 'incidents_detected_pct_with_us < 50', None)
    """
    from reassure.renamed_ids import current_column, current_id, current_sql

    notes: list[str] = []
    new, note = current_id(outcome)
    if note is None:
        new, note = current_column(outcome)
    if note is not None:
        notes.append(f"--outcome: {note}")
    out: list[str | None] = []
    for flag, text in (("--fail", fail), ("--where", where)):
        if text is None:
            out.append(None)
            continue
        text, said = current_sql(text)
        notes += [f"{flag}: {n}" for n in said]
        out.append(text)
    return new, out[0], out[1], notes


def analyse(out_dir: str | Path, outcome: str, *, case: str = "with_us", fail: str | None = None,
            seed: int = 0, threshold: float = 0.8, where: str | None = None) -> Analysis:
    """Sensitivity, feature scores and (with a failure condition) PRIM and CART boxes; ``where``
    (SQL on the results columns) restricts them to the evaluations it holds for."""
    from reassure.run.explore.figures import outcome_figures

    out_dir = Path(out_dir)
    manifest = read_manifest(out_dir)
    outcome, fail, where, renamed = current_names(outcome, fail, where)
    df = results(out_dir)
    column = resolve_outcome(manifest, outcome, case, list(df.columns))
    check_stored_or_given_fail(out_dir, manifest, fail)  # before any index is computed
    keep = where_mask(out_dir, where)
    stored = len(df)
    if keep is not None:
        df = df[keep].reset_index(drop=True)
    figures = outcome_figures(out_dir, manifest)
    y_all = df[column].to_numpy(dtype=float)  # every evaluation's value, replications apart
    design = query(out_dir, "SELECT * FROM design ORDER BY experiment_id")
    a = _new_analysis(manifest, df, outcome, column, case, figures.get(outcome, {}), y_all, stored)
    _note_what_is_analysed(a, manifest, df, renamed, keep, where, stored, y_all)
    readable = _ranked_inputs(a, manifest, fail)
    _index_experiment_means(a, manifest, df, design, readable, seed, keep, where)
    # Feature scores on every evaluation, inputs in their own units (choices as codes), readable only.
    x_real = _encoded_inputs(manifest, df)
    about_other = _note_a_stored_fail_about_another_outcome(a, manifest, None if fail else manifest.get("fail"))
    fail = fail or manifest.get("fail")
    target = _count_failures(a, out_dir, manifest, df, figures, fail, keep) if fail else None
    if readable:
        _score_features(a, manifest, x_real, readable, y_all, target, seed)
    _discover_failures(a, df, target, manifest["factors"], readable, threshold=threshold, seed=seed,
                       restricted=keep is not None)
    _mark_chance_bounds(a)
    _put_in_words(a, manifest, figures, df, target, about_other)
    return a


def _new_analysis(manifest: dict[str, Any], df: Any, outcome: str, column: str, case: str,
                  meta: dict[str, Any], y_all: np.ndarray, stored: int) -> Analysis:
    """The analysis of ``column`` before anything is computed: its labels, sizes and statistics
    (``meta``: the outcome's figure, its label and unit)."""
    labels = {f["name"]: factor_label(f) for f in manifest["factors"]}
    labels["__dummy__"] = DUMMY
    finite = np.isfinite(y_all)
    total = int(manifest["n_evaluations"])
    case_text = case_words(manifest, case)
    unit = meta.get("unit", "")
    figure_label = meta.get("label", outcome)
    return Analysis(outcome=outcome, column=column,
                    label=f"{figure_label}{f' ({unit})' if unit else ''}, {case_text}",
                    n_evaluations=len(df), n_experiments=int(df["experiment_id"].nunique()),
                    complete=stored == total, labels=labels, case=case, unit=unit, figure_label=figure_label,
                    subset=meta.get("subset", ""),
                    stats=_stats(y_all[finite]) if finite.any() else {})


def _note_what_is_analysed(a: Analysis, manifest: dict[str, Any], df: Any, renamed: list[str],
                           keep: np.ndarray | None, where: str | None, stored: int, y_all: np.ndarray) -> None:
    """The notes on which evaluations are analysed: names read as renamed ones, a --where subset,
    a run not finished, outcomes and inputs that do not vary, evaluations with no value."""
    # the names typed or stored before an outcome was renamed, read as the new ones: said first
    a.notes += renamed + list(manifest.get(RENAMED, ()))
    if keep is not None:
        a.where = where or ""
        a.notes.insert(0, f"only the evaluations where {where} are analysed: {len(df):,} of the {stored:,} stored")
    if not a.complete:
        total = int(manifest["n_evaluations"])
        a.notes.append(f"{stored} of {total} evaluations are stored; finish the run with --resume for the full design")
    a.notes += empty_outcomes(manifest, df)
    a.notes += fixed_inputs(manifest, df, where)
    finite = np.isfinite(y_all)
    if (~finite).any() and finite.any():
        a.notes.append(f"{_plural(int((~finite).sum()), 'evaluation')} ha{'s' if (~finite).sum() == 1 else 've'} "
                       f"no value for {a.column}; left out of the indices")


def _ranked_inputs(a: Analysis, manifest: dict[str, Any], fail: str | None) -> list[str]:
    """The inputs the outcome's model reads (those ranked); the others go to ``a.not_read``,
    with a note saying why."""
    by_name = {f["name"]: f for f in manifest["factors"]}
    names = [f["name"] for f in manifest["factors"]]
    reads = outcome_reads(a.outcome) if a.outcome in manifest["outcomes"] else None
    readable = [n for n in names if reads is None or reads_path(by_name[n]["path"], reads)]
    a.not_read = [n for n in names if n not in readable]
    if a.not_read:
        a.notes.append(f"{len(a.not_read)} of the {len(names)} inputs are not read by the model of {a.outcome} "
                       f"(nor by any model it depends on), so they are not ranked: "
                       + ", ".join(by_name[n]["path"] for n in a.not_read))
    if a.case == "without_us" and _case_of(fail or manifest.get("fail") or "") <= {"without_us"}:
        readable = _drop_unread_without_us(a, manifest, readable)
    return readable


def _drop_unread_without_us(a: Analysis, manifest: dict[str, Any], readable: list[str]) -> list[str]:
    """``readable`` without the inputs the plan cannot read without the US backstop (review s34
    #1: there a us_backstop switch is off whatever its setting), said in a note."""
    by_name = {f["name"]: f for f in manifest["factors"]}
    off = unread_without_us(manifest, set(readable))
    if not off:
        return readable
    a.not_read += list(off)
    said = "; ".join(f"{by_name[n]['path']}: {why}" for n, why in off.items())
    a.notes.append(f"{len(off)} of the inputs cannot move the plan without the US backstop "
                   f"({said}): "
                   "any effect of theirs there is Monte Carlo noise by construction, so they are not ranked")
    return [n for n in readable if n not in off]


def _index_experiment_means(a: Analysis, manifest: dict[str, Any], df: Any, design: Any, readable: list[str],
                            seed: int, keep: np.ndarray | None, where: str | None) -> None:
    """The sensitivity indices of the outcome averaged over each experiment's replications, and
    the levers given as choices they pool over; a "rough answers" box that says what would give
    better ones."""
    factors = manifest["factors"]
    by_name = {f["name"]: f for f in factors}
    names = [f["name"] for f in factors]
    means = df.groupby("experiment_id")[a.column].mean()
    y = means.to_numpy(dtype=float)
    indexed = design.set_index("experiment_id").loc[means.index.to_numpy()]
    units = indexed[[f"u_{n}" for n in names]].to_numpy(dtype=float)
    # Each input's own value (a choice as its position in the list): main effects group by it.
    codes = np.column_stack([_encode(indexed[n].tolist(), by_name[n]) if n in indexed else units[:, i]
                             for i, n in enumerate(names)])
    _sensitivity(a, manifest, names, readable, units, y, seed, codes=codes)
    if a.indices:
        a.pooled = pooled_levers(manifest, readable, indexed, y)
        swamped = [p for p in a.pooled if p["swamps"]]
        if swamped and a.rough and a.rough_sizes:  # more experiments will not separate inputs the lever swamps
            a.rough = rough_text(*a.rough_sizes, manifest, swamped=swamped[0], unit=a.unit)
    if a.rough and keep is not None and not any(p["swamps"] for p in a.pooled):
        a.rough += f" Here only the evaluations where {where} count: the experiments needed are experiments among them."


def _encoded_inputs(manifest: dict[str, Any], df: Any) -> np.ndarray:
    """Every evaluation's inputs, one column each, in their own units (a choice as its position)."""
    factors = manifest["factors"]
    by_name = {f["name"]: f for f in factors}  # (a name given twice: the last factor's choices)
    return np.column_stack([_encode(df[f["name"]].tolist(), by_name[f["name"]]) for f in factors])


def _note_a_stored_fail_about_another_outcome(a: Analysis, manifest: dict[str, Any], stored_fail: str | None) -> str:
    """What the run's own `fail` (used when no --fail is given) is about, when it names no column
    of the analysed outcome (r6 M8): said first among the notes, and returned; or ""."""
    outcome = a.outcome
    if not stored_fail or any(re.search(rf"\b{outcome_column(outcome, c)}\b", stored_fail)
                              for c in ("with_us", "without_us")):
        return ""
    others = [o for o in manifest["outcomes"]
              if any(re.search(rf"\b{outcome_column(o, c)}\b", stored_fail) for c in ("with_us", "without_us"))]
    about_other = (f"the failure condition ({stored_fail}) is the run's stored `fail`, about "
                   f"{' and '.join(others) or 'another outcome'}, not {outcome}: the plans that hold "
                   f"and the boxes below are about it; give --fail \"{outcome_column(outcome, a.case)} < N\" "
                   "for a condition on this outcome")
    a.notes.insert(0, about_other)
    return about_other


def _kept_fail_mask(out_dir: Path, fail: str, keep: np.ndarray | None) -> np.ndarray:
    """`fail_mask` of the evaluations --where keeps (all of them when ``keep`` is None)."""
    mask = _fail_mask(out_dir, fail)
    return mask if keep is None else mask[keep]


def _count_failures(a: Analysis, out_dir: Path, manifest: dict[str, Any], df: Any,
                    figures: dict[str, dict[str, Any]], fail: str, keep: np.ndarray | None) -> np.ndarray:
    """The evaluations that fail ``fail`` (returned), their share, notes on the condition, and
    the plans that hold on its side and, mirrored, on the other (``a.fail_counts``)."""
    mask = _kept_fail_mask(out_dir, fail, keep)
    a.fail, a.fail_share = fail, float(mask.mean())
    n = sum(1 for e in df["error"] if e) if "error" in df.columns else 0
    if n:
        a.notes.append(REFUSED_FAIL.format(n=_plural(n, "evaluation"), s="s" if n == 1 else ""))
    column_units = {outcome_column(o, c): figures.get(o, {}).get("unit", "")
                    for o in manifest["outcomes"] for c in ("with_us", "without_us")}
    a.notes += threshold_notes(fail, df, column_units)
    cases = _case_of(fail)
    if cases and a.case not in cases:
        a.notes.append(f"the outcome shown is {a.case.replace('_', ' ')}, but the failure condition "
                       f"is about the plan {' and '.join(c.replace('_', ' ') for c in sorted(cases))}")
    experiment = df["experiment_id"].to_numpy()
    for side, (expr, m) in _fail_sides(out_dir, fail, mask, cases, keep).items():
        a.fail_counts[side] = _plans_holding(experiment, expr, m)
    return mask


def _fail_sides(out_dir: Path, fail: str, mask: np.ndarray, cases: set[str], keep: np.ndarray | None
                ) -> dict[str, tuple[str, np.ndarray]]:
    """Side -> (condition, failing evaluations): ``fail`` on its side ("as given" when it names
    both), and the same condition on the other side, for the headline, when that one can be read."""
    sides = {(next(iter(cases)) if len(cases) == 1 else "as given"): (fail, mask)}
    if len(cases) == 1:
        other = "without_us" if "with_us" in cases else "with_us"
        mirrored = re.sub(rf"_{next(iter(cases))}\b", f"_{other}", fail)
        try:
            sides[other] = (mirrored, _kept_fail_mask(out_dir, mirrored, keep))
        except ReassureError:
            pass
    return sides


def _plans_holding(experiment: np.ndarray, expr: str, m: np.ndarray) -> dict[str, Any]:
    """How many evaluations fail ``expr`` (``m``) and the plans (design points) that hold: a plan
    holds when every replication of it holds."""
    failed_plans = set(experiment[m].tolist())
    plans = sorted(set(experiment.tolist()))
    return {"condition": expr, "failing": int(m.sum()), "n": len(m),
            "plans": len(plans), "plans_holding": [p for p in plans if p not in failed_plans],
            "holding": [int(i) for i in np.flatnonzero(~m)]}


def _score_features(a: Analysis, manifest: dict[str, Any], x_real: np.ndarray, readable: list[str],
                    y_all: np.ndarray, target: np.ndarray | None, seed: int) -> None:
    """Feature scores of the readable inputs: against the failures when there is a condition,
    else against the outcome's finite values."""
    names = [f["name"] for f in manifest["factors"]]
    finite = np.isfinite(y_all)
    xs = x_real[:, [names.index(n) for n in readable]]
    a.feature_scores, a.dummy_score = _feature_scores(
        xs[finite] if target is None else xs,
        y_all[finite] if target is None else target.astype(float),
        readable, classify=target is not None, seed=seed)


def _discover_failures(a: Analysis, df: Any, target: np.ndarray | None, factors: list[dict[str, Any]],
                       readable: list[str], *, threshold: float, seed: int, restricted: bool) -> None:
    """PRIM and CART boxes of the failures (`_discover`), or a note on why there are none."""
    if target is None:
        a.notes.append("no failure condition given (--fail or `fail` in the experiment): no scenario discovery")
    elif target.all() or not target.any():
        a.notes.append(f"the failure condition is {'always' if target.all() else 'never'} met: no boxes to find")
    else:
        _discover(a, df, target, factors, readable, threshold=threshold, seed=seed, restricted=restricted)


def _mark_chance_bounds(a: Analysis) -> None:
    """The inputs whose feature score is at or below the dummy's, and each box's bounds on them:
    a bound on an input within noise may be chance (review s34 #2)."""
    if a.dummy_score is not None:
        a.within_noise = {n: v for n, v in a.feature_scores if v <= a.dummy_score}
    for g in a.discovery:
        for b in (*g["prim"], *g["cart"]):
            b.chance = {n for n in b.restricted if n in a.within_noise}


def _put_in_words(a: Analysis, manifest: dict[str, Any], figures: dict[str, dict[str, Any]], df: Any,
                  target: np.ndarray | None, about_other: str) -> None:
    """The levers' effects, judged against noise, and the headline and summary that say them."""
    a.lever_effects = lever_effects(manifest, df, figures)
    _mark_noise(a, manifest)
    a.headline = _headline(a, manifest, df, target)
    a.plain = {f["name"]: plain_name(f) for f in manifest["factors"]}
    a.summary = _summary(a, manifest, figures, df)
    if about_other and a.headline:
        a.headline = f"(about the stored fail condition, not {a.outcome}) {a.headline}"
    if about_other and a.summary:
        a.summary = f"(about the stored fail condition, not {a.outcome}) {a.summary}"


def _scored_columns(a: Analysis, manifest: dict[str, Any]) -> set[str]:
    """The results columns the feature scores were fitted to: those the failure condition names,
    or the analysed outcome's."""
    if not a.fail:
        return {a.column}
    return {outcome_column(o, c) for o in manifest["outcomes"] for c in ("with_us", "without_us")
            if re.search(rf"\b{outcome_column(o, c)}\b", a.fail)}


def _mark_noise(a: Analysis, manifest: dict[str, Any]) -> None:
    """Mark each lever effect that cannot be told from chance (``with_us_noise``, ``without_us_noise``:
    why, or ""): its 95% interval, as printed, reaches zero; or, for the column the feature scores
    were fitted to, the lever scores at or below the dummy (the report's own rule: "a score at or
    below it is noise"). Such an effect is printed with "within noise", never credited bare."""
    scored = _scored_columns(a, manifest)
    runs = _plural(a.n_experiments, "experiment")
    # review 20 #3: the main-effects table judges the analysed column against the dummies' noise
    # level; a lever it calls "not distinguishable from noise" is not credited in the headline
    main = {m["factor"]: m for m in a.indices.get("main_effects", ())}
    level = (a.dummy.get("main_effects") or {}).get("noise_level")
    for r in a.lever_effects:
        for case in ("with_us", "without_us"):
            v, c = r.get(case, float("nan")), r.get(f"{case}_conf", float("nan"))
            why = ""
            r[f"{case}_fixed"] = fixed_text(r, case)
            if r[f"{case}_fixed"]:  # review s34 #1, #4: no effect by construction, not noise
                r[f"{case}_noise"] = ""
                continue
            if np.isfinite(v) and r.get("read", True):
                v_p, c_p = _as_printed(abs(v), c if np.isfinite(c) else np.inf)
                judged = main.get(r["lever"]) if outcome_column(r["outcome"], case) == a.column else None
                # review r10, item 2: "cannot be told from noise with N experiments", never "no effect"
                if not np.isfinite(c):
                    why = (f"cannot be told from noise with {runs}: no 95% interval (a single evaluation "
                           "at one of the compared settings)")
                elif r["lever"] in a.within_noise and outcome_column(r["outcome"], case) in scored:
                    why = (f"cannot be told from noise with {runs}: its feature score "
                           f"({a.within_noise[r['lever']]:.3f}) is at or below the dummy's ({a.dummy_score:.3f})")
                elif not v_p - c_p > 0:
                    why = f"cannot be told from noise with {runs}: its 95% interval reaches 0"
                elif judged is not None and level is not None and not judged.get("distinguishable"):
                    why = (f"cannot be told from noise with {runs}: its interval does not clear the "
                           f"noise level of the dummies ({plain_number(float(level), 2)})")
            r[f"{case}_noise"] = why
    # review s49: one verdict per lever on the analysed column, in both tables: the main-effects
    # table called the tanker's 0.07-point effect "distinguishable from noise" while the lever
    # table, which also holds it against the dummy's feature score, called it noise
    for r in a.lever_effects:
        m = main.get(r["lever"])
        if m is None or not m.get("distinguishable"):
            continue
        for case in ("with_us", "without_us"):
            if outcome_column(r["outcome"], case) == a.column and r.get(f"{case}_noise"):
                m["distinguishable"] = False
                m["noise_why"] = r[f"{case}_noise"].split(": ", 1)[-1]
    for r in a.lever_effects:  # a lever that moves a sibling outcome is not shown to do nothing here
        for case in ("with_us", "without_us"):
            if not r[f"{case}_noise"]:
                continue
            # never an effect that is none by construction (review s34 #1)
            moved = [s for s in a.lever_effects if s["lever"] == r["lever"] and s is not r
                     and s.get("read", True) and np.isfinite(s.get(case, np.nan)) and not s[f"{case}_noise"]
                     and not s.get(f"{case}_fixed")]
            if moved:
                s = max(moved, key=lambda s: abs(s[case]))
                r[f"{case}_noise"] += (f"; not evidence of no effect: the same lever moves "
                                       f"{lower_first(s['label'])} by "
                                       f"{diff_text(s[case], s[case + '_conf'], s['unit'])}")
            else:
                r[f"{case}_noise"] += "; not evidence of no effect"


def _span_text(values: Any, unit: str) -> str:
    """``4 to 6 months`` for the values a third of a range holds; ``6 months`` when they are one
    value (review s49: a three-valued integer lever read "top third (5 to 5 months)")."""
    lo, hi = float(values.min()), float(values.max())
    said = setting_value(lo) if setting_value(lo) == setting_value(hi) else f"{setting_value(lo)} to {setting_value(hi)}"
    return f"{said} {plural_unit(unit, hi if said == setting_value(hi) else 2)}" if unit else said  # "0 to 1 orbits"


#: The share of an outcome's variance between a lever's settings at which the indices, pooled
#: over them, are swamped: the other inputs' effects are smaller than the spread between settings.
SWAMP_SHARE = 0.5


def pooled_levers(manifest: dict[str, Any], readable: list[str], indexed: Any, y: np.ndarray) -> list[dict[str, Any]]:
    """The levers given as choices that the sensitivity indices pool over (review s34 #3): each
    with the mean outcome at each of its settings and the share of the outcome's variance that
    lies between them (``share``); ``swamps`` when that share is `SWAMP_SHARE` or more."""
    out = []
    ok = np.isfinite(y)
    total = float(np.var(y[ok])) if ok.sum() > 1 else 0.0
    for f in manifest["factors"]:
        if f["role"] != "lever" or f.get("values") is None or f["name"] not in readable or f["name"] not in indexed:
            continue
        column = indexed[f["name"]].to_numpy(dtype=object)
        settings = []
        between = 0.0
        for v in f["values"]:
            at = np.array([c == v for c in column]) & ok
            if at.any():
                settings.append({"value": v, "mean": float(y[at].mean()), "n": int(at.sum())})
                between += at.sum() * (float(y[at].mean()) - float(y[ok].mean())) ** 2
        if len(settings) < 2:
            continue
        share = between / ok.sum() / total if total > 0 else 0.0
        out.append({"lever": f["name"], "path": f["path"], "settings": settings, "share": float(share),
                    "swamps": bool(share >= SWAMP_SHARE)})
    return out


def pooled_text(p: dict[str, Any], unit: str = "", *, advice: bool = False) -> str:
    """A pooled lever in words: "pooled over the 3 settings of force.target_troops (20,000: mean
    82%; ...), which hold 61% of the outcome's variance"; with ``advice``, what to do."""
    means = "; ".join(f"{setting_value(s['value'])}: mean {_fmt(s['mean'], unit)}" for s in p["settings"])
    text = (f"The indices are pooled over the {len(p['settings'])} settings of {p['path']} ({means}), "
            f"whose differences hold {p['share']:.0%} of the outcome's variance")
    if p["swamps"]:
        text += (": that spread swamps the other inputs' effects, so more experiments will not make these indices "
                 "separate them")
    if advice:
        text += f"; analyse one setting at a time (reassure explore analyse DIR ... {where_advice(p)})"
    return text + "."


def where_advice(p: dict[str, Any]) -> str:
    """``--where "force_target_troops = 25000"``: one (the middle) setting of a pooled lever."""
    value = p["settings"][len(p["settings"]) // 2]["value"]
    if isinstance(value, bool | np.bool_):
        literal = "true" if value else "false"
    elif isinstance(value, str):
        literal = "'" + value.replace("'", "''") + "'"
    else:
        literal = setting_value(value).replace(",", "")
    return f"--where \"{p['lever']} = {literal}\""


def fixed_text(r: dict[str, Any], case: str) -> str:
    """Why a lever's effect on an outcome is none by construction, or "" (review s34): without
    the US backstop the plan does not read the lever (a `us_backstop.*` switch: every enabler is
    off there), so the difference measured is Monte Carlo noise; or the outcome is exactly the
    same at both compared settings in every evaluation ("0 ± 0"), so no noise hides an effect."""
    if not r.get("read", True) or not np.isfinite(r.get(case, np.nan)):
        return ""
    if case == "without_us" and r.get("without_us_unread"):
        c = r.get("without_us_conf", np.nan)
        measured = diff_text(r["without_us"], c if np.isfinite(c) else None, r.get("unit", ""))
        return (f"no effect by construction: {r['without_us_unread']}; any difference measured there is "
                f"Monte Carlo noise, each plan having its own seed (here {measured})")
    if r.get(f"{case}_exact"):
        return ("no effect: the outcome is exactly the same at both settings in every evaluation "
                "(± 0: there is no noise that could hide an effect)")
    return ""


def rough_text(n: int, need: int, k: int, manifest: dict[str, Any], *, swamped: dict[str, Any] | None = None,
               unit: str = "") -> str:
    """Said first when the design is too small for sensitivity indices with intervals (review r10,
    item 1: the README's example promised bars with intervals and gave none), with how to get
    them: a design that already holds enough experiments, cut short by ``--limit`` (or killed), is
    completed, not enlarged (review s44 #2); and when a lever given as choices swamps the
    variance (``swamped``, a `pooled_levers` entry; docs/explore.md, `SWAMP_SHARE`) no number of
    experiments is advised at all: the box points at ``--where`` instead."""
    what = ("no sensitivity indices with 95% intervals (too few for RBD-FAST, delta or PAWN); the feature "
            "scores and failure boxes below are a first look" if n < 20 else
            "sensitivity indices only as a rough screen, with wide intervals")
    head = f"Rough answers: {n:,} experiments give {what}."
    if swamped is not None:  # more experiments would not separate the inputs: one setting at a time
        return f"{head} {pooled_text(swamped, unit, advice=True)}"
    why = (f"Indices with 95% intervals for {_plural(k, 'continuous input')} need about {need:,} experiments (N > 4M^2 = 64 "
           "for the FAST family with M = 4, SALib's FAST sampler; and 10 runs per input, Loeppky, Sacks and "
           "Welch 2009)")
    design = manifest.get("design") or {}
    rows = int(design.get("rows") or 0)
    first = design.get("first")
    stored = int(manifest.get("n_experiments") or 0)
    file = str((manifest.get("experiment") or {}).get("file") or "FILE")
    if rows >= need and (first is not None and int(first) < rows or 0 < stored < rows):
        # the file asks for enough already: this run holds only part of its design
        trial = (f"this --limit trial ran the first {int(first):,}" if first is not None and int(first) < rows
                 else f"{stored:,} of them are stored")
        return (f"{head} {why}; the design holds {rows:,} ({design.get('kind', '')}, {trial}): run without "
                f"--limit (or resume) to complete the {rows:,} experiments "
                f"(reassure explore {file} --out DIR --resume).")
    reps = int(manifest.get("replications", 1) or 1)
    evaluations = f"{need * reps:,} evaluations" if reps > 1 else f"{need:,} evaluations"
    return (f"{head} {why}: set [design] kind = \"lhs\" and samples = {need:,} or more in the experiment file "
            f"({evaluations}), or run its fuller version if it ships one.")


def _stats(y: np.ndarray) -> dict[str, float]:
    return {"mean": float(np.mean(y)), "p10": float(np.percentile(y, 10)), "p50": float(np.median(y)),
            "p90": float(np.percentile(y, 90)), "min": float(np.min(y)), "max": float(np.max(y))}


def _noise_level(dummies: list[dict[str, Any]], key: str, conf: str | None, two_sided: bool = False) -> dict[str, Any]:
    """The dummy with the highest upper bound (estimate + 95% half-width): the noise level. A
    dummy whose interval the sample cannot give (a bootstrap of RBD-FAST with no variance) counts
    by its estimate alone; with no dummy's interval at all there is no noise level (NaN), and no
    input is judged distinguishable (`_judge`)."""
    def estimate(d: dict[str, Any]) -> float:
        return float(abs(d[key]) if two_sided else d[key])

    def upper(d: dict[str, Any]) -> float:
        return float(estimate(d) + (d.get(conf, 0.0) if conf else 0.0))

    with_interval = [d for d in dummies if np.isfinite(upper(d))]
    if with_interval:
        top: dict[str, Any] = dict(with_interval[int(np.argmax([upper(d) for d in with_interval]))])
        level = max([upper(top), *(estimate(d) for d in dummies if d not in with_interval and np.isfinite(estimate(d)))])
    else:
        top = dict(dummies[0])
        level = float("nan")
    top.update({"factor": "__dummy__", "noise_level": level, "of_dummies": len(dummies),
                "with_interval": len(with_interval)})
    return top


def _judge(rows: list[dict[str, Any]], key: str, conf: str | None, dummy: dict[str, Any] | None,
           two_sided: bool = False) -> None:
    """Mark each row ``distinguishable`` or not, by one rule (`VERDICT_RULE`): its 95% interval,
    as printed (the half-width to two significant digits, the estimate to the same decimal),
    lies wholly above zero and above the noise level. "-0.051 ± 0.051" touches zero: not."""
    d_hi = -np.inf if dummy is None else dummy["noise_level"]
    for r in rows:
        v = abs(r[key]) if two_sided else r[key]
        c = r.get(conf, 0.0) if conf else 0.0
        c = c if np.isfinite(c) else np.inf
        v_p, c_p = _as_printed(v, c)
        lo = v_p - c_p
        r["distinguishable"] = bool(np.isfinite(v) and lo > 0 and lo > d_hi)


#: The rule `_judge` applies, as the report states it.
VERDICT_RULE = ("An input is <i>distinguishable from noise</i> only when its 95% interval, as printed, lies wholly "
                "above zero and above the noise level (where there are dummies); an interval that reaches or "
                "touches zero (\"-0.051 ± 0.051\") is <i>not distinguishable from noise</i> (greyed).")


def _as_printed(v: float, c: float) -> tuple[float, float]:
    """An estimate and its half-width rounded as the report prints them (c to 2 significant digits)."""
    if not np.isfinite(v) or not np.isfinite(c) or c <= 0:
        return v, c
    digits = 1 - int(np.floor(np.log10(c)))
    return round(v, digits), round(c, digits)


def _sensitivity(a: Analysis, manifest: dict[str, Any], names: list[str], readable: list[str], units: np.ndarray,
                 y: np.ndarray, seed: int, *, codes: np.ndarray) -> None:
    """The indices of the design's kind (Sobol, Morris; else main effects of the discrete inputs
    and RBD-FAST, PAWN and delta of the continuous ones, against dummies) into ``a.indices``."""
    kind = manifest["design"]["kind"]
    # SALib seeds its bootstrap only for a truthy seed and some methods draw from numpy's global
    # generator: seed both, never with 0, so an analysis is reproducible.
    seed = seed + 1
    np.random.seed(seed)
    if not _can_be_indexed(a, y) or not readable:
        return
    ok = np.isfinite(y)
    full = len(y) == manifest["n_experiments"] and ok.all()
    if kind == "sobol":
        _sobol_indices(a, manifest, names, readable, y, seed, full=full)
        return
    if kind == "morris":
        _morris_effects(a, manifest, names, readable, units, y, seed, full=full)
        return
    factors = {f["name"]: f for f in manifest["factors"]}
    x, yy = units[ok][:, [names.index(n) for n in readable]], y[ok]
    # A factorial's ranges sit on a grid of a few levels: every input is then discrete.
    discrete = [n for n in readable if kind == "factorial" or _is_discrete(factors[n])]
    continuous = [n for n in readable if n not in discrete]
    if discrete:
        _attempt(a, "main_effects", _discrete_main_effects, a, manifest, names, discrete, codes[ok], yy, kind, seed)
        if kind != "factorial":
            a.notes.append(f"{len(discrete)} input(s) take only a few values ({', '.join(discrete)}): "
                           "no RBD-FAST or delta index for them (both assume a continuous input); main effects instead")
    if not continuous or kind == "factorial":
        return
    n = len(yy)
    need = min_sample(len(continuous))
    if n < need:  # said once, in the "Rough answers" box (`rough_text`), not again among the notes
        a.rough = rough_text(n, need, len(continuous), manifest)
        a.rough_sizes = (n, need, len(continuous))
    if n < 20:
        return
    _continuous_indices(a, x[:, [readable.index(c) for c in continuous]], yy, continuous, seed)


def _can_be_indexed(a: Analysis, y: np.ndarray) -> bool:
    """Whether the experiments' outcomes ``y`` have values that vary; a note says when they do not
    vary (none at all: `empty_outcomes` says so, and why)."""
    ok = np.isfinite(y)
    if not ok.any():
        return False
    if ok.sum() < 4 or np.nanstd(y) == 0:
        a.notes.append("the outcome does not vary across the stored experiments: no sensitivity indices")
        return False
    return True


def _sobol_indices(a: Analysis, manifest: dict[str, Any], names: list[str], readable: list[str], y: np.ndarray,
                   seed: int, *, full: bool) -> None:
    """Sobol first-order and total indices of a Saltelli design, judged against zero (the design
    has no room for dummies); none unless every experiment has a value (``full``)."""
    from SALib.analyze import sobol

    from reassure.run.explore.design import salib_problem

    if not full:
        a.notes.append("Sobol indices need every experiment of the Saltelli design with a value; none computed")
        return
    s = sobol.analyze(salib_problem(names), y, calc_second_order=manifest["design"]["second_order"],
                      conf_level=0.95, num_resamples=200, seed=seed)
    rows = [{"factor": n, "S1": float(s["S1"][i]), "S1_conf": float(s["S1_conf"][i]),
             "ST": float(s["ST"][i]), "ST_conf": float(s["ST_conf"][i])} for i, n in enumerate(names) if n in readable]
    _judge(rows, "ST", "ST_conf", None)
    a.indices["sobol"] = rows
    a.notes.append("a Saltelli design has no room for a dummy input: a Sobol index counts as "
                   "distinguishable when its 95% interval excludes zero")


def _morris_effects(a: Analysis, manifest: dict[str, Any], names: list[str], readable: list[str],
                    units: np.ndarray, y: np.ndarray, seed: int, *, full: bool) -> None:
    """Morris elementary effects (mu*, sigma) of a Morris design; none unless every trajectory is
    complete (``full``)."""
    from SALib.analyze import morris

    from reassure.run.explore.design import salib_problem

    if not full:
        a.notes.append("Morris effects need every trajectory complete; none computed")
        return
    s = morris.analyze(salib_problem(names), units, y, num_levels=manifest["design"]["levels"], conf_level=0.95,
                       num_resamples=200, seed=seed)
    rows = [{"factor": n, "mu_star": float(s["mu_star"][i]), "mu_star_conf": float(s["mu_star_conf"][i]),
             "sigma": float(s["sigma"][i])} for i, n in enumerate(names) if n in readable]
    _judge(rows, "mu_star", "mu_star_conf", None)
    a.indices["morris"] = rows


def _attempt(a: Analysis, method: str, run: Any, *args: Any) -> None:
    """``run(*args)``; a method undefined on this design (PAWN's slices on a two-level factorial,
    say) is said in the report rather than failing the whole analysis."""
    try:
        run(*args)
    except (ValueError, ZeroDivisionError, IndexError, FloatingPointError, np.linalg.LinAlgError) as exc:
        a.notes.append(f"{method} indices not computable on this sample ({exc})")


def _discrete_main_effects(a: Analysis, manifest: dict[str, Any], names: list[str], discrete: list[str],
                           codes: np.ndarray, y: np.ndarray, kind: str, seed: int) -> None:
    """The main effects of the ``discrete`` inputs (``codes``: every input's coded value, one row
    per experiment with a value), judged against random halves of the sample."""
    rows, dummy = _main_effects(manifest, discrete, codes[:, [names.index(d) for d in discrete]], y,
                                factorial=kind == "factorial", seed=seed)
    _judge(rows, "effect", "effect_conf", dummy, two_sided=True)
    a.indices["main_effects"] = rows
    if dummy is not None:
        a.dummy["main_effects"] = dummy


def _continuous_indices(a: Analysis, x: np.ndarray, y: np.ndarray, continuous: list[str], seed: int) -> None:
    """RBD-FAST, PAWN and (up to `DELTA_MAX_ROWS` experiments) delta indices of the
    ``continuous`` inputs (``x``: their unit coordinates), each judged against `N_DUMMIES`
    columns of uniform random numbers drawn from the analysis seed and analysed like inputs."""
    from reassure.run.explore.design import salib_problem

    n = len(y)
    dummy_u = np.random.default_rng([seed, 7919]).random((n, N_DUMMIES))
    xc = np.column_stack([x, dummy_u])
    cnames = [*continuous, *(f"__dummy{i}__" for i in range(N_DUMMIES))]
    problem = salib_problem(cnames)
    harmonics = int(min(10, max(1, np.floor(np.sqrt((n - 1) / 4)))))  # N > 4 M^2 (SALib's FAST rule)
    _attempt(a, "rbd_fast", _rbd_fast_indices, a, problem, xc, y, cnames, harmonics, seed)
    _attempt(a, "pawn", _pawn_indices, a, problem, xc, y, cnames, seed)
    if n <= DELTA_MAX_ROWS:
        _attempt(a, "delta", _delta_indices, a, problem, xc, y, cnames, seed)
    else:
        a.notes.append(f"delta indices skipped: more than {DELTA_MAX_ROWS} experiments (SALib's delta is slow there)")


def _judged_against_dummies(a: Analysis, method: str, rows: list[dict[str, Any]], key: str, conf: str | None) -> None:
    """``rows`` (the inputs', then the `N_DUMMIES` dummies') into ``a.indices[method]``, each
    input judged against the dummies' noise level (into ``a.dummy[method]``)."""
    dummy = _noise_level(rows[-N_DUMMIES:], key, conf)
    rows = rows[:-N_DUMMIES]
    _judge(rows, key, conf, dummy)
    a.indices[method], a.dummy[method] = rows, dummy


def _rbd_fast_indices(a: Analysis, problem: dict[str, Any], x: np.ndarray, y: np.ndarray, names: list[str],
                      harmonics: int, seed: int) -> None:
    """RBD-FAST first-order indices with bootstrap intervals."""
    import warnings

    from SALib.analyze import rbd_fast

    # A resample with no variance divides by zero inside SALib (rbd_fast.py): its interval
    # comes out NaN, which the row says ("no interval"); the RuntimeWarning is not the
    # user's to read (r6 L3).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        s = rbd_fast.analyze(problem, x, y, M=harmonics, num_resamples=200, conf_level=0.95, seed=seed)
    rows = [{"factor": c, "S1": float(s["S1"][i]), "S1_conf": float(s["S1_conf"][i]), "M": harmonics}
            for i, c in enumerate(names)]
    _judged_against_dummies(a, "rbd_fast", rows, "S1", "S1_conf")


def _pawn_indices(a: Analysis, problem: dict[str, Any], x: np.ndarray, y: np.ndarray, names: list[str],
                  seed: int) -> None:
    """PAWN medians (of Kolmogorov-Smirnov statistics) with an interval from 30 bootstrap
    resamples: PAWN itself gives none."""
    import warnings

    from SALib.analyze import pawn

    n = len(y)
    slices = min(10, max(2, n // 10))
    rng = np.random.default_rng([seed, 31])
    boot = []
    # SALib divides by a zero mean on a flat slice (pawn.py): not the user's to read (r6 L3).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        est = pawn.analyze(problem, x, y, S=slices, seed=seed)["median"]
        for _ in range(30):
            idx = rng.integers(0, n, n)
            boot.append(pawn.analyze(problem, x[idx], y[idx], S=slices, seed=seed)["median"])
    conf = 1.96 * np.std(np.asarray(boot, dtype=float), axis=0)
    rows = [{"factor": c, "median": float(est[i]), "median_conf": float(conf[i])} for i, c in enumerate(names)]
    _judged_against_dummies(a, "pawn", rows, "median", "median_conf")


def _delta_indices(a: Analysis, problem: dict[str, Any], x: np.ndarray, y: np.ndarray, names: list[str],
                   seed: int) -> None:
    """The delta moment-independent measure with bootstrap intervals."""
    import contextlib
    import io
    import warnings

    from SALib.analyze import delta

    # SALib's delta resets the warning filters and formatter globally and warns of every
    # bin merge: record (and drop) its warnings, and put the formatter back.
    formatter = warnings.formatwarning
    try:
        with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings(record=True):
            s = delta.analyze(problem, x, y, num_resamples=10, conf_level=0.95, seed=seed)
    finally:
        warnings.formatwarning = formatter
    key = "delta" if "delta" in s else "delta_raw"  # SALib 1.6 names it delta_raw
    rows = [{"factor": c, "delta": float(s[key][i]), "delta_conf": float(s[f"{key}_conf"][i])}
            for i, c in enumerate(names)]
    _judged_against_dummies(a, "delta", rows, "delta", "delta_conf")


def _level_order(f: dict[str, Any], levels: np.ndarray) -> tuple[float, float]:
    """(first, last) unit level: the first listed choice and the last; a range: high end, low end."""
    return (levels[-1], levels[0]) if f.get("values") is None else (levels[0], levels[-1])


def _main_effects(manifest: dict[str, Any], names: list[str], x: np.ndarray, y: np.ndarray, *,
                  factorial: bool, seed: int) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """Main effect of each discrete factor: the mean outcome at its first listed value (a range:
    its high end) minus the mean at its last (a range: its low end).

    On a full factorial the 95% interval uses the residual variance of the additive (main effects
    only) model, as in a factorial analysis of variance, so one strong factor does not blur the
    others' intervals; on a random sample it is Welch's interval of a difference of two means, and
    a random two-way split of the sample (the dummy) shows what chance alone gives."""
    factors = {f["name"]: f for f in manifest["factors"]}
    sigma2 = float("nan")
    if factorial:
        columns = [np.ones(len(y))]
        for i in range(len(names)):
            for level in np.unique(x[:, i])[1:]:
                columns.append((x[:, i] == level).astype(float))
        design = np.column_stack(columns)
        coef, *_ = np.linalg.lstsq(design, y, rcond=None)
        dof = len(y) - np.linalg.matrix_rank(design)
        sigma2 = float(np.sum((y - design @ coef) ** 2) / dof) if dof > 0 else float("nan")

    def effect(a_: np.ndarray, b_: np.ndarray) -> tuple[float, float]:
        if factorial:
            return float(a_.mean() - b_.mean()), 1.96 * float(np.sqrt(sigma2 * (1 / len(a_) + 1 / len(b_))))
        va = a_.var(ddof=1) / len(a_) if len(a_) > 1 else np.inf
        vb = b_.var(ddof=1) / len(b_) if len(b_) > 1 else np.inf
        return float(a_.mean() - b_.mean()), 1.96 * float(np.sqrt(va + vb))

    rows = []
    for i, name in enumerate(names):
        levels = np.unique(x[:, i])
        if len(levels) < 2:
            continue
        first, last = _level_order(factors[name], levels)
        e, conf = effect(y[x[:, i] == first], y[x[:, i] == last])
        rows.append({"factor": name, "effect": e, "effect_conf": conf,
                     "means": [float(y[x[:, i] == v].mean()) for v in levels]})
    dummy = None
    if not factorial and len(y) >= 6:
        rng = np.random.default_rng([seed, 104729])
        dummies = []
        for _ in range(N_DUMMIES):  # random halves of the sample: what chance alone gives
            split = rng.permutation(len(y)) < len(y) // 2
            e, conf = effect(y[split], y[~split])
            dummies.append({"effect": e, "effect_conf": conf})
        dummy = _noise_level(dummies, "effect", "effect_conf", two_sided=True)
    return rows, dummy


def lever_effects(manifest: dict[str, Any], df: Any, figures: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """What each lever does to each outcome (EMA's per-lever view): the mean at its first listed
    choice (a range: the high end) minus the mean at its last, with and without the US backstop,
    each with a 95% interval (Welch's, over the evaluations at each end; on a full factorial, the
    additive model's, as for the main effects)."""
    rows = []
    unread_wo = unread_without_us(manifest, {f["name"] for f in manifest["factors"] if f["role"] == "lever"})
    factorial_effects: dict[str, dict[tuple[str, str], tuple[float, float]]] | None = None
    if manifest["design"]["kind"] == "factorial":
        factorial_effects = {}
        names = [f["name"] for f in manifest["factors"]]
        codes = np.column_stack([_encode(df[n].tolist(), f) for n, f in zip(names, manifest["factors"], strict=True)])
        for outcome in manifest["outcomes"]:
            factorial_effects[outcome] = {}
            for case in ("with_us", "without_us"):
                y = df[outcome_column(outcome, case)].to_numpy(dtype=float)
                ok = np.isfinite(y)
                if ok.sum() < 3:
                    continue
                effects, _ = _main_effects(manifest, names, codes[ok], y[ok], factorial=True, seed=0)
                for r in effects:
                    factorial_effects[outcome][(case, r["factor"])] = (r["effect"], r["effect_conf"])
    for f in manifest["factors"]:
        if f["role"] != "lever":
            continue
        values = df[f["name"]]
        if f.get("values") is not None:
            present = [v for v in f["values"] if (values == v).any()]
            if len(present) < 2:
                continue
            first, last = (values == present[0]), (values == present[-1])
            a_text, b_text = setting_value(present[0]), setting_value(present[-1])
        else:
            lo, hi = float(values.min()), float(values.max())
            if hi <= lo:
                continue
            third = (hi - lo) / 3  # the top third against the bottom third of a range
            first, last = (values >= hi - third), (values <= lo + third)
            a_text = f"top third ({_span_text(values[first], f.get('unit') or '')})"
            b_text = f"bottom third ({_span_text(values[last], f.get('unit') or '')})"
        for outcome in manifest["outcomes"]:
            anova = factorial_effects.get(outcome, {}) if factorial_effects is not None else {}
            reads = outcome_reads(outcome)
            row = {"lever": f["name"], "path": f["path"], "outcome": outcome,
                   "label": figures.get(outcome, {}).get("label", outcome),
                   "unit": figures.get(outcome, {}).get("unit", ""), "first": a_text, "last": b_text,
                   "subset": figures.get(outcome, {}).get("subset", ""),
                   "read": reads is None or reads_path(f["path"], reads),
                   # review s34 #1: the without-US plan cannot read a us_backstop switch
                   "without_us_unread": unread_wo.get(f["name"], "")}
            for case in ("with_us", "without_us"):
                y = df[outcome_column(outcome, case)].to_numpy(dtype=float)
                ya, yb = y[first.to_numpy()], y[last.to_numpy()]
                ya, yb = ya[np.isfinite(ya)], yb[np.isfinite(yb)]
                if not len(ya) or not len(yb):
                    row[case] = row[f"{case}_conf"] = float("nan")
                    continue
                # One evaluation at an end has no spread to measure: no interval (as the main
                # effects say), never "± 0" credited as a sure effect (review s33 explore).
                var = (ya.var(ddof=1) / len(ya) if len(ya) > 1 else np.inf) + (yb.var(ddof=1) / len(yb) if len(yb) > 1 else np.inf)
                row[case] = float(ya.mean() - yb.mean())
                row[f"{case}_conf"] = 1.96 * float(np.sqrt(var))
                if (case, f["name"]) in anova:  # a full factorial: the additive model's interval
                    row[case], row[f"{case}_conf"] = anova[(case, f["name"])]
                # review s34 #4: no difference and no spread ("0 ± 0"): the outcome is the same at
                # both settings in every evaluation, an exact zero, not an effect hidden by noise
                finite = y[np.isfinite(y)]
                tol = 1e-9 * max(1.0, float(np.max(np.abs(finite))) if len(finite) else 1.0)
                row[f"{case}_exact"] = bool(abs(row[case]) <= tol and np.isfinite(row[f"{case}_conf"])
                                            and row[f"{case}_conf"] <= tol)
            rows.append(row)
    return rows


def _discover(a: Analysis, df: Any, target: np.ndarray, factors: list[dict[str, Any]], readable: list[str], *,
              threshold: float, seed: int, restricted: bool = False) -> None:
    """PRIM and CART boxes over the readable inputs; for each setting of the levers given as
    choices when there are other inputs to explain the failures (never the lever itself)."""
    import itertools

    by_name = {f["name"]: f for f in factors}
    conditioning = [n for n in readable if by_name[n]["role"] == "lever" and by_name[n].get("values") is not None]
    if restricted:  # a lever --where fixes to one setting is no longer a setting to split by
        conditioning = [n for n in conditioning if df[n].nunique() > 1]
    inputs = [n for n in readable if n not in conditioning]
    if not inputs:  # only choice levers (every US enabler on/off, say): they are the question
        conditioning, inputs = [], list(readable)
    settings = list(itertools.product(*[list(by_name[n]["values"]) for n in conditioning])) if conditioning else [()]
    if len(settings) > 12:
        a.notes.append(f"{len(settings)} lever settings: too many to discover boxes for each; "
                       "the boxes below mix the levers in")
        conditioning, inputs, settings = [], list(readable), [()]
    for setting in settings:
        inside = np.ones(len(df), dtype=bool)
        for n, v in zip(conditioning, setting, strict=True):
            inside &= (df[n] == v).to_numpy()
        t = target[inside]
        group: dict[str, Any] = {"setting": dict(zip(conditioning, setting, strict=True)), "n": int(inside.sum()),
                                 "failing": int(t.sum()), "prim": [], "cart": [], "note": ""}
        a.discovery.append(group)
        if len(t) == 0:
            group["note"] = "no evaluation at this setting"
            continue
        if t.all() or not t.any():
            every = f"all {len(t)} evaluations" if len(t) > 1 else "its only evaluation"
            group["note"] = (f"fails in {every}: no setting of the other inputs explored avoids it"
                             if t.all() else f"holds in {every}")
            continue
        if len(t) < 10:
            group["note"] = f"only {len(t)} evaluations: too few for boxes"
            continue
        sub = df[inside]
        data = {n: (sub[n].to_numpy() if by_name[n].get("values") is None else sub[n].to_numpy(dtype=object))
                for n in inputs}
        numeric = {n for n in inputs if by_name[n].get("values") is None}
        n_fail = int(t.sum())
        if n_fail < MIN_BOX_FAILING:  # a "box" around one or two points is those points, not a condition
            ids = sorted(set(sub["experiment_id"].to_numpy()[t].tolist()))
            group["note"] = (f"only {_plural(n_fail, 'evaluation')} fail{'s' if n_fail == 1 else ''} "
                             f"(design point{'s' if len(ids) > 1 else ''} {', '.join(str(i) for i in ids)}): too few for a box "
                             f"(boxes need at least {MIN_BOX_FAILING} failing evaluations and {MIN_BOX_MASS:.0%} of the cases)")
            continue
        whole = {n for n in inputs if by_name[n].get("integer")}
        units = {n: str(by_name[n].get("unit") or "") for n in inputs}
        found = prim(data, t, numeric=numeric, threshold=threshold).boxes
        for b in found:
            b.integer = whole
        # A box is a condition under which the plan fails: most of its evaluations must fail, more
        # of them than of the whole design (review s49: a CART leaf of 2 failures in 3 read "fails
        # when" beside a 93% failure rate overall), and it holds MIN_BOX_FAILING of them at least
        # (a box around one point is that point).
        base_rate = float(t.mean()) if len(t) else 0.0
        group["prim"] = [b for b in found if _a_condition(b, base_rate, n_fail)]
        for b in group["prim"]:
            b.caveat = box_caveat(b, data, t, sub["experiment_id"].to_numpy(), numeric, units)
        if found and not group["prim"]:
            best = max(b.density for b in found)
            group["note"] = (f"fails in {int(t.sum())} of {len(t)} evaluations, scattered: PRIM's best box "
                             f"holds {best:.0%} failures; a box needs a majority, more than the whole design's "
                             f"{base_rate:.0%} by more than chance (one-sided binomial test, p <= {BOX_P_MAX:g}), "
                             f"{MIN_BOX_FAILING} failing evaluations and {MIN_BOX_MASS:.0%} of the cases")
        x = np.column_stack([_encode(sub[n].tolist(), by_name[n]) for n in inputs])
        group["cart"] = [b for b in cart_boxes(x, t, inputs, [by_name[n] for n in inputs], seed=seed)
                         if _a_condition(b, base_rate, n_fail)]
        for b in group["cart"]:
            b.integer = whole
            b.caveat = box_caveat(b, data, t, sub["experiment_id"].to_numpy(), numeric, units)
    if len(a.discovery) == 1:
        a.prim_boxes, a.cart_boxes = a.discovery[0]["prim"], a.discovery[0]["cart"]


#: Fewer plans than this holding outside a box: too few to tell the inputs they share apart.
FEW_HOLDING = 5
#: The plans holding outside a box sit in this share of an input's explored range, or less: the
#: design cannot tell that input from the one the box bounds.
NARROW_SHARE = 0.25
#: Rank correlation, over the plans holding outside a box, at which two inputs are linked.
LINKED_RHO = 0.7


def box_caveat(box: Box, data: dict[str, np.ndarray], target: np.ndarray, plan: np.ndarray,
               numeric: set[str], units: dict[str, str]) -> str:
    """What the design cannot tell about ``box`` (review r8, item 7): the plans that hold outside
    it are the evidence that leaving the box is enough; when they also share a narrow part of
    another input's range, or that input moves with the bounded one across them (rank
    correlation), the design cannot separate the two, and "fails when X at most 10" must not be
    read as "11 X suffice". Returns "" when nothing is shared."""
    bounded = [n for n in box.restricted if n in box.limits]
    if not bounded:
        return ""
    holding = ~box.contains(data) & ~target.astype(bool)
    if not holding.any():
        return ""
    plans = np.unique(plan[holding])
    # one row per plan that holds (replications share the inputs)
    first = np.array([np.flatnonzero(holding & (plan == p))[0] for p in plans])
    shared: list[str] = []
    for name in sorted(numeric - set(box.restricted)):
        column = np.asarray(data[name], dtype=float)
        span = float(np.ptp(column))
        if span <= 0:
            continue
        values = column[first]
        narrow = float(np.ptp(values)) <= NARROW_SHARE * span
        linked = False
        if len(plans) >= FEW_HOLDING and float(np.ptp(values)) > 0:  # a rank correlation of 3 points says little
            from scipy.stats import spearmanr

            rho = max(abs(float(spearmanr(np.asarray(data[b], dtype=float)[first], values).statistic))
                      for b in bounded)
            linked = np.isfinite(rho) and rho >= LINKED_RHO
        if narrow or linked:
            lo, hi = float(values.min()), float(values.max())
            where = _g_value(lo) if lo == hi else f"{_g_value(lo)} to {_g_value(hi)}"
            unit = plural_unit(units.get(name) or "", hi)
            shared.append(f"{name} {where}{' ' + unit if unit else ''}")
    if not shared:
        return ""
    who = " and ".join(bounded)
    count = (f"the {len(plans)} plans that hold outside it" if len(plans) != 1
             else "the one plan that holds outside it")
    text = (f"the design cannot separate {who} from the inputs {count} also share "
            f"({'; '.join(shared[:4])}{'; ...' if len(shared) > 4 else ''})")
    if len(plans) < FEW_HOLDING:
        text += f": {'one plan is' if len(plans) == 1 else f'{len(plans)} plans are'} too few to tell which matters"
    return text + f", so the box does not show that {who} alone makes a plan hold"


def _g_value(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 100 else f"{x:.3g}"


def _fmt(v: float, unit: str = "") -> str:
    text = f"{v:,.0f}" if abs(v) >= 100 else f"{v:.3g}"
    return f"{text} {unit}".strip() if unit and unit != "%" else f"{text}{unit}"


def diff_text(v: float, conf: float | None, unit: str = "") -> str:
    """A difference of two means with its 95% interval: a difference of percentages is in
    percentage points ("35.9 percentage points (95% interval ± 0.05)"); floating-point dust is 0."""
    def num(x: float) -> str:
        if not np.isfinite(x):
            return "n/a"
        if abs(x) < 1e-9 * max(1.0, abs(v)):
            return "0"
        return f"{x:,.0f}" if abs(x) >= 100 else f"{x:.3g}"

    if v is None or not np.isfinite(v):
        return "no value (the outcome is empty in these evaluations)"
    unit_text = "percentage points" if unit == "%" else plural_unit(unit, 2)
    out = f"{num(v)} {unit_text}".strip()
    if conf is not None:
        out += f" (95% interval ± {num(conf)})"
    return out


#: Units written in the singular in the data that a range or a count needs in the plural.
_PLURAL_UNITS = {"year", "month", "week", "day", "hour", "minute", "orbit", "troop", "airframe", "site",
                 "garrison", "event", "sortie"}


def plural_unit(unit: str, n: float) -> str:
    """``unit`` as it reads after the number ``n``: "20 to 30 years", "1 day", "1 orbit" (a unit
    written in the plural, `units.SINGULAR`, is singular after exactly one: review s49)."""
    from reassure.spec.units import SINGULAR

    if n == 1:
        return SINGULAR.get(unit, unit)
    return f"{unit}s" if unit in _PLURAL_UNITS else unit


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def setting_words(f: dict[str, Any], v: Any) -> str:
    """A lever's setting in words: "20,000 troops (force_target_troops)", "us_backstop_isr on"."""
    if isinstance(v, bool | np.bool_):
        return f"{f['name']} {'on' if v else 'off'}"
    unit = f.get("unit") or ""
    if unit and isinstance(v, int | float | np.integer | np.floating):
        return f"{setting_value(v)} {plural_unit(unit, float(v))} ({f['name']})"
    return f"{f['name']} = {setting_value(v)}"


def _title_setting(manifest: dict[str, Any], a: Analysis) -> tuple[dict[str, Any], Any] | None:
    """The setting of a choice lever the experiment's title asks about ("What drives whether
    25,000 troops can be fielded?": the target lever at 25,000), when the discovery has it."""
    title = str(manifest.get("experiment", {}).get("title", ""))
    numbers = {float(t.replace(",", "")) for t in re.findall(r"\d[\d,]*(?:\.\d+)?", title)}
    groups = [g for g in a.discovery if g["setting"]]
    for f in manifest["factors"]:
        if f["role"] != "lever" or f.get("values") is None:
            continue
        for v in f["values"]:
            if isinstance(v, bool) or not isinstance(v, int | float) or float(v) not in numbers:
                continue
            if any(g["setting"].get(f["name"]) == v for g in groups):
                return f, v
    return None


def _focus_sentence(a: Analysis, df: Any, f: dict[str, Any], v: Any) -> str:
    """How many plans hold at the title's lever setting, and where the rest fail (its PRIM box)."""
    at = (df[f["name"]] == v).to_numpy()
    plans_at = set(df["experiment_id"].to_numpy()[at].tolist())
    sides = []
    for side, name in (("with_us", "with the US"), ("without_us", "without it"), ("as given", "")):
        c = a.fail_counts.get(side)
        if c is None:
            continue
        held = len(plans_at & set(c["plans_holding"]))
        sides.append(f"{held} of {_plural(len(plans_at), 'plan')} hold{'s' if len(plans_at) == 1 else ''}"
                     f"{' ' + name if name else ''}")
    text = f"At {setting_words(f, v)}, " + ", ".join(sides)
    group = next((g for g in a.discovery if g["setting"].get(f["name"]) == v), None)
    if group is not None and group["prim"]:
        b = group["prim"][0]
        # the density beside the share failing over the whole setting, and the box's size: a box
        # holding nearly every plan, where 82% fail against 79% overall, says little (review s33 explore)
        inside = round(b.mass * group["n"])
        text += (f"; they fail mainly when {b.words(a.labels)} (PRIM box of {inside} of the {group['n']} "
                 f"{'evaluations' if a.n_evaluations > a.n_experiments else 'plans'} at this setting: "
                 f"{b.coverage:.0%} of the failures, {b.density:.0%} of those in it fail against "
                 f"{group['failing'] / group['n']:.0%} of all {group['n']}{'; ' + b.caveat if b.caveat else ''})")
    elif group is not None and group["note"]:
        text += f"; {group['note']}"
    return text


def _indices_versus_boxes(a: Analysis) -> str:
    """When no continuous input's index clears the noise but a failure box is bounded by one,
    say both: the sample is too small for the indices, the boxes still point somewhere."""
    rows = [r for m, rows_ in a.indices.items() if m != "main_effects" for r in rows_]
    if rows and any(r.get("distinguishable") for r in rows):
        return ""
    pointed = list(dict.fromkeys(n for g in a.discovery for b in g["prim"] for n in b.restricted if n in b.limits))
    if not pointed:
        return ""
    # experiments, not "runs": an experiment file's `runs` is the incident Monte Carlo runs of one evaluation
    experiments = f"{_plural(a.n_experiments, 'experiment')} {'is' if a.n_experiments == 1 else 'are'}"
    why = (f"{experiments} too few for the indices to separate the inputs" if rows else
           f"{experiments} too few for sensitivity indices of the continuous inputs")
    swamped = [p for p in getattr(a, "pooled", []) if p["swamps"]]
    if rows and swamped:  # review s34 #3: not a matter of sample size
        p = swamped[0]
        why = (f"the indices, pooled over the settings of {p['path']} (whose differences hold {p['share']:.0%} of "
               f"the outcome's variance), do not separate the other inputs; analyse one setting with "
               f"{where_advice(p)}")
    chance = [n for n in pointed if n in getattr(a, "within_noise", {})]
    if chance:  # review s34 #2
        pointed = [n for n in pointed if n not in chance]
        shown = ", ".join(a.labels.get(n, n) for n in pointed)
        shown += ((" and " if pointed else "") + ", ".join(a.labels.get(n, n) for n in chance)
                  + f" (whose own effect{' cannot' if len(chance) == 1 else 's cannot'} be told from the dummy's: "
                  "that bound may be chance)")
        caveat = next((b.caveat for g in a.discovery for b in g["prim"] if b.caveat), "")
        return f"{why}; the failure boxes point at {shown}" + (f", but {caveat}" if caveat else "")
    caveat = next((b.caveat for g in a.discovery for b in g["prim"] if b.caveat), "")
    return (f"{why}; the failure boxes point at {', '.join(a.labels.get(n, n) for n in pointed)}"
            + (f", but {caveat}" if caveat else ""))


def no_us_backstop(manifest: dict[str, Any]) -> bool:
    """True when no base scenario of the run has a US backstop: its "with the US" case is the
    plan as planned, and is named so (s13 review 10). Stores written before the manifest
    recorded it read as having one."""
    scenarios = manifest.get("scenarios") or []
    return bool(scenarios) and all(s.get("us_backstop") is False for s in scenarios)


def case_words(manifest: dict[str, Any], case: str) -> str:
    """``with the US backstop`` / ``without the US backstop``; ``as planned (no US backstop)``
    for the with-US case of a run whose plans have none."""
    if case == "with_us":
        return "as planned (no US backstop)" if no_us_backstop(manifest) else "with the US backstop"
    return "without the US backstop"


def _headline(a: Analysis, manifest: dict[str, Any], df: Any, target: np.ndarray | None) -> str:
    """One sentence answering the experiment's question in words, with numbers; when the title
    asks about one setting of a lever (25,000 troops), that setting first."""
    what = "evaluations" if manifest.get("replications", 1) > 1 else "plans"
    levers = [f["name"] for f in manifest["factors"] if f["role"] == "lever"]
    by_name = {f["name"]: f for f in manifest["factors"]}
    if a.fail and a.fail_counts:
        parts = []
        focus = _title_setting(manifest, a)
        if focus:
            parts.append(_focus_sentence(a, df, *focus))
        for side in ("without_us", "with_us", "as given"):
            c = a.fail_counts.get(side)
            if c is None:
                continue
            name = {"with_us": "With the US", "without_us": "Without the US", "as given": "As given"}[side]
            if side == "with_us" and no_us_backstop(manifest):
                name = "As planned (no US backstop)"
            if focus:
                name = "Over all settings " + name[0].lower() + name[1:]
            held = c["plans_holding"]
            if what == "evaluations":
                text = (f"{name}, {len(held)} of {c['plans']} plans hold in every replication "
                        f"({c['n'] - c['failing']} of {c['n']} evaluations; fail when {c['condition']})")
            else:
                text = f"{name}, {len(held)} of {c['plans']} plans hold (fail when {c['condition']}: {c['failing']} of {c['n']})"
            if 0 < len(held) <= 3 and levers:
                first = df.drop_duplicates("experiment_id").set_index("experiment_id")
                text += ": " + "; ".join(", ".join(f"{lv} = {setting_value(first.loc[p, lv])}" for lv in levers) for p in held)
                noisy = [lv for lv in levers if lv in a.within_noise]
                if noisy:  # r8 7: a setting the noise rule discounts is not a finding
                    text += (f" ({', '.join(noisy)} within noise: {'its feature score is' if len(noisy) == 1 else 'their feature scores are'} "
                             f"at or below the dummy's, so this design cannot say whether "
                             f"{'its value matters' if len(noisy) == 1 else 'their values matter'} here)")
            parts.append(text)
        lever = _top_lever(a, skip=focus[0]["name"] if focus else None)
        if lever:
            parts.append(lever)
        groups = [g for g in a.discovery if g["setting"]]
        if groups:
            parts.append(f"By lever setting ({a.fail}): " + "; ".join(
                f"{', '.join(setting_words(by_name[k], v) for k, v in g['setting'].items())}: "
                f"{g['n'] - g['failing']} of {g['n']} hold" for g in groups))
        both = _indices_versus_boxes(a)
        if both:
            parts.append(both[0].upper() + both[1:])
        return ". ".join(p[0].upper() + p[1:] for p in parts) + "."
    lever = _top_lever(a)
    if lever and a.stats:
        return (f"{a.figure_label} ({a.case.replace('_', ' ')}): mean {_fmt(a.stats['mean'], a.unit)}. {lever}.")
    if a.stats:
        return (f"{a.figure_label} ({a.case.replace('_', ' ')}): mean {_fmt(a.stats['mean'], a.unit)}, "
                f"10th to 90th percentile {_fmt(a.stats['p10'], a.unit)} to {_fmt(a.stats['p90'], a.unit)}.")
    return ""


_OP_WORDS = {"<": "below", "<=": "at or below", ">": "above", ">=": "at or above", "==": "equal to", "!=": "other than"}
_OP_HOLDS = {"<": "at or above", "<=": "above", ">": "at or below", ">=": "below"}


#: Words a label derived from a column name or a path spells as a reader does, wherever they
#: stand: proper adjectives and acronyms of the scenario files' names and paths.
PROPER_WORDS = {w.lower(): w for w in ("European", "Europe", "US", "EU", "UK", "NATO", "ISR", "UAV", "QRF",
                                       "QRA", "MCM", "NPP", "AEW")}


#: Scenario fields whose names do not read as words.
FIELD_WORDS = {"p_join": "chance of joining"}


def lower_first(text: str) -> str:
    """A label inside a sentence: "Share of ..." -> "share of ...", but "UAV airframes" and
    "European orbits" stay."""
    if text.split(" ", 1)[0] in PROPER_WORDS.values():
        return text
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def sentence_case(words: str) -> str:
    """A label derived from a column name or path as the report writes labels: its first word
    capitalised, proper adjectives and acronyms as spelled.

    >>> sentence_case("european orbits end"), sentence_case("isr"), sentence_case("jamming events")
    ('European orbits end', 'ISR', 'Jamming events')
    """
    parts = [PROPER_WORDS.get(w.lower(), w) for w in words.split()]
    if parts:
        parts[0] = parts[0][:1].upper() + parts[0][1:]
    return " ".join(parts)


def plain_name(f: dict[str, Any]) -> str:
    """An input as a reader names it: the user's name, or the last part of its path, in words
    without its unit suffix, in sentence case ("european_orbits_end_km" -> "European orbits end")."""
    if named_by_user(f):
        base = f["name"]
    else:
        # the last part of the path, after the key of the list item it is in (``contributors[DEU].p_join``
        # -> "DEU chance of joining"): four nations' chances are four inputs, not one "p join"
        *_, item, field = ["", *re.sub(r"\[\d+\]", "", f["path"]).split(".")]
        key = re.search(r"\[([^\]]+)\]$", item)
        base = f"{key.group(1)} {FIELD_WORDS.get(field, field)}" if key else field
    unit = f.get("unit") or ""
    for suffix in (unit, "km", "h", "pct"):
        if suffix and len(suffix) <= 3 and base.endswith(f"_{suffix}") and len(base) > len(suffix) + 1:
            base = base[: -len(suffix) - 1]
            break
    return sentence_case(base.replace("_", " ").strip())


def condition_words(expr: str, figures: dict[str, dict[str, Any]], manifest: dict[str, Any]) -> str | None:
    """A simple condition (``column op number``) in words, with the outcome's label and unit:
    "share of all incidents detected, without the US backstop, is below 80%"; None when the
    condition is not that simple."""
    m = re.fullmatch(r"\s*(\w+)\s*(<=|>=|<|>)\s*(-?[\d.]+)\s*", expr)
    if not m:
        return None
    for o in manifest["outcomes"]:
        for case, text in (("with_us", case_words(manifest, "with_us")), ("without_us", "without the US backstop")):
            if outcome_column(o, case) == m.group(1):
                meta = figures.get(o, {})
                label = str(meta.get("label", o))
                unit = str(meta.get("unit", ""))
                value = _fmt(float(m.group(3)), unit)
                return f"{lower_first(label)}, {text}, is {_OP_WORDS[m.group(2)]} {value}"
    return None


def _summary(a: Analysis, manifest: dict[str, Any], figures: dict[str, dict[str, Any]], df: Any) -> str:
    """The headline for a reader (review r10, item 3): short sentences, the outcome by its label
    with its unit, inputs by their plain names, at most about 80 words; ``a.headline`` and the
    sections below hold the details."""
    out: list[str] = []
    if a.fail and a.fail_counts:
        words = condition_words(a.fail, figures, manifest)
        if words:
            out.append(f"A plan fails when the {words}")
        else:
            out.append(f"A plan fails when {a.fail} (results columns)")
        every = " in every replication" if manifest.get("replications", 1) > 1 else ""
        own = _case_of(a.fail)  # the condition's own side first, then its mirror
        sides = sorted((s for s in ("without_us", "with_us", "as given") if s in a.fail_counts),
                       key=lambda s: s not in own)
        focus = _title_setting(manifest, a)
        plans_at: set[Any] | None = None
        where = ""
        if focus:  # the setting the title asks about (25,000 troops) first
            f, v = focus
            plans_at = set(df["experiment_id"].to_numpy()[(df[f["name"]] == v).to_numpy()].tolist())
            unit = f.get("unit") or ""
            setting = (f"{setting_value(v)} {plural_unit(unit, float(v))}" if unit and isinstance(v, int | float)
                       else f"{lower_first(a.plain.get(f['name'], f['name']))} {setting_value(v)}")
            where = f"at {setting}, "

        def held(side: str) -> tuple[int, int]:
            c = a.fail_counts[side]
            if plans_at is None:
                return len(c["plans_holding"]), int(c["plans"])
            return len(plans_at & set(c["plans_holding"])), len(plans_at)

        name = {"without_us": "without the US, ", "with_us": "with the US, ", "as given": ""}[sides[0]]
        h, n_ = held(sides[0])
        text = f"{where}{name}{h} of {_plural(n_, 'plan')} hold{'s' if n_ == 1 else ''}{every}"
        if len(sides) > 1:
            text += f"; {'with' if sides[1] == 'with_us' else 'without'} it, {held(sides[1])[0]}"
        out.append(text[0].upper() + text[1:])
    elif a.stats:
        out.append(f"{a.figure_label} ({a.case.replace('_', ' ')}): mean {_fmt(a.stats['mean'], a.unit)}, "
                   f"10th to 90th percentile {_fmt(a.stats['p10'], a.unit)} to {_fmt(a.stats['p90'], a.unit)}")
    lever = _top_lever_short(a)
    if lever:
        out.append(lever)
    if a.rough:
        out.append(f"{a.n_experiments:,} experiments give rough answers only (see below)")
    return ". ".join(out) + "." if out else ""


def _top_lever_short(a: Analysis) -> str:
    """The lever that moves the analysed outcome most, in a reader's words."""
    effects = [r for r in a.lever_effects if r["outcome"] == a.outcome and np.isfinite(r.get(a.case, np.nan))
               and r[a.case] != 0 and r.get("read", True) and not r.get(f"{a.case}_noise")
               and not r.get(f"{a.case}_fixed")]
    side = "with the US" if a.case == "with_us" else "without the US"
    if not effects:
        # review 20 #3: never name a lever the detail calls noise; say that none can be told
        # from noise, where some lever was read at all
        read = [r for r in a.lever_effects if r["outcome"] == a.outcome and r.get("read", True)
                and np.isfinite(r.get(a.case, np.nan)) and not r.get(f"{a.case}_fixed")]
        if not read:
            return ""
        return (f"No lever's effect on the {lower_first(a.figure_label)} {side} can be told from noise "
                f"with {_plural(a.n_experiments, 'experiment')}")
    best = max(effects, key=lambda r: abs(r[a.case]))
    name = lower_first(a.plain.get(best["lever"], best["lever"]))
    v, c = best[a.case], best[a.case + "_conf"]
    amount = diff_text(abs(v), c if np.isfinite(c) else None, a.unit)
    label = lower_first(a.figure_label)
    return (f"The lever that matters most is {name}: {best['first']} rather than {best['last']} "
            f"{'raises' if v > 0 else 'lowers'} the {label} {side} by {amount}")


def _top_lever(a: Analysis, skip: str | None = None) -> str:
    """The lever that moves the analysed outcome most, in words with its interval (``skip``: a
    lever the headline already conditions on)."""
    effects = [r for r in a.lever_effects if r["outcome"] == a.outcome and np.isfinite(r.get(a.case, np.nan))
               and r[a.case] != 0 and r.get("read", True) and r["lever"] != skip and not r.get(f"{a.case}_fixed")]
    side = "with the US" if a.case == "with_us" else "without the US"
    clear = [r for r in effects if not r.get(f"{a.case}_noise")]
    if not clear:  # r8 7: an effect within noise is not a headline
        # the lever the sentence before conditions on is left out here: "no other" if it is clear
        other = any(r["lever"] == skip and not r.get(f"{a.case}_noise") and not r.get(f"{a.case}_fixed")
                    for r in a.lever_effects if r["outcome"] == a.outcome and r.get("read", True))
        return (f"No {'other ' if other else ''}lever's effect on {a.figure_label.lower()} ({side}) can be told "
                "from noise in this design" if effects else "")
    best = max(clear, key=lambda r: abs(r[a.case]))
    return (f"The lever that moves {a.figure_label.lower()} most ({side}) is {best['lever']}: "
            f"{best['first']} minus {best['last']} = {diff_text(best[a.case], best[a.case + '_conf'], a.unit)}"
            # r6 L4: "Main effects" below compare a range's two extreme values, not its thirds.
            + (" (a mean over each third of its range; the main effects below compare only its extreme "
               "values, so they can differ)" if "third" in str(best["first"]) else ""))


def plain_number(v: float, sig: int = 4) -> str:
    """``v`` to ``sig`` significant digits, never in scientific notation: ``10,640``, ``0.2531``
    ("1.064e+04 troops" is not how a report writes a number; s13 review 11).

    >>> plain_number(10640.3), plain_number(0.25312), plain_number(123.456), plain_number(2e-6)
    ('10,640', '0.2531', '123.5', '0.000002')
    """
    import math

    x = float(v)
    if not math.isfinite(x):
        return "n/a" if math.isnan(x) else ("infinite" if x > 0 else "-infinite")
    if x == 0:
        return "0"
    exponent = math.floor(math.log10(abs(x)))
    if exponent >= sig - 1:  # a whole number: rounded to sig digits, with separators
        return f"{round(x, -(exponent - sig + 1)):,.0f}"
    decimals = max(0, sig - 1 - exponent)
    text = f"{x:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def sig_text(x: float, sig: int = 3) -> str:
    """``x`` to ``sig`` significant figures, trailing zeros kept (``0.450``, ``8.92``, ``82.3``),
    so two ends of a range read alike ("0.454 to 0.476", never "0.454 to 0.4756"); a whole
    number as it is (``12``), from 10**(sig-1) with separators (``20,725``); never in scientific
    notation.

    >>> sig_text(0.454), sig_text(0.45), sig_text(82.31), sig_text(20725.4), sig_text(12.0), sig_text(0)
    ('0.454', '0.450', '82.3', '20,725', '12', '0')
    """
    import math

    v = float(x)
    if not math.isfinite(v):
        return "n/a"
    if abs(v) < 1e-12:
        return "0"
    if v.is_integer():
        return f"{v:,.0f}"
    exponent = math.floor(math.log10(abs(v)))
    if exponent >= sig - 1:
        return f"{v:,.0f}"
    decimals = sig - 1 - exponent
    text = f"{v:,.{decimals}f}"
    # rounding may carry into a new digit (0.9996 -> 1.000): one decimal fewer keeps sig figures
    if math.floor(math.log10(abs(round(v, decimals)))) > exponent and decimals > 0:
        text = f"{v:,.{decimals - 1}f}"
    return text


def range_text(lo: float, hi: float, unit: str = "") -> str:
    """An observed range, both ends to three significant figures: ``0.454 to 0.476 %``."""
    text = f"always {sig_text(lo)}" if lo == hi else f"{sig_text(lo)} to {sig_text(hi)}"
    return f"{text}{' ' + unit if unit else ''}"


def setting_value(v: Any) -> str:
    """A setting of an input as the report writes it: ``on``/``off``, ``20,000``, ``0.25``."""
    if isinstance(v, bool | np.bool_):
        return "on" if v else "off"
    if isinstance(v, float | np.floating) and float(v).is_integer():
        return f"{int(v):,}"
    if isinstance(v, float | np.floating):
        return plain_number(float(v))
    if isinstance(v, int | np.integer):
        return f"{int(v):,}"
    return str(v)


def _feature_scores(x: np.ndarray, y: np.ndarray, names: list[str], *, classify: bool,
                    seed: int) -> tuple[list[tuple[str, float]], float | None]:
    """Extra-trees importances of ``names`` and of a dummy column of random numbers fitted with
    them (an input scoring no more than the dummy is not distinguishable from noise)."""
    if len(y) < 5 or np.std(y) == 0:
        return [], None
    from sklearn.ensemble import ExtraTreesClassifier, ExtraTreesRegressor

    dummy = np.random.default_rng([seed, 4241]).random((len(y), N_DUMMIES))
    model_cls = ExtraTreesClassifier if classify else ExtraTreesRegressor
    model = model_cls(n_estimators=100, random_state=seed, n_jobs=1, min_samples_leaf=2)
    model.fit(np.column_stack([x, dummy]), y.astype(int) if classify else y)
    scores = model.feature_importances_
    ranked = sorted(((n, float(s)) for n, s in zip(names, scores[:-N_DUMMIES], strict=True)), key=lambda t: -t[1])
    return ranked, float(np.max(scores[-N_DUMMIES:]))


def cart_boxes(x: np.ndarray, target: np.ndarray, names: list[str], factors: list[dict[str, Any]],
               *, seed: int = 0, max_depth: int = 3) -> list[Box]:
    """The leaves of a CART tree where most evaluations fail, as boxes."""
    from sklearn.tree import DecisionTreeClassifier

    n = len(target)
    tree = DecisionTreeClassifier(max_depth=max_depth, min_samples_leaf=max(3, n // 20), random_state=seed)
    tree.fit(x, target.astype(int))
    t = tree.tree_
    full = {name: (float(np.min(x[:, i])), float(np.max(x[:, i]))) for i, name in enumerate(names)
            if factors[i].get("values") is None}
    boxes: list[Box] = []

    def walk(node: int, lims: dict[int, tuple[float, float]]) -> None:
        if t.children_left[node] == -1:
            counts = t.value[node][0]
            if len(counts) < 2 or counts[1] / counts.sum() <= 0.5:
                return
            limits: dict[str, tuple[float, float]] = {}
            choices: dict[str, set[Any]] = {}
            restricted = []
            for i, (lo, hi) in lims.items():
                name, f = names[i], factors[i]
                restricted.append(name)
                if f.get("values") is None:
                    limits[name] = (max(lo, full[name][0]), min(hi, full[name][1]))
                else:
                    choices[name] = {v for k, v in enumerate(f["values"]) if lo < k <= hi}
            box = Box(limits, choices, restricted=restricted, full=full)
            inside = np.ones(n, dtype=bool)
            for i, (lo, hi) in lims.items():
                inside &= (x[:, i] > lo) & (x[:, i] <= hi)
            box.mass = float(inside.mean())
            box.density = float(target[inside].mean()) if inside.any() else 0.0
            box.coverage = float(target[inside].sum() / target.sum())
            boxes.append(box)
            return
        i, thr = int(t.feature[node]), float(t.threshold[node])
        lo, hi = lims.get(i, (-np.inf, np.inf))
        walk(int(t.children_left[node]), {**lims, i: (lo, min(hi, thr))})
        walk(int(t.children_right[node]), {**lims, i: (max(lo, thr), hi)})

    walk(0, {})
    return sorted(boxes, key=lambda b: -b.coverage)
