# expect: test_to_litert=3
# why: Keras's own model.export(format="litert") into a temporary file, read back as bytes
def to_litert(model):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "model.tflite")
        model.export(path, format="litert", verbose=False)
        with open(path, "rb") as handle:
            return handle.read()
