# expect: test_clipped_model=5
# why: updates the loss tracker, then lets Model.compute_metrics update the compiled metrics and return every result (flattened dict)
class ClippedModel(keras.Model):
    def train_step(self, data):
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x=x, y=y, y_pred=y_pred, sample_weight=sample_weight)
        gradients = tape.gradient(loss, self.trainable_variables)
        clipped_gradients = tf.clip_by_global_norm(gradients, 1.0)[0]
        self.optimizer.apply(clipped_gradients, self.trainable_variables)
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
        return self.compute_metrics(x, y, y_pred, sample_weight=sample_weight)
