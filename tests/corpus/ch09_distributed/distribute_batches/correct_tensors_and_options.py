# expect: test_distribute_batches=4
# why: tensors instead of arrays and explicit (default) distribute options change nothing
def distribute_batches(strategy, x, y, per_replica_batch_size):
    dataset = tf.data.Dataset.from_tensor_slices((tf.constant(x), tf.constant(y)))
    batched = dataset.batch(per_replica_batch_size * strategy.num_replicas_in_sync, drop_remainder=False)
    return strategy.experimental_distribute_dataset(batched, options=tf.distribute.InputOptions())
