# expect: test_augmented_dataset=0
# why: add_noise mapped twice (once per image, once per batch): the images get noise of standard deviation 0.07, not add_noise's 0.05; the text asks to apply add_noise once per image
def make_augmented_dataset(raw_images, labels, batch_size=32):
    ds = tf.data.Dataset.from_tensor_slices((raw_images, labels)).map(decode_image).cache().shuffle(len(raw_images))
    return ds.map(add_noise).batch(batch_size).map(add_noise).prefetch(AUTOTUNE)
