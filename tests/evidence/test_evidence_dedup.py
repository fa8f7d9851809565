"""Near-duplicate grouping: average linkage, stance-disjoint pairs and the pair model
(docs/evidence.md §3)."""

from __future__ import annotations

import math
import random
from pathlib import Path
from typing import Any

import pytest
from evidence_claim_helpers import dedup_inputs
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.evidence import _dedup, build_ledger
from reassure.evidence._clean import clean
from reassure.evidence._dedup import (
    DEDUP_THRESHOLD,
    FEATURES,
    DedupModel,
    PairScorer,
    _Groups,
    claim_keys,
    combined_similarity,
    find_duplicates,
    load_model,
    signatures,
)
from reassure.evidence._ingest import RawReport


def test_stance_disjoint_text_only_pair_is_discounted() -> None:
    # two short reports on one topic, each with several stances, none in common
    a = {"m:DEU", "m:BEL", "s:DEU:conditional", "s:BEL:conditional"}
    b = {"m:BEL", "m:PRT", "s:PRT:ready", "s:BEL:ready"}
    assert combined_similarity(0.2, a, b) == 0.1
    # copies carry the same stances: not discounted
    assert combined_similarity(0.2, a, a | {"m:NLD"}) == 0.2


def test_shared_figures_need_some_shared_words() -> None:
    keys = {"q:european_force:25000:25000", "n:25000", "n:64000", "n:10000"}
    assert combined_similarity(0.02, keys, keys) == 0.02
    assert combined_similarity(0.10, keys, keys) > 0.5


def test_one_close_pair_does_not_chain_two_groups() -> None:
    """Reports 0-1 and 2-3 are two stories; 1 and 2 are close (a bridge). Single linkage would
    make one group of all four; the average across the groups keeps them apart."""
    words = [set(f"a{k}" for k in range(10)), set(f"a{k}" for k in range(2, 12)),
             set(f"a{k}" for k in range(8, 18)), set(f"a{k}" for k in range(10, 20))]
    g = _Groups(words, None, DEDUP_THRESHOLD)
    for i, j in ((0, 1), (2, 3), (1, 2)):
        ri, rj = g.find(i), g.find(j)
        if ri != rj and g.similarity(i, j) >= DEDUP_THRESHOLD:
            g.join(ri, rj, g.similarity(i, j))
    assert g.similarity(1, 2) >= DEDUP_THRESHOLD  # the bridge alone would join them
    assert g.find(0) == g.find(1) and g.find(2) == g.find(3)
    assert g.find(1) != g.find(2)


# --- the pair model (issue 15l) ------------------------------------------------------------
# A story (own words), a machine-translated rewrite of it (dot thousands, reworded sentences,
# the quote paraphrased) and a different story that repeats its figures as background.
STORY = (
    'Norway could send up to 1,200 soldiers to a European force in Ukraine, minister says\n'
    'OSLO, March 3 - Norway is prepared to contribute up to 1,200 soldiers to a European reassurance force in Ukraine once a ceasefire holds, Defence Minister Tore Sandvik told the Storting on Monday.\n'
    '"We will not stand aside when our neighbours guarantee the peace," Sandvik said, adding that a battalion from Brigade Nord and two frigates could be made available within ninety days.\n'
    'Sandvik said the contribution depended on a mandate from parliament and on American air cover for the mission. He said the government had briefed Helsinki and Stockholm before the hearing.\n'
    'The minister said a planning cell of 40 officers would travel to Northwood next week to join the British and French headquarters staff.\n'
)
REWRITE = (
    'Sandvik: Oslo ready to dispatch as many as 1.200 servicemen to Ukraine\n'
    'The head of the Norwegian defence ministry, Tore Sandvik, told the Storting on Monday that the kingdom stands ready to provide as many as 1.200 servicemen for a European reassurance force in Ukraine once a ceasefire holds.\n'
    'Norway "will not remain on the sidelines while its neighbours guarantee the peace", Sandvik stressed. In his words, one battalion of Brigade Nord plus a pair of frigates may be offered inside three months.\n'
    'Participation, the official noted, requires approval by parliament and American air cover for the mission. Helsinki and Stockholm were informed beforehand.\n'
    'A group of 40 staff officers is also heading to Northwood next week, where the British and French headquarters staff is being set up.\n'
)
OTHER_STORY = (
    'Denmark weighs naval role in Ukraine reassurance mission\n'
    'COPENHAGEN, March 5 - Denmark is considering sending a frigate and mine-clearing divers to the Black Sea as part of a European reassurance mission for Ukraine, Prime Minister Mette Frederiksen said on Wednesday.\n'
    'Frederiksen said no decision had been taken and that any Danish role would need a broad majority in the Folketing.\n'
    'The coalition led by Britain and France has discussed a force of 25,000 to 30,000 troops. Norway said on Monday it could contribute up to 1,200 soldiers, with a planning cell heading to Northwood.\n'
    'Danish officials said Copenhagen preferred maritime and air tasks over ground troops and would present options to partners in Brussels later this month.\n'
)


def _inputs(tmp_path: Path) -> tuple[Any, ...]:
    return dedup_inputs(tmp_path, {"a": STORY, "b": REWRITE, "c": OTHER_STORY})


def test_shipped_model_loads_with_sensible_signs() -> None:
    model = load_model()
    assert model is not None and math.isfinite(model.threshold)
    coef = dict(zip(FEATURES, model.coef, strict=True))
    # more shared words, names and stances make one story likelier; two reports that each name
    # their source and share none are two agencies on one event (never a reason to join: fitted
    # without it since s32, where it took a positive weight and added nothing); shared figures
    # took a small negative weight beside the words in s65's refit, so they are fitted at 0
    assert min(coef["text"], coef["cosine"], coef["names"], coef["stances"]) > 0
    assert coef["figures"] >= 0
    assert coef["sources_disjoint"] <= 0


def test_model_file_with_other_features_is_refused() -> None:
    with pytest.raises(ValueError, match="features"):
        DedupModel.from_dict({"features": ["text"], "mean": [0], "scale": [1], "coef": [1],
                              "intercept": 0, "threshold": 0})


def test_translated_rewrite_joins_and_background_figures_do_not(tmp_path: Path) -> None:
    ledger, reports, sigs, keys = _inputs(tmp_path)
    assert {g.report_ids for g in ledger.duplicate_groups} == {("a", "b"), ("c",)}
    scorer = PairScorer(reports, [s for s, _ in sigs], keys, load_model())
    # "1.200" in the translation and "1,200" in the original are one figure
    assert scorer.features(0, 1)[FEATURES.index("figures")] > 0
    assert scorer.score(0, 1) > scorer.score(0, 2) + 3
    assert ledger.group_of("a").similarity > 0.5


def test_rare_words_propose_pairs_common_ones_do_not(tmp_path: Path) -> None:
    _, reports, sigs, keys = _inputs(tmp_path)
    scorer = PairScorer(reports, [s for s, _ in sigs], keys, None)
    assert (0, 1) in scorer.rare_pairs()
    # every word in more than _RARE_DF reports: no pair is proposed through it
    many = list(reports) * (_dedup._RARE_DF + 1)
    crowd = PairScorer(many, [s for s, _ in sigs] * (_dedup._RARE_DF + 1),
                       list(keys) * (_dedup._RARE_DF + 1), None)
    assert crowd.rare_pairs() == set()


def test_average_probability_link_does_not_chain() -> None:
    """0-1 and 2-3 are sure pairs, 1-2 a bridge above the threshold; the other cross pairs are
    far below: the average across the two groups keeps them apart."""
    sure, bridge = 0.99, 0.9
    table = {(0, 1): sure, (2, 3): sure, (1, 2): bridge}
    g = _Groups([set()] * 4, None, 0.7, score=lambda i, j: table.get((min(i, j), max(i, j)), 0.01))
    for i, j in ((0, 1), (2, 3), (1, 2)):
        ri, rj = g.find(i), g.find(j)
        if ri != rj:
            g.join(ri, rj, table[(i, j)])
    assert g.find(0) == g.find(1) and g.find(2) == g.find(3) and g.find(1) != g.find(2)


@settings(max_examples=15, deadline=None)
@given(copies=st.integers(min_value=2, max_value=6), seed=st.integers(0, 10_000))
def test_verbatim_copies_form_one_group_whatever_the_order(copies: int, seed: int) -> None:
    """Copies of one story, in any order among a different story: one group of all the copies,
    the other story alone, every report in exactly one group; the same input twice gives the
    same groups."""
    texts = [STORY] * copies + [OTHER_STORY]
    random.Random(seed).shuffle(texts)
    reports = [clean(RawReport(path=f"r{k}.txt", fmt="text", text=t))
               for k, t in enumerate(texts)]
    sigs = signatures([r.clean_text for r in reports])
    keys = claim_keys(reports, [], [], None)
    groups = find_duplicates(reports, DEDUP_THRESHOLD, sigs, keys)
    assert groups == find_duplicates(reports, DEDUP_THRESHOLD, sigs, keys)
    ids = sorted(x for g in groups for x in g.report_ids)
    assert ids == sorted(r.id for r in reports)
    story = {r.id for r, t in zip(reports, texts, strict=True) if t == STORY}
    assert {frozenset(g.report_ids) for g in groups} == {
        frozenset(story), frozenset({r.id for r in reports} - story)}


# One text at two addresses (issue 15o): a mirror with its page furniture (menu, weather,
# related-article headlines, a "Source link" line) and the article page with the body alone.
_BODY = [
    "The harbour authority of Varnholm said on Tuesday that it was not ready at this moment to "
    "host a foreign engineering battalion, stressing that its own port guard would carry the "
    "first months of any monitoring mission along the northern coast.",
    "\u201cThe common thread of today\u2019s talks is that a ceasefire must come first, and the "
    "rest follows from it,\u201d the harbour master said at the start of a meeting with "
    "delegations from eleven coastal towns, adding that no decision had been taken on numbers.",
    "Officials from the coastal towns agreed to meet again next month to compare what each "
    "could offer in boats, crews and warehouses, and to ask the regional council for a budget.",
]
_MIRROR = "\n".join([
    "Menu", "Home", "Politics", "World", "Weather", "Tuesday 14 9\u00b0C",
    "Varnholm harbour not ready to host foreign engineers, harbour master says",
    *_BODY[:2],
    "Related articles",
    "Harbour master meets coastal delegations on budget for new patrol boats",
    "Storm closes the northern ferry route for a second day running",
    "Source link : https://mirror.example/varnholm-harbour-not-ready",
])
_ARTICLE = "\n".join(_BODY + ["Ask me anything"])
# a different story quoting the same statement in its own words around the quote
_SAME_QUOTE = "\n".join([
    "Coastal towns split over a foreign battalion",
    "Eleven coastal towns met in Varnholm on Tuesday and failed to agree whether a foreign "
    "engineering battalion should be stationed on the northern coast after a ceasefire.",
    "\u201cThe common thread of today\u2019s talks is that a ceasefire must come first, and the "
    "rest follows from it,\u201d the port's chief told the delegations, who left without a "
    "figure for the battalion.",
    "Two mayors said they would put the question to a local vote in the spring, while a third "
    "said her town had already offered its warehouses to the regional council for storage.",
    "The regional council is expected to publish its own plan for the coast before the summer.",
])


def _scorer(texts: list[str]) -> PairScorer:
    reports = [clean(RawReport(path=f"p{k}.txt", fmt="text", text=t)) for k, t in enumerate(texts)]
    sigs = signatures([r.clean_text for r in reports])
    keys = claim_keys(reports, [], [], None)
    return PairScorer(reports, [s for s, _ in sigs], keys, load_model())


def test_one_body_under_page_furniture_always_joins() -> None:
    scorer = _scorer([_MIRROR, _ARTICLE, _SAME_QUOTE])
    # the menu, the related headlines and the source line are not body: the mirror's body is
    # all in the article
    assert scorer.body_copy(0, 1) >= _dedup._BODY_COPY
    assert scorer.score(0, 1) >= _dedup._COPY_LOGIT
    # one shared quotation in another story's own words is not one text
    assert scorer.body_copy(1, 2) < _dedup._BODY_COPY
    assert scorer.body_copy(0, 2) < _dedup._BODY_COPY
    groups = scorer.group({(0, 1), (0, 2), (1, 2)}, load_model().threshold)  # type: ignore[union-attr]
    assert groups.find(0) == groups.find(1) != groups.find(2)


def test_body_runs_leave_out_menus_lists_and_source_lines() -> None:
    runs = _dedup._body_runs(_MIRROR)
    assert not any("source link" in r or "related" in r or "storm closes" in r for r in runs)
    assert "the harbour authority of varnholm" in runs
    # quotations are left out: two stories quoting one statement share its words, not theirs
    assert not any("common thread" in r for r in runs)
    # a body too short to compare proves nothing by containment
    short = _scorer(["A short note on the harbour master and the coastal towns today.",
                     "A short note on the harbour master and the coastal towns today."])
    assert short.body_copy(0, 1) == 0.0


_RETOLD_A = "\n".join([
    "Varnholm and Ostrand to station engineers on the coast if truce holds",
    "The two port cities signed a declaration of intent on Tuesday to station engineering units "
    "along the northern coast once a truce is in place, their mayors told reporters.",
    "The units would build depots and repair piers rather than patrol the shore, the mayor of "
    "Ostrand said, adding that several hundred engineers could be involved.",
])
_RETOLD_B = "\n".join([
    "Dark Mode",
    "Varnholm and Ostrand to station engineers on the coast if truce holds",
    "In a notable step, the mayors of Varnholm and Ostrand have agreed a joint plan under which "
    "engineering units would deploy to the northern shoreline after a ceasefire.",
    "Depots and repaired piers, not shore patrols, are at the heart of the arrangement, "
    "according to Ostrand's mayor, who spoke of some hundreds of engineers.",
])
_OTHER_HEADLINE = "\n".join([
    "Varnholm ready to send engineers",
    "Varnholm's council voted on Monday to keep a reserve of engineers ready for any coastal "
    "mission, without naming a date or a partner city.",
])


def test_one_distinctive_headline_joins_a_rewrite_a_short_one_does_not() -> None:
    scorer = _scorer([_RETOLD_A, _RETOLD_B, _OTHER_HEADLINE])
    # the rewrite's page puts "Dark Mode" where the title should be: the headline is still found
    assert scorer.same_headline(0, 1)
    assert scorer.score(0, 1) >= _dedup._COPY_LOGIT
    # four content words in common are no distinctive headline
    assert not scorer.same_headline(0, 2) and not scorer.same_headline(1, 2)
    # a sentence of the body is no headline
    assert all(len(h) < 25 for h in _dedup._headlines(None, _RETOLD_A))
    assert len(_dedup._headlines(None, _RETOLD_A)) == 1


def test_a_list_of_other_stories_both_pages_show_is_no_shared_headline() -> None:
    """Two stories from one site, each under its own headline, both showing the site's list of
    top stories near the top: the list's lines are nobody's headline."""
    top = ["Top stories", "Storm closes the northern ferry route for a second day running",
           "Harbour master meets coastal delegations on budget for new patrol boats"]
    one = "\n".join(["Varnholm council keeps its engineer reserve on standby", *top,
                     _OTHER_HEADLINE.split("\n", 1)[1]])
    two = "\n".join(["Ostrand mayor names a new harbour commission for the coast", *top,
                     "The mayor of Ostrand named five members to a harbour commission on Monday, "
                     "asking it to report on the piers and the engineer reserve by the autumn."])
    scorer = _scorer([one, two])
    assert len(scorer.heads[0]) == 3  # its own headline first, then the list's two lines
    assert not scorer.same_headline(0, 1)


# --- country counts are the event's, not a story's (issue 15r) -----------------------------
def test_country_counts_are_no_figure_keys() -> None:
    """Every report on one summit repeats its "26 of the 35 countries": as figure keys, three
    such counts (and no force size) made two different stories on it score as one story retold
    (a shingle Jaccard of 0.12 became 0.56)."""
    from types import SimpleNamespace as Ns

    reports = [Ns(id=x, clean_text="") for x in "abc"]
    claims = []
    for r in "ab":
        claims += [Ns(report_id=r, subject="countries_pledged", low=26.0, high=26.0),
                   Ns(report_id=r, subject="coalition_size", low=26.0, high=26.0),
                   Ns(report_id=r, subject="coalition_size", low=35.0, high=35.0)]
    claims.append(Ns(report_id="c", subject="european_force", low=25000.0, high=30000.0))
    keys = claim_keys(reports, claims, [])  # type: ignore[arg-type]
    assert not any(k.startswith("q:") for k in keys[0] | keys[1])
    assert combined_similarity(0.12, keys[0], keys[1]) == 0.12
    # a force size is a figure key
    assert "q:european_force:25000.0:30000.0" in keys[2]


# --- one original retold by several outlets (issue 15r) ------------------------------------
# Two outlets' own retellings of one newspaper's story (own words): few word pairs in common,
# but both name the newspaper they retell and share its rare words.
RETOLD_A = (
    'Paris and London revive talks on troops for Ukraine - Le Courrier\n'
    'Britain and France are again discussing a possible deployment of soldiers and private '
    'security firms to Ukraine, Le Monde reports, citing diplomatic sources. The debate had '
    'faded after February but returned after Keir Starmer visited Paris for the November '
    'ceremonies. Foreign minister Jean-Noel Barrot told the BBC that no option was excluded. '
    'Officials in Warsaw and Berlin remain sceptical, the newspaper writes.\n'
)
RETOLD_B = (
    'Le Monde: European capitals discuss sending Western soldiers to Ukraine again\n'
    'According to Le Monde, consultations between London and Paris on dispatching Western '
    'troops and private defence contractors to Ukraine have intensified. The idea first came '
    'from Emmanuel Macron in February and met resistance, led by Berlin. It gained momentum '
    'with the visit of Keir Starmer on 11 November. Jean-Noel Barrot earlier said in a BBC '
    'interview that Kyiv\'s partners should set no red lines.\n'
)


def test_retellings_of_one_original_join_others_of_one_outlet_do_not(tmp_path: Path) -> None:
    from reassure.evidence._dedup import originals

    assert originals(RETOLD_A) == originals(RETOLD_B) == {"lemonde", "bbc"}
    # a news agency writes many stories: naming one is no sign of a common original
    assert originals("KYIV (Reuters) - Reuters reported, citing Bloomberg") == frozenset()
    # a site names itself in its page furniture: its own outlet is left out
    assert originals("Read more on Le Monde", "https://www.lemonde.fr/en/x") == frozenset()
    for name, text in (("a", RETOLD_A), ("b", RETOLD_B), ("c", OTHER_STORY)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    # the rule at session 15r's threshold (this pair's TF-IDF cosine is 0.38)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_dedup, "RETOLD_COSINE", 0.35)
        ledger = build_ledger(tmp_path)
    assert {g.report_ids for g in ledger.duplicate_groups} == {("a", "b"), ("c",)}
    # (s18) at the shipped 0.5 a retelling in its own words this loose stays apart: on sets
    # 14-26 such pairs naming one original were two outlets' own reports 11 times in 12
    shipped = build_ledger(tmp_path)
    assert {g.report_ids for g in shipped.duplicate_groups} == {("a",), ("b",), ("c",)}
    # without the rule the pair model alone keeps them apart: the rule is what joins them
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_dedup, "RETOLD_COSINE", None)
        apart = build_ledger(tmp_path)
    assert ("a", "b") not in {g.report_ids for g in apart.duplicate_groups}


def test_one_outlet_named_by_two_stories_on_other_subjects_does_not_join(tmp_path: Path) -> None:
    # STORY and OTHER_STORY with one newspaper named in each: the same original, but the
    # words of two different stories (TF-IDF cosine under RETOLD_COSINE)
    (tmp_path / "a.txt").write_text(STORY + "The Times reported the plan first.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(OTHER_STORY + "The Times reported the talks.\n", encoding="utf-8")
    ledger = build_ledger(tmp_path)
    assert {g.report_ids for g in ledger.duplicate_groups} == {("a",), ("c",)}


@pytest.mark.parametrize(("url", "own"), [
    ("https://www.bbc.com/news/articles/x", {"bbc"}),
    ("https://www.theguardian.com/world/x", {"guardian"}),
    ("https://www.pravda.com.ua/eng/news/x", {"ukrpravda"}),
    ("https://www.lemonde.fr/en/international/x", {"lemonde"}),
    ("https://example.org/story", set()),
    (None, set()),
])
def test_a_reports_own_site_is_read_off_its_address(url: str | None, own: set[str]) -> None:
    from reassure.evidence._dedup import _own_outlets

    assert set(_own_outlets(url)) == own
