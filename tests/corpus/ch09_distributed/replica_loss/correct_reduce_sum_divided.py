# expect: test_replica_loss=2
# why: the sum of the per-example losses divided by the global batch size, written out
def replica_loss(labels, probabilities, global_batch_size):
    per_example = keras.losses.sparse_categorical_crossentropy(labels, probabilities)
    return tf.reduce_sum(per_example) / global_batch_size
