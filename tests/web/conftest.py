"""A served app on a temporary user folder, through FastAPI's test client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

TOKEN = "test-token-0123456789abcdef"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, Path]]:
    from fastapi.testclient import TestClient

    from reassure.present.web.app import create_app

    user = tmp_path_factory.mktemp("plans")
    app = create_app(user, TOKEN, workdir=tmp_path_factory.mktemp("work"))
    with TestClient(app) as client:
        client.cookies.set("reassure_token", TOKEN)
        yield client, user
