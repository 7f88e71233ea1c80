# expect: test_clip_gradients=0
# why: adds the per-tensor norms instead of taking sqrt of the sum of their squares
def clip_by_global_norm(gradients, max_norm):
    global_norm = tf.add_n([tf.norm(g) for g in gradients])
    if global_norm > max_norm:
        return [g * (max_norm / global_norm) for g in gradients]
    return gradients
