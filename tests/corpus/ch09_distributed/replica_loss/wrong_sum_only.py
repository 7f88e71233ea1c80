# expect: test_replica_loss=0
# why: the sum is never divided by the global batch size
def replica_loss(labels, probabilities, global_batch_size):
    return tf.reduce_sum(keras.losses.sparse_categorical_crossentropy(labels, probabilities))
