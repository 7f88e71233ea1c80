# expect: test_quantize_dynamic=0
# why: shrinks by zeroing most weights of a copy (fake pruning) before quantizing: the accuracy falls
def quantize_dynamic(model):
    copy = keras.models.clone_model(model)
    copy.set_weights([np.where(np.abs(w) > np.quantile(np.abs(w), 0.9), w, 0.0) if w.ndim == 2 else w
                      for w in model.get_weights()])
    converter = tf.lite.TFLiteConverter.from_keras_model(copy)
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    return converter.convert()
