# expect: test_augmented_dataset=0
# why: writes its own noise with a plain tf.random.normal instead of add_noise and applies it right after the cache: under the chapter's seeding that stream restarts every pass, so every image gets the same noise in every epoch
# source: notebook section 2 ("a plain tf.random.normal inside map restarts its random stream")
def make_augmented_dataset(raw_images, labels, batch_size=32):
    def noisy(image, label):
        return image + tf.random.normal(tf.shape(image), stddev=0.05), label
    return (tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image)
            .cache()
            .map(noisy)
            .shuffle(len(raw_images))
            .batch(batch_size)
            .prefetch(AUTOTUNE))
