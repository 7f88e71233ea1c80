# expect: test_augmented_dataset=0
# why: add_noise before cache(): the first epoch's noise is stored and replayed, every later epoch sees the same "augmented" images
# source: notebook section 2 "cache before random augmentation"
def make_augmented_dataset(raw_images, labels, batch_size=32):
    return (tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image)
            .map(add_noise, num_parallel_calls=AUTOTUNE)
            .cache()
            .shuffle(len(raw_images))
            .batch(batch_size)
            .prefetch(AUTOTUNE))
