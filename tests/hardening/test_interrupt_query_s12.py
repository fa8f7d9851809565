"""Session 12 (kill test ci21): a Ctrl-C that lands while DuckDB runs a query comes back as
DuckDB's own error ("Query interrupted"), not KeyboardInterrupt; the command must still exit
130 with "interrupted", not 3 with "internal error"."""

from __future__ import annotations

import pytest

import reassure.cli as cli


@pytest.mark.parametrize("err", [RuntimeError("Query interrupted"),
                                 type("InterruptException", (Exception,), {})("x")])
def test_an_interrupted_query_is_an_interrupt(monkeypatch, capsys, err: Exception) -> None:
    def app() -> None:
        raise err

    monkeypatch.setattr(cli, "app", app)
    with pytest.raises(SystemExit) as stop:
        cli.main()
    assert stop.value.code == 130
    assert capsys.readouterr().err.strip() == "interrupted"


def test_another_runtime_error_is_still_a_bug(monkeypatch, capsys) -> None:
    def app() -> None:
        raise RuntimeError("something else")

    monkeypatch.setattr(cli, "app", app)
    monkeypatch.delenv("REASSURE_DEBUG", raising=False)
    with pytest.raises(SystemExit) as stop:
        cli.main()
    assert stop.value.code == 3
    assert "internal error: RuntimeError: something else" in capsys.readouterr().err
