# expect: test_replica_loss=2
# why: tf.keras's function name for the same loss, then compute_average_loss with the keyword
def replica_loss(labels, probabilities, global_batch_size):
    losses = tf.keras.losses.sparse_categorical_crossentropy(labels, probabilities, from_logits=False)
    return tf.nn.compute_average_loss(losses, global_batch_size=global_batch_size)
