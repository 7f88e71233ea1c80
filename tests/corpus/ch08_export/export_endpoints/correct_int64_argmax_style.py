# expect: test_export_endpoints=5
# why: label as int64 via tf.where, probabilities through model(x) in a named function
def export_endpoints(model, directory):
    spec = tf.TensorSpec(shape=(None, 8), dtype=tf.float32, name="features")
    archive = keras.export.ExportArchive()
    archive.track(model)

    def probabilities(x):
        return model(x, training=False)

    def label(x):
        p = tf.squeeze(model(x, training=False), axis=-1)
        return tf.where(p > 0.5, tf.constant(1, tf.int64), tf.constant(0, tf.int64))

    archive.add_endpoint("probabilities", probabilities, input_signature=[spec])
    archive.add_endpoint("label", label, input_signature=[spec])
    archive.write_out(directory, verbose=False)
