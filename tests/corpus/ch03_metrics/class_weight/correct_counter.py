# expect: test_class_weight=3
# why: collections.Counter over Python ints, plain loop
from collections import Counter


def balanced_class_weight(y):
    labels = [int(v) for v in np.ravel(y)]
    counts = Counter(labels)
    n, k = len(labels), len(counts)
    weights = {}
    for label, n_c in counts.items():
        weights[label] = n / (k * n_c)
    return weights
