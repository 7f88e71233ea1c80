# expect: test_best_epoch=4
# why: list.index(min(...)), dict built with dict()
def best_epoch(history):
    values = list(history["val_loss"])
    return values.index(min(values)) + 1

diagnoses = dict(run_a="underfitting", run_b="overfitting", run_c="good fit")
