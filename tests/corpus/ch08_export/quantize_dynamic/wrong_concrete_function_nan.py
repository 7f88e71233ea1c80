# expect: test_quantize_dynamic=0
# why: from_concrete_functions over a Keras 3 model gives NaN outputs (the variables are not frozen): every row
# is predicted 0, the balanced accuracy falls to 0.5
def quantize_dynamic(model):
    serve = tf.function(lambda x: model(x), input_signature=[tf.TensorSpec([None, 8], tf.float32)])
    converter = tf.lite.TFLiteConverter.from_concrete_functions([serve.get_concrete_function()], model)
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    return converter.convert()
