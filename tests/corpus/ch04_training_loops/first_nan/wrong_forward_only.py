# expect: test_first_nan=0
# why: only evaluates the loss batch by batch and never trains, so a loss that becomes non-finite because training diverges is never found
def first_non_finite_batch(model, optimizer, loss_fn, dataset):
    for index, (x, y) in enumerate(dataset):
        loss = loss_fn(y, model(x, training=False))
        if not np.isfinite(float(loss)):
            return index
    return None
