"""The troop-size model (issue 15g): weights load, decisions are deterministic, sentences in the
project's own words come out as an analyst would read them, and training is reproducible."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.evidence import _claim_model as cm
from reassure.evidence import build_ledger

ROOT = Path(__file__).resolve().parents[2]
Troops = set[tuple[str, float | None, float | None]]


def _troops(folder: Path, text: str) -> Troops:
    (folder / "r.txt").write_text(text + "\n", encoding="utf-8")
    return {(c.subject, c.low, c.high) for c in build_ledger([folder]).claims
            if c.unit == "troops"}


def test_model_loads_with_its_header() -> None:
    model = cm.load_model()
    assert model is not None
    assert 0.0 < model.threshold < 1.0 and len(model.weights) > 100
    doc = json.loads((ROOT / "src/reassure/evidence" / cm.WEIGHTS_FILE).read_text("utf-8"))
    # trained on counts of reports per set (never their text), with its cross-validation
    assert sum(doc["trained_on"].values()) >= 238 + 80
    assert {"a", "c", "countries"} <= set(doc["cv_all"]) and doc["method"] == "c"
    assert "train_claim_model.py" in doc["command"]


def test_probability_is_a_logistic_of_the_weights() -> None:
    model = cm.ClaimModel(weights={"x": 2.0, "y": -1.0}, bias=-1.0, threshold=0.5)
    assert model.probability([]) == pytest.approx(1 / (1 + 2.718281828459045))
    assert model.probability(["x"]) == pytest.approx(0.7310585786)
    assert model.probability(["x", "y", "unknown"]) == pytest.approx(0.5)


@pytest.mark.parametrize(("word", "value", "suffix"), [
    ("64,000", 64000.0, ""), ("10.000", 10000.0, ""), ("60,000-plus", 60000.0, "plus"),
    ("40,000-man", 40000.0, "man"), ("25,000-strong", 25000.0, "strong"), ("30k", 30000.0, ""),
    ("1.5", 1.5, ""), ("forty", 40.0, ""), ("2025", 2025.0, ""),
])
def test_number_formats(word: str, value: float, suffix: str) -> None:
    assert cm._value(word) == (value, suffix)


@pytest.mark.parametrize(("text", "expected"), [
    ("The coalition could field a force of 64,000.", {("european_force", 64000.0, 64000.0)}),
    ("ISAF had 130,000 troops at its peak.", set()),
    ("Germany's armed forces total 180,000 soldiers.", set()),
    ("Some 45,000 soldiers were killed last year.", set()),
    ("Britain would send 10.000 to 30.000 soldiers, officials said.",
     {("contribution:GBR", 10000.0, 30000.0)}),
    ("Europe could muster a 40,000-man force for Ukraine.", {("european_force", 40000.0, 40000.0)}),
    ("Europe could send 15 thousand troops to Ukraine.", {("european_force", 15000.0, 15000.0)}),
    ("France could send between 5,000 and 10,000 soldiers.",
     {("contribution:FRA", 5000.0, 10000.0)}),
    ("Zelensky said Ukraine needs at least 200,000 European troops.",
     {("ukraine_request", 200000.0, None)}),
    ("Russia has 600,000 troops in Ukraine.", {("russian_forces", 600000.0, 600000.0)}),
])
def test_own_words_sentences(tmp_path: Path, text: str, expected: Troops) -> None:
    assert _troops(tmp_path, text) == expected


def test_deterministic(tmp_path: Path) -> None:
    text = ("Europe could muster a 40,000-man force. Britain would send 10.000 to 30.000 soldiers. "
            "ISAF had 130,000 troops at its peak. Kyiv asked for a force of 200,000 soldiers.")
    first = _troops(tmp_path, text)
    assert first and all(_troops(tmp_path, text) == first for _ in range(2))


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=2, max_value=300).map(lambda k: k * 500))
def test_a_named_force_size_is_kept_whatever_its_value(n: int) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        got = _troops(Path(d), f"The coalition would deploy a force of {n:,} troops.")
    assert got == {("european_force", float(n), float(n))}


def test_rules_mode_bypasses_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "Troops trained by Ukraine": the rules drop it, the model (measured: it disagrees with
    # two of the nineteen rule guards of test_evidence_issue15e) keeps it as the force's size
    text = "Troops trained by Ukraine number 10,000 soldiers, officials said they needed more."
    monkeypatch.setattr(cm, "MODE", "rules")
    assert _troops(tmp_path, text) == set()


def test_model_keeps_most_rule_guards(tmp_path: Path) -> None:
    """The rules' troop-size guards (test_evidence_issue15e, run there on the rules alone): the
    model agrees on all but three (measured: "Troops trained by Ukraine number 10,000" and
    "Around 40,000 soldiers took part in the exercise" kept; since session 30, "A force of that
    size would require 200,000 soldiers over two years" dropped: the model scores it below
    `RULES_KEPT_FROM`, a floor chosen on the fresh rows of sets 74-81, where eight of nine such
    doubts were right)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "guards15e", Path(__file__).with_name("test_evidence_issue15e.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    marks = module.test_troop_size_guards.pytestmark
    cases = next(m for m in marks if m.name == "parametrize").args[1]
    agree = 0
    for k, (text, expected) in enumerate(cases):
        folder = tmp_path / str(k)
        folder.mkdir()
        agree += _troops(folder, text) == expected
    assert len(cases) >= 19 and agree >= len(cases) - 3


def test_training_is_reproducible(tmp_path: Path) -> None:
    """Two trainings on the own corpus write the same weights (fixed seeds, sorted features)."""
    outs = []
    for k in range(2):
        out = tmp_path / f"m{k}.json"
        subprocess.run([sys.executable, str(ROOT / "scripts/train_claim_model.py"),
                        str(ROOT / "tests/evidence/corpus"), "--no-cv", "--out", str(out)],
                       check=True, capture_output=True, cwd=ROOT,
                       env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
        outs.append(json.loads(out.read_text("utf-8")))
    assert outs[0]["weights"] == outs[1]["weights"] and outs[0]["threshold"] == outs[1]["threshold"]
    n_corpus = len(json.loads((Path(__file__).resolve().parent / "corpus" / "gold.json")
                              .read_text(encoding="utf-8"))["reports"])  # 87 until 15s
    assert outs[0]["trained_on"] == {"corpus": n_corpus}


def test_shipped_model_is_the_fresh_rows_refit_with_the_rules_sizes_kept() -> None:
    """(s27) The weights come from sets read by the code fresh to each (their counts only), the
    threshold from leave-one-set-out with the rules' sizes kept, and the header says so."""
    doc = json.loads((ROOT / "src/reassure/evidence" / cm.WEIGHTS_FILE).read_text("utf-8"))
    assert "--keep-rules" in doc["command"] and "--merge" in doc["command"]
    c = doc["cv_all"]["c"]
    assert c["rules_kept"] is True and c["tp"] + c["fn"] == doc["cv_all"]["a"]["tp"] + \
        doc["cv_all"]["a"]["fn"]
    assert doc["threshold"] == doc["threshold_all_data"] == cm.load_model().threshold


def test_kept_rules_adds_only_the_figures_the_model_left_out() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_claim_model as tcm
    finally:
        sys.path.pop(0)
    data = {"reports": {"r": {"rules": [("european_force", 150000.0, None),
                                        ("contribution:GBR", 10000.0, 10000.0)]}}}
    # the model relabelled 10,000 and left 150,000 out: the rules' 150,000 comes back, the
    # rules' reading of 10,000 does not double the model's
    dec = {"r": {("european_force", 10000.0, 10000.0)}}
    assert tcm.kept_rules(dec, data, ["r"]) == {"r": {("european_force", 10000.0, 10000.0),
                                                      ("european_force", 150000.0, None)}}
    assert tcm.set_key("evidence-real54a") == "54" and tcm.set_key("corpus") == "corpus"
