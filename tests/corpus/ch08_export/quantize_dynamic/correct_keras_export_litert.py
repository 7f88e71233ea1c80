# expect: test_quantize_dynamic=4
# why: Keras's model.export(format="litert") with the converter's optimizations as keyword arguments
def quantize_dynamic(model):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "model.tflite")
        model.export(path, format="litert", verbose=False, optimizations=[tf.lite.Optimize.DEFAULT])
        with open(path, "rb") as handle:
            return handle.read()
