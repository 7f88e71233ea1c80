# expect: test_to_litert=3
# why: a SavedModel with a named input written with pathlib, converted by its serving_default signature key
def to_litert(model):
    import pathlib

    with tempfile.TemporaryDirectory() as scratch:
        folder = pathlib.Path(scratch) / "saved"
        model.export(str(folder), input_signature=[tf.TensorSpec((None, 8), tf.float32, name="features")],
                     verbose=False)
        converter = tf.lite.TFLiteConverter.from_saved_model(str(folder), signature_keys=["serving_default"])
        return converter.convert()
