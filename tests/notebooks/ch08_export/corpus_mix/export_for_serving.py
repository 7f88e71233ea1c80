# expect: test_export_for_serving=4
# why: plain TensorFlow: a tf.Module whose serve is a tf.function, saved with both signatures
def export_for_serving(model, directory):
    class Served(tf.Module):
        def __init__(self, model):
            super().__init__()
            self.model = model

        @tf.function(input_signature=[tf.TensorSpec((None, 8), tf.float32, name="features")])
        def serve(self, features):
            return self.model(features, training=False)

    module = Served(model)
    tf.saved_model.save(module, directory, signatures={"serve": module.serve, "serving_default": module.serve})
