# expect: test_fast_pipeline=0
# why: prefetch placed before cache(): after the first epoch the cache is the last step and nothing is prefetched for the consumer
def build_fast(source):
    return source.map(slow_parse).prefetch(AUTOTUNE).cache()
