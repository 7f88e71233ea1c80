# expect: test_export_endpoints=0
# why: argmax over the one sigmoid column: always 0 (a softmax habit on a sigmoid output)
def export_endpoints(model, directory):
    spec = [tf.TensorSpec((None, 8), tf.float32, name="features")]
    archive = keras.export.ExportArchive()
    archive.track(model)
    archive.add_endpoint("probabilities", model.call, input_signature=spec)
    archive.add_endpoint("label", lambda x: tf.argmax(model(x), axis=-1, output_type=tf.int32), input_signature=spec)
    archive.write_out(directory, verbose=False)
