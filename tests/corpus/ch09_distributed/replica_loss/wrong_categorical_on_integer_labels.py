# expect: test_replica_loss=0
# why: the categorical (one-hot) cross-entropy cannot take integer class labels
def replica_loss(labels, probabilities, global_batch_size):
    per_example = keras.losses.categorical_crossentropy(labels, probabilities)
    return tf.nn.compute_average_loss(per_example, global_batch_size=global_batch_size)
