# expect: test_to_litert=0
# why: from_concrete_functions over a function that calls a Keras 3 model: the converter does not freeze the
# Keras variables (TF 2.21), the flatbuffer computes NaN; the chapter converts the model or a SavedModel
def to_litert(model):
    function = tf.function(lambda x: model(x), input_signature=[tf.TensorSpec((None, 8), tf.float32)])
    converter = tf.lite.TFLiteConverter.from_concrete_functions([function.get_concrete_function()], model)
    return converter.convert()
