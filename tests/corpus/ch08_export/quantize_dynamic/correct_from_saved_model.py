# expect: test_quantize_dynamic=4
# why: from a SavedModel in a temporary folder, Optimize.DEFAULT
def quantize_dynamic(model):
    with tempfile.TemporaryDirectory() as folder:
        model.export(folder, verbose=False)
        converter = tf.lite.TFLiteConverter.from_saved_model(folder)
        converter.optimizations = [tf.lite.Optimize.DEFAULT]
        return converter.convert()
