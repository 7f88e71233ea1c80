def balanced_class_weight(y):
    classes, counts = np.unique(y, return_counts=True)
    return {int(c): len(y) / int(n) for c, n in zip(classes, counts)}
