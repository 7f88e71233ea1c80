# expect: test_class_weight=0
# why: inverse frequencies normalised to sum to 1
def balanced_class_weight(y):
    classes, counts = np.unique(y, return_counts=True)
    inverse = 1.0 / counts
    inverse = inverse / inverse.sum()
    return {int(c): float(w) for c, w in zip(classes, inverse)}
