"""Analysis of an explore store: global sensitivity, feature scoring, scenario discovery.

- Sobol indices with 95% bootstrap intervals (SALib ``sobol.analyze``) when the design is
  Saltelli's (``kind = "sobol"``); Morris elementary effects (``morris.analyze``) for a Morris
  design; on any other sample RBD-FAST first-order indices with intervals, the delta
  moment-independent measure (``delta.analyze``, on samples up to 1,000 experiments: it is slow)
  and PAWN (median Kolmogorov-Smirnov statistic). All of them work on the unit design
  coordinates stored in ``design.parquet``; the outcome is averaged over replications.
- Feature scoring: impurity importance of an extra-trees ensemble (scikit-learn), the approach
  of EMA Workbench's ``feature_scoring``.
- Scenario discovery over a failure condition (a SQL expression on the results columns, e.g.
  ``force_p_target_met_with_us < 50``): PRIM boxes (`reassure.run.explore.prim`) and the
  failing leaves of a CART tree (scikit-learn ``DecisionTreeClassifier``), each with coverage,
  density and the inputs that bound it, in words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from reassure.errors import ReassureError
from reassure.run.explore.prim import Box, prim
from reassure.run.explore.store import outcome_column, query, read_manifest, results

__all__ = ["Analysis", "analyse", "cart_boxes", "fail_mask", "resolve_outcome"]

DELTA_MAX_ROWS = 1000


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

    def to_dict(self) -> dict[str, Any]:
        def box(b: Box) -> dict[str, Any]:
            return {"words": b.words(self.labels), "coverage": b.coverage, "density": b.density, "mass": b.mass,
                    "restricted": b.restricted,
                    "limits": {k: list(v) for k, v in b.limits.items() if k in b.restricted},
                    "choices": {k: sorted(v, key=str) for k, v in b.choices.items() if k in b.restricted},
                    "trajectory": b.trajectory}

        return {"outcome": self.outcome, "column": self.column, "label": self.label,
                "n_evaluations": self.n_evaluations, "n_experiments": self.n_experiments,
                "complete": self.complete, "stats": self.stats, "indices": self.indices,
                "feature_scores": [{"factor": n, "score": s} for n, s in self.feature_scores],
                "fail": self.fail, "fail_share": self.fail_share,
                "prim": [box(b) for b in self.prim_boxes], "cart": [box(b) for b in self.cart_boxes],
                "notes": self.notes}


def resolve_outcome(manifest: dict[str, Any], outcome: str, case: str, columns: list[str]) -> str:
    """The results column of ``outcome`` (a figure id or a column name)."""
    from reassure.errors import did_you_mean

    if case not in ("with_us", "without_us"):
        raise ReassureError(f"--case must be with_us or without_us (got {case!r})")
    if outcome in manifest["outcomes"]:
        return outcome_column(outcome, case)
    if outcome in columns:
        return outcome
    known = list(manifest["outcomes"])
    raise ReassureError(f"--outcome {outcome!r} is not an outcome of this run{did_you_mean(outcome, known + columns)} "
                        f"(outcomes: {', '.join(known)})")


def fail_mask(out_dir: Path, fail: str) -> np.ndarray:
    """Evaluate the failure condition (SQL) on every stored evaluation, in results order."""
    frame = query(out_dir, f"SELECT CAST(({fail}) AS BOOLEAN) AS fail FROM results "
                           "ORDER BY experiment_id, replication")
    mask = frame["fail"].to_numpy()
    if frame["fail"].isna().any():
        raise ReassureError(f"--fail {fail!r}: is undefined (NULL) for some evaluations; "
                            "guard missing figures, e.g. coalesce(x, 0) < 50")
    return mask.astype(bool)


def _encode(values: Any, factor: dict[str, Any]) -> np.ndarray:
    if factor.get("values") is None:
        return np.asarray(values, dtype=float)
    choices = list(factor["values"])
    return np.array([choices.index(v) if v in choices else -1 for v in values], dtype=float)


def analyse(out_dir: str | Path, outcome: str, *, case: str = "with_us", fail: str | None = None,
            seed: int = 0, threshold: float = 0.8) -> Analysis:
    """Sensitivity, feature scores and (with a failure condition) PRIM and CART boxes."""
    out_dir = Path(out_dir)
    manifest = read_manifest(out_dir)
    df = results(out_dir)
    factors = manifest["factors"]
    names = [f["name"] for f in factors]
    column = resolve_outcome(manifest, outcome, case, list(df.columns))
    labels = {f["name"]: f["path"] + (f" ({f['unit']})" if f.get("unit") else "") for f in factors}
    y_all = df[column].to_numpy(dtype=float)
    finite = np.isfinite(y_all)
    design = query(out_dir, "SELECT * FROM design ORDER BY experiment_id")
    total = int(manifest["n_evaluations"])
    a = Analysis(outcome=outcome, column=column, label=f"{outcome} ({case.replace('_', ' ')})",
                 n_evaluations=len(df), n_experiments=int(df["experiment_id"].nunique()),
                 complete=len(df) == total, labels=labels,
                 stats=_stats(y_all[finite]) if finite.any() else {})
    if not a.complete:
        a.notes.append(f"{len(df)} of {total} evaluations are stored; finish the run with --resume for the full design")
    if (~finite).any():
        a.notes.append(f"{int((~finite).sum())} evaluations have no value for {column}; left out of the indices")
    means = df.groupby("experiment_id")[column].mean()
    ids = means.index.to_numpy()
    y = means.to_numpy(dtype=float)
    units = design.set_index("experiment_id").loc[ids, [f"u_{n}" for n in names]].to_numpy(dtype=float)
    _sensitivity(a, manifest, names, units, y, ids, seed)
    # Feature scores on every evaluation, inputs in their own units (choices as codes).
    x_real = np.column_stack([_encode(df[n].tolist(), f) for n, f in zip(names, factors, strict=True)])
    fail = fail or manifest.get("fail")
    target: np.ndarray | None = None
    if fail:
        mask = fail_mask(out_dir, fail)
        a.fail, a.fail_share = fail, float(mask.mean())
        target = mask
    a.feature_scores = _feature_scores(x_real[finite] if target is None else x_real,
                                       y_all[finite] if target is None else target.astype(float),
                                       names, classify=target is not None, seed=seed)
    if target is not None:
        if target.all() or not target.any():
            a.notes.append(f"the failure condition is {'always' if target.all() else 'never'} met: no boxes to find")
        else:
            data = {n: (df[n].to_numpy() if f.get("values") is None else df[n].to_numpy(dtype=object))
                    for n, f in zip(names, factors, strict=True)}
            numeric = {n for n, f in zip(names, factors, strict=True) if f.get("values") is None}
            a.prim_boxes = prim(data, target, numeric=numeric, threshold=threshold).boxes
            a.cart_boxes = cart_boxes(x_real, target, names, factors, seed=seed)
    elif target is None:
        a.notes.append("no failure condition given (--fail or `fail` in the experiment): no scenario discovery")
    return a


def _stats(y: np.ndarray) -> dict[str, float]:
    return {"mean": float(np.mean(y)), "p10": float(np.percentile(y, 10)), "p50": float(np.median(y)),
            "p90": float(np.percentile(y, 90)), "min": float(np.min(y)), "max": float(np.max(y))}


def _sensitivity(a: Analysis, manifest: dict[str, Any], names: list[str], units: np.ndarray, y: np.ndarray,
                 ids: np.ndarray, seed: int) -> None:
    from SALib.analyze import delta, morris, pawn, rbd_fast, sobol

    from reassure.run.explore.design import salib_problem

    problem = salib_problem(names)
    kind = manifest["design"]["kind"]
    # SALib seeds its bootstrap only for a truthy seed and some methods draw from numpy's global
    # generator: seed both, never with 0, so an analysis is reproducible.
    seed = seed + 1
    np.random.seed(seed)
    ok = np.isfinite(y)
    if ok.sum() < 4 or np.nanstd(y) == 0:
        a.notes.append("the outcome does not vary across the stored experiments: no sensitivity indices")
        return
    full = len(ids) == manifest["n_experiments"] and ok.all()
    if kind == "sobol":
        if not full:
            a.notes.append("Sobol indices need every experiment of the Saltelli design with a value; none computed")
            return
        s = sobol.analyze(problem, y, calc_second_order=manifest["design"]["second_order"],
                          conf_level=0.95, num_resamples=200, seed=seed)
        a.indices["sobol"] = [{"factor": n, "S1": float(s["S1"][i]), "S1_conf": float(s["S1_conf"][i]),
                               "ST": float(s["ST"][i]), "ST_conf": float(s["ST_conf"][i])}
                              for i, n in enumerate(names)]
        return
    if kind == "morris":
        if not full:
            a.notes.append("Morris effects need every trajectory complete; none computed")
            return
        s = morris.analyze(problem, units, y, num_levels=manifest["design"]["levels"], conf_level=0.95,
                           num_resamples=200, seed=seed)
        a.indices["morris"] = [{"factor": n, "mu_star": float(s["mu_star"][i]),
                                "mu_star_conf": float(s["mu_star_conf"][i]), "sigma": float(s["sigma"][i])}
                               for i, n in enumerate(names)]
        return
    x, yy = units[ok], y[ok]

    def attempt(method: str, run: Any) -> None:
        # A method can be undefined on a design (PAWN's slices on a two-level factorial, say):
        # say so in the report rather than fail the whole analysis.
        try:
            a.indices[method] = run()
        except (ValueError, ZeroDivisionError, IndexError, FloatingPointError) as exc:
            a.notes.append(f"{method} indices not computable on this sample ({exc})")

    if kind == "factorial":
        attempt("main_effects", lambda: _main_effects(manifest, names, x, yy))
    if len(yy) >= 10 and kind != "factorial":  # both assume a random (not a grid) sample
        def rbd() -> list[dict[str, Any]]:
            s = rbd_fast.analyze(problem, x, yy, M=min(10, max(1, len(yy) // 10)), num_resamples=200,
                                 conf_level=0.95, seed=seed)
            return [{"factor": n, "S1": float(s["S1"][i]), "S1_conf": float(s["S1_conf"][i])}
                    for i, n in enumerate(names)]

        def paw() -> list[dict[str, Any]]:
            s = pawn.analyze(problem, x, yy, S=min(10, max(2, len(yy) // 10)), seed=seed)
            return [{"factor": n, "median": float(s["median"][i]), "minimum": float(s["minimum"][i]),
                     "maximum": float(s["maximum"][i])} for i, n in enumerate(names)]

        attempt("rbd_fast", rbd)
        attempt("pawn", paw)
    if 20 <= len(yy) <= DELTA_MAX_ROWS:
        def dlt() -> list[dict[str, Any]]:
            import contextlib
            import io
            import warnings

            # SALib's delta resets the warning filters and formatter globally and warns of every
            # bin merge: record (and drop) its warnings, and put the formatter back.
            formatter = warnings.formatwarning
            try:
                with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings(record=True):
                    s = delta.analyze(problem, x, yy, num_resamples=20, conf_level=0.95, seed=seed)
            finally:
                warnings.formatwarning = formatter
            key = "delta" if "delta" in s else "delta_raw"  # SALib 1.6 names it delta_raw
            return [{"factor": n, "delta": float(s[key][i]), "delta_conf": float(s[f"{key}_conf"][i])}
                    for i, n in enumerate(names)]

        attempt("delta", dlt)
    elif len(yy) > DELTA_MAX_ROWS:
        a.notes.append(f"delta indices skipped: more than {DELTA_MAX_ROWS} experiments (SALib's delta is slow there)")


def _main_effects(manifest: dict[str, Any], names: list[str], x: np.ndarray, y: np.ndarray) -> list[dict[str, Any]]:
    """Main effect of each factor on a factorial grid: the mean outcome at its first listed value
    (a range: its high end) minus the mean at its last (a range: its low end). The 95% interval
    uses the residual variance of the additive (main effects only) model, as in a factorial
    analysis of variance, so one strong factor does not blur the others' intervals."""
    factors = {f["name"]: f for f in manifest["factors"]}
    columns = [np.ones(len(y))]
    for i in range(len(names)):
        for level in np.unique(x[:, i])[1:]:
            columns.append((x[:, i] == level).astype(float))
    design = np.column_stack(columns)
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    dof = len(y) - np.linalg.matrix_rank(design)
    sigma2 = float(np.sum((y - design @ coef) ** 2) / dof) if dof > 0 else float("nan")
    rows = []
    for i, name in enumerate(names):
        levels = np.unique(x[:, i])
        if len(levels) < 2:
            continue
        ranged = factors[name].get("values") is None
        first, last = (levels[-1], levels[0]) if ranged else (levels[0], levels[-1])
        a, b = y[x[:, i] == first], y[x[:, i] == last]
        conf = 1.96 * float(np.sqrt(sigma2 * (1 / len(a) + 1 / len(b))))
        rows.append({"factor": name, "effect": float(a.mean() - b.mean()), "effect_conf": conf,
                     "means": [float(y[x[:, i] == v].mean()) for v in levels]})
    return rows


def _feature_scores(x: np.ndarray, y: np.ndarray, names: list[str], *, classify: bool, seed: int) -> list[tuple[str, float]]:
    if len(y) < 5 or np.std(y) == 0:
        return []
    from sklearn.ensemble import ExtraTreesClassifier, ExtraTreesRegressor

    model_cls = ExtraTreesClassifier if classify else ExtraTreesRegressor
    model = model_cls(n_estimators=100, random_state=seed, n_jobs=1, min_samples_leaf=2)
    model.fit(x, y.astype(int) if classify else y)
    scores = model.feature_importances_
    return sorted(((n, float(s)) for n, s in zip(names, scores, strict=True)), key=lambda t: -t[1])


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
