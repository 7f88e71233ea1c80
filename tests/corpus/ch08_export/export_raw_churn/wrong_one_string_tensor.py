# expect: test_export_raw_churn=0
# why: one input of shape (None, 6) of strings that the graph splits and parses: not one key per column
def export_raw_churn(preprocess, head, directory):
    order = NUMERIC + CATEGORICAL

    def serve(rows):
        raw = {name: rows[:, i:i + 1] for i, name in enumerate(order)}
        raw = {name: value if name in CATEGORICAL else tf.strings.to_number(value) for name, value in raw.items()}
        return head(preprocess(raw))

    archive = keras.export.ExportArchive()
    archive.track(preprocess)
    archive.track(head)
    archive.add_endpoint("serve", serve, input_signature=[tf.TensorSpec((None, 6), tf.string, name="rows")])
    archive.write_out(directory, verbose=False)
