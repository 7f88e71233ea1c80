# expect: test_augmented_dataset=0
# why: its own noise with a plain tf.random.normal instead of add_noise, placed after the shuffle: the stream restarts every pass, so each epoch reuses the same draws, only handed to other images; the text asks for add_noise (its tf.random.Generator moves on)
# source: corpus writer's report (a lazy "noise changes" test credits it)
def make_augmented_dataset(raw_images, labels, batch_size=32):
    def noisy(image, label):
        return image + tf.random.normal(tf.shape(image), stddev=0.05), label
    return (tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image)
            .cache()
            .shuffle(len(raw_images))
            .map(noisy)
            .batch(batch_size)
            .prefetch(AUTOTUNE))
