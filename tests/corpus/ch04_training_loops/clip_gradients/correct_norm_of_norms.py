# expect: test_clip_gradients=2
# why: the global norm is the norm of the vector of per-tensor norms: tf.norm(tf.stack([tf.norm(g) ...]))
def clip_by_global_norm(gradients, max_norm):
    per_tensor = tf.stack([tf.norm(g) for g in gradients])
    global_norm = tf.norm(per_tensor)
    if float(global_norm) <= max_norm:
        return gradients
    return [tf.multiply(g, max_norm / global_norm) for g in gradients]
