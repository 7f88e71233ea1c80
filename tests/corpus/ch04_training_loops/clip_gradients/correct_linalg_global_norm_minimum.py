# expect: test_clip_gradients=2
# why: tf.linalg.global_norm is not tf.clip_by_global_norm; scale = min(1, max_norm / norm) multiplies by 1 when under the limit
def clip_by_global_norm(gradients, max_norm):
    norm = tf.linalg.global_norm(gradients)
    scale = tf.minimum(tf.constant(1.0, norm.dtype), tf.cast(max_norm, norm.dtype) / norm)
    return [g * tf.cast(scale, g.dtype) for g in gradients]
