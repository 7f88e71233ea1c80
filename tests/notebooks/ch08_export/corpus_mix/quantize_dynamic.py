# expect: test_quantize_dynamic=0
# why: converts without optimizations: 100% of the size
def quantize_dynamic(model):
    return tf.lite.TFLiteConverter.from_keras_model(model).convert()
