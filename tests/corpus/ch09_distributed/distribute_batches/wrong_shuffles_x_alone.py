# expect: test_distribute_batches=0
# why: x is shuffled in its own dataset before the zip: the inputs no longer sit beside their labels
def distribute_batches(strategy, x, y, per_replica_batch_size):
    xs = tf.data.Dataset.from_tensor_slices(x).shuffle(len(x))
    pairs = tf.data.Dataset.zip((xs, tf.data.Dataset.from_tensor_slices(y)))
    return strategy.experimental_distribute_dataset(pairs.batch(per_replica_batch_size * strategy.num_replicas_in_sync))
