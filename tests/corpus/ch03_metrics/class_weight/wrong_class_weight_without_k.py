# expect: test_class_weight=0
# why: returns n / n_c, forgetting to divide by the number of classes k: every weight is k times too large, so the dict check fails
# source: the hand-written scenario tests/notebooks/ch03_metrics/wrong_class_weight_without_k (before the corpus)
def balanced_class_weight(y):
    classes, counts = np.unique(y, return_counts=True)
    return {int(c): len(y) / int(n) for c, n in zip(classes, counts)}
