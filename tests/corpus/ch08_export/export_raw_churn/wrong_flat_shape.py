# expect: test_export_raw_churn=0
# why: inputs of shape (None,) (a column as a flat vector, as in the DataFrame) reshaped inside: the text asks for (None, 1)
def export_raw_churn(preprocess, head, directory):
    specs = {name: tf.TensorSpec((None,), tf.string if name in CATEGORICAL else tf.float32, name=name)
             for name in NUMERIC + CATEGORICAL}
    archive = keras.export.ExportArchive()
    archive.track(preprocess)
    archive.track(head)
    archive.add_endpoint("serve", lambda raw: head(preprocess({k: tf.expand_dims(v, -1) for k, v in raw.items()})),
                         input_signature=[specs])
    archive.write_out(directory, verbose=False)
