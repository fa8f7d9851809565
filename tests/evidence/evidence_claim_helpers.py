"""Helpers shared by the claim tests (15m, 15p): a one-report ledger in a chosen claim mode and
the troop figures and country counts read from it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reassure.evidence import _claim_model, _dedup, build_ledger

Troop = tuple[str, float | None, float | None]


def ledger_from(tmp_path: Path, text: str, mode: str = "model"):  # type: ignore[no-untyped-def]
    """The ledger of one report holding ``text``, read with the claim model (``mode="model"``)
    or the rules alone (``"rules"``)."""
    (tmp_path / "r.txt").write_text("Title\n\n" + text + "\n", encoding="utf-8")
    old = _claim_model.MODE
    _claim_model.MODE = mode
    try:
        return build_ledger([tmp_path / "r.txt"], jobs=1)
    finally:
        _claim_model.MODE = old


def troops_in(tmp_path: Path, text: str, mode: str) -> set[Troop]:
    """(subject, low, high) of every force-size claim of ``text``."""
    return {(c.subject, c.low, c.high) for c in ledger_from(tmp_path, text, mode).claims
            if c.unit == "troops" and _claim_model.is_force(c.subject)}


def troop_figures(tmp_path: Path, text: str) -> set[Troop]:
    """(subject, low, high) of every claim in troops of ``text``, read as shipped."""
    (tmp_path / "r.txt").write_text("Title\n\n" + text + "\n", encoding="utf-8")
    return {(c.subject, c.low, c.high) for c in build_ledger([tmp_path], jobs=1).claims
            if c.unit == "troops"}


def countries_in(tmp_path: Path, text: str) -> set[tuple[float | None, float | None]]:
    """(low, high) of every count of nations in ``text``."""
    return {(c.low, c.high) for c in ledger_from(tmp_path, text).claims if c.unit == "countries"}


def corpus_texts() -> list[str]:
    """The cleaned texts (paragraphs joined as the ledger joins them) of the fixtures, the samples
    and the own corpus: what the speed tests (15y, 15za) compare faster paths on."""
    from reassure.evidence._clean import clean
    from reassure.evidence._extract import SEP
    from reassure.evidence._ingest import read_raw

    here = Path(__file__).resolve().parent
    out = []
    for folder in (here / "fixtures", here / "corpus" / "samples", here / "corpus" / "reports"):
        for f in sorted(folder.glob("*.txt")):
            r = clean(read_raw(str(f)))
            out.append(SEP.join(r.text[a:b] for a, b in r.paragraphs))
    return out


TROOP_STANCES = ("ready", "open", "conditional", "undecided", "declines")


def stance_pairs(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    """(nation, stance) of every troop stance the passes read in ``text`` (no stance check)."""
    # (s67) dated after the spring 2025 changes of office (Carney 14 March, Merz 6 May): a
    # leader's words speak for the nation only in office (`OFFICE_TERMS`)
    (tmp_path / "r.txt").write_text("Europe weighs a force for Ukraine\nNorthwire, 3 June 2025\n\n"
                                    + text + "\n", encoding="utf-8")
    ledger = build_ledger([tmp_path / "r.txt"], jobs=1, stance_check=False)
    return {(s.actor, s.stance) for s in ledger.stances if s.stance in TROOP_STANCES}


def strictly_checked(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    """The ledger of one report holding ``text`` with the strictest stance check, which withholds
    every stance it judges (s44, s45: what passes unjudged)."""
    (tmp_path / "r.txt").write_text("A report\nNorthwire, 3 March 2025\n\n" + text + "\n",
                                    encoding="utf-8")
    return build_ledger([tmp_path / "r.txt"], jobs=1, stance_check=True,
                        stance_check_threshold=1.0)


def dedup_inputs(tmp_path: Path, texts: dict[str, str]) -> tuple[Any, ...]:
    """The ledger of the reports ``texts`` (name -> text) and what `_dedup.find_duplicates` was
    given for them: (ledger, reports, signatures, claim keys)."""
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    seen: dict[str, Any] = {}
    real = _dedup.find_duplicates

    def spy(reports: Any, threshold: float, sigs: Any, keys: Any) -> Any:
        seen.update(reports=reports, sigs=sigs, keys=keys)
        return real(reports, threshold, sigs, keys)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_dedup, "find_duplicates", spy)
        ledger = build_ledger(tmp_path)
    return ledger, seen["reports"], seen["sigs"], seen["keys"]


#: A sentence naming the force, before a stance that names it only by "taking part" (s53, s54).
FORCE_BEFORE = "European leaders are discussing a reassurance force of about 30,000 troops for Ukraine. "


def stances_in(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    """(nation, stance) of every stance of one wire report holding ``body`` (review s53, s54)."""
    (tmp_path / "r.txt").write_text(f"Partners weigh the force\n\nNorthwire, 5 March 2026\n\n{body}\n",
                                    encoding="utf-8")
    return {(s.actor, s.stance) for s in build_ledger([tmp_path / "r.txt"], jobs=1).stances}


def undated_stances(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    """(nation, stance) of every stance of one report holding ``body`` under a title and no date
    (s69: leaders named before and after the spring 2025 changes of office speak alike)."""
    (tmp_path / "r.txt").write_text(f"Title: Partners weigh the force\n\n{body}\n", encoding="utf-8")
    return {(s.actor, s.stance) for s in build_ledger([tmp_path / "r.txt"], jobs=1).stances}


def scored_stances_in(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    """`stances_in` as a scorer counts them: Russia, Ukraine and the US are not scored (s60, s61)."""
    return {s for s in stances_in(tmp_path, body) if s[0] not in ("RUS", "UKR", "USA")}


# A report long enough (nine sentences) for the troop-size model to judge it as it judges real
# reports (`_claim_model.REPORT_SENTENCES`); the sentence under test goes in the middle (s59, s60).
NINE_BEFORE = ("European defence ministers met in Brussels on Monday to discuss guarantees for "
               "Ukraine. The talks turned on a possible truce and what would follow it. "
               "Officials said nothing had been decided. ")
NINE_AFTER = (" The meeting ended without a joint statement. More talks are planned next month. "
              "Moscow has warned against any Western deployment. "
              "Kyiv has asked its partners for firm guarantees.")


def figures_in_nine(tmp_path: Path, sentence: str) -> set[Troop]:
    """(subject, low, high) of the troop claims of ``sentence``, read inside a nine-sentence
    wire report."""
    (tmp_path / "r.txt").write_text(
        "Europe weighs a force for Ukraine\n\nNorthwire, 3 March 2025\n\n"
        + NINE_BEFORE + sentence + NINE_AFTER + "\n", encoding="utf-8")
    return {(c.subject, c.low, c.high) for c in build_ledger([tmp_path / "r.txt"], jobs=1).claims
            if c.unit == "troops" and sentence[:30] in c.sentence}
