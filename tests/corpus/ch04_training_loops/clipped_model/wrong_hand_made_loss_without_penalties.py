# expect: test_clipped_model=0
# why: computes the compiled loss by hand (keras.losses.get(self.loss), weighted mean), which leaves out self.losses: the kernel_regularizer's penalty never reaches the gradients
# source: Keras 2 habits (self.compiled_loss without regularization_losses); forum answers that call the loss function directly
class ClippedModel(keras.Model):
    def train_step(self, data):
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        loss_fn = keras.losses.get(self.loss)
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            per_example = loss_fn(y, y_pred)
            if sample_weight is not None:
                per_example = per_example * tf.cast(sample_weight, per_example.dtype)
            loss = tf.reduce_mean(per_example)
        gradients, _ = tf.clip_by_global_norm(tape.gradient(loss, self.trainable_variables), 1.0)
        self.optimizer.apply(gradients, self.trainable_variables)
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss, sample_weight=tf.shape(x)[0])
        return self.compute_metrics(x, y, y_pred, sample_weight=sample_weight)
