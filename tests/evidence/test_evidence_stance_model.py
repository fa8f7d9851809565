"""The stance model (issue 15f, docs/evidence.md §5 "Stance model (15f)"). Since issue 15q no
weights ship (leave-one-set-out over seven real sets it added nothing to the passes, §5 "Dropped
in issue 15q"): the ledger runs on the passes alone, and the model stays an opt-in tool whose
training script writes a weights file that `load_model(path)` reads. Tested here: no weights
ship, a trained model loads with its provenance and scores deterministically, the ledger's
reader-facing behaviour holds with a model (each stance tied to its sentence and cue, talks
apart) and without one."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import reassure.evidence._stance_model as sm
from reassure.evidence import Ledger, build_ledger

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = Path(__file__).resolve().parent / "corpus"
# the own corpus's size (it grows as rounds add reports: 87 until issue 15s)
N_CORPUS = len(json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))["reports"])


def _ledger(tmp_path: Path, text: str) -> Ledger:
    (tmp_path / "r.txt").write_text(text + "\n", encoding="utf-8")
    return build_ledger([tmp_path], jobs=1)


def _troop_stances(ledger: Ledger) -> set[tuple[str, str]]:
    return {(s.actor, s.stance) for s in ledger.stances if s.stance in sm.LABELS}


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Weights trained by the script on the own corpus (one inner split: quick)."""
    out = tmp_path_factory.mktemp("stance") / "weights.json"
    assert _trainer().main([str(CORPUS), "--options", "none", "--repeats", "1",
                            "--write", str(out)]) == 0
    return out


def test_no_weights_ship_and_the_passes_decide() -> None:
    # issue 15q: dropped on leave-one-set-out evidence; a weights file left in the package
    # would silently change every stance
    assert not sm.WEIGHTS.exists()
    assert sm.load_model() is None


def test_trained_model_loads_with_its_provenance(trained: Path) -> None:
    model = sm.load_model(str(trained))
    assert model is not None and model.mode == "report"
    assert 0.0 < model.threshold < 1.0 and 0.0 < model.threshold_add < 1.0
    assert model.matrix.shape == (len(model.index), len(sm.LABELS)) and len(model.index) > 50
    doc = json.loads(trained.read_text(encoding="utf-8"))
    # the header says what it was trained on (counts, never texts)
    assert doc["trained_on"]["reports"] == N_CORPUS
    assert "train_stance_model.py" in doc["command"]
    # a refusal cue pushes towards declines
    assert model.probas(["bias", "hit:declines", "hit:declines:cue"])["declines"] > 0.5


def test_scores_are_deterministic_and_order_free(trained: Path) -> None:
    model = sm.load_model(str(trained))
    assert model is not None
    feats = ["bias", "hit:ready", "hit:ready:cue", "l:said", "r:troops", "s:troops", "free"]
    first = model.probas(feats)
    assert model.probas(list(reversed(feats))) == first
    assert model.probas(feats + feats) == first  # a feature counts once


def test_ledger_is_deterministic_with_the_model(trained: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    model = sm.load_model(str(trained))
    monkeypatch.setattr(sm, "load_model", lambda *a: model)
    a = build_ledger([FIXTURES], jobs=1)
    b = build_ledger([FIXTURES], jobs=1)
    assert [(s.id, s.actor, s.stance) for s in a.stances] == \
        [(s.id, s.actor, s.stance) for s in b.stances]


@pytest.mark.parametrize(("text", "expected"), [
    ("Norway said it is ready to send troops to a reassurance force in Ukraine.",
     {("NOR", "ready")}),
    ("Spain has ruled out sending soldiers to Ukraine.", {("ESP", "declines")}),
    ("Portugal said it could consider sending a small contingent to the mission.",
     {("PRT", "open")}),
    ("Belgium said it was too early to decide whether to send troops.", {("BEL", "undecided")}),
    ("The Netherlands would send troops only if parliament approves the mission.",
     {("NLD", "conditional"), ("NLD", "ready")}),
    ("Ireland will not send troops to Ukraine, the Taoiseach said.", {("IRL", "declines")}),
    ("Italy's refusal to send soldiers was repeated on Monday.", {("ITA", "declines")}),
    # talks are not a troop offer
    ("Sweden took part in the talks on the force in Paris.", set()),
])
def test_own_words_sentences(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert _troop_stances(_ledger(tmp_path, text)) == expected


def test_group_expansion_and_condition_are_kept(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, "The Baltic states said they are prepared to contribute troops.")
    assert {(s.actor, s.stance, s.group) for s in ledger.stances} == {
        (n, "ready", "Baltic states") for n in ("EST", "LVA", "LTU")}
    ledger = _ledger(tmp_path, "The Netherlands would send troops only if parliament approves "
                               "the mission.")
    assert {s.condition for s in ledger.stances if s.stance == "conditional"} == {"parliament"}


def _tiny_model(weights: dict[str, dict[str, float]], threshold: float = 0.5) -> sm.StanceModel:
    feats = sorted({f for w in weights.values() for f in w})
    return sm.StanceModel({
        "mode": "report", "threshold": threshold, "threshold_add": threshold,
        "features": feats,
        "intercept": {lab: 0.0 for lab in sm.LABELS},
        "weights": {lab: [weights.get(lab, {}).get(f, 0.0) for f in feats] for lab in sm.LABELS},
    })


def test_added_and_dropped_stances_keep_sentence_cue_and_speaker(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hand-set model: every named contributor nation gets `open`, no `ready` survives. An
    added stance is quoted with its sentence and a cue from it; talks pass through."""
    model = _tiny_model({"open": {"bias": 5.0}, "ready": {"bias": -5.0},
                         "conditional": {"bias": -5.0}, "undecided": {"bias": -5.0},
                         "declines": {"bias": -5.0}})
    monkeypatch.setattr(sm, "load_model", lambda *a: model)
    text = ('Croatia is ready to send troops to the mission, the Croatian defence minister said. '
            'Slovenia took part in the talks on the force.')
    ledger = _ledger(tmp_path, text)
    got = {(s.actor, s.stance) for s in ledger.stances}
    assert ("HRV", "open") in got and ("HRV", "ready") not in got
    assert ("SVN", "talks") in got
    report = ledger.reports[0]
    for s in ledger.stances:
        assert report.text[s.start:s.end] == s.sentence
        assert s.cue in s.sentence
    hrv = next(s for s in ledger.stances if s.actor == "HRV")
    assert hrv.sentence.startswith("Croatia is ready") and hrv.said_by


def test_without_weights_the_passes_stand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No weights file: the cue and clause passes' stances, unjudged."""
    monkeypatch.setattr(sm, "load_model", lambda *a: None)
    ledger = build_ledger([FIXTURES], jobs=1)
    fin = {s.stance for s in ledger.stances if s.actor == "FIN" and s.report_id == "zeta-page"}
    assert fin == {"declines"}  # (review s44: the headline's "Nordic states" reading gives way
    # to the body's own word on Finland the other way; it was {"ready", "declines"})
    # the clause pass's Title Case guard (the model reads this headline as Slovenia open)
    headline = "Slovenian Troops Could Be Posted To Ukraine After Ceasefire Deal"
    assert _troop_stances(_ledger(tmp_path, headline)) == set()


def _trainer() -> Any:
    path = REPO / "scripts" / "train_stance_model.py"
    spec = importlib.util.spec_from_file_location("train_stance_model", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_stance_model"] = module
    spec.loader.exec_module(module)
    return module


def test_training_is_reproducible(tmp_path: Path) -> None:
    """The training script, on the own corpus only (no cross-validation, one inner split for
    the thresholds), writes the same weights twice."""
    trainer = _trainer()
    out = [tmp_path / "a.json", tmp_path / "b.json"]
    for p in out:
        assert trainer.main([str(CORPUS), "--options", "none", "--repeats", "1",
                             "--write", str(p)]) == 0
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in out)
    assert a.pop("command").endswith("a.json") and b.pop("command").endswith("b.json")
    assert a == b
    assert a["mode"] == "report" and a["trained_on"]["reports"] == N_CORPUS
    assert set(a["weights"]) == set(sm.LABELS)
    assert all(len(w) == len(a["features"]) for w in a["weights"].values())


def test_rows_of_an_earlier_state_get_the_nation_feature_once() -> None:
    """(s28) `train_stance_model.py --merge`: candidates collected by the code fresh to a set
    (before the nation feature) read like today's."""
    import sys
    from pathlib import Path

    scripts = Path(__file__).resolve().parents[2] / "scripts"
    sys.path.insert(0, str(scripts))
    try:
        import train_stance_model as trainer
    finally:
        sys.path.remove(str(scripts))
    old = {"report": "r", "actor": "POL", "features": ["bias", "hit:declines"], "hits": ["declines"],
           "fixed": []}
    new = trainer._with_nation(old)
    assert new["features"] == ["bias", "hit:declines", "nat:POL"]
    assert trainer._with_nation(new) == new
    assert old["features"] == ["bias", "hit:declines"]  # the cached row is left as it was
