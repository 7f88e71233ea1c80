# expect: test_fast_pipeline=0
# why: rewrites the rescaling without slow_parse (x * 2 - 1 in TensorFlow): same values and fast, but the text says to keep slow_parse
def build_fast(source):
    return (source.map(lambda x, y: (x * 2.0 - 1.0, y), num_parallel_calls=AUTOTUNE)
            .cache()
            .prefetch(AUTOTUNE))
