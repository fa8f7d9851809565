"""Near-duplicates (s45): the pair model's `runs` feature — how many 5-word runs of their own
wording (outside quotations) two reports share. A rewrite of one story keeps some of its
original's phrasing; two outlets' own reports of one event share the quotes of the press
conference, not their sentences (docs/evidence.md §3)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from evidence_claim_helpers import dedup_inputs

from reassure.evidence import build_ledger
from reassure.evidence._dedup import FEATURES, PairScorer, load_model

# an original (own words), a rewrite keeping some of its phrasing, and another outlet's own
# report of the same statement that quotes the same words
ORIGINAL = (
    'Lisbon offers engineers for a European mission in Ukraine\n'
    'Portugal is willing to send a company of military engineers to a European reassurance mission in Ukraine after a ceasefire, Defence Minister Rui Tavares told reporters in Lisbon on Tuesday.\n'
    '"Portugal will do its part to secure a lasting peace," Tavares said.\n'
    'The engineers would clear mines and repair bridges along the main supply routes west of the Dnipro, he said, and could be ready within four months of a decision by parliament.\n'
    'Tavares added that the offer depended on a clear mandate and on air cover from the larger allies taking part in the mission.\n'
)
REWRITE = (
    'Portugal ready to dispatch engineers to Ukraine, minister says\n'
    'Speaking in Lisbon on Tuesday, Rui Tavares said Portugal is willing to send a company of military engineers to a European reassurance mission in Ukraine once the guns fall silent.\n'
    '"Portugal will do its part to secure a lasting peace," the minister said.\n'
    'According to Tavares, the unit would clear mines and repair bridges along the main supply routes west of the Dnipro and might deploy four months after lawmakers approve it.\n'
    'The offer depended on a clear mandate and on air cover from bigger partners, he noted.\n'
)
OTHER_OUTLET = (
    'Tavares: engineers, not combat troops\n'
    'The Portuguese government on Tuesday ruled out combat units for any Ukraine force, with its defence chief Rui Tavares pointing instead to sappers and bridge builders.\n'
    '"Portugal will do its part to secure a lasting peace," Tavares said at a news conference in Lisbon.\n'
    'Opposition parties in Lisbon asked for a debate before any deployment, and a poll last month found most Portuguese voters wary of sending soldiers abroad.\n'
    'Spain and Italy have so far kept their options open, officials in Madrid and Rome said.\n'
)


def _scorer(tmp_path: Path) -> PairScorer:
    _, reports, sigs, keys = dedup_inputs(tmp_path, {"a": ORIGINAL, "b": REWRITE,
                                                     "c": OTHER_OUTLET})
    assert [r.id for r in reports] == ["a", "b", "c"]
    return PairScorer(reports, [s for s, _ in sigs], keys, load_model())


def test_runs_counts_shared_wording_outside_quotations(tmp_path: Path) -> None:
    scorer = _scorer(tmp_path)
    runs = FEATURES.index("runs")
    # the rewrite keeps "is willing to send a company of military engineers to a European
    # reassurance mission in Ukraine", "clear mines and repair bridges along the main supply
    # routes west of the Dnipro", "the offer depended on a clear mandate and on air cover"
    shared = len(scorer.runs[0] & scorer.runs[1])
    assert shared >= 15
    assert scorer.features(0, 1)[runs] == pytest.approx(math.log1p(shared))
    # the other outlet quotes the same sentence but tells the rest in its own words: the
    # quotation is no shared wording
    assert scorer.features(0, 2)[runs] == 0.0
    assert scorer.features(1, 2)[runs] == 0.0


def test_a_model_weighing_runs_scores_shared_wording_higher(tmp_path: Path) -> None:
    """A model that weighs `runs` (the refit of this session, kept in scripts/ for the next fit)
    scores the rewrite's pair above the same pair with its shared runs taken away."""
    from dataclasses import replace

    scorer = _scorer(tmp_path)
    shipped = scorer.model
    assert shipped is not None
    k = FEATURES.index("runs")
    weighing = replace(shipped, coef=tuple(1.0 if j == k else c for j, c in enumerate(shipped.coef)))
    x = scorer.features(0, 1)
    assert weighing.logit(x) > weighing.logit([*x[:k], 0.0]) + 1


def test_shipped_model_weighs_runs() -> None:
    """(s45) A refit weighing `runs` then found no more pairs on held-out rounds 15 and 16, so
    `runs` stayed at 0 until (s65) the refit on 37 sets fresh to both models (real sets 107-132,
    own-words sets rv59-rv64; leave-one-set-out) found 200/299 pairs with 19 wrongly grouped
    against 198/299 and 25; without `runs` it found 128/239 on the real sets against 146/239."""
    model = load_model()
    assert model is not None and math.isfinite(model.threshold)
    coef = dict(zip(FEATURES, model.coef, strict=True))
    assert coef["runs"] > 0
    assert min(coef["text"], coef["cosine"], coef["names"]) > 0
    assert coef["sources_disjoint"] <= 0


def test_rewrite_groups_with_its_original_and_the_other_outlet_stays_apart(tmp_path: Path) -> None:
    for name, text in (("a", ORIGINAL), ("b", REWRITE), ("c", OTHER_OUTLET)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    ledger = build_ledger(tmp_path)
    assert {g.report_ids for g in ledger.duplicate_groups} == {("a", "b"), ("c",)}
