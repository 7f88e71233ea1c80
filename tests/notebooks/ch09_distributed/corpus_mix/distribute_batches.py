# expect: test_distribute_batches=4
# why: two sources zipped in order make the same (x, y) pairs
def distribute_batches(strategy, x, y, per_replica_batch_size):
    pairs = tf.data.Dataset.zip((tf.data.Dataset.from_tensor_slices(x), tf.data.Dataset.from_tensor_slices(y)))
    return strategy.experimental_distribute_dataset(
        pairs.batch(strategy.num_replicas_in_sync * per_replica_batch_size))
