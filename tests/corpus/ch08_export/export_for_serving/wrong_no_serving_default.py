# expect: test_export_for_serving=0
# why: tf.saved_model.save with only a serve signature: no serving_default for TF Serving
def export_for_serving(model, directory):
    module = tf.Module()
    module.model = model
    module.serve = tf.function(lambda features: model(features),
                               input_signature=[tf.TensorSpec((None, 8), tf.float32, name="features")])
    tf.saved_model.save(module, directory, signatures={"serve": module.serve})
