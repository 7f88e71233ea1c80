# expect: test_distribute_batches=0
# why: repeat() turns one pass into an endless stream: examples come again
def distribute_batches(strategy, x, y, per_replica_batch_size):
    dataset = tf.data.Dataset.from_tensor_slices((x, y)).repeat()
    return strategy.experimental_distribute_dataset(dataset.batch(per_replica_batch_size * strategy.num_replicas_in_sync))
