# expect: test_class_weight=3
# why: pure Python: set of labels and list.count, sorted keys
def balanced_class_weight(y):
    labels = np.asarray(y).ravel().tolist()
    classes = sorted(set(labels))
    return {int(c): len(labels) / (len(classes) * labels.count(c)) for c in classes}
