def evaluate_loop(model, loss_fn, dataset):
    loss_sum, correct, count = 0.0, 0, 0
    for x, y in dataset:
        probabilities = model(x, training=False)
        n = int(x.shape[0])
        loss_sum += float(loss_fn(y, probabilities)) * n
        correct += int(np.sum(np.argmax(probabilities, axis=-1) == y.numpy()))
        count += n
    return {"loss": loss_sum / count, "accuracy": correct / count}
