# expect: test_best_epoch=0
# why: <= keeps the last of equal minima, not the first
def best_epoch(history):
    best, best_value = 0, float("inf")
    for epoch, value in enumerate(history["val_loss"], start=1):
        if value <= best_value:
            best, best_value = epoch, value
    return best

diagnoses = {"run_a": "underfitting", "run_b": "overfitting", "run_c": "good fit"}
