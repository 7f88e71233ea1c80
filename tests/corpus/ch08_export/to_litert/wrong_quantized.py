# expect: test_to_litert=0
# why: optimizations on (dynamic-range quantization): the outputs drift past 1e-4
def to_litert(model):
    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    return converter.convert()
