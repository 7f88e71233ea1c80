# expect: test_export_for_serving=0
# why: fixes the batch size at 1 (as LiteRT would): the spec must accept any batch, (None, 8)
def export_for_serving(model, directory):
    model.export(directory, input_signature=[tf.TensorSpec((1, 8), tf.float32, name="features")], verbose=False)
