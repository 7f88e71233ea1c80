# expect: test_fast_pipeline=0
# why: cache() returns a new dataset; its result is discarded, so the returned pipeline is not cached and stays slow
def build_fast(source):
    parsed = source.map(slow_parse)
    parsed.cache()
    return parsed.prefetch(AUTOTUNE)
