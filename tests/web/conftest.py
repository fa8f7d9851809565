"""A served app on a temporary user folder, through FastAPI's test client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

TOKEN = "test-token-0123456789abcdef"


def first_answer(url: str, timeout: float = 10) -> object:
    """The first answer of a just-started `reassure serve` at ``url`` (an httpx response): the
    socket is bound before the address is printed, so the app may need a moment."""
    import time

    import httpx

    for _ in range(100):
        try:
            return httpx.get(url, timeout=timeout)
        except httpx.TransportError:
            time.sleep(0.1)
    return httpx.get(url, timeout=timeout)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, Path]]:
    from fastapi.testclient import TestClient

    from reassure.present.web.app import create_app

    user = tmp_path_factory.mktemp("plans")
    app = create_app(user, TOKEN, workdir=tmp_path_factory.mktemp("work"))
    with TestClient(app) as client:
        client.cookies.set("reassure_token", TOKEN)
        yield client, user
