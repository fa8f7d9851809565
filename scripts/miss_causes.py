"""Why the ledger misses the stances it misses on scored real sets: a count by cause.

For each gold stance a scored set missed (``score_sets.py`` writes them to ``OUT/TAG-SET.json``),
look at the report's sentences that name the nation (its names, demonyms and a few leaders) and
run the stance cue matcher on them:

- *same-kind cue matched, dropped*: a cue of the missed kind is there; the holder or
  classification steps after the matcher (or the stance check) dropped it;
- *other-kind cue only*: cues of other kinds only (another stance, or another nation's);
- *no cue in its sentences*: the matcher finds nothing: a phrasing no pattern covers;
- *no sentence names it*: the nation is named in no way the name list knows.

    .venv/bin/python scripts/miss_causes.py /tmp/sc/X5-evidence-real7*.json --sets /work/sealed

(session 29: docs/evidence.md §10 "Session 29"). The set folder of ``TAG-evidence-realNNx.json``
is ``SETS/evidence-realNNx``.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

CAUSES = ("same-kind cue matched, dropped", "other-kind cue only", "no cue in its sentences",
          "no sentence names it")
# leaders and capitals the name list does not hold, for the nations most often named that way
_ALSO = {"GBR": "starmer healey lammy british uk britain london",
         "FRA": "macron barrot lecornu french paris",
         "DEU": "merz pistorius scholz wadephul german bundeswehr berlin",
         "ITA": "meloni tajani crosetto italian rome",
         "POL": "tusk kosiniak-kamysz sikorski nawrocki polish warsaw"}
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def name_keys() -> dict[str, set[str]]:
    """Lower-case words that name each nation (ISO3)."""
    from reassure.evidence._gazetteer import _names, _word_nations, actor_name

    keys: dict[str, set[str]] = collections.defaultdict(set)
    for table in (_names(), _word_nations()):
        for word, iso3 in table.items():
            keys[iso3].add(word.lower())
    for iso3, words in _ALSO.items():
        keys[iso3] |= set(words.split())
    for iso3 in list(keys):
        keys[iso3].add(actor_name(iso3).lower())
    return keys


def cause(text: str, iso3: str, stance: str, keys: dict[str, set[str]]) -> str:
    """The cause of one missed (nation, stance) in a report's text."""
    from reassure.evidence._nlp import get_nlp
    from reassure.evidence._stances import stance_matcher

    nlp, matcher = get_nlp(), stance_matcher()
    words = keys.get(iso3, set())
    sentences = [s for s in _SENTENCE.split(text) if any(w in s.lower() for w in words)]
    if not sentences:
        return CAUSES[3]
    kinds: set[str] = set()
    for s in sentences:
        low = [t.lower_ for t in nlp.make_doc(s)]
        kinds |= {kind for kind, _, _ in matcher(low, 0, len(low))}
    if stance in kinds:
        return CAUSES[0]
    return CAUSES[1] if kinds else CAUSES[2]


def count(scores: list[Path], sets: Path) -> collections.Counter[str]:
    keys = name_keys()
    out: collections.Counter[str] = collections.Counter()
    for path in scores:
        folder = sets / path.stem.split("-", 1)[1]
        for rid, (iso3, stance) in json.loads(path.read_text())["misses"]["stances"]:
            text = (folder / "reports" / f"{rid}.txt").read_text(encoding="utf-8")
            out[cause(text, iso3, stance, keys)] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("scores", nargs="+", type=Path, help="score_sets.py's TAG-SET.json files")
    ap.add_argument("--sets", type=Path, default=Path("/work/sealed"),
                    help="the folder holding the sets' folders")
    args = ap.parse_args(argv)
    counts = count(args.scores, args.sets)
    total = sum(counts.values())
    for name in CAUSES:
        print(f"{counts[name]:5d} ({counts[name] / total:.0%})  {name}" if total else f"0  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
