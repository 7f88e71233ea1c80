# expect: test_clip_gradients=0
# why: multiplies by global_norm / max_norm (ratio upside down): large gradients grow instead of shrinking
def clip_by_global_norm(gradients, max_norm):
    global_norm = tf.linalg.global_norm(gradients)
    if global_norm > max_norm:
        return [g * (global_norm / max_norm) for g in gradients]
    return gradients
