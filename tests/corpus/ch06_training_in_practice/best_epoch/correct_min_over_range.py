# expect: test_best_epoch=4
# why: min over the epochs by key; the first minimum wins
def best_epoch(history):
    losses = history["val_loss"]
    return min(range(len(losses)), key=losses.__getitem__) + 1

diagnoses = {"run_a": "underfitting", "run_b": "overfitting", "run_c": "good fit"}
