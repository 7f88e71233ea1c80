# expect: test_distribute_batches=4
# why: distribute_datasets_from_function with a dataset batched per replica (input context): each replica gets its batch
def distribute_batches(strategy, x, y, per_replica_batch_size):
    global_batch_size = per_replica_batch_size * strategy.num_replicas_in_sync

    def dataset_fn(context):
        batch = context.get_per_replica_batch_size(global_batch_size)
        return tf.data.Dataset.from_tensor_slices((x, y)).batch(batch)

    return strategy.distribute_datasets_from_function(dataset_fn)
