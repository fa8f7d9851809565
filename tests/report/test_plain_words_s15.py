"""The report's plain words for input paths (review s15): a TOML table named in brackets stays a
table the reader can find in the file, and a `us_backstop` switch keeps the word "US"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reassure.present.story import _SECTIONS, plain_words

_FIELD = st.from_regex(r"[a-z][a-z_]{0,12}[a-z]", fullmatch=True)


@given(st.sampled_from(_SECTIONS), st.lists(_FIELD, min_size=1, max_size=3))
def test_a_bracketed_table_name_is_kept_whole(section: str, fields: list[str]) -> None:
    table = ".".join((section, *fields))
    out = plain_words(f"over the trace of the contact line, 977 km (no [{table}])", {})
    assert out == f"over the trace of the contact line, 977 km (no [{table}])"
    assert "[the " not in out


def test_the_monitoring_geometry_note_without_a_band_reads_as_written() -> None:
    # the HTML report read "(no [the band])"
    assert plain_words("computed over the trace of the contact line, 977 km (no [monitoring.band]).",
                       {}).endswith("(no [monitoring.band]).")


@given(_FIELD)
def test_a_us_backstop_switch_keeps_the_us(switch: str) -> None:
    out = plain_words(f"while tankers fly: us_backstop.{switch} or the European tankers", {})
    assert "us_backstop" not in out
    assert f"the US backstop's {switch.replace('_', ' ')} or" in out


def test_the_tanker_switch_in_the_air_verdict_names_the_us() -> None:
    # the HTML report read "while tankers fly: the tanker or air_policing.european_tankers"
    assert "the US backstop's tanker" in plain_words(
        "or tanked_sortie while tankers fly: us_backstop.tanker or air_policing.european_tankers", {})


def test_a_path_after_the_word_the_gets_no_second_the() -> None:
    # the report read "its alert typhoons at EPRZ are the the bases responder ..."
    out = plain_words("its alert typhoons at EPRZ are the air.bases responder typhoon@EPRZ already", {})
    assert "the the" not in out and "are the bases responder" in out


@given(st.sampled_from(_SECTIONS), _FIELD, _FIELD, st.from_regex(r"[a-z][a-z-]{0,10}", fullmatch=True))
def test_a_path_into_a_keyed_list_item_is_kept_whole(section: str, table: str, field: str, key: str) -> None:
    # a load warning read "myplan.toml:787: the types[incursion].responders names helicopter"
    path = f"{section}.{table}[{key}].{field}"
    out = plain_words(f"plan.toml:787: {path} names helicopter", {})
    assert path in out and "the " + table.replace("_", " ") + "[" not in out
