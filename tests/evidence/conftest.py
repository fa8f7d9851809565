"""Shared fixtures for the evidence-ledger tests: the seed ledger, the fixture ledger, a writer."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reassure.evidence import Ledger, build_ledger

# the test modules import shared helpers (evidence_claim_helpers) from this folder
sys.path.insert(0, str(Path(__file__).resolve().parent))

REPO = Path(__file__).resolve().parents[2]
SEEDS = (REPO / ".." / "shared" / "seeds").resolve()
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS_REASON = f"the seed reports are not present at {SEEDS} (they live in ../shared/seeds beside the repo)"
SEEDS_PRESENT = SEEDS.is_dir() and any(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session", autouse=True)
def _passes_alone() -> Iterator[None]:
    """The rules' tests see the cue and clause passes' stances alone: the stance check, a model
    over their output (`_stance_check`), has its own tests, which ask for it by name
    (``build_ledger(..., stance_check=True)``)."""
    import reassure.evidence._ledger as ledger_module

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ledger_module, "STANCE_CHECK", False)
        yield


@pytest.fixture(scope="session")
def seed_ledger() -> Ledger:
    if not SEEDS_PRESENT:
        pytest.skip(SEEDS_REASON)
    return build_ledger([SEEDS])


@pytest.fixture(scope="session")
def fixture_ledger() -> Ledger:
    return build_ledger([FIXTURES])


@pytest.fixture
def ledger_of(tmp_path: Path) -> Callable[..., Ledger]:
    """Write texts to files in a fresh folder and build their ledger: ``ledger_of(a="...")``."""

    def make(**texts: str) -> Ledger:
        folder = tmp_path / "reports"
        folder.mkdir(exist_ok=True)
        for name, text in texts.items():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        return build_ledger([folder])

    return make


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stance passes alone: the stance model's weights are not loaded."""
    import reassure.evidence._stance_model as sm

    monkeypatch.setattr(sm, "load_model", lambda *a: None)


@pytest.fixture
def scored_stances(tmp_path: Path) -> Callable[[str], set[tuple[str, str]]]:
    """One report's text -> its (nation, stance) pairs as the corpus scorer counts them: Russia,
    Ukraine and the US are not contributors; "rejects" is "declines"; talks, support and leading
    are not troop stances."""

    def stances(text: str) -> set[tuple[str, str]]:
        (tmp_path / "r.txt").write_text(text + "\n", encoding="utf-8")
        return {(s.actor, "declines" if s.stance == "rejects" else s.stance)
                for s in build_ledger([tmp_path], jobs=1).stances
                if s.stance not in ("talks", "supports", "leading")
                and s.actor not in ("RUS", "UKR", "USA")}

    return stances

