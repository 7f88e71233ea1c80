# expect: test_quantize_dynamic=4
# why: converts the serve signature of an exported SavedModel, optimizations as a tuple
def quantize_dynamic(model):
    with tempfile.TemporaryDirectory() as folder:
        model.export(folder, verbose=False)
        converter = tf.lite.TFLiteConverter.from_saved_model(folder, signature_keys=["serve"])
        converter.optimizations = (tf.lite.Optimize.DEFAULT,)
        return converter.convert()
