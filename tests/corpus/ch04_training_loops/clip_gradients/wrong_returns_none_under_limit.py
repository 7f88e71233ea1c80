# expect: test_clip_gradients=0
# why: no return for the case under the limit: the function returns None instead of the unchanged gradients
def clip_by_global_norm(gradients, max_norm):
    global_norm = tf.linalg.global_norm(gradients)
    if global_norm > max_norm:
        return [g * (max_norm / global_norm) for g in gradients]
