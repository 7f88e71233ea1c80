# expect: test_clipped_model=5
# why: unpacks (x, y[, sample_weight]) by len(data), weighted compute_loss, tf.clip_by_global_norm(., 1.0) then apply_gradients; unweighted loss-tracker mean
# source: the hand-written scenario tests/notebooks/ch04_training_loops/correct_numpy_evaluation_and_clipping (before the corpus)
class ClippedModel(keras.Model):
    def train_step(self, data):
        if len(data) == 3:
            x, y, sample_weight = data
        else:
            (x, y), sample_weight = data, None
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(y=y, y_pred=y_pred, sample_weight=sample_weight)
        grads = tape.gradient(loss, self.trainable_variables)
        clipped, _ = tf.clip_by_global_norm(grads, clip_norm=1.0)
        self.optimizer.apply_gradients(zip(clipped, self.trainable_variables))
        results = {}
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
            else:
                metric.update_state(y, y_pred)
            results[metric.name] = metric.result()
        return results
