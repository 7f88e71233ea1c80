# expect: test_export_endpoints=5
# why: a tf.Module with two tf.functions saved as two signatures by tf.saved_model.save
class _TwoEndpoints(tf.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    @tf.function(input_signature=[tf.TensorSpec((None, 8), tf.float32, name="features")])
    def probabilities(self, features):
        return self.model(features)

    @tf.function(input_signature=[tf.TensorSpec((None, 8), tf.float32, name="features")])
    def label(self, features):
        return tf.cast(self.model(features)[:, 0] > 0.5, tf.int32)


def export_endpoints(model, directory):
    module = _TwoEndpoints(model)
    tf.saved_model.save(module, directory,
                        signatures={"probabilities": module.probabilities, "label": module.label})
