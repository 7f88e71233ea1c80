# expect: test_train_dataset=3
# why: an extra cache() of the raw examples BEFORE the shuffle is harmless: the shuffle after it still draws a new order every epoch
def make_train_dataset(x, y, batch_size=32):
    dataset = tf.data.Dataset.from_tensor_slices((x, y)).cache()
    dataset = dataset.shuffle(len(x), reshuffle_each_iteration=True, name="full_shuffle")
    return dataset.batch(batch_size).prefetch(AUTOTUNE)
