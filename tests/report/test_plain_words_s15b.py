"""The report's plain words (review s15b 6): a path the reader must set or add stays whole
("monitoring.sizing.share is not set", not "the share is not set"; "add one (air.helicopters:
id, ...)", not "(the helicopters: ...)"); `air_policing`, `maritime` and `costs` paths get the
same rewrite as every other section's."""

from __future__ import annotations

import re

from hypothesis import assume, given
from hypothesis import strategies as st

from reassure.present.story import _SECTIONS, plain_words
from reassure.run.section_monitoring import SHARE_NOT_SET

_FIELD = st.from_regex(r"[a-z][a-z_]{0,12}[a-z]", fullmatch=True)
_PATHS = st.builds(lambda s, f: ".".join((s, *f)), st.sampled_from(_SECTIONS),
                   st.lists(_FIELD, min_size=1, max_size=3))


@given(_PATHS, st.sampled_from(["is not set", "not set"]))
def test_a_path_not_set_is_kept_whole(path: str, words: str) -> None:
    out = plain_words(f"not asked: the plan names no share ({path} {words}); the figure says", {})
    assert f"({path} {words})" in out and "(the " not in out


@given(_PATHS, st.lists(_FIELD, min_size=1, max_size=5))
def test_a_table_to_add_with_its_fields_is_kept_whole(path: str, fields: list[str]) -> None:
    listed = ", ".join(fields)
    out = plain_words(f"add one ({path}: {listed}) or take it out", {})
    assert out == f"add one ({path}: {listed}) or take it out"


def test_the_share_not_set_and_the_helicopter_warning_read_sensibly() -> None:
    assert "(monitoring.sizing.share is not set)" in plain_words(SHARE_NOT_SET, {})
    warning = ("names `helicopter`, but the plan has no helicopter detachment (air.helicopters): its calls "
               "are answered by ground_qrf only; add one (air.helicopters: id, type, base, aircraft, readiness) "
               "or take `helicopter` out of the responders")
    out = plain_words(warning, {})
    assert "(the helicopters" not in out
    assert "add one (air.helicopters: id, type, base, aircraft, readiness)" in out


@given(st.sampled_from(["air_policing", "maritime", "costs"]), _FIELD)
def test_every_section_path_gets_plain_words(section: str, field: str) -> None:
    assume(field not in ("toml", "csv", "json", "geojson", "html") and "european" not in field)
    assert section in _SECTIONS
    out = plain_words(f"aircraft Europe must field against {section}.{field} (18-35 aircraft)", {})
    assert f"{section}." not in out
    assert out == f"aircraft Europe must field against the {field.replace('_', ' ')} (18-35 aircraft)"


def test_the_air_verdict_reads_its_inputs_in_words() -> None:
    out = plain_words("a patrol is held if a sortie's flight time exceeds the two transits base-station "
                      "(air_policing.platforms[*].sortie, or air_policing.platforms[*].tanked_sortie while "
                      "tankers fly: us_backstop.tanker or air_policing.european_tankers)", {})
    assert "the US backstop's tanker or the European tankers)" in out
    assert "air_policing.platforms[*].sortie" in out  # a path into each item: kept to find it
    assert not re.search(r"\bthe (platforms|tanked)", out)
