# expect: test_export_for_serving=4
# why: format written out, the spec's shape as a list and dtype as a string, verbose left on
def export_for_serving(model, directory):
    model.export(directory, format="tf_saved_model",
                 input_signature=[tf.TensorSpec([None, 8], "float32", name="features")])
