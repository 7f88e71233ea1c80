# expect: test_augmented_dataset=4
# why: converts the arrays to tensors first (keeping uint8) and names each transformation; the pipeline is the required one
def make_augmented_dataset(images, labels, batch_size=32):
    images = tf.convert_to_tensor(images)
    labels = tf.convert_to_tensor(labels)
    n = int(images.shape[0])
    source = tf.data.Dataset.from_tensor_slices((images, labels), name="source")
    decoded = source.map(decode_image, name="decode")
    cached = decoded.cache(name="cache")
    shuffled = cached.shuffle(n, reshuffle_each_iteration=True, name="shuffle")
    augmented = shuffled.map(add_noise, name="noise")
    return augmented.batch(batch_size, name="batch").prefetch(AUTOTUNE, name="prefetch")
