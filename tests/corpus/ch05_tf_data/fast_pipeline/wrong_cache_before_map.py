# expect: test_fast_pipeline=0
# why: caches the cheap source and runs slow_parse after the cache: a cache is present but every epoch still pays the 10 ms per example
def build_fast(source):
    return source.cache().map(slow_parse, num_parallel_calls=AUTOTUNE).prefetch(AUTOTUNE)
