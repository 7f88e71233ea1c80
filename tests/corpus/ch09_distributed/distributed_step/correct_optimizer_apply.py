# expect: test_distributed_step=6
# why: Keras 3's optimizer.apply(gradients, variables) is what apply_gradients calls: the same all-reduce and update
def make_distributed_step(strategy, model, optimizer, global_batch_size):
    @tf.function
    def step(batch):
        def replica_step(x, y):
            with tf.GradientTape() as tape:
                loss = tf.nn.compute_average_loss(
                    keras.losses.sparse_categorical_crossentropy(y, model(x, training=True)),
                    global_batch_size=global_batch_size)
            optimizer.apply(tape.gradient(loss, model.trainable_variables), model.trainable_variables)
            return loss

        return strategy.reduce(tf.distribute.ReduceOp.SUM, strategy.run(replica_step, args=batch), axis=None)

    return step
