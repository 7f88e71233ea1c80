# expect: test_fast_pipeline=0
# why: adds a shuffle after the cache: the pipeline no longer yields exactly what source.map(slow_parse) yields (order changes)
def build_fast(source):
    return source.map(slow_parse).cache().shuffle(64).prefetch(AUTOTUNE)
