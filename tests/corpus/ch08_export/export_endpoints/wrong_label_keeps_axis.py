# expect: test_export_endpoints=0
# why: label of shape (batch, 1): the text asks for (batch,)
def export_endpoints(model, directory):
    spec = [tf.TensorSpec((None, 8), tf.float32, name="features")]
    archive = keras.export.ExportArchive()
    archive.track(model)
    archive.add_endpoint("probabilities", model.call, input_signature=spec)
    archive.add_endpoint("label", lambda x: tf.cast(model(x) > 0.5, tf.int32), input_signature=spec)
    archive.write_out(directory, verbose=False)
