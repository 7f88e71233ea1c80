# expect: test_clipped_model=5
# why: unpacks by hand ((x, y) or (x, y, sample_weight), padded with None); clips by hand with the same formula as tf.clip_by_global_norm: scale = 1.0 / max(global_norm, 1.0)
class ClippedModel(keras.Model):
    def train_step(self, data):
        x, y, sample_weight = (*data, None)[:3]
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x=x, y=y, y_pred=y_pred, sample_weight=sample_weight)
        gradients = tape.gradient(loss, self.trainable_variables)
        global_norm = tf.linalg.global_norm(gradients)
        scale = 1.0 / tf.maximum(global_norm, 1.0)
        gradients = [g * scale for g in gradients]
        self.optimizer.apply(gradients, self.trainable_variables)
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
            else:
                metric.update_state(y, y_pred)
        return {m.name: m.result() for m in self.metrics}
