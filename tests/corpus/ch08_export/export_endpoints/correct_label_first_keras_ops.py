# expect: test_export_endpoints=5
# why: label added first (so it is serving_default), keras.ops for the decision, reshape to (batch,)
def export_endpoints(model, directory):
    sig = [tf.TensorSpec([None, 8], "float32", name="features")]
    archive = keras.export.ExportArchive()
    archive.track(model)
    archive.add_endpoint("label", lambda x: keras.ops.cast(keras.ops.reshape(model(x) > 0.5, (-1,)), "int32"),
                         input_signature=sig)
    archive.add_endpoint("probabilities", lambda x: model(x), input_signature=sig)
    archive.write_out(directory, verbose=False)
