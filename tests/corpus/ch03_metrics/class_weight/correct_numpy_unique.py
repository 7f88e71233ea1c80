# expect: test_class_weight=3
# why: np.unique(return_counts=True) and a dict comprehension with int/float conversion
def balanced_class_weight(y):
    classes, counts = np.unique(np.asarray(y), return_counts=True)
    n, k = len(np.asarray(y).ravel()), len(classes)
    return {int(c): float(n / (k * n_c)) for c, n_c in zip(classes, counts)}
