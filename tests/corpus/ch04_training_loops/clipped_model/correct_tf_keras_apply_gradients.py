# expect: test_clipped_model=5
# why: tf.keras.utils.unpack_x_y_sample_weight, tf.keras.Model base (Keras 3 underneath) and apply_gradients(zip(clipped, variables)), equivalent to optimizer.apply; the compiled metrics updated without the sample weights, as Keras does for metrics= (only weighted_metrics= take them)
class ClippedModel(tf.keras.Model):
    """A model that clips its gradients to a global norm of 1.0."""

    def train_step(self, data):
        inputs, targets, weights = tf.keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            predictions = self(inputs, training=True)
            loss_value = self.compute_loss(x=inputs, y=targets, y_pred=predictions, sample_weight=weights)
        grads = tape.gradient(loss_value, self.trainable_weights)
        clipped, _global_norm = tf.clip_by_global_norm(grads, clip_norm=1.0)
        self.optimizer.apply_gradients(zip(clipped, self.trainable_weights))
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss_value)
            else:
                metric.update_state(targets, predictions)
        return {metric.name: metric.result() for metric in self.metrics}
