# expect: test_distributed_step=6
# why: the batch unpacked into x and y, an unreduced loss object and compute_average_loss
def make_distributed_step(strategy, model, optimizer, global_batch_size):
    per_example_loss = keras.losses.SparseCategoricalCrossentropy(reduction=None)

    def replica_step(x, y):
        with tf.GradientTape() as tape:
            predictions = model(x, training=True)
            loss = tf.nn.compute_average_loss(per_example_loss(y, predictions), global_batch_size=global_batch_size)
        gradients = tape.gradient(loss, model.trainable_weights)
        optimizer.apply_gradients(list(zip(gradients, model.trainable_weights)))
        return loss

    @tf.function
    def step(batch):
        x, y = batch
        per_replica = strategy.run(replica_step, args=(x, y))
        return strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica, axis=None)

    return step
