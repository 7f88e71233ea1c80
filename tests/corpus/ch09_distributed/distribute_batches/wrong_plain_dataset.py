# expect: test_distribute_batches=0
# why: the global batches are right but the dataset is never distributed
def distribute_batches(strategy, x, y, per_replica_batch_size):
    return tf.data.Dataset.from_tensor_slices((x, y)).batch(per_replica_batch_size * strategy.num_replicas_in_sync)
