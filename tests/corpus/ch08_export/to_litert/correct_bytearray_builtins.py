# expect: test_to_litert=3
# why: builtins-only ops set written out, the result as a bytearray
def to_litert(model):
    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS]
    return bytearray(converter.convert())
