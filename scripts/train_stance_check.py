"""Train and measure the ledger's stance check (docs/evidence.md §5, "The stance check (session
19)"; `reassure.evidence._stance_check`).

Two steps. ``collect`` reads annotated sets (each DIR holds ``reports/`` and ``gold.json``) with
whatever code is on PYTHONPATH, the check switched off, and writes every stance it gives and the
gold's stances as JSON rows; run it once with the current code over the tuning sets, and once per
set with the code that was fresh to it (a git worktree of the commit that scored it first):

    PYTHONPATH=src python scripts/train_stance_check.py collect /work/sealed/evidence-real14a \\
        ... --out /tmp/check/cur.json
    PYTHONPATH=/work/wt-323f05f/src python scripts/train_stance_check.py collect \\
        /work/sealed/evidence-real19a ... --out /tmp/check/fresh-19.json

``fit`` trains one L2 logistic model on the pairs of both kinds (the fresh ones weighted
``--fresh-weight``), prints leave-one-set-out figures over the fresh sets (each fresh set left
out with the tuning rows of its own set), and with ``--write`` writes the weights file. The
settings (4,096 buckets, C = 10, fresh weight 3, threshold 0.8) were chosen on leave-one-set-out
over the fresh sets 19-26 before the check first saw sets 27 and 28. The shipped file: --tune
the current code's rows of sets 14-26 and ``collect tests/evidence/corpus --part tune``;
--fresh the rows of sets 19-26 by the code fresh to each (323f05f, 550fcd5, 515a08c, e997249,
7cdfcc7, bab0b91, b6a1af6, 8223846) and of sets 27-33 by ea4d652 (the rules of session 19's
start; ``collect`` with that code, or the code of 9460410, whose passes are the same): the sixth
refit, session 20 (``--fresh fresh-* cur-2[7-9]* cur-3[0-3]*``), refitted in session 21 on the
same rows with the nations' names masked in the features (``--fresh fresh-1* fresh-2*
cur-2[7-9]* cur-3[0-3]*``: the rows of sets 34-38 that now lie beside them were left out, so
that those sets measure the check unseen). Fixed solver (lbfgs), no randomness: the same rows
give the same file. Only hashed-bucket weights go into it, no text. ``--by-round`` prints each
left-out round at the shipped threshold; ``--C`` tries another regularisation.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

NOT_SCORED = frozenset({"RUS", "UKR", "USA"})
LABELS = ("ready", "open", "conditional", "undecided", "declines")
SETTINGS = {"buckets": 4096, "C": 10.0, "fresh_weight": 3.0, "threshold": 0.8}


def collect(dirs: list[str], out: str, part: str | None = None) -> None:
    """Every stance the code on PYTHONPATH gives on each set (check off), and the gold's. The
    own-words corpus (tests/evidence/corpus: its gold holds "reports" and a "split") gives only
    the reports of ``part`` when one is named."""
    import inspect

    from reassure.evidence import build_ledger

    rows: list[dict[str, Any]] = []
    off = ({"stance_check": False}
           if "stance_check" in inspect.signature(build_ledger).parameters else {})
    for d in dirs:
        name = Path(d).name.removeprefix("evidence-real")
        gold = json.loads((Path(d) / "gold.json").read_text(encoding="utf-8"))
        if "reports" in gold:  # the own-words corpus
            split = gold.get("split", {})
            gold = {rid: e for rid, e in gold["reports"].items()
                    if part is None or split.get(rid) == part}
            name = f"own-{part or 'all'}"
        for s in build_ledger([Path(d) / "reports"], **off).stances:
            if s.report_id not in gold:
                continue
            stance = "declines" if s.stance == "rejects" else s.stance
            if stance in LABELS and s.actor not in NOT_SCORED:
                rows.append({"set": name, "rid": s.report_id, "actor": s.actor, "stance": stance,
                             "sent": s.sentence, "start": s.start, "said_nat": s.said_by_nation,
                             "group": s.group, "cond": s.condition, "cue": s.cue})
        for rid, entry in gold.items():
            rows += [{"set": name, "rid": rid, "actor": a, "stance": b, "gold": True}
                     for a, b in entry.get("stances", []) if a not in NOT_SCORED]
    Path(out).write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {out}")


def pairs(paths: list[str]) -> list[tuple[str, str, list[SimpleNamespace], bool]]:
    """(set, stance, claims, right) per (set, report, nation, stance) the code gave."""
    got: dict[tuple[str, str, str, str], list[SimpleNamespace]] = defaultdict(list)
    gold: set[tuple[str, str, str, str]] = set()
    for p in paths:
        for r in json.loads(Path(p).read_text(encoding="utf-8")):
            key = (r["set"], r["rid"], r["actor"], r["stance"])
            if r.get("gold"):
                gold.add(key)
            else:
                got[key].append(SimpleNamespace(actor=r["actor"], start=r["start"],
                                                said_by_nation=r["said_nat"], group=r["group"],
                                                condition=r["cond"], sentence=r["sent"],
                                                stance=r["stance"], cue=r.get("cue")))
    return [(k[0], k[3], claims, k in gold) for k, claims in sorted(got.items())]


def gold_count(paths: list[str], sets: set[str]) -> int:
    n = 0
    for p in paths:
        n += sum(1 for r in json.loads(Path(p).read_text(encoding="utf-8"))
                 if r.get("gold") and r["set"] in sets)
    return n


def matrix(rows: list[tuple[str, str, list[SimpleNamespace], bool]], buckets: int) -> Any:
    from scipy import sparse

    from reassure.evidence._stance_check import SHALLOW, features

    width = len(LABELS) + len(SHALLOW) + buckets * (1 + len(LABELS))
    data, ind, ptr = [], [], [0]
    for _, stance, claims, _ in rows:
        x = features(stance, claims, buckets)  # type: ignore[arg-type]
        for k in sorted(x):
            ind.append(k)
            data.append(x[k])
        ptr.append(len(ind))
    return sparse.csr_matrix((data, ind, ptr), shape=(len(rows), width))


def fit_model(tune: list[Any], fresh: list[Any], s: dict[str, float]) -> Any:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rows = tune + fresh
    weight = np.array([1.0] * len(tune) + [s["fresh_weight"]] * len(fresh))
    if s.get("warm"):
        return _warm_fit(rows, weight, s)
    model = LogisticRegression(C=s["C"], max_iter=5000)
    model.fit(matrix(rows, int(s["buckets"])), [r[3] for r in rows], sample_weight=weight)
    return model


def _shipped() -> Any:
    """The shipped check as a model with ``predict_proba``, ``coef_`` and ``intercept_``."""
    import numpy as np

    from reassure.evidence._stance_check import SHALLOW, load_check

    check = load_check()
    if check is None:
        raise SystemExit("no shipped stance check (src/reassure/evidence/stance_check.json)")
    w = np.zeros(len(LABELS) + len(SHALLOW) + check.buckets * (1 + len(LABELS)))
    for k, v in check.weights.items():
        w[int(k)] = v
    return _Linear(w, check.bias)


class _Linear:
    def __init__(self, w: Any, b: float) -> None:
        import numpy as np

        self.coef_, self.intercept_ = w[None, :], np.array([b])

    def predict_proba(self, x: Any) -> Any:
        import numpy as np

        p = 1.0 / (1.0 + np.exp(-(x @ self.coef_[0] + self.intercept_[0])))
        return np.column_stack([1.0 - p, p])


def _warm_fit(rows: list[Any], weight: Any, s: dict[str, float]) -> Any:
    """(s36) Refit from the shipped weights, the L2 penalty pulling towards them rather than
    towards zero: the sets the shipped check was fitted on (14-33) are lost, so their fit is
    kept as the prior and the new rows move it. Deterministic (L-BFGS-B from a fixed start)."""
    import numpy as np
    from scipy.optimize import minimize

    start = _shipped()
    th0 = np.concatenate([start.coef_[0], start.intercept_])
    width = matrix([], int(s["buckets"])).shape[1]
    if width != len(th0) - 1:  # the shipped weights were fitted with another bucket count
        raise SystemExit(f"--warm needs the shipped check's bucket count: the rows give {width} "
                         f"features, the shipped weights {len(th0) - 1}")
    x = matrix(rows, int(s["buckets"]))
    y = np.array([r[3] for r in rows], float)

    def loss(th: Any) -> tuple[float, Any]:
        z = x @ th[:-1] + th[-1]
        g = weight * (1.0 / (1.0 + np.exp(-z)) - y)
        d = th[:-1] - th0[:-1]
        return float((weight * (np.logaddexp(0.0, z) - y * z)).sum() + d @ d / (2 * s["C"])), \
            np.concatenate([x.T @ g + d / s["C"], [g.sum()]])

    th = minimize(loss, th0, jac=True, method="L-BFGS-B", options={"maxiter": 2000}).x
    return _Linear(th[:-1], float(th[-1]))


def loso(tune: list[Any], fresh: list[Any], fresh_paths: list[str], s: dict[str, float],
         by_round: bool = False) -> None:
    """Each fresh set's round (19, 20, ...) left out in turn, with its tuning rows."""
    import numpy as np

    rounds = sorted({_round(r[0]) for r in fresh})
    probs, right = [], []
    for k in rounds:
        model = _shipped() if s.get("shipped") else fit_model(
            [r for r in tune if _round(r[0]) != k], [r for r in fresh if _round(r[0]) != k], s)
        test = [r for r in fresh if _round(r[0]) == k]
        pk = model.predict_proba(matrix(test, int(s["buckets"])))[:, 1]
        probs.append(np.where([_unjudged(r) for r in test], 1.0, pk))
        right.append(np.array([r[3] for r in test]))
    if by_round:  # each round at the shipped threshold: where a pooled figure comes from
        for k, pk, yk in zip(rounds, probs, right, strict=True):
            keep = pk >= s["threshold"]
            gk = gold_count(fresh_paths, {r[0] for r in fresh if _round(r[0]) == k})
            print(f"round {k}: right {int((yk & keep).sum())} of {int(keep.sum())} given "
                  f"(rules: {int(yk.sum())} of {len(yk)}), gold {gk}")
    p, y = np.concatenate(probs), np.concatenate(right)
    g = gold_count(fresh_paths, {r[0] for r in fresh})
    for t in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        keep = p >= t
        print(f"threshold {t:.1f}: right {int((y & keep).sum())} of {int(keep.sum())} given, "
              f"gold {g}: precision {(y & keep).sum() / max(keep.sum(), 1):.3f} "
              f"recall {(y & keep).sum() / g:.3f}")


def _round(set_name: str) -> str:
    """A set's round: its number without the part letter ("107b" -> "107"; sets 19-99 were
    written "19a" and keyed by two digits, the same thing)."""
    m = re.match(r"\d+", set_name)
    return m.group(0) if m else set_name


def _unjudged(row: Any) -> bool:
    """(s47) A pair the ledger keeps unjudged (`split_checked`: an outright refusal or offer, a
    named condition), so a left-out round is measured as the ledger reads it. Rows collected
    before the cue was recorded are all judged."""
    from reassure.evidence._stance_check import _named_condition, _outright, _outright_offer

    _, stance, claims, _ = row
    if any(c.cue is None for c in claims):
        return False
    return (stance == "declines" and any(map(_outright, claims))
            or stance in ("ready", "conditional") and any(map(_outright_offer, claims))
            or stance == "conditional" and any(map(_named_condition, claims)))


def write(model: Any, s: dict[str, float], out: str) -> None:
    weights = {str(i): round(float(w), 5) for i, w in enumerate(model.coef_[0]) if abs(w) > 1e-9}
    data = {"settings": s, "buckets": int(s["buckets"]), "threshold": s["threshold"],
            "bias": round(float(model.intercept_[0]), 5), "weights": weights}
    Path(out).write_text(json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n",
                         encoding="utf-8")
    print(f"{len(weights)} weights -> {out}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("dirs", nargs="+")
    c.add_argument("--out", required=True)
    c.add_argument("--part", help="the own-words corpus's part to keep (tune / heldout)")
    f = sub.add_parser("fit")
    f.add_argument("--tune", nargs="+", required=True, help="collect files of the current code")
    f.add_argument("--fresh", nargs="+", required=True,
                   help="collect files of the code fresh to each set")
    f.add_argument("--loso", action="store_true")
    f.add_argument("--by-round", action="store_true",
                   help="with --loso: each left-out round's figures at the shipped threshold")
    f.add_argument("--write")
    f.add_argument("--C", type=float, help=f"inverse regularisation (default {SETTINGS['C']})")
    f.add_argument("--warm", action="store_true",
                   help="(s36) refit from the shipped weights, penalised towards them")
    f.add_argument("--shipped", action="store_true",
                   help="(s36) with --loso: the shipped check itself, fitted on none of the rows")
    f.add_argument("--threshold", type=float,
                   help=f"(s47) the threshold written with --write (default {SETTINGS['threshold']})")
    a = ap.parse_args(argv)
    if a.cmd == "collect":
        collect(a.dirs, a.out, a.part)
        return
    s = dict(SETTINGS)
    if a.C is not None:
        s["C"] = a.C
    if a.threshold is not None:
        s["threshold"] = a.threshold
    s["warm"], s["shipped"] = float(a.warm), float(a.shipped)
    tune, fresh = pairs(a.tune), pairs(a.fresh)
    print(f"{len(tune)} tuning pairs, {len(fresh)} fresh pairs", file=sys.stderr)
    if a.loso:
        loso(tune, fresh, a.fresh, s, a.by_round)
    if a.write:
        write(fit_model(tune, fresh, s), s, a.write)


if __name__ == "__main__":
    main()
