# expect: test_export_endpoints=0
# why: the label as float32 (tf.round of the probability): integers were asked for
def export_endpoints(model, directory):
    spec = [tf.TensorSpec((None, 8), tf.float32, name="features")]
    archive = keras.export.ExportArchive()
    archive.track(model)
    archive.add_endpoint("probabilities", model.call, input_signature=spec)
    archive.add_endpoint("label", lambda x: tf.round(model(x)[:, 0]), input_signature=spec)
    archive.write_out(directory, verbose=False)
