# expect: test_fast_pipeline=4
# why: num_parallel_calls on the stateful map is allowed (it runs sequentially under op determinism, order kept); cache after it and prefetch make later epochs fast
def build_fast(source):
    parsed = source.map(slow_parse, num_parallel_calls=tf.data.AUTOTUNE)
    return parsed.cache().prefetch(tf.data.AUTOTUNE)
