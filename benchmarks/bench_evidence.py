"""Benchmark the evidence ledger: 1,000 perturbed reports through `build_ledger`.

The reports are generated from the seeds (../shared/seeds beside the repo) or, when absent, from
the test fixtures: each is one seed with paragraphs dropped, repeated and reordered, words swapped
for synonyms, a newsletter block and a metadata trailer added. Timing starts after the spaCy
pipeline is built (a one-off cost per process, printed separately as ``startup_s``).

    .venv/bin/python benchmarks/bench_evidence.py            # human-readable
    .venv/bin/python benchmarks/bench_evidence.py --json     # one JSON line
    .venv/bin/python benchmarks/bench_evidence.py --reports 200 --repeat 3 --jobs 1

``--corpus DIR [DIR ...]`` times `build_ledger` over folders of real reports instead (distinct
text: no sentence repeats across reports, so nothing a per-text cache could flatter); given
without folders it reads the repo's own corpus (tests/evidence/corpus/reports):

    .venv/bin/python benchmarks/bench_evidence.py --corpus --repeat 3 --jobs 1
    .venv/bin/python benchmarks/bench_evidence.py --corpus /data/set1/reports /data/set2/reports
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = (REPO / ".." / "shared" / "seeds").resolve()
FIXTURES = REPO / "tests" / "evidence" / "fixtures"
CORPUS = REPO / "tests" / "evidence" / "corpus" / "reports"

SYNONYMS = {
    "troops": "soldiers", "soldiers": "troops", "said": "stated", "European": "European",
    "discussions": "talks", "plan": "proposal", "deploy": "send", "ready": "prepared",
    "countries": "nations", "force": "force", "leaders": "officials", "meeting": "summit",
}
BOILERPLATE = [
    ["The Daily Example Newsletter", "Keep up to date with the news,", "SIGN ME UP",
     "You can unsubscribe at any time. By signing up you agree to our Terms of Use."],
    ["Discover more from Example News | Defence, Security", "Subscribe to get the latest posts "
     "sent to your email."],
]


def _seed_texts() -> list[str]:
    folder = SEEDS if SEEDS.is_dir() else FIXTURES
    files = sorted(p for p in folder.glob("*.txt"))
    if not files:
        sys.exit(f"no seed reports in {SEEDS} or {FIXTURES}")
    return [p.read_text(encoding="utf-8") for p in files]


def perturb(text: str, rng: random.Random, n: int) -> str:
    """One perturbed copy of a report."""
    paras = [p for p in text.split("\n") if p.strip()]
    if len(paras) > 4:
        for _ in range(rng.randint(0, 2)):
            paras.pop(rng.randrange(1, len(paras)))
    if rng.random() < 0.5:
        paras.insert(rng.randrange(len(paras)), rng.choice(paras))
    if rng.random() < 0.3 and len(paras) > 3:
        i = rng.randrange(1, len(paras) - 1)
        paras[i], paras[i + 1] = paras[i + 1], paras[i]
    out = []
    for p in paras:
        words = p.split(" ")
        for k, w in enumerate(words):
            if w in SYNONYMS and rng.random() < 0.3:
                words[k] = SYNONYMS[w]
        out.append(" ".join(words))
    if rng.random() < 0.5:
        out.extend(rng.choice(BOILERPLATE))
    out.append(f"Source link : https://example.com/news/report-{n}")
    out.append(f"Publish date : 2025-02-{1 + n % 28:02d} 10:00:00")
    return "\n".join(out) + "\n"


def generate(folder: Path, count: int, seed: int = 20250217) -> list[Path]:
    rng = random.Random(seed)
    texts = _seed_texts()
    paths = []
    for n in range(count):
        p = folder / f"bench_{n:04d}.txt"
        p.write_text(perturb(texts[n % len(texts)], rng, n), encoding="utf-8")
        paths.append(p)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=1, help="runs; the best is reported")
    ap.add_argument("--jobs", type=int, default=None,
                    help="worker processes (default: build_ledger's choice)")
    ap.add_argument("--json", action="store_true", help="print one machine-readable line")
    ap.add_argument("--corpus", nargs="*", default=None, metavar="DIR",
                    help="time these folders of .txt reports instead of perturbed seed copies "
                         "(no folder: tests/evidence/corpus/reports)")
    args = ap.parse_args(argv)
    corpus = None
    if args.corpus is not None:
        corpus = [Path(d) for d in args.corpus] or [CORPUS]
        for d in corpus:
            if not d.is_dir():
                sys.exit(f"not a folder: {d}")

    t0 = time.perf_counter()
    from reassure.evidence import build_ledger
    from reassure.evidence._nlp import get_nlp

    get_nlp()
    import datasketch  # noqa: F401

    startup = time.perf_counter() - t0
    times: list[float] = []
    # this process's CPU time too: with --jobs 1 it is the work itself, far less disturbed than
    # the wall clock by other jobs on a shared machine (worker processes are not counted)
    cpu_times: list[float] = []
    ledger = None
    with tempfile.TemporaryDirectory(prefix="reassure-bench-evidence-") as tmp:
        if corpus is None:
            folder = Path(tmp)
            generate(folder, args.reports)
            corpus_paths = [folder]
        else:
            corpus_paths = corpus
        for _ in range(max(1, args.repeat)):
            t, c = time.perf_counter(), time.process_time()
            ledger = build_ledger(corpus_paths, jobs=args.jobs)
            times.append(time.perf_counter() - t)
            cpu_times.append(time.process_time() - c)
    assert ledger is not None
    best = min(times)
    result = {
        "benchmark": "evidence",
        "reports": len(ledger.reports),
        "seconds": round(best, 3),
        "reports_per_s": round(len(ledger.reports) / best, 1),
        "cpu_seconds": round(min(cpu_times), 3),
        "reports_per_cpu_s": round(len(ledger.reports) / min(cpu_times), 1),
        "startup_s": round(startup, 3),
        "claims": len(ledger.claims),
        "stances": len(ledger.stances),
        "stories": len(ledger.duplicate_groups),
        "problems": len(ledger.problems),
        "source": ("corpus: " + " ".join(str(d) for d in corpus) if corpus is not None
                   else "seeds" if SEEDS.is_dir() else "fixtures"),
        "jobs": args.jobs or "auto",
        "cpu_count": os.cpu_count(),
        "load_avg_1min": round(os.getloadavg()[0], 2),
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"evidence ledger: {result['reports']} reports in {best:.2f} s = "
              f"{result['reports_per_s']:.0f} reports/s (startup {startup:.2f} s, not timed); "
              f"{result['claims']} claims, {result['stances']} stances, "
              f"{result['stories']} stories, from the {result['source']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
