# expect: test_clip_gradients=0
# why: root of the mean of squares (reduce_mean) instead of the sum: the norm is too small, so clipping is too weak or skipped
def clip_by_global_norm(gradients, max_norm):
    global_norm = tf.sqrt(tf.add_n([tf.reduce_mean(tf.square(g)) for g in gradients]))
    if global_norm > max_norm:
        return [g * (max_norm / global_norm) for g in gradients]
    return gradients
