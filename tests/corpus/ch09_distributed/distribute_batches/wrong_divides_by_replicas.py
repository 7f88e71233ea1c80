# expect: test_distribute_batches=0
# why: divides where it should multiply: the global batch is smaller than one replica's
def distribute_batches(strategy, x, y, per_replica_batch_size):
    global_batch_size = max(1, per_replica_batch_size // strategy.num_replicas_in_sync)
    return strategy.experimental_distribute_dataset(tf.data.Dataset.from_tensor_slices((x, y)).batch(global_batch_size))
