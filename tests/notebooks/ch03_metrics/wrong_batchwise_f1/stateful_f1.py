def BinaryF1(y_true, y_pred):
    y_true = ops.cast(y_true, "float32")
    y_hat = ops.cast(y_pred > 0.5, "float32")
    tp = ops.sum(y_true * y_hat)
    precision = tp / (ops.sum(y_hat) + keras.config.epsilon())
    recall = tp / (ops.sum(y_true) + keras.config.epsilon())
    return 2 * ((precision * recall) / (precision + recall + keras.config.epsilon()))
