# expect: test_clip_gradients=0
# why: calls tf.clip_by_global_norm, which the text forbids ("without calling tf.clip_by_global_norm")
def clip_by_global_norm(gradients, max_norm):
    clipped, _ = tf.clip_by_global_norm(gradients, max_norm)
    return clipped
