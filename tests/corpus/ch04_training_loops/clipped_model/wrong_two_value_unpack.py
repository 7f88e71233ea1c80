# expect: test_clipped_model=0
# why: x, y = data, the step of older tutorials: right for fit(x, y), crashes as soon as fit gets sample_weight= or class_weight= (the batch is then (x, y, sample_weight))
# source: keras.io "Customizing what happens in fit()" before unpack_x_y_sample_weight; review of ch04
class ClippedModel(keras.Model):
    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x=x, y=y, y_pred=y_pred)
        gradients = tape.gradient(loss, self.trainable_variables)
        gradients, _ = tf.clip_by_global_norm(gradients, 1.0)
        self.optimizer.apply(gradients, self.trainable_variables)
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
        return self.compute_metrics(x, y, y_pred, sample_weight=None)
