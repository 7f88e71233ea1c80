# expect: test_best_epoch=0
# why: returns the 0-based index, one less than the epoch
def best_epoch(history):
    return int(np.argmin(history["val_loss"]))

diagnoses = {"run_a": "underfitting", "run_b": "overfitting", "run_c": "good fit"}
