# expect: test_train_dataset=0
# why: features and labels are shuffled separately (only x goes through shuffle), so x and y no longer match: examples are broken
def make_train_dataset(x, y, batch_size=32):
    features = tf.data.Dataset.from_tensor_slices(x).shuffle(len(x))
    labels = tf.data.Dataset.from_tensor_slices(y)
    return tf.data.Dataset.zip((features, labels)).batch(batch_size).prefetch(AUTOTUNE)
