# expect: test_class_weight=0
# why: integer division n // (k * n_c): truncated int values
def balanced_class_weight(y):
    classes, counts = np.unique(y, return_counts=True)
    return {int(c): int(len(y) // (len(classes) * int(n_c))) for c, n_c in zip(classes, counts)}
