# expect: test_class_weight=0
# why: k = max(y) + 1 instead of the number of distinct classes: wrong when the labels skip a class
def balanced_class_weight(y):
    y = np.asarray(y).astype(int)
    k = int(y.max()) + 1
    classes, counts = np.unique(y, return_counts=True)
    return {int(c): float(len(y) / (k * n_c)) for c, n_c in zip(classes, counts)}
