# expect: test_to_litert=0
# why: a graph with TensorFlow string ops LiteRT lacks (AsString, StringLength: an "is it finite" guard written
# with strings), converted with SELECT_TF_OPS: the LiteRT interpreter refuses the select TF ops
def to_litert(model):
    def guarded(x):
        text = tf.strings.as_string(x[:, :1])
        return model(x) + 0.0 * tf.cast(tf.strings.length(text), tf.float32)

    function = tf.function(guarded, input_signature=[tf.TensorSpec((None, 8), tf.float32)])
    converter = tf.lite.TFLiteConverter.from_concrete_functions([function.get_concrete_function()], model)
    converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS, tf.lite.OpsSet.SELECT_TF_OPS]
    return converter.convert()
