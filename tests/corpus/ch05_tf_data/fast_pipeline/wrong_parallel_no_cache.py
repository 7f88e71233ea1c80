# expect: test_fast_pipeline=0
# why: relies on num_parallel_calls + prefetch without cache(): the stateful py_function map runs one element at a time under op determinism, so later epochs are not faster
# source: tf.data performance guide (parallel map) without the chapter's determinism note
def build_fast(source):
    return source.map(slow_parse, num_parallel_calls=AUTOTUNE).prefetch(AUTOTUNE)
