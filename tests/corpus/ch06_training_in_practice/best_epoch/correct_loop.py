# expect: test_best_epoch=4
# why: a loop keeping the first strict minimum
def best_epoch(history):
    best, best_value = 1, float("inf")
    for epoch, value in enumerate(history["val_loss"], start=1):
        if value < best_value:
            best, best_value = epoch, value
    return best

diagnoses = {}
diagnoses["run_c"] = "good fit"
diagnoses["run_b"] = "overfitting"
diagnoses["run_a"] = "underfitting"
