# expect: test_class_weight=0
# why: np.bincount without filtering: a skipped label gets a key with weight inf, and k counts absent classes
def balanced_class_weight(y):
    y = np.asarray(y).astype(int)
    counts = np.bincount(y)
    k = len(counts)
    with np.errstate(divide="ignore"):
        weights = len(y) / (k * counts)
    return {int(c): float(w) for c, w in enumerate(weights)}
