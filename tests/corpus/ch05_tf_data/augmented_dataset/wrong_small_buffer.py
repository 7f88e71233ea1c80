# expect: test_augmented_dataset=0
# why: shuffle(32) only mixes neighbouring images; the text asks to shuffle fully
def make_augmented_dataset(raw_images, labels, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image)
            .cache()
            .shuffle(32)
            .map(add_noise)
            .batch(batch_size)
            .prefetch(AUTOTUNE))
