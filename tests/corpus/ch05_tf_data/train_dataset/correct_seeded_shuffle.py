# expect: test_train_dataset=3
# why: a seed with the default reshuffle_each_iteration=True still gives a new order at every epoch (the seed only fixes the sequence of orders)
def make_train_dataset(x, y, batch_size=32):
    n = x.shape[0]
    return (tf.data.Dataset.from_tensor_slices((x, y))
            .shuffle(n, seed=1234)
            .batch(batch_size)
            .prefetch(AUTOTUNE))
