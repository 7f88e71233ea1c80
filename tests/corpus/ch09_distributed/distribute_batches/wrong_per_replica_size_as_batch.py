# expect: test_distribute_batches=0
# why: batches of per_replica_batch_size are global batches: each of two replicas gets half of it
def distribute_batches(strategy, x, y, per_replica_batch_size):
    dataset = tf.data.Dataset.from_tensor_slices((x, y)).batch(per_replica_batch_size)
    return strategy.experimental_distribute_dataset(dataset)
