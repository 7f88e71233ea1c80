# expect: test_export_for_serving=0
# why: exports the output before the sigmoid (a model cut at the last Dense's logits): other values
def export_for_serving(model, directory):
    features = keras.Input(shape=(8,), name="features")
    hidden = model.layers[1](model.layers[0](features))
    last = model.layers[2]
    logits = keras.ops.matmul(hidden, last.kernel) + last.bias
    keras.Model(features, logits).export(directory, verbose=False)
