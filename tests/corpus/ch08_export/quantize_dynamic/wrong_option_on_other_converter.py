# expect: test_quantize_dynamic=0
# why: sets optimizations on a fresh converter and converts another one (the setting never reaches the conversion)
def quantize_dynamic(model):
    tf.lite.TFLiteConverter.from_keras_model(model).optimizations = [tf.lite.Optimize.DEFAULT]
    return tf.lite.TFLiteConverter.from_keras_model(model).convert()
