# expect: test_clip_gradients=0
# why: clips to 1.0 (the value of the exercise before) whatever max_norm is
def clip_by_global_norm(gradients, max_norm):
    global_norm = tf.linalg.global_norm(gradients)
    if global_norm > 1.0:
        return [g / global_norm for g in gradients]
    return gradients
