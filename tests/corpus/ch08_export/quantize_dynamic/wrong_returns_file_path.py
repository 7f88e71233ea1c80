# expect: test_quantize_dynamic=0
# why: writes model.tflite and returns its path (a str), not the bytes
def quantize_dynamic(model):
    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    path = os.path.join(tempfile.mkdtemp(), "model.tflite")
    with open(path, "wb") as handle:
        handle.write(converter.convert())
    return path
