"""Load test of `reassure serve` on loopback: 20 concurrent users browsing and comparing.

The server runs in this process (a uvicorn thread on a free 127.0.0.1 port); two plans are
assessed first (1 run each) so that comparing reads cached results, as a reader's second look
does. Then 20 httpx async users loop for DURATION_S seconds over: the page, the plan list, one
plan's parameters, a run's summary (headline, verdicts, map data) and the comparison. The test
stops by itself; it reports request count, errors, and p50/p95/max latency, and as the speed
baseline the latency of one request at a time measured in the same run (p95 ratio).
"""

from __future__ import annotations

import asyncio
import json
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

USERS = 20
DURATION_S = 15.0
TOKEN = "bench-token-0123456789abcdef"


def _serve() -> tuple[str, object, threading.Thread]:
    import uvicorn

    from reassure.present.web.app import create_app

    work = Path(tempfile.mkdtemp(prefix="reassure-bench-"))
    app = create_app(work / "plans", TOKEN, workdir=work / "runs")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="error", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{sock.getsockname()[1]}", server, thread


async def _prepare(base: str) -> list[str]:
    import httpx

    async with httpx.AsyncClient(base_url=base, headers={"X-Reassure-Token": TOKEN}, timeout=300) as c:
        ids = []
        for name in ("iiss-small", "europe-2025"):
            ids.append((await c.post("/api/runs", json={"scenario": name, "runs": 1})).json()["id"])
        for job in ids:
            while (await c.get(f"/api/runs/{job}")).json()["state"] in ("queued", "running"):
                await asyncio.sleep(0.3)
        for job in ids:  # warm: the first summary of a run is built once, then served as is
            await c.get(f"/api/runs/{job}/summary")
        return ids


async def _user(base: str, ids: list[str], stop: float, out: list[tuple[str, float, int]], seed: int) -> None:
    import httpx

    rnd = random.Random(seed)
    urls = ["/", "/api/scenarios", "/api/scenarios/europe-2025", "/api/scenarios/iiss-small",
            f"/api/runs/{ids[0]}/summary", f"/api/runs/{ids[1]}/summary",
            "/api/compare?runs=1&plans=iiss-small,europe-2025"]
    async with httpx.AsyncClient(base_url=base, headers={"X-Reassure-Token": TOKEN}, timeout=60) as c:
        while time.perf_counter() < stop:
            url = rnd.choice(urls)
            t = time.perf_counter()
            try:
                status = (await c.get(url)).status_code
            except httpx.HTTPError:
                status = 0
            out.append((url, time.perf_counter() - t, status))


async def _load(base: str, ids: list[str], users: int, seconds: float) -> list[tuple[str, float, int]]:
    out: list[tuple[str, float, int]] = []
    stop = time.perf_counter() + seconds
    await asyncio.gather(*(_user(base, ids, stop, out, k) for k in range(users)))
    return out


def _pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


def main() -> int:
    base, server, thread = _serve()
    try:
        ids = asyncio.run(_prepare(base))
        single = asyncio.run(_load(base, ids, 1, 3.0))  # baseline: one user at a time
        loaded = asyncio.run(_load(base, ids, USERS, DURATION_S))
    finally:
        server.should_exit = True  # type: ignore[attr-defined]
        thread.join(timeout=30)
    errors = sum(1 for _, _, s in loaded if s != 200)
    lat = [d * 1000 for _, d, _ in loaded]
    base_lat = [d * 1000 for _, d, _ in single]
    p95, p95_single = _pct(lat, 95), _pct(base_lat, 95)
    print(f"reassure serve on loopback: {USERS} concurrent users for {DURATION_S:.0f} s "
          f"(page, plan list, plan, run summary, compare)")
    print(f"requests: {len(loaded)} ({len(loaded) / DURATION_S:.0f}/s), errors: {errors}")
    print(f"latency ms: p50 {_pct(lat, 50):.0f}, p95 {p95:.0f}, max {max(lat):.0f}")
    print(f"baseline, one user: p95 {p95_single:.0f} ms; loaded p95 / baseline p95 = {p95 / p95_single:.1f}x")
    if "--json" in sys.argv:
        print(json.dumps({"requests": len(loaded), "errors": errors, "p95_ms": round(p95, 1),
                          "p95_ratio": round(p95 / p95_single, 2)}))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
