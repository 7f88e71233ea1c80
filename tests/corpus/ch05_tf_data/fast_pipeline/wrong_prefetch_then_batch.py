# expect: test_fast_pipeline=0
# why: map(slow_parse).cache().prefetch() then batch(1): elements get an extra batch axis, the text asks for exactly the unbatched examples of source.map(slow_parse) and prefetch as the last step
def build_fast(source):
    return source.map(slow_parse).cache().prefetch(AUTOTUNE).batch(1)
