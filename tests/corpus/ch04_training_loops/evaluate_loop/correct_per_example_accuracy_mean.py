# expect: test_evaluate_loop=3
# why: the per-example sparse_categorical_accuracy function averaged by a Mean over all examples equals the accuracy; from keras import metrics
from keras import metrics


def evaluate_loop(model, loss_fn, dataset):
    loss_avg = metrics.Mean()
    hits = metrics.Mean()
    for batch in dataset:
        x, y = batch
        y_pred = model(x, training=False)
        batch_size = keras.ops.shape(y_pred)[0]
        loss_avg.update_state(loss_fn(y, y_pred), sample_weight=batch_size)
        hits.update_state(metrics.sparse_categorical_accuracy(y, y_pred))
    return dict(loss=loss_avg.result(), accuracy=hits.result())
