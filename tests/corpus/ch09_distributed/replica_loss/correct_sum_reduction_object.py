# expect: test_replica_loss=2
# why: a loss object with reduction="sum" gives the sum; divided by the global batch size
def replica_loss(labels, probabilities, global_batch_size):
    summed = keras.losses.SparseCategoricalCrossentropy(reduction="sum")(labels, probabilities)
    return summed / tf.cast(global_batch_size, summed.dtype)
