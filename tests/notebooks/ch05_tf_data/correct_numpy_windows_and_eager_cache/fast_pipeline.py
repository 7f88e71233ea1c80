def build_fast(source):
    return source.map(slow_parse).cache(filename="").prefetch(tf.data.AUTOTUNE)
