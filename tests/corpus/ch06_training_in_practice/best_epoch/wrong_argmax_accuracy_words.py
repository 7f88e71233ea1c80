# expect: test_best_epoch=0
# why: the highest val_loss, and other words than the three asked
def best_epoch(history):
    return int(np.argmax(history["val_loss"])) + 1

diagnoses = {"run_a": "high bias", "run_b": "high variance", "run_c": "fine"}
