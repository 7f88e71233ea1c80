# expect: test_export_endpoints=0
# why: rounds the probabilities to two decimals for a tidy API: off by up to 0.005, the tolerance is 1e-5
def export_endpoints(model, directory):
    spec = [tf.TensorSpec((None, 8), tf.float32, name="features")]
    archive = keras.export.ExportArchive()
    archive.track(model)
    archive.add_endpoint("probabilities", lambda x: tf.round(model(x) * 100) / 100, input_signature=spec)
    archive.add_endpoint("label", lambda x: tf.cast(model(x)[:, 0] > 0.5, tf.int32), input_signature=spec)
    archive.write_out(directory, verbose=False)
