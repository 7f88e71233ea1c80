# expect: test_augmented_dataset=4
# why: zipped image and label datasets, then the same decode -> cache -> shuffle -> augment -> batch -> prefetch order
def make_augmented_dataset(images, labels, batch_size=32):
    pairs = tf.data.Dataset.zip((tf.data.Dataset.from_tensor_slices(images),
                                 tf.data.Dataset.from_tensor_slices(labels)))
    pairs = pairs.map(decode_image).cache()
    pairs = pairs.shuffle(pairs.cardinality())
    pairs = pairs.map(add_noise, num_parallel_calls=AUTOTUNE, deterministic=True)
    return pairs.batch(batch_size).prefetch(AUTOTUNE)
