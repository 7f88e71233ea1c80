# expect: test_within_half=0
# why: NumPy inside the metric: works on eager arrays but not on symbolic tensors inside fit (the text forbids NumPy)
def within_half(y_true, y_pred):
    return np.mean(np.abs(np.asarray(y_true) - np.asarray(y_pred)) <= 0.5, axis=-1).astype("float32")
