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


def test_an_interrupt_wrapped_by_an_import_is_an_interrupt(monkeypatch, capsys) -> None:
    """(s28, CI) Ctrl-C while a command imported pydantic: Python 3.11 wrapped it as
    "RuntimeError: Error calling __set_name__ ..." caused by the KeyboardInterrupt; the run said
    "internal error" and exited 3."""
    def app() -> None:
        class Named:
            def __set_name__(self, owner: type, name: str) -> None:
                raise KeyboardInterrupt

        try:
            type("Model", (), {"field": Named()})
        except KeyboardInterrupt:  # Python >= 3.12 adds a note instead of wrapping: wrap as 3.11
            raise RuntimeError("Error calling __set_name__") from KeyboardInterrupt()

    monkeypatch.setattr(cli, "app", app)
    with pytest.raises(SystemExit) as stop:
        cli.main()
    assert stop.value.code == 130
    assert capsys.readouterr().err.strip() == "interrupted"


def test_an_error_handled_after_an_unrelated_error_is_still_a_bug(monkeypatch, capsys) -> None:
    def app() -> None:
        try:
            raise ValueError("first")
        except ValueError as first:
            raise TypeError("second") from first

    monkeypatch.setattr(cli, "app", app)
    monkeypatch.delenv("REASSURE_DEBUG", raising=False)
    with pytest.raises(SystemExit) as stop:
        cli.main()
    assert stop.value.code == 3
    assert "internal error: TypeError: second" in capsys.readouterr().err
