# expect: test_class_weight=0
# why: right numbers, but keys are numpy int and values numpy float (the text asks for Python int and float)
def balanced_class_weight(y):
    classes, counts = np.unique(y, return_counts=True)
    weights = len(y) / (len(classes) * counts)
    return dict(zip(classes, weights))
