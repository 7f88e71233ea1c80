def build_fast(source):
    return source.cache().map(slow_parse).prefetch(AUTOTUNE)
