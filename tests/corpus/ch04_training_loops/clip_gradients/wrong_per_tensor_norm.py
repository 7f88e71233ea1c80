# expect: test_clip_gradients=0
# why: clips each tensor by its own norm (tf.clip_by_norm semantics), not by the global norm of all of them
def clip_by_global_norm(gradients, max_norm):
    clipped = []
    for g in gradients:
        norm = tf.norm(g)
        clipped.append(g * max_norm / norm if norm > max_norm else g)
    return clipped
