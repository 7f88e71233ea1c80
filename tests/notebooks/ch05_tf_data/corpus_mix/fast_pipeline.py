# expect: test_fast_pipeline=4
# why: deterministic=True spelled out on the parallel map guarantees the source order; cache + prefetch(AUTOTUNE)
def build_fast(source):
    return (source
            .map(slow_parse, num_parallel_calls=AUTOTUNE, deterministic=True)
            .cache()
            .prefetch(AUTOTUNE))
