# expect: test_replica_loss=0
# why: compute_average_loss without global_batch_size divides by this replica's examples times the replicas (1 here)
def replica_loss(labels, probabilities, global_batch_size):
    return tf.nn.compute_average_loss(keras.losses.sparse_categorical_crossentropy(labels, probabilities))
