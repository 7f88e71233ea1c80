# expect: test_augmented_dataset=0
# why: decodes with its own tf.cast(...) / 255 instead of decode_image: the pixels are the same, but the exercise's expensive step never runs, so nothing shows the cache doing its job; the text says to map decode_image by its name, not rewrite it
def make_augmented_dataset(raw_images, labels, batch_size=32):
    def to_float(pixels, label):
        return tf.cast(pixels, tf.float32) / 255.0, label
    return (tf.data.Dataset.from_tensor_slices((raw_images, labels))
            .map(to_float)
            .cache()
            .shuffle(len(raw_images))
            .map(add_noise)
            .batch(batch_size)
            .prefetch(AUTOTUNE))
