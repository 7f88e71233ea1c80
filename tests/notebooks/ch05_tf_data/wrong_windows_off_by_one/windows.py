def make_windows(sequence, window):
    dataset = tf.data.Dataset.from_tensor_slices(sequence).window(window, shift=1, drop_remainder=True)
    dataset = dataset.flat_map(lambda w: w.batch(window))
    return dataset.map(lambda w: (w, w[-1]))
