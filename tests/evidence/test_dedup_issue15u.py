"""Near-duplicates, issue 15u (docs/evidence.md, "Near-duplicates: issue 15u (session 8)"): the
rules' ties broken by the model's logit, one agency's datelines on two days, Danish outlets as
originals. Texts are the project's own words."""

from __future__ import annotations

import pytest

from reassure.evidence import _dedup
from reassure.evidence._clean import clean
from reassure.evidence._dedup import PairScorer, claim_keys, load_model, originals, signatures
from reassure.evidence._ingest import RawReport

# one agency story (own words) and a rewrite of it that the pair model joins on its own
STORY = (
    "Norway could send up to 1,200 soldiers to a European force in Ukraine, minister says\n"
    "OSLO, March 3 (Nordpress) - Norway is prepared to contribute up to 1,200 soldiers to a "
    "European reassurance force in Ukraine once a ceasefire holds, Defence Minister Tore Sandvik "
    "told the Storting on Monday.\n"
    '"We will not stand aside when our neighbours guarantee the peace," Sandvik said, adding that '
    "a battalion from Brigade Nord and two frigates could be made available within ninety days.\n"
    "Sandvik said the contribution depended on a mandate from parliament and on American air "
    "cover for the mission. He said the government had briefed Helsinki and Stockholm before the "
    "hearing.\n"
    "The minister said a planning cell of 40 officers would travel to Northwood next week to join "
    "the British and French headquarters staff.\n"
)
REWRITE = (
    "Sandvik: Oslo ready to dispatch as many as 1.200 servicemen to Ukraine\n"
    "OSLO, March 3 (Nordpress) - The head of the Norwegian defence ministry, Tore Sandvik, told "
    "the Storting on Monday that the kingdom stands ready to provide as many as 1.200 servicemen "
    "for a European reassurance force in Ukraine once a ceasefire holds.\n"
    'Norway "will not remain on the sidelines while its neighbours guarantee the peace", Sandvik '
    "stressed. In his words, one battalion of Brigade Nord plus a pair of frigates may be offered "
    "inside three months.\n"
    "Participation, the official noted, requires approval by parliament and American air cover "
    "for the mission. Helsinki and Stockholm were informed beforehand.\n"
    "A group of 40 staff officers is also heading to Northwood next week, where the British and "
    "French headquarters staff is being set up.\n"
)


def _scorer(texts: list[str]) -> PairScorer:
    reports = [clean(RawReport(path=f"p{k}.txt", fmt="text", text=t)) for k, t in enumerate(texts)]
    sigs = signatures([r.clean_text for r in reports])
    keys = claim_keys(reports, [], [], None)
    return PairScorer(reports, [s for s, _ in sigs], keys, load_model())


@pytest.mark.parametrize(("text", "dateline"), [
    ("LONDON, February 24. /TASS/. The headquarters", ("tass", "feb", "24")),
    ("Menu\nKYIV, Jan 22 (Reuters) - Ukraine's president", ("reuters", "jan", "22")),
    ("ROME, Sept. 9 (Eastline) - Italy", ("eastline", "sep", "9")),
    ("Brussels, February 15: Some European countries", None),  # no agency
    ("KYIV, Ukraine (AP) - The president", None),  # no date
])
def test_an_agency_dateline_is_read_near_the_top(text: str, dateline: tuple[str, str, str] | None) -> None:
    assert _dedup._dateline(text) == dateline
    assert _dedup._dateline("x " * 300 + text) is None  # deep in the text it is a quotation


def test_one_agencys_datelines_on_two_days_are_two_stories() -> None:
    # the same day: the rewrite joins its original (the model alone)
    same_day = _scorer([STORY, REWRITE])
    assert not same_day.two_stories(0, 1)
    assert same_day.score(0, 1) >= load_model().threshold  # type: ignore[union-attr]
    # the agency's story of the next day sharing those words is another story of the agency
    next_day = _scorer([STORY, REWRITE.replace("March 3 (Nordpress)", "March 4 (Nordpress)")])
    assert next_day.two_stories(0, 1)
    assert next_day.score(0, 1) <= -_dedup._COPY_LOGIT
    groups = next_day.group({(0, 1)}, load_model().threshold)  # type: ignore[union-attr]
    assert groups.find(0) != groups.find(1)
    # another agency's dateline on another day says nothing here (the source rule's business)
    other = _scorer([STORY, REWRITE.replace("March 3 (Nordpress)", "March 4 (Baltpress)")])
    assert not other.two_stories(0, 1)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_dedup, "DATELINE_APART", False)
        assert not next_day.two_stories(0, 1)


def test_a_body_copy_keeps_joining_under_two_datelines() -> None:
    # one text at two addresses stays one text whatever its dateline says
    scorer = _scorer([STORY, STORY.replace("March 3", "March 4")])
    assert scorer.score(0, 1) >= _dedup._COPY_LOGIT


@pytest.mark.parametrize("raw_order", [True, False])
def test_the_rules_ties_are_broken_by_the_models_logit(raw_order: bool) -> None:
    """0-1 and 1-2 both meet a rule (one original named, logit 12); 1-2 is the closer pair by
    the model (a copy of one translation), 0-1 a looser retelling, 0-2 far apart. The closer
    pair joins first and 0 is then judged against the whole group: it stays out. In index order
    0-1 would join first and keep 2, the copy, out."""
    scorer = _scorer([STORY, REWRITE, STORY.replace("Norway", "Sweden")])
    rule, raws = _dedup._COPY_LOGIT, {(0, 1): 0.6, (1, 2): 4.4, (0, 2): -1.4}
    scorer._cache.update({(0, 1): rule, (1, 2): rule, (0, 2): -1.4})
    scorer._raw.update(raws)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_dedup, "RAW_ORDER", raw_order)
        groups = scorer.group({(0, 1), (1, 2), (0, 2)}, 1.0)
    if raw_order:
        assert groups.find(1) == groups.find(2) != groups.find(0)
    else:
        assert groups.find(0) == groups.find(1) != groups.find(2)


def test_danish_broadcasters_are_originals_their_agencies_not() -> None:
    assert originals("the minister told the broadcaster DR on Monday") == {"dr"}
    assert originals("Frederiksen told TV2 after the meeting") == {"tv2"}
    assert originals("according to UNIAN") == frozenset()  # an agency writes many stories
    assert originals("Dr Jensen said") == frozenset()  # a title, not the broadcaster
