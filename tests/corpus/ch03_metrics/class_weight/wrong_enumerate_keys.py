# expect: test_class_weight=0
# why: keys from enumerate (0, 1, 2, ...) instead of the labels themselves: wrong when labels skip a class
def balanced_class_weight(y):
    classes, counts = np.unique(y, return_counts=True)
    return {i: float(len(y) / (len(classes) * n_c)) for i, n_c in enumerate(counts)}
