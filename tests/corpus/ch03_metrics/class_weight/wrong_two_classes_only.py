# expect: test_class_weight=0
# why: hard-codes the binary case {0: n/(2 n0), 1: n/(2 n1)}: wrong for more than two classes (the text says any number)
def balanced_class_weight(y):
    y = np.asarray(y)
    n = len(y)
    n_pos = int(np.sum(y == 1))
    return {0: n / (2 * (n - n_pos)), 1: n / (2 * n_pos)}
