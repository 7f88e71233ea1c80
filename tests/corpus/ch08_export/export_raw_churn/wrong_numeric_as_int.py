# expect: test_export_raw_churn=0
# why: int32 inputs for the numeric columns (age is an int in the DataFrame): the text asks for float32
def export_raw_churn(preprocess, head, directory):
    inputs = {name: keras.Input(shape=(1,), name=name, dtype="string" if name in CATEGORICAL else "int32")
              for name in NUMERIC + CATEGORICAL}
    cast = {name: value if name in CATEGORICAL else keras.ops.cast(value, "float32") for name, value in inputs.items()}
    keras.Model(inputs, head(preprocess(cast))).export(directory, verbose=False)
