# expect: test_quantize_dynamic=0
# why: float16 quantization: about half the size, more than 40%
def quantize_dynamic(model):
    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    converter.target_spec.supported_types = [tf.float16]
    return converter.convert()
