"""Train the near-duplicate pair model of the evidence ledger; score it leave-one-set-out.

    PYTHONPATH=src python scripts/train_dedup_model.py tests/evidence/corpus \\
        /work/sealed/evidence-real7[4-9][abc] /work/sealed/evidence-real8[0-8][abc] \\
        --out src/reassure/evidence/dedup_model.json

(session 32: sets 74-88, the only real sets whose texts are still on this machine; the model
before was fitted on the own corpus and real sets 1-7.)

Session 45 (the `runs` feature added; the shipped model):

    PYTHONPATH=src python scripts/train_dedup_model.py tests/evidence/corpus \
        /work/sealed/rebuilt/r{8,9,10,11,12,13,14}/*/ --fold-by-parent \
        --zero sources_disjoint --no-shipped --threshold -0.2 --out src/reassure/evidence/dedup_model.json

The rounds' sets hold 1-7 reports each and one set number recurs in several rounds, so
`--fold-by-parent` makes each round (the DIR's parent folder) one fold: leave-one-round-out.
`--threshold` fixes the logit threshold instead of choosing it (the inner choice, utility
found - 2 x wrong, picks 0.6-1.6 here: 118/179 found, 19 wrong, fewer pairs found than the
model it replaced; at -0.2: 137/179, 41, the same refit without `runs` 133/179, 44);
`--fp-weight` changes that utility's weight.

Each DIR holds reports/ and its gold near-duplicate groups (DIR/groups.json, or "groups" in
DIR/split.json or DIR/gold.json). Every report of a DIR is used (one batch per DIR, as
`reassure evidence` would read it). The texts are read, never written: the weights file holds
the features' means, scales, weights and the threshold only.

Rows are the candidate pairs `_dedup.candidate_pairs` proposes (the same ones the ledger
scores), labelled 1 when the gold puts both reports in one group. A real set (its parts a, b, c
together, `set_key`) is one fold: for each
set, the model is fitted on the others, its threshold chosen on the others alone (an inner
leave-one-set-out: each other DIR scored by a model fitted without it, the whole grouping run
at each threshold of a grid, utility = pairs found - FP_WEIGHT x pairs wrongly grouped, summed
over the inner DIRs, smoothed over WINDOW grid steps so the choice keeps a margin), then the
held-out DIR is grouped and scored: gold pairs found, pairs grouped that the gold keeps apart.
"before" is the text-similarity grouping (`_dedup._find_by_text`, threshold 0.22). The rules
beside the model (body copy, headline, one original retold: `_dedup.PairScorer.score`) apply in
every grouping here; their cut-offs are fixed, not chosen per fold. The shipped
model is fitted on all DIRs, its threshold chosen by the same inner rule over all of them.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

C_REG = 1.0
FP_WEIGHT = 2.0  # a wrong grouping merges two stories' sources: worse than a missed copy
WINDOW = 5
FOLD_BY_PARENT = False  # (s45) --fold-by-parent: one fold per DIR's parent folder (a round)
GRID = [round(-3.0 + 0.2 * k, 2) for k in range(41)]


def _groups(d: Path) -> list[list[str]]:
    if (d / "groups.json").exists():
        return list(json.loads((d / "groups.json").read_text(encoding="utf-8")))
    if (d / "split.json").exists():
        return list(json.loads((d / "split.json").read_text(encoding="utf-8"))["groups"])
    return list(json.loads((d / "gold.json").read_text(encoding="utf-8")).get("groups", []))


def collect(d: Path) -> dict[str, Any]:
    """The ledger's inputs to `find_duplicates` for DIR's reports, its candidates and rows."""
    from reassure.evidence import _dedup
    from reassure.evidence._ledger import build_ledger

    seen: dict[str, Any] = {}
    real = _dedup.find_duplicates

    def spy(reports: Any, threshold: float, sigs: Any, keys: Any) -> Any:
        seen.update(reports=reports, sigs=sigs, keys=keys)
        return real(reports, threshold, sigs, keys, model=False)

    _dedup.find_duplicates = spy  # type: ignore[assignment]
    try:
        build_ledger(d / "reports", jobs=1)
    finally:
        _dedup.find_duplicates = real  # type: ignore[assignment]
    reports, sigs, keys = seen["reports"], seen["sigs"], seen["keys"]
    scorer = _dedup.PairScorer(reports, [s for s, _ in sigs], keys, None)
    cands = sorted(_dedup.candidate_pairs(scorer, [h for _, h in sigs], keys))
    ids = [r.id for r in reports]
    story = {x: k for k, g in enumerate(_groups(d)) for x in g}
    label = [int(ids[i] in story and story.get(ids[i]) == story.get(ids[j])) for i, j in cands]
    before = _dedup._find_by_text(reports, _dedup.DEDUP_THRESHOLD, sigs, keys)
    name = f"{d.parent.name}/{d.name}" if FOLD_BY_PARENT else d.name
    # (s45) a set of one report has no candidates: X keeps its width (0 rows x the features)
    x = np.array([scorer.features(i, j) for i, j in cands], dtype=float)
    return {"name": name, "fold": d.parent.name if FOLD_BY_PARENT else set_key(d.name),
            "reports": reports, "ids": ids, "scorer": scorer, "cands": cands,
            "X": x.reshape(len(cands), len(_dedup.FEATURES)), "y": np.array(label, dtype=int),
            "story": story, "before": [g.report_ids for g in before]}


def score_groups(data: dict[str, Any], groups: list[tuple[str, ...]]) -> tuple[int, int, int]:
    """(gold pairs found, gold pairs, pairs grouped that the gold keeps apart)."""
    story = data["story"]
    gold = found = wrong = 0
    for a, b in combinations(data["ids"], 2):
        same_gold = a in story and story.get(a) == story.get(b)
        gold += same_gold
    for g in groups:
        for a, b in combinations(g, 2):
            if a in story and story.get(a) == story.get(b):
                found += 1
            else:
                wrong += 1
    return found, gold, wrong


def fit(parts: list[dict[str, Any]], threshold: float = 0.0) -> Any:
    from sklearn.linear_model import LogisticRegression

    from reassure.evidence._dedup import DedupModel

    x = np.vstack([p["X"] for p in parts])
    y = np.concatenate([p["y"] for p in parts])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=C_REG, max_iter=5000).fit((x - mean) / scale, y)
    return DedupModel(tuple(float(v) for v in mean), tuple(float(v) for v in scale),
                      tuple(float(v) for v in lr.coef_[0]), float(lr.intercept_[0]), threshold)


def group(data: dict[str, Any], model: Any, threshold: float) -> list[tuple[str, ...]]:
    from reassure.evidence._dedup import _groups_out

    scorer = data["scorer"]
    if scorer.model is not model:
        scorer.model, scorer._cache = model, {}
    out = _groups_out(data["reports"], scorer.group(set(data["cands"]), threshold))
    return [g.report_ids for g in out]


def set_key(name: str) -> str:
    """(s32) A real set's number ("evidence-real84a" -> "84"): the parts of one set are one fold
    (one story can be collected into two parts); a DIR without digits is a fold of its own."""
    digits = "".join(ch for ch in name if ch.isdigit())
    return digits or name


def folds(parts: list[dict[str, Any]]) -> list[list[int]]:
    """Indices of ``parts``, grouped by `set_key`, in the order first seen."""
    by_key: dict[str, list[int]] = {}
    for k, p in enumerate(parts):
        by_key.setdefault(p.get("fold") or set_key(p["name"]), []).append(k)
    return list(by_key.values())


def choose_threshold(parts: list[dict[str, Any]]) -> float:
    utility = np.zeros(len(GRID))
    for fold in folds(parts):
        model = fit([p for k, p in enumerate(parts) if k not in fold])
        for held in (parts[k] for k in fold):
            for g, t in enumerate(GRID):
                found, _, wrong = score_groups(held, group(held, model, t))
                utility[g] += found - FP_WEIGHT * wrong
    smooth = np.convolve(utility, np.ones(WINDOW) / WINDOW, mode="same")
    return GRID[int(np.argmax(smooth))]


def ranking(parts: list[dict[str, Any]]) -> None:
    """Pair ranking, pooled over the held-out sets (each scored by the model fitted on the
    others): gold pairs ranked above the (k+1)-th different-story pair, for the model and for
    the text score alone (no grouping, no threshold)."""
    ys, model_s, text_s = [], [], []
    for fold in folds(parts):
        m = fit([p for k, p in enumerate(parts) if k not in fold])
        for held in (parts[k] for k in fold):
            ys.append(held["y"])
            model_s.append([m.logit(x) for x in held["X"]])
            text_s.append(held["X"][:, 0])
    y = np.concatenate(ys)
    for name, s in (("model", np.concatenate(model_s)), ("text", np.concatenate(text_s))):
        order = np.argsort(-s, kind="stable")
        wrong, found = np.cumsum(1 - y[order]), np.cumsum(y[order])
        cells = [f"{int(found[np.searchsorted(wrong, k + 1) - 1])}" for k in (0, 1, 2, 3, 5)]
        print(f"ranking, {name}: gold pairs (of {int(y.sum())}) above the 1st/2nd/3rd/4th/6th "
              f"different-story candidate pair: {' / '.join(cells)}")


def _shipped() -> Any:
    """The model now shipped (`dedup_model.json`), read before any --out rewrites it."""
    from reassure.evidence._dedup import load_model

    return load_model()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--out", help="write the model fitted on all DIRs here")
    ap.add_argument("--zero", action="append", default=[], metavar="FEATURE",
                    help="(s32) fit without this feature (its weight 0): sources_disjoint took a "
                         "positive weight on sets 74-88 against its marginal sign and added "
                         "nothing leave-one-set-out (186/301 found, 27 wrong, with it or without)")
    ap.add_argument("--no-shipped", action="store_true",
                    help="do not score the model now shipped beside the refit")
    ap.add_argument("--fold-by-parent", action="store_true",
                    help="(s45) one fold per DIR's parent folder (rounds r8/ ... r14/ of small "
                         "sets: leave-one-round-out) instead of per set number")
    ap.add_argument("--fp-weight", type=float, default=None,
                    help="(s45) weight of a pair wrongly grouped against a pair found when the "
                         "threshold is chosen (default FP_WEIGHT, 2)")
    ap.add_argument("--threshold", type=float, default=None,
                    help="(s45) a fixed logit threshold in every fold and for the written model "
                         "instead of the one chosen by the inner leave-one-out")
    args = ap.parse_args(argv)
    global FOLD_BY_PARENT, FP_WEIGHT
    FOLD_BY_PARENT = args.fold_by_parent
    if args.fp_weight is not None:
        FP_WEIGHT = args.fp_weight
    parts = [collect(Path(d)) for d in args.dirs]
    from reassure.evidence._dedup import FEATURES

    for name in args.zero:
        for p in parts:
            p["X"][:, FEATURES.index(name)] = 0.0
    print("set | reports | before: found/gold, wrong | after (leave-one-set-out): found/gold, "
          "wrong | threshold")
    total = np.zeros(7, dtype=int)
    shipped = None if args.no_shipped else _shipped()
    for fold in folds(parts):
        rest = [p for k, p in enumerate(parts) if k not in fold]
        t = choose_threshold(rest) if args.threshold is None else args.threshold
        model = fit(rest)
        before_fold = total.copy()
        for held in (parts[k] for k in fold):
            after = score_groups(held, group(held, model, t))
            before = score_groups(held, held["before"])
            now = (score_groups(held, group(held, shipped, shipped.threshold)) if shipped
                   else (0, 0, 0))
            total += [before[0], before[2], after[0], after[2], after[1], now[0], now[2]]
            print(f"{held['name']} | {len(held['ids'])} | {before[0]}/{before[1]}, {before[2]} | "
                  f"{after[0]}/{after[1]}, {after[2]} | {t}"
                  + (f" | shipped {now[0]}/{now[1]}, {now[2]}" if shipped else ""))
        if len(fold) > 1:
            d = total - before_fold
            print(f"fold {parts[fold[0]].get('fold')} | {sum(len(parts[k]['ids']) for k in fold)} | "
                  f"{d[0]}/{d[4]}, {d[1]} | {d[2]}/{d[4]}, {d[3]} | {t}"
                  + (f" | shipped {d[5]}/{d[4]}, {d[6]}" if shipped else ""))
    print(f"all | {sum(len(p['ids']) for p in parts)} | {total[0]}/{total[4]}, {total[1]} | "
          f"{total[2]}/{total[4]}, {total[3]} |"
          + (f" | shipped {total[5]}/{total[4]}, {total[6]}" if shipped else ""))
    ranking(parts)
    if args.out:
        model = fit(parts, choose_threshold(parts) if args.threshold is None else args.threshold)
        doc = model.to_dict()
        on: dict[str, dict[str, int]] = {}
        for p in parts:  # one entry per DIR, or (--fold-by-parent) per round of small sets
            row = on.setdefault(p["fold"] if FOLD_BY_PARENT else p["name"],
                                {"sets": 0, "reports": 0, "candidate_pairs": 0, "one_story_pairs": 0})
            row["sets"] += 1
            row["reports"] += len(p["ids"])
            row["candidate_pairs"] += len(p["y"])
            row["one_story_pairs"] += int(p["y"].sum())
        doc["trained_on"] = on
        doc = {k: (round(v, 6) if isinstance(v, float) else
                   [round(x, 6) for x in v] if isinstance(v, list) and v and
                   isinstance(v[0], float) else v) for k, v in doc.items()}
        Path(args.out).write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}: threshold {model.threshold}, coef "
              + ", ".join(f"{n} {c:+.2f}" for n, c in zip(doc["features"], model.coef,
                                                           strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
