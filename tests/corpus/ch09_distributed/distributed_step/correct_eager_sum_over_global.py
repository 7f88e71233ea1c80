# expect: test_distributed_step=6
# why: no tf.function (eager strategy.run works too); the scaling written as a sum over the global batch size
def make_distributed_step(strategy, model, optimizer, global_batch_size):
    def replica_step(x, y):
        with tf.GradientTape() as tape:
            per_example = keras.losses.sparse_categorical_crossentropy(y, model(x, training=True))
            loss = tf.reduce_sum(per_example) / global_batch_size
        optimizer.apply_gradients(zip(tape.gradient(loss, model.trainable_variables), model.trainable_variables))
        return loss

    def step(batch):
        losses = strategy.run(replica_step, args=batch)
        return strategy.reduce("SUM", losses, axis=None)

    return step
