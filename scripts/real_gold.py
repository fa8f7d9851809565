"""Write a real set's gold back into set folders, from the facts kept in the repository.

The real reports are third-party text and stay outside the repository, so a machine that is
shut down takes them along (sessions 22 and 23 lost sets 10-53 that way). Since session 24 each
set's annotations are kept in ``docs/evidence-real-gold/setNN.json``: facts only (the address,
troop sizes, stances, country counts, traps and near-duplicate groups of each report, by the
collector and by the blind second reader), no text. To rebuild a set, fetch each address's
stored page again (the collectors' brief, `docs/evidence-collecting.md`, gives the file format)
into ``OUT/evidence-realNNX/reports/ID.txt``, then:

    .venv/bin/python scripts/real_gold.py docs/evidence-real-gold/set55.json /work/sealed
    .venv/bin/python scripts/score_sets.py --tag T /work/sealed/evidence-real55a ...

Writes ``gold.json`` and ``split.json`` for each folder of the set (``--reader second``: the
blind second reader's gold instead) and lists the report files still missing. A refetched page
may be cut at another length than the one annotated; compare before scoring a set as held out.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

CLASSES = ("troops", "stances", "countries", "traps")


def folders(doc: dict[str, Any], reader: str = "first") -> dict[str, tuple[dict[str, Any], list[list[str]]]]:
    """Folder name -> (gold by report id, near-duplicate groups within the folder)."""
    source = doc["reports"] if reader == "first" else doc["second_reader"]
    all_groups = doc["groups"] if reader == "first" else doc.get("second_reader_groups", [])
    out: dict[str, tuple[dict[str, Any], list[list[str]]]] = {}
    for rid, entry in doc["reports"].items():
        gold, _ = out.setdefault(f"evidence-real{entry['folder']}", ({}, []))
        gold[rid] = {k: source.get(rid, {}).get(k, []) for k in CLASSES}
    for gold, groups in out.values():
        groups.extend(g for g in all_groups if set(g) <= set(gold))
    return out


def write(doc: dict[str, Any], out_dir: Path, reader: str = "first") -> list[Path]:
    """Write each folder's ``gold.json`` and ``split.json``; return the report files missing."""
    missing: list[Path] = []
    for name, (gold, groups) in folders(doc, reader).items():
        folder = out_dir / name
        (folder / "reports").mkdir(parents=True, exist_ok=True)
        (folder / "gold.json").write_text(json.dumps(gold, indent=1), encoding="utf-8")
        (folder / "split.json").write_text(json.dumps({"split": {r: "heldout" for r in gold},
                                                       "groups": groups}, indent=1), encoding="utf-8")
        missing += [folder / "reports" / f"{r}.txt" for r in gold
                    if not (folder / "reports" / f"{r}.txt").exists()]
    return missing


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set_file", type=Path)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--reader", choices=("first", "second"), default="first")
    args = ap.parse_args(argv)
    doc = json.loads(args.set_file.read_text(encoding="utf-8"))
    missing = write(doc, args.out_dir, args.reader)
    print(f"{len(doc['reports'])} reports' gold written; {len(missing)} report files missing")
    for p in missing[:20]:
        print(f"  missing {p}  ({doc['reports'][p.stem]['address']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
