# expect: test_best_epoch=0
# why: run_c's tiny last rise (0.33 -> 0.332) read as over-fitting
def best_epoch(history):
    return int(np.argmin(history["val_loss"])) + 1

diagnoses = {"run_a": "underfitting", "run_b": "overfitting", "run_c": "overfitting"}
