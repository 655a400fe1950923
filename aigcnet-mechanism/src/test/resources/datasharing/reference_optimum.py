"""Independent reference optimum of the seed-002 data-sharing contract (eq. 10), written for the
aigcnet tests. It knows nothing of the contract-theory reduction: it maximises U_B (eq. 7) over
all 2K variables (f_1..f_K, r_1..r_K) subject to every IR (eq. 8) and IC (eq. 9) constraint with
SciPy's SLSQP from many starting points, and keeps the best feasible answer.
Run: python3 reference_optimum.py  (numpy, scipy)."""
import itertools
import numpy as np
from scipy.optimize import minimize

T, BETA, FMIN = 1e-3, 100.0, 1e-3

def qod(f, alpha, amax, dmax):
    aoi = T * (f + 1.0 / (2.0 * f) + 0.5)      # eq. (1) with theta = 1/f
    lat = T * (1.0 + f)                         # eq. (2)
    g, h = amax - aoi, dmax - lat               # eq. (3)
    return np.log(alpha * (g - h) + h + 1.0)    # eq. (4)

def solve(state, alpha):
    m, k = int(state[0]), int(state[1])
    amax, dmax = state[2], state[3]
    q, phi = np.array(state[4:4 + k]), np.array(state[4 + k:4 + 2 * k])
    def neg_ub(x):
        f, r = x[:k], x[k:]
        return -m * np.sum(q * (BETA * qod(f, alpha, amax, dmax) - r)) / 1000.0
    cons = []
    for i in range(k):
        cons.append({'type': 'ineq', 'fun': lambda x, i=i: x[k + i] - x[i] / phi[i]})
        for j in range(k):
            if i != j:
                cons.append({'type': 'ineq', 'fun': lambda x, i=i, j=j:
                             (x[k + i] - x[i] / phi[i]) - (x[k + j] - x[j] / phi[i])})
    bounds = [(FMIN, 1.0)] * k + [(0.0, 1.0)] * k
    best = None
    rng = np.random.default_rng(7)
    for _ in range(60):
        f0 = np.sort(rng.uniform(0.05, 0.7, k))
        r0 = np.cumsum(np.diff(np.concatenate([[0], f0])) / phi) + rng.uniform(0, 0.05)
        res = minimize(neg_ub, np.concatenate([f0, r0]), method='SLSQP', bounds=bounds,
                       constraints=cons, options={'ftol': 1e-15, 'maxiter': 2000})
        x = res.x
        viol = min(c['fun'](x) for c in cons)
        if viol < -1e-9:
            continue
        if best is None or res.fun < best.fun:
            best = res
    x = best.x
    return x[:k], x[k:], -best.fun * 1000.0

if __name__ == '__main__':
    states = {
        'state1': [40, 2, 0.95, 0.73, 0.84, 0.16, 2, 12],
        'state2': [40, 2, 0.94, 0.85, 0.80, 0.20, 2, 12],
        'state3': [40, 2, 0.95, 0.81, 0.43, 0.57, 2, 13],
        'ironing_k3': [40, 3, 0.9, 0.6, 0.5, 0.01, 0.49, 5, 6, 15],
    }
    for name, s in states.items():
        f, r, ub = solve(s, 0.75)
        print(name, 'f=', ' '.join('%.6f' % v for v in f), 'r=', ' '.join('%.7f' % v for v in r), 'U_B=%.6f' % ub)
