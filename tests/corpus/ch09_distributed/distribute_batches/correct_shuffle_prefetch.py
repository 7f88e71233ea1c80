# expect: test_distribute_batches=4
# why: shuffling before batching and prefetching after are free; the pairs stay together
def distribute_batches(strategy, x, y, per_replica_batch_size):
    global_batch_size = per_replica_batch_size * strategy.num_replicas_in_sync
    dataset = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(len(x))
    dataset = dataset.batch(global_batch_size).prefetch(tf.data.AUTOTUNE)
    return strategy.experimental_distribute_dataset(dataset)
