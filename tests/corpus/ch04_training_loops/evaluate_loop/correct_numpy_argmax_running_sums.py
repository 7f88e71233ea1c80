# expect: test_evaluate_loop=3
# why: no metric objects: running sums of loss_fn(y, p) * batch size and of argmax(p) == y, divided by the example count: matches evaluate
# source: the hand-written scenario tests/notebooks/ch04_training_loops/correct_numpy_evaluation_and_clipping (before the corpus)
def evaluate_loop(model, loss_fn, dataset):
    loss_sum, correct, count = 0.0, 0, 0
    for x, y in dataset:
        probabilities = model(x, training=False)
        n = int(x.shape[0])
        loss_sum += float(loss_fn(y, probabilities)) * n
        correct += int(np.sum(np.argmax(probabilities, axis=-1) == y.numpy()))
        count += n
    return {"loss": loss_sum / count, "accuracy": correct / count}
