# expect: test_train_dataset=3
# why: shuffles the example indices with a buffer as large as the data (new order each epoch), batches them and gathers whole batches: every example once per epoch, last batch kept, prefetched
def make_train_dataset(x, y, batch_size=32):
    x_all = tf.convert_to_tensor(x)
    y_all = tf.convert_to_tensor(y)
    n = int(x_all.shape[0])
    indices = tf.data.Dataset.range(n).shuffle(n, reshuffle_each_iteration=True).batch(batch_size)
    batches = indices.map(lambda idx: (tf.gather(x_all, idx), tf.gather(y_all, idx)),
                          num_parallel_calls=tf.data.AUTOTUNE)
    return batches.prefetch(tf.data.AUTOTUNE)
