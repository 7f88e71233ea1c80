# expect: test_clip_gradients=2
# why: flattens and concatenates every gradient to take one Euclidean norm; the outputs keep the original shapes
def clip_by_global_norm(gradients, max_norm):
    flat = tf.concat([tf.reshape(g, [-1]) for g in gradients], axis=0)
    global_norm = tf.norm(flat, ord="euclidean")
    ratio = max_norm / global_norm if global_norm > max_norm else 1.0
    return [g * ratio for g in gradients]
