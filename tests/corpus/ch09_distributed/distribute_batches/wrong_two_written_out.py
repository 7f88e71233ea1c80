# expect: test_distribute_batches=0
# why: the number of replicas written out as 2: with one replica each batch is twice too large
def distribute_batches(strategy, x, y, per_replica_batch_size):
    dataset = tf.data.Dataset.from_tensor_slices((x, y)).batch(2 * per_replica_batch_size)
    return strategy.experimental_distribute_dataset(dataset)
