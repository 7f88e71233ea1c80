def build_fast(source):
    parsed = source.map(slow_parse, num_parallel_calls=tf.data.AUTOTUNE)
    return parsed.cache().prefetch(1)
