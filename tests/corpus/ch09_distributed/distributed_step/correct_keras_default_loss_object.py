# expect: test_distributed_step=6
# why: Keras 3 divides a default-reduction loss object's batch mean by the replicas under a strategy: on even batches that is the global mean
def make_distributed_step(strategy, model, optimizer, global_batch_size):
    loss_object = keras.losses.SparseCategoricalCrossentropy()

    def replica_step(x, y):
        with tf.GradientTape() as tape:
            loss = loss_object(y, model(x, training=True))
        gradients = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(gradients, model.trainable_variables))
        return loss

    @tf.function
    def step(batch):
        return strategy.reduce(tf.distribute.ReduceOp.SUM, strategy.run(replica_step, args=batch), axis=None)

    return step
