# expect: test_best_epoch=0
# why: run_a (both losses high) called over-fitting and run_b under-fitting
def best_epoch(history):
    return int(np.argmin(history["val_loss"])) + 1

diagnoses = {"run_a": "overfitting", "run_b": "underfitting", "run_c": "good fit"}
