# expect: test_replica_loss=0
# why: the mean over this replica's own examples, the mistake that doubles the update with two replicas
def replica_loss(labels, probabilities, global_batch_size):
    return tf.reduce_mean(keras.losses.sparse_categorical_crossentropy(labels, probabilities))
