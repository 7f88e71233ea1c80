# expect: test_export_for_serving=0
# why: float64 inputs: the spec must say float32
def export_for_serving(model, directory):
    model.export(directory, input_signature=[tf.TensorSpec((None, 8), tf.float64, name="features")], verbose=False)
