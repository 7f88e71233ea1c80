# expect: test_replica_loss=0
# why: the default loss object already averages over this replica's examples; dividing again makes it far too small
def replica_loss(labels, probabilities, global_batch_size):
    return keras.losses.SparseCategoricalCrossentropy()(labels, probabilities) / global_batch_size
