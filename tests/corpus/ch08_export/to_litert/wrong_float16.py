# expect: test_to_litert=0
# why: float16 weights: outputs differ from the float32 model by more than 1e-4
def to_litert(model):
    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    converter.target_spec.supported_types = [tf.float16]
    return converter.convert()
