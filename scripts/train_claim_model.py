"""Train the troop-size model of the evidence ledger and cross-validate it by story.

    PYTHONPATH=src python scripts/train_claim_model.py \\
        tests/evidence/corpus /work/evidence-real /work/sealed/evidence-real2 \\
        /work/sealed/evidence-real3 /work/sealed/evidence-real4 \\
        --out src/reassure/evidence/claim_model.json

Each DIR holds reports/ (the texts), gold.json (per report: troops [[subject, low, high], ...],
traps, ...) and the near-duplicate groups (DIR/groups.json, or "groups" in DIR/split.json or in
gold.json). The texts are read, never written: the weights file holds feature weights and
counts only.

Candidates and features come from the ledger itself (`_claim_model.COLLECT`, the rules
deciding). Three methods are compared by 5-fold grouped cross-validation (GroupKFold over
stories, so every copy of a story is in one fold), scored as tests/evidence/corpus/evaluate.py
scores troop sizes (per report, (subject, low, high) sets; a trap counts when its number comes
out as a force size):
  (a) the rules alone;
  (b) the model as a filter on the rules' force sizes (their subject kept);
  (c) the model over all candidates, choosing each number's subject.
The threshold of (b) and (c) is chosen inside each training part only (an inner 3-fold grouped
cross-validation there). The shipped model is (c) fitted on everything, its threshold chosen by
the same inner rule on all data, or (--loso-threshold, issue 15k) the median of the thresholds
that rule chooses on each training part that leaves one real set out.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import pickle
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

SEED = 0
FOLDS = 5
INNER = 3
C_REG = 0.5  # 5-fold CV over C in 0.1..2 differs by 1-3 claims (docs/evidence.md, 15g)
FP_WEIGHT = 1.5  # threshold objective: found - 1.5 x extra (precision goal 0.90 > recall 0.85)
TRAP_WEIGHT = 3.0  # a trap emitted also counts as an extra: 4.5 in all (goal: at most 1 a set)
METHODS = ("a", "b", "c", "d")
THRESHOLDS = [round(0.2 + 0.025 * k, 3) for k in range(25)]


def _groups(d: Path, gold_doc: dict[str, Any]) -> list[list[str]]:
    if (d / "groups.json").exists():
        return json.loads((d / "groups.json").read_text(encoding="utf-8"))
    if (d / "split.json").exists():
        return json.loads((d / "split.json").read_text(encoding="utf-8"))["groups"]
    return gold_doc.get("groups", [])


def collect(dirs: list[str]) -> dict[str, Any]:
    """Rows (report, candidate, subject, features) and the rules' own claims of every report."""
    from reassure.errors import EvidenceError
    from reassure.evidence import _claim_model as cm
    from reassure.evidence._clean import clean
    from reassure.evidence._extract import extract_all
    from reassure.evidence._ingest import expand_paths, read_raw
    from reassure.evidence._ledger import _assign_ids

    data: dict[str, Any] = {"reports": {}, "set": {}}
    for name in dirs:
        d = Path(name)
        gold_doc = json.loads((d / "gold.json").read_text(encoding="utf-8"))
        gold = gold_doc.get("reports", gold_doc)
        story = {x: f"{d.name}:{g[0]}" for g in _groups(d, gold_doc) for x in g}
        files, _ = expand_paths([d / "reports"])
        for path, (rid, sid) in zip(files, _assign_ids(files), strict=True):
            if rid not in gold:
                continue
            try:
                report = clean(read_raw(path))
            except EvidenceError as err:  # a report the ledger refuses (not English, empty)
                print(f"skipped: {err}", file=sys.stderr)
                continue
            report = dataclasses.replace(report, id=rid, source_id=sid)
            cm.COLLECT = []
            cm.MODE = "rules"
            try:
                qs, _ss, _n = extract_all([report])[rid]
            finally:
                rows, cm.COLLECT, cm.MODE = cm.COLLECT, None, "model"
            data["reports"][rid] = {
                "story": story.get(rid, f"{d.name}:{rid}"), "set": d.name, "gold": gold[rid],
                "rows": rows,
                "rules": sorted({(c.subject, c.low, c.high) for c in qs
                                 if c.unit == "troops" and cm.is_force(c.subject)}, key=str),
                "countries": sorted({(c.low, c.high) for c in qs if c.unit == "countries"},
                                    key=str),
            }
        print(f"collected {d}: {sum(1 for r in data['reports'].values() if r['set'] == d.name)}"
              " reports", file=sys.stderr)
    return data


# -- scoring, as evaluate.py ---------------------------------------------------------------------
def _f(x: Any) -> float | None:
    return None if x is None else float(x)


def gold_troops(g: dict[str, Any]) -> set[tuple[str, float | None, float | None]]:
    return {(t[0], _f(t[1]), _f(t[2])) for t in g.get("troops", [])}


def gold_traps(g: dict[str, Any]) -> set[tuple[float, str | None]]:
    return {(float(t), None) if not isinstance(t, dict) else (float(t["value"]), t["not"])
            for t in g.get("traps", [])}


def score(preds: dict[str, set[Any]], data: dict[str, Any], ids: list[str]) -> dict[str, int]:
    tp = fp = fn = traps = hits = 0
    for rid in ids:
        g = gold_troops(data["reports"][rid]["gold"])
        p = preds.get(rid, set())
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
        nums = {(s, x) for s, lo, hi in p for x in (lo, hi) if x is not None}
        t = gold_traps(data["reports"][rid]["gold"])
        traps += len(t)
        hits += sum(1 for v, only in t if any(x == v and (only is None or s == only)
                                              for s, x in nums))
    return {"tp": tp, "fp": fp, "fn": fn, "traps": traps, "trap_hits": hits}


def countries(data: dict[str, Any], ids: list[str]) -> tuple[int, int]:
    found = total = 0
    for rid in ids:
        g = {(_f(c[0]), _f(c[1])) for c in data["reports"][rid]["gold"].get("countries", [])}
        p = {(_f(a), _f(b)) for a, b in data["reports"][rid]["countries"]}
        total += len(g)
        found += len(g & p)
    return found, total


# -- the model -----------------------------------------------------------------------------------
def table(data: dict[str, Any], ids: list[str], method: str) -> tuple[list[Any], np.ndarray]:
    """Rows of the given reports for a method: (rid, span, subject, low, high, features), labels."""
    rows, labels = [], []
    for rid in ids:
        rep = data["reports"][rid]
        g = gold_troops(rep["gold"])
        for r in rep["rows"]:
            if method == "b" and not r["rule"]:
                continue
            key = (r["subject"], _f(r["low"]), _f(r["high"]))
            fs = r["features"] if method != "d" else [f for f in r["features"] if not _ruly(f)]
            fs = _with_values(fs, r)
            rows.append((rid, tuple(r["span"]), r["subject"], _f(r["low"]), _f(r["high"]), fs))
            labels.append(1 if key in g else 0)
    return rows, np.array(labels, dtype=np.int8)


def _with_values(fs: list[str], row: dict[str, Any]) -> list[str]:
    """(s28) The figure features (`_claim_model.value_features`), added to rows collected by the
    code of a state before them, so that old and new rows describe a candidate alike."""
    from reassure.evidence._claim_model import FORCE_SUBJECTS, value_features

    kind = row["subject"] if row["subject"] in FORCE_SUBJECTS else "contribution"
    extra = [f for f in value_features(kind, _f(row["low"]), _f(row["high"])) if f not in fs]
    return [*fs, *extra] if extra else fs


def _ruly(feature: str) -> bool:
    return "rule:" in feature or "is_rule" in feature


def fit(rows: list[Any], labels: np.ndarray) -> tuple[dict[str, float], float]:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    vocab: dict[str, int] = {}
    indptr, indices = [0], []
    for r in rows:
        cols = sorted({vocab.setdefault(f, len(vocab)) for f in r[5]})
        indices.extend(cols)
        indptr.append(len(indices))
    x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(vocab)))
    if labels.sum() == 0:
        return {}, -10.0
    clf = LogisticRegression(C=C_REG, solver="lbfgs", max_iter=2000, random_state=SEED)
    clf.fit(x, labels)
    coef = clf.coef_[0]
    return {f: float(coef[i]) for f, i in vocab.items() if abs(coef[i]) > 1e-6}, \
        float(clf.intercept_[0])


def probabilities(rows: list[Any], weights: dict[str, float], bias: float) -> np.ndarray:
    z = np.array([bias + sum(weights.get(f, 0.0) for f in set(r[5])) for r in rows])
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def decide(rows: list[Any], p: np.ndarray, t: float) -> dict[str, set[Any]]:
    """Each candidate span's best subject, kept when its probability reaches t; (s28) the rules'
    reading as Ukraine's request is kept from REQUEST_KEPT_AT (`_claim_model.revise`)."""
    from reassure.evidence._claim_model import REQUEST_KEPT_AT

    best: dict[tuple[str, Any], tuple[float, Any]] = {}
    asked: dict[tuple[str, Any], tuple[float, Any]] = {}
    for r, pr in zip(rows, p, strict=True):
        k = (r[0], r[1])
        if k not in best or pr > best[k][0]:
            best[k] = (pr, r)
        if r[2] == "ukraine_request" and "is_rule" in r[5] and pr >= min(t, REQUEST_KEPT_AT):
            asked[k] = (pr, r)
    best.update(asked)
    out: dict[str, set[Any]] = defaultdict(set)
    for k, (pr, r) in best.items():
        if pr >= t or k in asked:
            out[r[0]].add((r[2], r[3], r[4]))
    return out


def stories_folds(data: dict[str, Any], ids: list[str], k: int) -> list[list[str]]:
    from sklearn.model_selection import GroupKFold

    groups = [data["reports"][rid]["story"] for rid in ids]
    folds = []
    for _, test in GroupKFold(n_splits=k).split(ids, groups=groups):
        folds.append([ids[i] for i in test])
    return folds


def objective(s: dict[str, int]) -> float:
    return s["tp"] - FP_WEIGHT * s["fp"] - TRAP_WEIGHT * s["trap_hits"]


def choose_threshold(data: dict[str, Any], ids: list[str], method: str) -> float:
    """The threshold that scores best on out-of-fold probabilities inside ``ids`` only."""
    oof_rows: list[Any] = []
    oof_p: list[np.ndarray] = []
    for test in stories_folds(data, ids, INNER):
        train = [r for r in ids if r not in set(test)]
        w, b = fit(*table(data, train, method))
        rows, _ = table(data, test, method)
        oof_rows += rows
        oof_p.append(probabilities(rows, w, b))
    p = np.concatenate(oof_p) if oof_p else np.zeros(0)
    scores = [(objective(score(decide(oof_rows, p, t), data, ids)), -t) for t in THRESHOLDS]
    return -max(scores)[1]


def cross_validate(data: dict[str, Any], ids: list[str],
                   folds: list[list[str]] | None = None) -> dict[str, Any]:
    folds = folds or stories_folds(data, ids, FOLDS)
    per: dict[str, list[Any]] = {"a": [], "b": [], "c": [], "d": [], "countries": []}
    for k, test in enumerate(folds):
        train = [r for r in ids if r not in set(test)]
        per["a"].append(score({r: set(map(tuple, data["reports"][r]["rules"])) for r in test},
                              data, test))
        per["countries"].append(countries(data, test))
        for m in METHODS[1:]:
            t = choose_threshold(data, train, m)
            w, b = fit(*table(data, train, m))
            rows, _ = table(data, test, m)
            s = score(decide(rows, probabilities(rows, w, b), t), data, test)
            s["threshold"] = t
            per[m].append(s)
        print(f"fold {k}: " + "; ".join(f"{m} {per[m][-1]}" for m in METHODS),
              file=sys.stderr)
    return {"folds": [sorted(f) for f in folds], "per_fold": per}


def _rp(s: dict[str, int]) -> tuple[float, float]:
    r = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else math.nan
    p = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else math.nan
    return r, p


def summary(cv: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for m in METHODS:
        fs = cv["per_fold"][m]
        tot = {k: sum(f[k] for f in fs) for k in ("tp", "fp", "fn", "traps", "trap_hits")}
        r, p = _rp(tot)
        rs = [_rp(f)[0] for f in fs]
        ps = [_rp(f)[1] for f in fs]
        out[m] = {"recall": round(r, 3), "precision": round(p, 3),
                  "recall_folds": [round(x, 3) for x in rs],
                  "precision_folds": [round(x, 3) for x in ps],
                  "traps_emitted": f"{tot['trap_hits']} of {tot['traps']}",
                  "trap_hits_folds": [f["trap_hits"] for f in fs],
                  "thresholds": [f.get("threshold") for f in fs], **tot}
    cs = cv["per_fold"]["countries"]
    out["countries"] = {"recall": round(sum(a for a, _ in cs) / max(1, sum(b for _, b in cs)), 3),
                        "recall_folds": [round(a / b, 3) if b else None for a, b in cs]}
    return out


def ceiling(data: dict[str, Any], ids: list[str]) -> tuple[int, int]:
    """Gold troop claims some (candidate, subject) could produce, of all."""
    hit = total = 0
    for rid in ids:
        rep = data["reports"][rid]
        g = gold_troops(rep["gold"])
        cand = {(r["subject"], _f(r["low"]), _f(r["high"])) for r in rep["rows"]}
        total += len(g)
        hit += len(g & cand)
    return hit, total


def kept_rules(dec: dict[str, set[Any]], data: dict[str, Any], rids: list[str]
               ) -> dict[str, set[Any]]:
    """(s27) The shipped decision: the model's claims, and each force size the rules read whose
    figure the model kept under no subject (`_claim_model.revise` keeps the rules' sizes)."""
    out: dict[str, set[Any]] = {}
    for r in rids:
        kept = set(dec.get(r, set()))
        figures = {(lo, hi) for _, lo, hi in kept}
        out[r] = kept | {tuple(c) for c in data["reports"][r]["rules"]
                         if (c[1], c[2]) not in figures}
    return out


def set_key(name: str) -> str:
    """A real set's number ("evidence-real54a" -> "54"): its parts are one fold."""
    digits = "".join(ch for ch in name if ch.isdigit())
    return digits or name


def _set_folds(data: dict[str, Any], held: list[str]) -> list[tuple[str, list[str], list[str]]]:
    """(s27) (set number, its reports, the other reports of ``held``), one per real set."""
    by_set: dict[str, list[str]] = defaultdict(list)
    for r in held:
        by_set[set_key(data["reports"][r]["set"])].append(r)
    return [(k, test, [r for r in held if set_key(data["reports"][r]["set"]) != k])
            for k, test in sorted(by_set.items())]


def _held_out(data: dict[str, Any], train: list[str], test: list[str], t: float
              ) -> dict[str, set[Any]]:
    """The shipped decision on ``test`` at threshold ``t`` by a model fitted on ``train``."""
    w, b = fit(*table(data, train, "c"))
    rows, _ = table(data, test, "c")
    return kept_rules(decide(rows, probabilities(rows, w, b), t), data, test)


def by_set_threshold(data: dict[str, Any], held: list[str], always: list[str]) -> float:
    """(s27) The threshold chosen by leave-one-set-out inside ``held`` (each set's reports scored
    by a model fitted on the other sets and ``always``, the rules' sizes kept; utility
    `objective`, smoothed over three grid steps)."""
    utility = np.zeros(len(THRESHOLDS))
    for _, test, rest in _set_folds(data, held):
        w, b = fit(*table(data, rest + always, "c"))
        rows, _ = table(data, test, "c")
        p = probabilities(rows, w, b)
        for g, t in enumerate(THRESHOLDS):
            utility[g] += objective(score(kept_rules(decide(rows, p, t), data, test), data, test))
    smooth = np.convolve(utility, np.ones(3) / 3, mode="same")
    return THRESHOLDS[int(np.argmax(smooth))]


def nested_by_set(data: dict[str, Any], held: list[str], always: list[str]) -> dict[str, Any]:
    """(s27) Each set held out in turn, its threshold chosen by `by_set_threshold` on the others:
    the pooled figures an unseen set would get, beside the rules' own."""
    tot = {k: 0 for k in ("tp", "fp", "fn", "traps", "trap_hits")}
    rules = dict(tot)
    chosen = {}
    for k, test, rest in _set_folds(data, held):
        chosen[k] = t = by_set_threshold(data, rest, always)
        s = score(_held_out(data, rest + always, test, t), data, test)
        r = score({x: set(map(tuple, data["reports"][x]["rules"])) for x in test}, data, test)
        for x in tot:
            tot[x] += s[x]
            rules[x] += r[x]
        print(f"set {k}: threshold {t}, {s}", file=sys.stderr)

    def fig(d: dict[str, int]) -> dict[str, Any]:
        rec, prec = _rp(d)
        return {"recall": round(rec, 3), "precision": round(prec, 3),
                "traps_emitted": f"{d['trap_hits']} of {d['traps']}", **d}
    return {"a": fig(rules), "c": {**fig(tot), "thresholds": chosen, "rules_kept": True}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--out", default="src/reassure/evidence/claim_model.json")
    ap.add_argument("--cache", help="pickle of the collected rows (read if present, else written)")
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--C", type=float, default=C_REG, help="inverse L2 strength")
    ap.add_argument("--method", default="c", choices=["b", "c", "d"], help="the shipped method")
    ap.add_argument("--loso-threshold", action="store_true",
                    help="ship the median threshold of the leave-one-real-set-out training parts")
    ap.add_argument("--holdout", action="append", default=[],
                    help="also: train on the other sets, test on this set (its dir name)")
    ap.add_argument("--exclude", action="append", default=[],
                    help="leave this set (its dir name) out of everything: a leave-one-set-out "
                         "model to score that set with evaluate.py (issue 15m)")
    ap.add_argument("--collect-only", action="store_true",
                    help="(s27) with --cache: collect the DIRs with the code on PYTHONPATH (the "
                         "code fresh to a set), write the cache and stop")
    ap.add_argument("--merge", nargs="+", default=[],
                    help="(s27) caches written by --collect-only, each by the code fresh to its "
                         "set: their rows join the DIRs' (the DIRs are always trained on)")
    ap.add_argument("--keep-rules", action="store_true",
                    help="(s27) the shipped decision keeps the rules' force sizes the model does "
                         "not keep; figures and threshold by leave-one-set-out over the merged "
                         "sets (nested), the DIRs always in training")
    args = ap.parse_args(argv)
    globals()["C_REG"] = args.C
    np.random.seed(SEED)
    if args.cache and Path(args.cache).exists():
        data = pickle.loads(Path(args.cache).read_bytes())
    else:
        data = collect(args.dirs)
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps(data))
    if args.collect_only:
        return 0
    always = sorted(data["reports"])
    for cache in args.merge:
        data["reports"].update(pickle.loads(Path(cache).read_bytes())["reports"])
    for name in args.exclude:
        data["reports"] = {r: v for r, v in data["reports"].items() if v["set"] != name}
    ids = sorted(data["reports"])
    real = [r for r in ids if data["reports"][r]["set"] != "corpus"]
    header: dict[str, Any] = {
        "what": "troop-size model of the evidence ledger (reassure.evidence._claim_model)",
        "command": "PYTHONPATH=src python scripts/train_claim_model.py " + " ".join(
            sys.argv[1:] if argv is None else argv),
        "trained_on": {s: sum(1 for r in ids if data["reports"][r]["set"] == s)
                       for s in sorted({data["reports"][r]["set"] for r in ids})},
        "stories": len({data["reports"][r]["story"] for r in ids}),
        "gold_troop_claims": sum(len(gold_troops(data["reports"][r]["gold"])) for r in ids),
        "candidate_ceiling": "{} of {}".format(*ceiling(data, ids)),
        "seed": SEED, "folds": FOLDS, "inner_folds": INNER, "C": C_REG,
        "threshold_objective": f"found - {FP_WEIGHT} x extra - trap numbers emitted",
    }
    if not args.no_cv:
        cv = cross_validate(data, ids)
        header["cv_all"] = summary(cv)
        header["cv_real_only"] = summary(cross_validate(data, real))
    for name in args.holdout:  # one fold: the set, the rest to train on
        test = [r for r in ids if data["reports"][r]["set"] == name]
        header[f"holdout_{name}"] = summary(cross_validate(data, ids, [test]))
    if args.merge and args.keep_rules:
        held = [r for r in ids if r not in set(always)]
        header["cv_all"] = nested_by_set(data, held, always)
        header["cv_all"]["countries"] = dict(zip(("found", "gold"), countries(data, held),
                                                 strict=True))
        t = by_set_threshold(data, held, always)
    else:
        t = choose_threshold(data, ids, args.method)
    header["threshold_all_data"] = t
    if args.loso_threshold:
        # the threshold each leave-one-real-set-out training part chooses, median: steadier than
        # the one inner cross-validation on everything (15k: 0.75 there, 0.40-0.625 per part)
        sets = sorted({data["reports"][r]["set"] for r in real})
        per_set = {name: choose_threshold(data, [r for r in ids if data["reports"][r]["set"]
                                                 != name], args.method) for name in sets}
        header["threshold_loso"] = per_set
        t = float(np.median(list(per_set.values())))
    w, b = fit(*table(data, ids, args.method))
    header["method"] = args.method
    doc = {**header, "threshold": t, "bias": round(b, 5),
           "weights": {f: round(v, 4) for f, v in sorted(w.items()) if abs(v) >= 5e-4}}
    Path(args.out).write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in doc.items() if k != "weights"}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
