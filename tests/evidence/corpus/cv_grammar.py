"""3-fold cross-validation BY STORY of the grammar pass's one parameter (holder-object window).

Usage: cv_grammar.py DIR [DIR ...]   (each DIR holds reports/, gold.json, split.json; its 'groups'
are the stories, a report in no group is a story of its own). Stories are dealt to 3 folds in
order of their first report id; for each fold the window is chosen on the other two folds
(highest F1 of stances, ties to the smaller window) and scored on the held fold. Prints the
per-window table on all stories and the pooled cross-validated figure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate import gold_sets, predicted  # noqa: E402

WINDOWS = (4, 6, 8, 10, 12, 15, 20, 30)


def counts(dirs: list[str], window: int | None) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) of stances per report id, with the grammar pass at ``window`` (None: off)."""
    from reassure.evidence import _extract, _grammar, build_ledger

    real = _grammar.grammar_stances
    if window is None:
        _extract.grammar_stances = lambda *args, **kwargs: []  # type: ignore[assignment]
    else:
        _grammar.WINDOW = window
    out: dict[str, tuple[int, int, int]] = {}
    try:
        for d in dirs:
            gold = json.loads(Path(d, "gold.json").read_text(encoding="utf-8"))
            pred = predicted(build_ledger([Path(d, "reports")]))
            for rid, entry in gold.items():
                g = gold_sets(entry)["stances"]
                p = pred.get(rid, {}).get("stances", set())
                out[f"{d}:{rid}"] = (len(g & p), len(p - g), len(g - p))
    finally:
        _extract.grammar_stances = real  # type: ignore[assignment]
    return out


def stories(dirs: list[str]) -> list[list[str]]:
    out: list[list[str]] = []
    for d in dirs:
        gold = json.loads(Path(d, "gold.json").read_text(encoding="utf-8"))
        groups = json.loads(Path(d, "split.json").read_text(encoding="utf-8"))["groups"]
        seen = {r for g in groups for r in g}
        out += [[f"{d}:{r}" for r in g if r in gold] for g in groups]
        out += [[f"{d}:{r}"] for r in gold if r not in seen]
    return sorted((s for s in out if s), key=lambda s: s[0])


def _fig(c: dict[str, tuple[int, int, int]], ids: list[str]) -> dict[str, Any]:
    tp = sum(c[i][0] for i in ids)
    fp = sum(c[i][1] for i in ids)
    fn = sum(c[i][2] for i in ids)
    r = tp / (tp + fn) if tp + fn else 0.0
    p = tp / (tp + fp) if tp + fp else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "recall": round(r, 3), "precision": round(p, 3),
            "f1": round(2 * r * p / (r + p), 4) if r + p else 0.0}


def main(dirs: list[str]) -> None:
    table = {w: counts(dirs, w) for w in (None, *WINDOWS)}
    every = stories(dirs)
    all_ids = [i for s in every for i in s]
    print("window  recall  precision  (all stories, tuning)")
    for w, c in table.items():
        f = _fig(c, all_ids)
        print(f"{w!s:>6}  {f['recall']:.3f}   {f['precision']:.3f}")
    folds = [[i for k, s in enumerate(every) if k % 3 == j for i in s] for j in range(3)]
    pooled: dict[str, tuple[int, int, int]] = {}
    for j, held in enumerate(folds):
        train = [i for k, f in enumerate(folds) if k != j for i in f]
        best = max(WINDOWS, key=lambda w: (_fig(table[w], train)["f1"], -w))
        print(f"fold {j}: {len(held)} reports held out, window {best} chosen on the other folds,"
              f" held-out {_fig(table[best], held)}")
        pooled.update({i: table[best][i] for i in held})
    print("cross-validated (pooled over the 3 held-out folds):", _fig(pooled, all_ids))
    print("grammar pass off, same reports:", _fig(table[None], all_ids))


if __name__ == "__main__":
    main(sys.argv[1:])
