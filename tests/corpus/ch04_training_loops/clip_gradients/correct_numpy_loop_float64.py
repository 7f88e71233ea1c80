# expect: test_clip_gradients=2
# why: NumPy with an explicit accumulation loop in float64, math.sqrt; returns arrays of the same shapes
import math


def clip_by_global_norm(gradients, max_norm):
    arrays = [np.asarray(g, dtype=np.float64) for g in gradients]
    total = 0.0
    for a in arrays:
        total += float(np.sum(a * a))
    norm = math.sqrt(total)
    if norm <= max_norm:
        return [np.asarray(g) for g in gradients]
    factor = max_norm / norm
    return [a * factor for a in arrays]
