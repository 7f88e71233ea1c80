# expect: test_fast_pipeline=4
# why: an identity-like map after the cache (a dtype cast to the same dtypes) costs nothing; the slow step is cached and the output unchanged
def build_fast(source):
    cached = source.map(slow_parse).cache()
    same = cached.map(lambda x, y: (tf.cast(x, tf.float32), y), num_parallel_calls=AUTOTUNE)
    return same.prefetch(AUTOTUNE)
