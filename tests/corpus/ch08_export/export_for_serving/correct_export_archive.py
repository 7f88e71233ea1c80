# expect: test_export_for_serving=4
# why: an ExportArchive with an endpoint named serve: the first endpoint is also serving_default
def export_for_serving(model, directory):
    archive = keras.export.ExportArchive()
    archive.track(model)
    archive.add_endpoint("serve", model.call,
                         input_signature=[tf.TensorSpec(shape=[None, 8], dtype="float32", name="features")])
    archive.write_out(directory, verbose=False)
