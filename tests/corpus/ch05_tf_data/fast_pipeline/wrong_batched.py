# expect: test_fast_pipeline=0
# why: adds batch(8) as in the section-3 demo: the text asks for the unbatched examples of source.map(slow_parse)
def build_fast(source):
    return source.map(slow_parse).cache().batch(8).prefetch(AUTOTUNE)
