# expect: test_clip_gradients=0
# why: always multiplies by max_norm / global_norm, so gradients under the limit are scaled up instead of left unchanged
def clip_by_global_norm(gradients, max_norm):
    global_norm = tf.sqrt(tf.add_n([tf.reduce_sum(tf.square(g)) for g in gradients]))
    return [g * (max_norm / global_norm) for g in gradients]
