# expect: test_export_for_serving=0
# why: builds and exports a fresh model of the same architecture: untrained, other weights
def export_for_serving(model, directory):
    fresh = keras.models.clone_model(model)
    fresh.export(directory, input_signature=[tf.TensorSpec((None, 8), tf.float32, name="features")], verbose=False)
