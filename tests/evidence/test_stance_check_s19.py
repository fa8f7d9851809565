"""The stance check (session 19, `reassure.evidence._stance_check`): a logistic model over the
passes' (report, nation, stance) pairs; pairs it scores below its threshold are withheld, kept
apart for a reader and counted nowhere. The rules' own tests run with it off (conftest.py)."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import math
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

import reassure.evidence._ledger as ledger_module
from reassure.evidence import build_ledger
from reassure.evidence._stance_check import (
    CHECKED_STANCES,
    SHALLOW,
    StanceCheck,
    _bag,
    features,
    load_check,
)

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
_CONDITIONAL = CHECKED_STANCES.index("conditional")
_UNDECIDED = CHECKED_STANCES.index("undecided")


def _ledger(tmp_path: Path, text: str, **kw: object):
    folder = tmp_path / "reports"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return build_ledger([folder], **kw)  # type: ignore[arg-type]


def _claim(sentence: str, actor: str = "DNK", **kw: object) -> SimpleNamespace:
    base = {"actor": actor, "start": 500, "said_by_nation": None, "group": None,
            "condition": None, "sentence": sentence}
    return SimpleNamespace(**{**base, **kw})


def test_the_shipped_check_loads_with_its_settings() -> None:
    check = load_check()
    assert check is not None
    assert check.buckets == 4096 and check.threshold == 0.5  # 0.8 until session 23 (set 51)
    width = len(CHECKED_STANCES) + len(SHALLOW) + check.buckets * (1 + len(CHECKED_STANCES))
    assert check.weights and max(check.weights) < width and min(check.weights) >= 0
    assert math.isfinite(check.bias)


@given(st.text(max_size=300))
def test_a_sentence_bag_has_unit_length_or_is_empty(text: str) -> None:
    bag = _bag(text, 64)
    assert all(0 <= k < 64 for k in bag)
    if bag:
        assert math.isclose(math.sqrt(sum(v * v for v in bag.values())), 1.0, rel_tol=1e-9)


def test_features_cross_the_words_with_the_stance() -> None:
    buckets = 32
    claims = [_claim("Denmark is ready to send troops.", start=10, said_by_nation="DNK")]
    ready = features("ready", claims, buckets)  # type: ignore[arg-type]
    declines = features("rejects", claims, buckets)  # type: ignore[arg-type]  # as declines
    n = len(CHECKED_STANCES)
    words = n + len(SHALLOW)
    assert ready[CHECKED_STANCES.index("ready")] == 1.0
    assert declines[CHECKED_STANCES.index("declines")] == 1.0
    assert ready[n + SHALLOW.index("near_top")] == 1.0
    assert ready[n + SHALLOW.index("said_by_own")] == 1.0
    assert n + SHALLOW.index("said_by_other") not in ready
    shared = {k for k in ready if words <= k < words + buckets}
    assert shared and shared == {k for k in declines if words <= k < words + buckets}
    crossed_ready = {k for k in ready if k >= words + buckets}
    crossed_declines = {k for k in declines if k >= words + buckets}
    assert crossed_ready and crossed_ready.isdisjoint(crossed_declines)


def test_two_claims_average_their_sentences() -> None:
    one = features("ready", [_claim("Denmark is ready.")], 16)  # type: ignore[list-item]
    two = features("ready", [_claim("Denmark is ready."), _claim("Denmark is ready.")],  # type: ignore[list-item]
                   16)
    n = len(CHECKED_STANCES)
    assert two[n + SHALLOW.index("several_claims")] == 1.0
    words = n + len(SHALLOW)
    assert all(math.isclose(one[k], two[k]) for k in one if k >= words)


def _trainer():
    spec = importlib.util.spec_from_file_location(
        "train_stance_check", REPO / "scripts" / "train_stance_check.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_runtime_score_is_the_fitted_models_probability(tmp_path: Path) -> None:
    """Second implementation: the ledger's sparse sum against scikit-learn's predict_proba."""
    trainer = _trainer()
    rows = []
    sentences = ["Denmark is ready to send troops.", "Denmark fighter jets were discussed.",
                 "Denmark will not send troops.", "Denmark may consider taking part."]
    for k in range(24):
        s = sentences[k % 4]
        stance = ("ready", "ready", "declines", "open")[k % 4]
        rows.append(("19a", stance, [_claim(s, start=k * 90)], k % 4 != 1))
    settings = {"buckets": 64, "C": 1.0, "fresh_weight": 3.0, "threshold": 0.5}
    model = trainer.fit_model(rows[:12], rows[12:], settings)
    out = tmp_path / "check.json"
    trainer.write(model, settings, str(out))
    check = load_check(out)
    assert check is not None and check.buckets == 64
    expected = model.predict_proba(trainer.matrix(rows, 64))[:, 1]
    for row, p in zip(rows, expected, strict=True):
        assert check.score(row[1], row[2]) == pytest.approx(p, abs=1e-3)
    # the jets sentence was never right: the model learnt to doubt it
    assert check.score("ready", [_claim(sentences[1])]) < 0.5 < check.score(  # type: ignore[list-item]
        "ready", [_claim(sentences[0])])  # type: ignore[list-item]


def _doubting(label: int, bias: float = 5.0) -> StanceCheck:
    """A check that doubts one stance (weight -10 on its one-hot) and trusts the others."""
    return StanceCheck(buckets=64, bias=bias, weights={label: -10.0}, threshold=0.5)


def test_a_withheld_condition_no_longer_qualifies_the_offer(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ledger_module, "load_check", lambda: _doubting(_CONDITIONAL))
    # (s44) "would send", not "is ready to send": an outright offer passes unjudged; (s45) an
    # unnamed condition, as a named one (a US backstop, parliament) passes unjudged too
    text = "Denmark would send troops if its demands are met.\n"
    passes = _ledger(tmp_path, text, stance_check=False)
    assert {(s.actor, s.stance) for s in passes.stances} >= {("DNK", "ready"),
                                                             ("DNK", "conditional")}
    assert any(s.qualified_by for s in passes.stances if s.stance == "ready")
    checked = _ledger(tmp_path, text, stance_check=True)
    kept = {(s.actor, s.stance): s for s in checked.stances}
    assert ("DNK", "conditional") not in kept
    assert kept[("DNK", "ready")].qualified_by is None
    assert kept[("DNK", "ready")].check == pytest.approx(1 / (1 + math.exp(-5)), abs=1e-4)
    [withheld] = checked.withheld_stances
    assert (withheld.actor, withheld.stance) == ("DNK", "conditional")
    assert withheld.check == pytest.approx(1 / (1 + math.exp(5)), abs=1e-4)
    assert {v.stance for v in checked.position("DNK").stances} == {"ready"}
    data = checked.to_dict()
    assert [w["stance"] for w in data["withheld_stances"]] == ["conditional"]
    assert data["withheld_stances"][0]["check"] == withheld.check


def test_stances_outside_the_five_and_non_contributors_pass_unjudged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a check that doubts everything it judges
    monkeypatch.setattr(ledger_module, "load_check",
                        lambda: StanceCheck(buckets=64, bias=-10.0, weights={}, threshold=0.5))
    text = ("Denmark took part in the talks in Paris on Monday.\n\n"
            "The United States is ready to provide air support to the force.\n\n"
            "Denmark has offered to send troops to Ukraine.\n")  # (s44) not outright: judged
    passes = _ledger(tmp_path, text, stance_check=False)
    checked = _ledger(tmp_path, text, stance_check=True)
    judged = {"ready", "open", "conditional", "undecided", "declines", "rejects"}

    def unjudged(ledger):
        return {(s.actor, s.stance) for s in ledger.stances
                if s.stance not in judged or s.actor in {"USA", "RUS", "UKR"}}

    assert unjudged(passes) and unjudged(checked) == unjudged(passes)
    assert all(s.check is None for s in checked.stances)
    assert ("DNK", "ready") in {(s.actor, s.stance) for s in passes.stances}
    assert ("DNK", "ready") in {(s.actor, s.stance) for s in checked.withheld_stances}


def test_the_shipped_check_judges_every_checked_stance_on_the_fixtures() -> None:
    ledger = build_ledger([FIXTURES], stance_check=True)
    passes = build_ledger([FIXTURES], stance_check=False)
    assert not passes.withheld_stances
    threshold = load_check().threshold  # type: ignore[union-attr]
    for s in ledger.stances:
        if s.check is not None:
            assert s.check >= threshold
    assert all(s.check is not None and s.check < threshold for s in ledger.withheld_stances)
    # nothing is lost: every stance of the passes is kept or withheld
    assert ({s.id for s in ledger.stances} | {s.id for s in ledger.withheld_stances}
            == {s.id for s in passes.stances})


def test_the_cli_shows_what_was_withheld(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ledger_module, "STANCE_CHECK", True)
    # (s45) the fixtures' conditions are all named, which pass unjudged: the undecided one doubted
    monkeypatch.setattr(ledger_module, "load_check", lambda: _doubting(_UNDECIDED))
    table = run_cli("evidence", str(FIXTURES), env={"COLUMNS": "240"})
    assert table.exit_code == 0, table.stderr
    assert "Stances withheld by the stance check" in table.stdout
    assert "scored below 0.50" in " ".join(table.stdout.split())
    rows = list(csv.DictReader(io.StringIO(
        run_cli("evidence", str(FIXTURES), "--format", "csv").stdout)))
    withheld = [r for r in rows if r["kind"] == "withheld_stance"]
    assert withheld and all(r["stance"] == "undecided" and float(r["check"]) < 0.5
                            for r in withheld)
    data = json.loads(run_cli("evidence", str(FIXTURES), "--format", "json").stdout)
    assert len(data["withheld_stances"]) == len(withheld)
    assert data["settings"]["stance_check_threshold"] == 0.5


def test_no_stance_check_on_the_command_line_shows_the_passes_alone(
        run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ledger_module, "load_check", lambda: _doubting(_UNDECIDED))
    on = json.loads(run_cli("evidence", str(FIXTURES), "--format", "json").stdout)
    off = json.loads(run_cli("evidence", str(FIXTURES), "--format", "json",
                             "--no-stance-check").stdout)
    assert on["withheld_stances"] and not off["withheld_stances"]
    assert off["settings"]["stance_check_threshold"] is None
    assert {s["id"] for s in off["stances"]} == (
        {s["id"] for s in on["stances"]} | {s["id"] for s in on["withheld_stances"]})
