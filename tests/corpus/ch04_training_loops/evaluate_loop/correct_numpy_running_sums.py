# expect: test_evaluate_loop=3
# why: no metric objects: running sums in NumPy of loss * batch size and of correct predictions, divided by the example count (fresh on every call)
def evaluate_loop(model, loss_fn, dataset):
    total_loss, correct, count = 0.0, 0, 0
    for x, y in dataset:
        probabilities = model(x, training=False)
        n = int(np.shape(y)[0])
        total_loss += float(loss_fn(y, probabilities)) * n
        predicted = np.argmax(np.asarray(probabilities), axis=-1)
        correct += int(np.sum(predicted == np.asarray(y).reshape(-1)))
        count += n
    return {"loss": total_loss / count, "accuracy": correct / count}
