# expect: test_distribute_batches=0
# why: drop_remainder=True loses the examples of the last, smaller batch
def distribute_batches(strategy, x, y, per_replica_batch_size):
    dataset = tf.data.Dataset.from_tensor_slices((x, y))
    dataset = dataset.batch(per_replica_batch_size * strategy.num_replicas_in_sync, drop_remainder=True)
    return strategy.experimental_distribute_dataset(dataset)
