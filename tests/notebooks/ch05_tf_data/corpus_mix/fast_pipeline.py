# expect: test_fast_pipeline=4
# why: map(slow_parse) -> cache(filename="") (the explicit in-memory cache) -> prefetch(AUTOTUNE): the parsed examples are cached after the first epoch
# source: the hand-written scenario tests/notebooks/ch05_tf_data/correct_numpy_windows_and_eager_cache (before the corpus)
def build_fast(source):
    return source.map(slow_parse).cache(filename="").prefetch(tf.data.AUTOTUNE)
