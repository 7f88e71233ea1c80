# expect: test_fast_pipeline=4
# why: a lambda calling slow_parse keeps slow_parse; cache(filename="") is the explicit in-memory cache
def build_fast(source):
    dataset = source.map(lambda x, y: slow_parse(x, y))
    dataset = dataset.cache(filename="")
    dataset = dataset.prefetch(buffer_size=AUTOTUNE)
    return dataset
