"""Make the shared fuzz and kill helpers importable by the tests and benchmarks/bench_fuzz.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
