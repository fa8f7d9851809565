"""Near-duplicate threshold sweep and leave-one-story-out cross-validation (docs/evidence.md §3).

    python tests/evidence/corpus/sweep_dedup.py \\
        own tests/evidence/corpus/reports tests/evidence/corpus/gold.json \\
        r50 /work/evidence-real/reports /work/evidence-real/split.json \\
        t2 /work/evidence-tune2/reports /work/evidence-tune2/split.json

Each set is NAME REPORTS GROUPS, GROUPS a JSON file with "groups" (gold near-duplicate groups).
For each threshold the ledger's grouping is run on each set (extraction once); a pair is scored
found (both in one gold group and grouped), wrong (grouped, not in one gold group). The
cross-validation holds out one gold story at a time, chooses a threshold on the other stories'
pairs (objective: found - 3 x wrong) and scores the held-out story's pairs; with a window, it
chooses the threshold whose neighbours within +-0.01 (or +-0.02) also score best. Since issue
15g also a 5-fold GroupKFold by story over all sets pooled, choosing the (claim-key weight of
`combined_similarity`, threshold) on four folds and scoring the fifth (per fold: the choice,
pairs found, wrong pairs). A GROUPS file may also be a bare list of groups (groups.json).

    python tests/evidence/corpus/sweep_dedup.py own tests/evidence/corpus/reports \
        tests/evidence/corpus/gold.json r1 /work/evidence-real/reports \
        /work/evidence-real/split.json r2 DIR2/reports DIR2/groups.json ...
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

THRESHOLDS = [round(0.08 + 0.01 * k, 2) for k in range(17)]
CLAIM_WEIGHTS = (0.25, 0.5, 0.75)  # share of the claim keys in the combined similarity
WRONG_WEIGHT = 3
FOLDS = 5


def _outcomes(name: str, folder: str, groups: list[list[str]]) -> tuple[dict[Any, Any], list[Any]]:
    from reassure.evidence import _dedup
    from reassure.evidence._dedup import find_duplicates
    from reassure.evidence._ingest import expand_paths
    from reassure.evidence._ledger import _assign_ids, _fingerprints, _process

    files, _ = expand_paths([folder])
    parts = [x for x in _process(list(zip(files, _assign_ids(files), strict=True)))
             if isinstance(x, tuple)]
    reports = [p[0] for p in parts]
    keys = _fingerprints(reports, [c for p in parts for c in p[1]],
                         [s for p in parts for s in p[2]], [p[4] for p in parts])
    sigs = [p[3] for p in parts]
    ids = [r.id for r in reports]
    story = {x: tuple(g) for g in groups for x in g}
    for x in ids:
        story.setdefault(x, (x,))
    joined = {}
    default = _dedup.CLAIM_WEIGHT
    try:
        for w in CLAIM_WEIGHTS:
            _dedup.CLAIM_WEIGHT = w
            for t in THRESHOLDS:
                found = find_duplicates(reports, t, sigs, keys)
                joined[w, t] = {frozenset(p) for g in found
                                for p in itertools.combinations(g.report_ids, 2)}
    finally:
        _dedup.CLAIM_WEIGHT = default
    for t in THRESHOLDS:  # the leave-one-story-out sweep: the shipped weight
        joined[t] = joined[default, t]
    out = {}
    for a, b in itertools.combinations(ids, 2):
        same = story[a] == story[b]
        js = {k: frozenset((a, b)) in v for k, v in joined.items()}
        if same or any(js.values()):
            out[(name, frozenset((a, b)))] = (same, js)
    return out, [(name, g) for g in {story[x] for x in ids}]


def _tally(pairs: list[Any], t: float) -> tuple[int, int, int]:
    found = sum(1 for same, js in pairs if same and js[t])
    wrong = sum(1 for same, js in pairs if not same and js[t])
    return found, sum(1 for same, _ in pairs if same), wrong


def _choose_kw(pairs: list[Any], window: float) -> tuple[float, float]:
    """The (claim weight, threshold) scoring best, the threshold's neighbours within the window
    counted with it (the middle of ties)."""
    def tally(key: Any) -> int:
        return (sum(1 for same, js in pairs if same and js[key])
                - WRONG_WEIGHT * sum(1 for same, js in pairs if not same and js[key]))
    score = {}
    for w in CLAIM_WEIGHTS:
        raw = {t: tally((w, t)) for t in THRESHOLDS}
        for t in THRESHOLDS[2:-2]:
            score[w, t] = sum(raw[u] for u in THRESHOLDS if abs(u - t) <= window + 1e-4)
    best = max(score.values())
    ties = sorted(k for k in score if score[k] == best)
    return ties[len(ties) // 2]


def kfold(outcome: dict[Any, Any], stories: list[Any], window: float) -> None:
    """GroupKFold by story over all sets: the (claim weight, threshold) chosen on four folds'
    pairs, scored on the fifth's (a pair belongs to the fold of either of its reports' story)."""
    from sklearn.model_selection import GroupKFold

    keys = [f"{name}:{min(story)}" for name, story in stories]
    fold_of = {}
    for k, (_, test) in enumerate(GroupKFold(n_splits=FOLDS).split(keys, groups=keys)):
        for i in test:
            name, story = stories[i]
            fold_of.update({(name, x): k for x in story})
    total = [0, 0, 0]
    for k in range(FOLDS):
        def in_test(key: Any, k: int = k) -> bool:
            return any(fold_of[key[0], x] == k for x in key[1])
        test = [v for key, v in outcome.items() if in_test(key)]
        train = [v for key, v in outcome.items() if not in_test(key)]
        w, t = _choose_kw(train, window)
        f = sum(1 for same, js in test if same and js[w, t])
        g = sum(1 for same, _ in test if same)
        wrong = sum(1 for same, js in test if not same and js[w, t])
        total = [total[0] + f, total[1] + g, total[2] + wrong]
        print(f"fold {k} (window +-{window:.2f}): chosen claim weight {w}, threshold {t}: "
              f"found {f}/{g}, wrong {wrong}")
    print(f"{FOLDS}-fold by story (window +-{window:.2f}): found {total[0]}/{total[1]}, "
          f"wrong {total[2]}; on all: {_choose_kw(list(outcome.values()), window)}")


def _choose(pairs: list[Any], window: float) -> float:
    score = {t: _tally(pairs, t)[0] - WRONG_WEIGHT * _tally(pairs, t)[2] for t in THRESHOLDS}
    if window:
        score = {t: sum(score[u] for u in THRESHOLDS if abs(u - t) <= window + 1e-4)
                 for t in THRESHOLDS if THRESHOLDS[2] <= t <= THRESHOLDS[-3]}
    best = max(score.values())
    ties = [t for t in score if score[t] == best]
    return ties[len(ties) // 2]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="+", help="NAME REPORTS GROUPS, repeated")
    args = ap.parse_args(argv)
    if len(args.sets) % 3:
        ap.error("sets come in threes: NAME REPORTS GROUPS")
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src"))
    outcome: dict[Any, Any] = {}
    stories: list[Any] = []
    names = args.sets[0::3]
    for name, folder, groups_file in zip(names, args.sets[1::3], args.sets[2::3], strict=True):
        doc = json.loads(Path(groups_file).read_text(encoding="utf-8"))
        groups = doc["groups"] if isinstance(doc, dict) else doc  # a groups.json is a bare list
        o, s = _outcomes(name, folder, groups)
        outcome.update(o)
        stories.extend(s)
    print("threshold | " + " | ".join(f"{n}: found/gold, wrong" for n in names))
    for t in [(w, t) for w in CLAIM_WEIGHTS for t in THRESHOLDS]:
        cells = []
        for n in names:
            f, g, w = _tally([v for k, v in outcome.items() if k[0] == n], t)
            cells.append(f"{f}/{g}, {w}")
        print(f"{t} | " + " | ".join(cells))
    for window in (0.0, 0.01, 0.02):
        found = gold = wrong = 0
        chosen: Counter[float] = Counter()
        everything = list(outcome.values())
        for name, story in stories:
            test = [v for k, v in outcome.items() if k[0] == name and k[1] & set(story)]
            train = [v for k, v in outcome.items() if not (k[0] == name and k[1] & set(story))]
            t = _choose(train, window)
            chosen[t] += 1
            f, g, w = _tally(test, t)
            found, gold, wrong = found + f, gold + g, wrong + w
        kfold(outcome, stories, window)
        label = f"window +-{window:.2f}" if window else "best threshold"
        print(f"leave-one-story-out ({label}), {len(stories)} folds: chosen {dict(chosen)}; "
              f"found {found}/{gold}, wrong {wrong}; on all stories: {_choose(everything, window)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
