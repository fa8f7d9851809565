"""Run every benchmark, or those named (`run_all.py bench_assess`), and record the figures in
benchmarks/RESULTS.md (`make bench`).

Each `bench_*.py` prints a human-readable report and, with `--json`, a last line of JSON. The
report text goes into RESULTS.md under the command that produced it, so every figure there can
be reproduced by running that command on a machine like this one (2 cores).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def main() -> int:
    only = set(sys.argv[1:])
    benches = sorted(p for p in HERE.glob("bench_*.py") if not only or p.stem in only)
    sections = []
    failed = 0
    for bench in benches:
        command = f".venv/bin/python benchmarks/{bench.name}"
        print(f"== {command}", flush=True)
        proc = subprocess.run([sys.executable, str(bench)], cwd=REPO, capture_output=True, text=True)
        print(proc.stdout, end="")
        if proc.returncode != 0:
            failed += 1
            print(proc.stderr, file=sys.stderr)
            sections.append(f"## {bench.stem}\n\nFAILED (exit {proc.returncode}); see `{command}`.\n")
            continue
        sections.append(f"## {bench.stem}\n\nCommand: `{command}`\n\n```\n{proc.stdout.strip()}\n```\n")
    header = (
        "# Benchmark results\n\n"
        "Written by `make bench` (`benchmarks/run_all.py`); each section gives the command that "
        "produced it. Speed is reported as a ratio against a baseline measured in the same run.\n\n"
        f"- date: {dt.date.today().isoformat()}\n- machine: {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}\n\n"
    )
    results = HERE / "RESULTS.md"
    if results.exists():  # keep the sections not rerun here (other benchmarks, before/after notes)
        kept = {}
        for part in results.read_text().split("\n## ")[1:]:
            kept[part.split("\n", 1)[0].strip()] = "## " + part.rstrip() + "\n"
        for section in sections:
            kept[section.split("\n", 1)[0][3:].strip()] = section
        sections = [kept[name] for name in sorted(kept)]
    results.write_text(header + "\n".join(sections))
    print(json.dumps({"benchmarks": len(benches), "failed": failed}))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
