# expect: test_class_weight=0
# why: n_c / n: the class frequency, which gives the rare class the smallest weight
def balanced_class_weight(y):
    classes, counts = np.unique(y, return_counts=True)
    return {int(c): float(n_c / len(y)) for c, n_c in zip(classes, counts)}
