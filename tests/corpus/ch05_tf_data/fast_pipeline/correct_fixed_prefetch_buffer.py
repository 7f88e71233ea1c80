# expect: test_fast_pipeline=4
# why: the text only asks to prefetch; a fixed buffer of 8 elements is a prefetch too
def build_fast(source):
    return source.map(slow_parse).cache().prefetch(8)
