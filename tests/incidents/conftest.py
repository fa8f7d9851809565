"""Shared fixtures for the incident tests: the reference helpers live next to the tests."""

from __future__ import annotations

import sys
from pathlib import Path

# simpy_reference.py and reference_scenarios.py are plain modules beside the tests (the
# benchmark imports them too); make them importable whatever pytest's import mode.
_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
