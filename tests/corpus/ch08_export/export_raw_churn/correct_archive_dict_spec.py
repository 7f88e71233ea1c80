# expect: test_export_raw_churn=5
# why: an ExportArchive endpoint serve with a dict of TensorSpecs, one per column
def export_raw_churn(preprocess, head, directory):
    specs = {name: tf.TensorSpec((None, 1), tf.string if name in CATEGORICAL else tf.float32, name=name)
             for name in NUMERIC + CATEGORICAL}
    archive = keras.export.ExportArchive()
    archive.track(preprocess)
    archive.track(head)
    archive.add_endpoint("serve", lambda raw: head(preprocess(raw)), input_signature=[specs])
    archive.write_out(directory, verbose=False)
