# expect: test_replica_loss=2
# why: the cross-entropy by hand with keras.ops: minus the log of each label's probability, summed, over the global batch
def replica_loss(labels, probabilities, global_batch_size):
    picked = keras.ops.take_along_axis(probabilities, keras.ops.expand_dims(keras.ops.cast(labels, "int32"), 1), axis=1)
    return -keras.ops.sum(keras.ops.log(picked)) / global_batch_size
