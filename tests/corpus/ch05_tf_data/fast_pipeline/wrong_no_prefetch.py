# expect: test_fast_pipeline=0
# why: caches the parsed examples (fast) but never prefetches, which the text asks for
def build_fast(source):
    return source.map(slow_parse).cache()
