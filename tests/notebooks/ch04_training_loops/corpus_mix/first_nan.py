# expect: test_first_nan=3
# why: reuses exercise 2's train_step, a manual counter and math.isfinite on the Python float
import math


def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    batch = 0
    for x, y in dataset:
        loss = train_step(model, optimizer, loss_fn, x, y)
        if not math.isfinite(float(loss)):
            return batch
        batch += 1
    return None
