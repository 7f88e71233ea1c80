# expect: test_best_epoch=0
# why: the lowest training loss: always the last epoch
def best_epoch(history):
    return int(np.argmin(history["loss"])) + 1

diagnoses = {"run_a": "underfitting", "run_b": "overfitting", "run_c": "good fit"}
