"""Train the ledger's stance model and measure it by cross-validation by story (docs/evidence.md
§5, "Stance model (15f)").

    PYTHONPATH=src python scripts/train_stance_model.py tests/evidence/corpus \\
        /work/evidence-real /work/sealed/evidence-real2 /work/sealed/evidence-real3 \\
        /work/sealed/evidence-real4 --fresh evidence-real4 --no-augment \\
        --write src/reassure/evidence/stance_model.json

Each DIR holds ``reports/`` and ``gold.json`` (per report: stances [[ISO3, stance], ...]; or the
own corpus's {"reports": ..., "groups": ...}) and its near-duplicate groups (``groups.json``, or
``split.json``'s "groups", or the gold's): a group is one story, a report in none is a story of
its own. The ledger is built once per DIR with the model switched off, collecting its candidates
((span, nation) with the cue and clause passes' stances and features,
`reassure.evidence._stance_model`). Only counts, never text, go into the weights file.

Options compared, 5-fold GroupKFold by story, scored per report as
tests/evidence/corpus/evaluate.py does ((nation, stance) pairs; Russia, Ukraine, the US not
scored; "rejects" as "declines"):
  rules    the two passes as they are;
  filter   one logistic model per stance over the spans where a pass gave it: keep or drop;
  wide     the same over every (span, nation) of a stance-bearing sentence: keep, drop or add
           (a span's label is weak: the gold is per report);
  rfilter  one row per (report, nation), its candidates' features pooled, labelled exactly by
           the report's gold: keep or drop the passes' pairs;
  report   the same, and it may add a pair (shipped).
Two thresholds, to keep a pass's stance and to add a new one, are chosen inside each training
part (3-fold GroupKFold on it, shuffled with seeds 0, 1, 2, best F1 of the pooled inner
predictions; with --fresh, F1 over the fresh sets' reports only: the sets the rules were not
written from), never on the held-out fold. The written model is fitted on all reports, its
thresholds chosen the same way on them. Fixed seeds, liblinear: the same data give the same file.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

LABELS = ("ready", "conditional", "open", "undecided", "declines")
NOT_SCORED = frozenset({"RUS", "UKR", "USA"})
THRESHOLDS = tuple(round(0.05 + 0.05 * i, 2) for i in range(16))  # 0.05 .. 0.80
C = 1.0  # inverse L2 strength, fixed beforehand (not tuned on the folds)
INNER_SEEDS = (0, 1, 2)  # shuffled 3-fold splits inside a training part, pooled
SETTINGS: dict[str, Any] = {"C": C, "augment": 1.0, "two": 1.0, "repeats": len(INNER_SEEDS)}
MIN_COUNT = 2  # a feature must occur in at least this many training candidates
# sets whose reports the rules were NOT written from (--fresh): their candidates form the "fresh"
# domain, the others the "tuned" one; the shipped weights are general + fresh (a new report is
# fresh to the rules)
FRESH: set[str] = set()


def load(dirs: list[str]) -> dict[str, Any]:
    """Candidates, gold and stories of every report in ``dirs``."""
    import reassure.evidence._stance_model as _stance_model
    from reassure.evidence import build_ledger

    rows: list[dict[str, Any]] = []
    gold: dict[str, set[tuple[str, str]]] = {}
    story: dict[str, str] = {}
    counts: dict[str, dict[str, int]] = {}
    for d in dirs:
        doc = json.loads(Path(d, "gold.json").read_text(encoding="utf-8"))
        entries = doc["reports"] if "reports" in doc else doc
        if "groups" in doc:
            groups = doc["groups"]
        elif Path(d, "groups.json").exists():
            groups = json.loads(Path(d, "groups.json").read_text(encoding="utf-8"))
        else:
            groups = json.loads(Path(d, "split.json").read_text(encoding="utf-8"))["groups"]
        tag = Path(d).name
        _stance_model.COLLECT = []
        try:
            ledger = build_ledger([Path(d, "reports")], jobs=1)
            collected = _stance_model.COLLECT
        finally:
            _stance_model.COLLECT = None
        ids = [r.id for r in ledger.reports if r.id in entries]
        for rid in ids:
            key = f"{tag}:{rid}"
            gold[key] = {(a, s) for a, s in entries[rid].get("stances", [])
                         if a not in NOT_SCORED}
            story[key] = f"{tag}:{rid}"
        for g in groups:
            members = [f"{tag}:{r}" for r in g if f"{tag}:{r}" in story]
            for m in members:
                story[m] = members[0] if members else m
        n_rows = 0
        for rid, cands in collected:
            key = f"{tag}:{rid}"
            if key not in gold:
                continue
            dom = "F:" if tag in FRESH else "T:"
            for c in cands:
                feats = list(dict.fromkeys(c.features))
                if FRESH and SETTINGS["augment"]:  # feature augmentation (Daume 2007): general + per-domain copies
                    feats = feats + [dom + f for f in feats]
                rows.append({"report": key, "actor": c.actor, "features": feats,
                             "hits": sorted(set(c.hits) & set(LABELS)),
                             # stances the ledger passes through unjudged (constitutional limits)
                             "fixed": sorted(lab for lab, h in c.hits.items()
                                             if lab in LABELS and _stance_model._passes(h))})
                n_rows += 1
        counts[tag] = {"reports": len(ids), "stories": len({story[f"{tag}:{r}"] for r in ids}),
                       "gold_stances": sum(len(gold[f"{tag}:{r}"]) for r in ids),
                       "candidates": n_rows}
    return {"rows": rows, "gold": gold, "story": story, "counts": counts}


def _with_nation(row: dict[str, Any]) -> dict[str, Any]:
    """(s28) A candidate collected by the code of an earlier state lacks the nation feature the
    ledger now gives (`_stance_model._features`): added, so old and new rows read alike."""
    feat = f"nat:{row['actor']}"
    return row if feat in row["features"] else {**row, "features": [*row["features"], feat]}


def _matrix(rows: list[dict[str, Any]], vocab: dict[str, int]) -> sparse.csr_matrix:
    ind: list[int] = []
    ptr = [0]
    for r in rows:
        cols = sorted({vocab[f] for f in r["features"] if f in vocab})
        ind.extend(cols)
        ptr.append(len(ind))
    return sparse.csr_matrix((np.ones(len(ind)), ind, ptr), shape=(len(rows), len(vocab)))


def _vocab(rows: list[dict[str, Any]]) -> dict[str, int]:
    count: dict[str, int] = {}
    for r in rows:
        for f in set(r["features"]):
            count[f] = count.get(f, 0) + 1
    kept = sorted(f for f, n in count.items() if n >= MIN_COUNT)
    return {f: i for i, f in enumerate(kept)}


def _labels(rows: list[dict[str, Any]], gold: dict[str, set[tuple[str, str]]], lab: str) -> Any:
    return np.array([(r["actor"], lab) in gold[r["report"]] for r in rows], dtype=int)


def pooled_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Option ``report``: one row per (report, nation), the union of its candidates' features
    (the label is then exact: the gold is per report)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        key = (r["report"], r["actor"])
        if key not in out:
            out[key] = {"report": r["report"], "actor": r["actor"], "features": [], "hits": []}
        o = out[key]
        o["features"] = list(dict.fromkeys(o["features"] + r["features"]))
        o["hits"] = sorted(set(o["hits"]) | set(r["hits"]))
        o["fixed"] = sorted(set(o.get("fixed", [])) | set(r["fixed"]))
    return list(out.values())


def fit(rows: list[dict[str, Any]], gold: dict[str, set[tuple[str, str]]],
        option: str) -> dict[str, Any]:
    """One logistic model per stance (for ``filter``: over the candidates the passes gave it)."""
    if option in ("report", "rfilter"):
        rows = pooled_rows(rows)
    vocab = _vocab(rows)
    x_all = _matrix(rows, vocab)
    models: dict[str, Any] = {}
    for lab in LABELS:
        keep = np.array([option in ("wide", "report") or lab in r["hits"] for r in rows])
        y = _labels(rows, gold, lab)[keep]
        if keep.sum() == 0 or y.min() == y.max():
            models[lab] = float(y.mean()) if keep.sum() else 0.0  # constant probability
            continue
        m = LogisticRegression(C=SETTINGS["C"], solver="liblinear", random_state=0, max_iter=1000)
        m.fit(x_all[keep], y)
        models[lab] = m
    return {"vocab": vocab, "models": models, "option": option}


def predict(model: dict[str, Any], rows: list[dict[str, Any]]) -> list[dict[str, float]]:
    """Per row, the probability of each stance it is a candidate for."""
    if not rows:
        return []
    x = _matrix(rows, model["vocab"])
    out: list[dict[str, float]] = [{} for _ in rows]
    for lab in LABELS:
        m = model["models"][lab]
        p = np.full(len(rows), m) if isinstance(m, float) else m.predict_proba(x)[:, 1]
        for i, r in enumerate(rows):
            if model["option"] in ("wide", "report") or lab in r["hits"]:
                out[i][lab] = float(p[i])
    return out


def pairs(rows: list[dict[str, Any]], probs: list[dict[str, float]] | None,
          t: tuple[float, float]) -> dict[str, set[tuple[str, str]]]:
    """The (nation, stance) pairs of each report: a stance the passes gave is kept when its
    probability reaches ``t[0]``; one they did not give is added when it reaches ``t[1]``."""
    out: dict[str, set[tuple[str, str]]] = {}
    for i, r in enumerate(rows):
        got = out.setdefault(r["report"], set())
        if probs is None:
            got.update((r["actor"], lab) for lab in r["hits"])
        else:
            got.update((r["actor"], lab) for lab, p in probs[i].items()
                       if p >= (t[0] if lab in r["hits"] else t[1]))
            got.update((r["actor"], lab) for lab in r["fixed"])
    return out


def tally(pred: dict[str, set[tuple[str, str]]], gold: dict[str, set[tuple[str, str]]],
          reports: list[str]) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for rid in reports:
        g, p = gold[rid], pred.get(rid, set())
        tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
    return tp, fp, fn


def figures(tp: int, fp: int, fn: int) -> dict[str, float]:
    r = tp / (tp + fn) if tp + fn else 0.0
    p = tp / (tp + fp) if tp + fp else 0.0
    return {"recall": round(r, 3), "precision": round(p, 3),
            "f1": round(2 * r * p / (r + p), 4) if r + p else 0.0, "tp": tp, "fp": fp, "fn": fn}


def _split(reports: list[str], story: dict[str, str], k: int,
           seed: int | None = None) -> list[tuple[list[str], list[str]]]:
    groups = [story[r] for r in reports]
    gkf = GroupKFold(n_splits=k) if seed is None else GroupKFold(
        n_splits=k, shuffle=True, random_state=seed)
    return [([reports[i] for i in a], [reports[i] for i in b])
            for a, b in gkf.split(reports, groups=groups)]


def choose_threshold(data: dict[str, Any], reports: list[str],
                     option: str) -> tuple[float, float]:
    """The thresholds (keep, add) of best F1 over 3-fold by-story predictions inside
    ``reports`` (ties: the higher thresholds, fewer stances)."""
    by_report = _rows_by_report(data["rows"])
    scored = [r for r in reports if r.split(":")[0] in FRESH] or reports
    grid = [(a, b) for a in THRESHOLDS for b in THRESHOLDS] if SETTINGS["two"] else [
        (a, a) for a in THRESHOLDS]
    counts = {t: [0, 0, 0] for t in grid}
    for seed in INNER_SEEDS[:SETTINGS["repeats"]]:  # repeated: one 3-fold split leaves the F1 curve too noisy
        pooled: list[tuple[dict[str, Any], dict[str, float]]] = []
        for train, test in _split(reports, data["story"], 3, seed):
            tr = [r for rid in train for r in by_report.get(rid, [])]
            te = [r for rid in test for r in by_report.get(rid, [])]
            if option in ("report", "rfilter"):
                te = pooled_rows(te)
            pooled += list(zip(te, predict(fit(tr, data["gold"], option), te), strict=True))
        rows = [r for r, _ in pooled]
        probs = [p for _, p in pooled]
        for t in grid:
            got = tally(pairs(rows, probs, t), data["gold"], scored)
            counts[t] = [a + b for a, b in zip(counts[t], got, strict=True)]
    return max(grid, key=lambda t: (figures(*counts[t])["f1"], t[1], t[0]))


def _rows_by_report(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        out.setdefault(r["report"], []).append(r)
    return out


def cross_validate(data: dict[str, Any], option: str, k: int = 5) -> dict[str, Any]:
    reports = sorted(data["gold"])
    by_report = _rows_by_report(data["rows"])
    folds: list[dict[str, Any]] = []
    total = [0, 0, 0]
    per_set: dict[str, list[int]] = {}
    for train, test in _split(reports, data["story"], k):
        te = [r for rid in test for r in by_report.get(rid, [])]
        if option == "rules":
            t, pred = None, pairs(te, None, (0.0, 0.0))
        else:
            t = choose_threshold(data, train, option)
            tr = [r for rid in train for r in by_report.get(rid, [])]
            if option in ("report", "rfilter"):
                te = pooled_rows(te)
            pred = pairs(te, predict(fit(tr, data["gold"], option), te), t)
        c = tally(pred, data["gold"], test)
        total = [a + b for a, b in zip(total, c, strict=True)]
        for rid in test:
            tag = rid.split(":")[0]
            got = tally(pred, data["gold"], [rid])
            per_set[tag] = [a + b for a, b in zip(per_set.get(tag, [0, 0, 0]), got, strict=True)]
        folds.append({"reports": len(test), "threshold": t, **figures(*c)})
    rec: list[float] = [f["recall"] for f in folds]
    prec: list[float] = [f["precision"] for f in folds]
    return {"option": option, "pooled": figures(*total), "folds": folds,
            "per_set": {tag: figures(*c) for tag, c in sorted(per_set.items())},
            "recall_range": [min(rec), max(rec)], "precision_range": [min(prec), max(prec)],
            "recall_sd": round(float(np.std(rec)), 3), "precision_sd": round(float(np.std(prec)), 3)}


def leave_one_set_out(data: dict[str, Any], option: str, sets: list[str]) -> dict[str, Any]:
    """Train on every set but one (own corpus included), score the one left out, for each of
    ``sets`` (issue 15j): how the model does on a set none of its weights or thresholds saw.
    The thresholds are chosen inside the training sets as in ``cross_validate`` (over the fresh
    sets among them when --fresh names any)."""
    reports = sorted(data["gold"])
    by_report = _rows_by_report(data["rows"])
    out: dict[str, Any] = {}
    for held in sets:
        test = [r for r in reports if r.split(":")[0] == held]
        train = [r for r in reports if r.split(":")[0] != held]
        te = [r for rid in test for r in by_report.get(rid, [])]
        rules = tally(pairs(te, None, (0.0, 0.0)), data["gold"], test)
        fresh = set(FRESH)
        FRESH.discard(held)  # the held-out set never chooses the thresholds
        try:
            t = choose_threshold(data, train, option)
        finally:
            FRESH.clear()
            FRESH.update(fresh)
        tr = [r for rid in train for r in by_report.get(rid, [])]
        pred = pairs(pooled_rows(te), predict(fit(tr, data["gold"], option), pooled_rows(te)), t)
        out[held] = {"rules": figures(*rules), option: figures(*tally(pred, data["gold"], test)),
                     "threshold": t, "reports": len(test)}
        print(json.dumps({held: out[held]}), file=sys.stderr)
    return out


def export(model: dict[str, Any], threshold: tuple[float, float], header: dict[str, Any]) -> dict[str, Any]:
    """The JSON the ledger reads: features used by any stance, weights per stance (3 decimals)."""
    inv = {i: f for f, i in model["vocab"].items()}
    weights: dict[str, dict[str, float]] = {}
    intercept: dict[str, float] = {}
    for lab in LABELS:
        m = model["models"][lab]
        if isinstance(m, float):  # constant: no feature, the log-odds of the rate
            p = min(max(m, 1e-6), 1 - 1e-6)
            weights[lab], intercept[lab] = {}, round(float(np.log(p / (1 - p))), 4)
            continue
        coef = m.coef_[0]
        merged: dict[str, float] = {}
        for i, w in enumerate(coef):
            f = inv[i]
            if f.startswith("T:"):
                continue
            base = f[2:] if f.startswith("F:") else f
            merged[base] = merged.get(base, 0.0) + float(w)
        weights[lab] = {f: round(w, 3) for f, w in merged.items() if abs(w) >= 5e-3}
        intercept[lab] = round(float(m.intercept_[0]), 4)
    feats = sorted({f for w in weights.values() for f in w})
    return {**header, "mode": model["option"], "threshold": threshold[0],
            "threshold_add": threshold[1], "intercept": intercept,
            "features": feats,
            "weights": {lab: [weights[lab].get(f, 0.0) for f in feats] for lab in LABELS}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--write", help="write the shipped model's weights (JSON) here")
    ap.add_argument("--ship", default="report", choices=("filter", "wide", "report", "rfilter"),
                    help="the option written (docs/evidence.md says why 'report')")
    ap.add_argument("--options", default="rules,filter,wide,rfilter,report",
                    help="options to cross-validate ('none': only fit and write)")
    ap.add_argument("--fresh", default="", help="comma-separated set names (a DIR's last part) "
                    "the rules were not written from: the domain a new report belongs to")
    ap.add_argument("--no-augment", action="store_true",
                    help="with --fresh: choose thresholds on the fresh sets, no domain features")
    ap.add_argument("--one-threshold", action="store_true",
                    help="one threshold for kept and added stances alike")
    ap.add_argument("--repeats", type=int, default=len(INNER_SEEDS),
                    help="shuffled inner splits for the thresholds (at most 3)")
    ap.add_argument("--loso", default="", help="comma-separated set names: leave each out in "
                    "turn (train on the rest, score it) and print its figures")
    ap.add_argument("--C", type=float, default=C, help="inverse L2 strength")
    ap.add_argument("--cache", help="(s28) pickle of the DIRs' candidates: read if present, else "
                    "collected and written")
    ap.add_argument("--collect-only", action="store_true",
                    help="(s28) with --cache: collect the DIRs with the code on PYTHONPATH (the "
                         "code fresh to a set), write the cache and stop")
    ap.add_argument("--merge", nargs="+", default=[],
                    help="(s28) caches written by --collect-only, each set read by the code fresh "
                         "to it: their candidates join the DIRs'")
    args = ap.parse_args(argv)
    SETTINGS["C"] = args.C
    SETTINGS["repeats"] = args.repeats
    SETTINGS["augment"] = float(not args.no_augment)
    SETTINGS["two"] = float(not args.one_threshold)
    FRESH.update(t for t in args.fresh.split(",") if t)
    if not args.collect_only:  # collecting reads with the code on PYTHONPATH, a set's fresh state
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    if args.cache and Path(args.cache).exists():
        data = pickle.loads(Path(args.cache).read_bytes())
    else:
        data = load(args.dirs)
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps(data))
    if args.collect_only:
        return 0
    for cache in args.merge:
        more = pickle.loads(Path(cache).read_bytes())
        data["rows"] += [_with_nation(r) for r in more["rows"]]
        for key in ("gold", "story", "counts"):
            data[key].update(more[key])
    print(json.dumps(data["counts"]), file=sys.stderr)
    table = {}
    if args.loso:
        leave_one_set_out(data, args.ship, [t for t in args.loso.split(",") if t])
    for option in [o for o in args.options.split(",") if o not in ("", "none")]:
        res = cross_validate(data, option)
        table[option] = res
        print(json.dumps(res), file=sys.stderr)
    if args.write:
        best = args.ship
        reports = sorted(data["gold"])
        t = choose_threshold(data, reports, best)
        model = fit(data["rows"], data["gold"], best)
        header = {
            "about": "reassure stance model (docs/evidence.md §5, 'Stance model (15f)'): "
                     "logistic weights per stance over (sentence, nation) candidates",
            "trained_on": {"sets": data["counts"], "reports": len(reports),
                           "stories": len(set(data["story"].values()))},
            "cv": {o: {"pooled": r["pooled"], "recall_range": r["recall_range"],
                       "precision_range": r["precision_range"], "per_set": r["per_set"]}
                   for o, r in table.items()},
            "cv_method": "5-fold GroupKFold by story; thresholds chosen inside each training part "
                         "by 3-fold GroupKFold repeated with seeds 0-2 (best F1, over the fresh "
                         "sets' reports when --fresh is given)",
            "C": SETTINGS["C"], "min_count": MIN_COUNT, "fresh_sets": sorted(FRESH),
            "command": "PYTHONPATH=src python scripts/train_stance_model.py " + " ".join(
                sys.argv[1:] if argv is None else argv),
        }
        doc = export(model, t, header)
        # one key a line (the weights of a stance on one line): small, and diffs stay readable
        Path(args.write).write_text(
            "{\n" + ",\n".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
                                for k, v in doc.items()) + "\n}\n", encoding="utf-8")
        print(f"wrote {args.write}: option {best}, threshold {t}, {len(doc['features'])} features",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
