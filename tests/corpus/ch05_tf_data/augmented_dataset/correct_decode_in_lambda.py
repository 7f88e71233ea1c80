# expect: test_augmented_dataset=4
# why: decode_image called from a lambda in a parallel map (the name is looked up when the map is traced), then cache -> shuffle(len) -> noise -> batch -> prefetch
def make_augmented_dataset(raw_images, labels, batch_size=32):
    n = len(raw_images)
    ds = tf.data.Dataset.from_tensor_slices((raw_images, labels))
    ds = ds.map(lambda pixels, label: decode_image(pixels, label), num_parallel_calls=AUTOTUNE).cache()
    ds = ds.shuffle(buffer_size=n).map(add_noise)
    return ds.batch(batch_size).prefetch(2)
