# expect: test_class_weight=3
# why: vectorised n / (k * counts) then zip with .tolist() (which yields Python int and float)
def balanced_class_weight(y):
    y = np.asarray(y).reshape(-1)
    classes, counts = np.unique(y, return_counts=True)
    weights = y.shape[0] / (classes.shape[0] * counts.astype(np.float64))
    return dict(zip(classes.tolist(), weights.tolist()))
