# expect: test_export_endpoints=0
# why: endpoint names of its own (predict, classify): clients call them by the names asked for
def export_endpoints(model, directory):
    spec = [tf.TensorSpec((None, 8), tf.float32, name="features")]
    archive = keras.export.ExportArchive()
    archive.track(model)
    archive.add_endpoint("predict", model.call, input_signature=spec)
    archive.add_endpoint("classify", lambda x: tf.cast(model(x)[:, 0] > 0.5, tf.int32), input_signature=spec)
    archive.write_out(directory, verbose=False)
