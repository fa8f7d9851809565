"""(s30) The troop-size model on fresh rows: the shipped weights against a warm-started refit (an
L2 prior toward the shipped weights, fitted on the other sets' fresh rows and the own corpus) and
a refit from scratch, leave-one-set-out over sets 74-81 (docs/evidence.md §10 "Session 30").

The rows are collected per set with the code fresh to it (outside the repository):

    PYTHONPATH=/work/sealed/stateX0/src .venv/bin/python scripts/train_claim_model.py \
        /work/sealed/evidence-real74a ... --cache ROWS/claim-fresh-74.pkl --collect-only
    PYTHONPATH=src .venv/bin/python scripts/train_claim_model.py tests/evidence/corpus \
        --cache ROWS/claim-corpus-cur.pkl --collect-only
    ROWS=ROWS .venv/bin/python scripts/experiments/claim_model_fresh_rows.py 0.3 1 3 10
"""
import json, os, pickle, sys
from pathlib import Path
import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import train_claim_model as T

R = Path(os.environ.get("ROWS", "/work/sealed/rows30"))
data = {"reports": {}}
for f in sorted(R.glob("claim-fresh-*.pkl")) + [R / "claim-corpus-cur.pkl"]:
    data["reports"].update(pickle.loads(f.read_bytes())["reports"])
shipped = json.loads((Path(__file__).resolve().parents[2] / "src/reassure/evidence/claim_model.json").read_text())
W0, B0, T0 = shipped["weights"], shipped["bias"], shipped["threshold"]
ids = sorted(data["reports"])
real = [r for r in ids if data["reports"][r]["set"] != "corpus"]
corpus = [r for r in ids if data["reports"][r]["set"] == "corpus"]

def warm_fit(rows, labels, lam):
    vocab = {}
    indptr, indices = [0], []
    for r in rows:
        cols = sorted({vocab.setdefault(f, len(vocab)) for f in r[5]})
        indices.extend(cols); indptr.append(len(indices))
    X = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(vocab)))
    w0 = np.array([W0.get(f, 0.0) for f in vocab] + [B0])
    y = labels.astype(float)
    def obj(wb):
        w, b = wb[:-1], wb[-1]
        z = X @ w + b
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        ll = np.sum(np.logaddexp(0, z) - y * z)
        d = wb - w0
        g = np.append(X.T @ (p - y), np.sum(p - y)) + lam * d
        return ll + 0.5 * lam * d @ d, g
    res = minimize(obj, w0, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    w = res.x
    out = dict(W0)
    out.update({f: float(w[i]) for f, i in vocab.items()})
    return out, float(w[-1])

def run(method, lam=None, thr=None):
    tot = {k: 0 for k in ("tp", "fp", "fn", "traps", "trap_hits")}
    for k, test, rest in T._set_folds(data, real):
        rows, _ = T.table(data, test, "c")
        if method == "shipped":
            w, b, t = W0, B0, T0
        elif method == "warm":
            w, b = warm_fit(*T.table(data, rest + corpus, "c"), lam)
            t = thr
        elif method == "scratch":
            w, b = T.fit(*T.table(data, rest + corpus, "c"))
            t = thr
        elif method == "rules":
            s = T.score({x: set(map(tuple, data["reports"][x]["rules"])) for x in test}, data, test)
            for x in tot: tot[x] += s[x]
            continue
        s = T.score(T.kept_rules(T.decide(rows, T.probabilities(rows, w, b), t), data, test), data, test)
        for x in tot: tot[x] += s[x]
    r, p = T._rp(tot)
    return f"R {r:.3f} P {p:.3f} tp {tot['tp']} fp {tot['fp']} fn {tot['fn']} traps {tot['trap_hits']}/{tot['traps']}"

print("rules  ", run("rules"))
print("shipped", run("shipped"))
for thr in (0.55, 0.65):
    print(f"scratch t={thr}", run("scratch", thr=thr))
for lam in [float(x) for x in sys.argv[1:]] or (0.3, 1, 3, 10):
    for thr in (0.55, 0.65):
        print(f"warm lam={lam} t={thr}", run("warm", lam=lam, thr=thr))
