# expect: test_fast_pipeline=4
# why: map(slow_parse, num_parallel_calls=AUTOTUNE) keeps the order (deterministic by default), then cache() and prefetch(1): slow_parse runs once per example
# source: the hand-written scenario tests/notebooks/ch05_tf_data/correct_batch_before_map_where_valid (before the corpus)
def build_fast(source):
    parsed = source.map(slow_parse, num_parallel_calls=tf.data.AUTOTUNE)
    return parsed.cache().prefetch(1)
