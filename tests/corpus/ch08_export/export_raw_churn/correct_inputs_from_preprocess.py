# expect: test_export_raw_churn=5
# why: new Inputs named and typed like preprocess's own (read from preprocess.inputs), chained, exported
def export_raw_churn(preprocess, head, directory):
    raw = {tensor.name: keras.Input(shape=(1,), name=tensor.name, dtype=tensor.dtype) for tensor in preprocess.inputs}
    keras.Model(raw, head(preprocess(raw))).export(directory, verbose=False)
