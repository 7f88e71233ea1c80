# expect: test_class_weight=0
# why: returns a list of weights indexed by position, not the dict fit(class_weight=...) expects
def balanced_class_weight(y):
    classes, counts = np.unique(y, return_counts=True)
    return [float(len(y) / (len(classes) * n_c)) for n_c in counts]
