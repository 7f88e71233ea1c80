# expect: test_class_weight=3
# why: np.bincount, keeping only classes that occur (labels may skip a class)
def balanced_class_weight(y):
    y = np.asarray(y).astype(np.int64).ravel()
    counts = np.bincount(y)
    present = np.flatnonzero(counts)
    k = present.size
    return {int(c): float(y.size / (k * counts[c])) for c in present}
