# expect: test_class_weight=3
# why: plain Python loop over a dict of counts, explicit int()/float() conversions
def balanced_class_weight(y):
    counts = {}
    for label in np.asarray(y).tolist():
        counts[int(label)] = counts.get(int(label), 0) + 1
    n, k = sum(counts.values()), len(counts)
    return {label: float(n) / float(k * n_c) for label, n_c in counts.items()}
