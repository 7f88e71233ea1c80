# expect: test_replica_loss=2
# why: an unreduced loss object (one value per example) given to compute_average_loss
def replica_loss(labels, probabilities, global_batch_size):
    per_example = keras.losses.SparseCategoricalCrossentropy(reduction=None)(labels, probabilities)
    return tf.nn.compute_average_loss(per_example, global_batch_size=global_batch_size)
