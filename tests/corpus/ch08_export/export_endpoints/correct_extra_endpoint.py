# expect: test_export_endpoints=5
# why: a third endpoint (serve) beside the two asked for; the decision by comparing with 1 - p
def export_endpoints(model, directory):
    spec = [tf.TensorSpec((None, 8), tf.float32, name="features")]
    archive = keras.export.ExportArchive()
    archive.track(model)
    archive.add_endpoint("serve", model.call, input_signature=spec)
    archive.add_endpoint("probabilities", model.call, input_signature=spec)
    archive.add_endpoint("label", lambda x: tf.cast(tf.reshape(model(x) > 1.0 - model(x), [-1]), tf.int32),
                         input_signature=spec)
    archive.write_out(directory, verbose=False)
