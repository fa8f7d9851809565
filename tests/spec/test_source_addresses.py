"""Every source a shipped scenario or data file cites can be opened by a reader of a fresh clone.

The seed reports and the compiled reference notes (figures.md, mobility.md, ...) live outside
the repository, so a `[[sources]]` entry that names only such a `file` cannot be opened. Each
entry gives a public `url`, or says in its `note` why not: a bundle of facts lists each fact's
address ("no single address: ... https://..."), and an original that could not be found says so
("original address not found: ..."). See docs/scenario-format.md, "Where a reader finds a
source".
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from reassure.spec import list_scenarios, load_scenario
from reassure.spec._quantity import Source

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "reassure" / "data"
THEATRES = REPO / "src" / "reassure" / "theatres"
SEEDS = REPO.parent / "shared" / "seeds"  # outside the repository; checked only where present
MAX_QUOTE_WORDS = 30


def _why_no_url(src: Source) -> str:
    """Empty if ``src`` can be opened, else what is wrong with it."""
    if src.url:
        if not src.url.startswith(("https://", "http://")):
            return f"url {src.url!r} is not a web address"
        return ""
    note = src.note or ""
    if "original address not found" in note:
        return ""
    if "no single address" in note and "http" in note:
        return ""
    return "has no `url`, and its note does not say why (nor list the originals' addresses)"


def _data_sources() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(DATA.glob("*.toml")):
        for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("sources", []):
            out.append((f"{path.name}:{entry.get('id')}", entry))
    return out


def test_there_are_shipped_sources_to_check() -> None:
    assert len(list_scenarios()) >= 8
    assert len(_data_sources()) >= 20


@pytest.mark.parametrize("path", list_scenarios(), ids=lambda p: Path(p).stem)
def test_every_scenario_source_can_be_opened(path: Path) -> None:
    scenario = load_scenario(path)
    bad = {src.id: why for src in scenario.sources if (why := _why_no_url(src))}
    assert not bad, f"{Path(path).name}: {bad}"


def test_every_data_file_source_can_be_opened() -> None:
    bad = {}
    for where, entry in _data_sources():
        why = _why_no_url(Source.model_validate(entry))
        if why:
            bad[where] = why
    assert not bad, bad


def test_every_theatre_source_has_an_address() -> None:
    files = sorted(THEATRES.glob("**/sources.toml"))
    assert files
    for path in files:
        for entry in tomllib.loads(path.read_text(encoding="utf-8"))["sources"]:
            assert str(entry.get("url", "")).startswith(("https://", "http://")), (path, entry)


def _all_sources() -> list[tuple[str, Source]]:
    found: dict[tuple[str, str], Source] = {}
    for path in list_scenarios():
        for src in load_scenario(path).sources:
            found[(Path(path).name, src.id)] = src
    for where, entry in _data_sources():
        found[(where, "")] = Source.model_validate(entry)
    return [(f"{a}:{b}" if b else a, src) for (a, b), src in found.items()]


def test_quotes_are_short() -> None:
    long = {w: len(s.quote.split()) for w, s in _all_sources()
            if s.quote and len(s.quote.split()) > MAX_QUOTE_WORDS}
    assert not long, f"quotes over {MAX_QUOTE_WORDS} words: {long}"


def test_every_seed_report_gives_its_address_and_a_quote() -> None:
    seeds = [(w, s) for w, s in _all_sources() if s.id.startswith("seed-")]
    assert {s.id for _, s in seeds} == {f"seed-00{i}" for i in range(5)}
    for where, src in seeds:
        assert src.url and src.quote, where
        assert src.file and src.file.endswith(".txt"), where


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed reports are not next to the repository")
def test_seed_quotes_are_verbatim() -> None:
    for where, src in _all_sources():
        if src.quote and src.file and (SEEDS / src.file).is_file():
            assert src.quote in (SEEDS / src.file).read_text(encoding="utf-8"), where
