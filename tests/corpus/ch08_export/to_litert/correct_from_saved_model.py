# expect: test_to_litert=3
# why: through a SavedModel written in a temporary folder, converted with from_saved_model
def to_litert(model):
    with tempfile.TemporaryDirectory() as folder:
        model.export(folder, verbose=False)
        return tf.lite.TFLiteConverter.from_saved_model(folder).convert()
