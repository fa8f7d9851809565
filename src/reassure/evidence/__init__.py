"""The evidence ledger: a folder of reports -> quantified claims and national stances.

Used as (``tests/evidence/corpus/samples`` ships a few sample reports)::

    from reassure.evidence import build_ledger
    ledger = build_ledger(["tests/evidence/corpus/samples"])
    ledger.pledge("EST").stage                                    # 'deployed'

Pure: no printing, no network. spaCy (blank English pipeline), datasketch and trafilatura are
imported on first use. See docs/evidence.md for what is extracted, how, and the known limits.
"""

from __future__ import annotations

from reassure.evidence._claims import SUBJECTS
from reassure.evidence._clean import display_title, title_note, trim_quote_marks
from reassure.evidence._dedup import DEDUP_THRESHOLD
from reassure.evidence._ingest import MAX_BYTES
from reassure.evidence._ledger import Ledger, build_ledger
from reassure.evidence._model import *  # noqa: F403 (the data classes, listed in its __all__)
from reassure.evidence._model import Report
from reassure.evidence._model import __all__ as _model_names
from reassure.evidence._stances import STANCES

__all__ = [
    "DEDUP_THRESHOLD",
    "MAX_BYTES",
    "STANCES",
    "SUBJECTS",
    "Ledger",
    "build_ledger",
    "display_title",
    "read_report",
    "title_note",
    "trim_quote_marks",
]
__all__ += _model_names


def read_report(path: str) -> Report:
    """Read and clean one report; raise `EvidenceError` naming the file if it cannot be used."""
    from reassure.evidence._clean import clean
    from reassure.evidence._ingest import read_raw

    return clean(read_raw(path))
