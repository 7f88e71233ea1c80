# expect: test_weighted_bce=4
# why: a named inner function with a __name__ that mentions the weight (harmless), written with ops.multiply/ops.add and an explicit positive mask
def make_weighted_bce(pos_weight):
    def weighted_binary_crossentropy(y_true, y_pred):
        eps = keras.config.epsilon()
        y_true = ops.cast(y_true, "float32")
        p = ops.clip(ops.cast(y_pred, "float32"), eps, 1.0 - eps)
        positive = ops.cast(ops.equal(y_true, 1.0), "float32")
        weights = ops.add(ops.multiply(positive, pos_weight), 1.0 - positive)
        bce = ops.negative(ops.add(ops.multiply(y_true, ops.log(p)),
                                   ops.multiply(1.0 - y_true, ops.log(1.0 - p))))
        return ops.mean(ops.multiply(weights, bce), axis=-1)

    weighted_binary_crossentropy.__name__ = f"weighted_bce_{pos_weight:g}"
    return weighted_binary_crossentropy
