# expect: test_class_weight=0
# why: inverse frequency n / n_c without the 1/k factor
def balanced_class_weight(y):
    classes, counts = np.unique(y, return_counts=True)
    return {int(c): float(len(y) / n_c) for c, n_c in zip(classes, counts)}
