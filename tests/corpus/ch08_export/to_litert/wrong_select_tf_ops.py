# expect: test_to_litert=0
# why: a graph with a TensorFlow op LiteRT lacks (tf.math.bessel_i0e), converted with SELECT_TF_OPS: the interpreter refuses it
def to_litert(model):
    function = tf.function(lambda x: model(x) + 0.0 * tf.math.bessel_i0e(x[:, :1]),
                           input_signature=[tf.TensorSpec((None, 8), tf.float32)])
    converter = tf.lite.TFLiteConverter.from_concrete_functions([function.get_concrete_function()], model)
    converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS, tf.lite.OpsSet.SELECT_TF_OPS]
    return converter.convert()
