# expect: test_clip_gradients=0
# why: uses the sum of squares as the norm (forgets the square root)
def clip_by_global_norm(gradients, max_norm):
    global_norm = tf.add_n([tf.reduce_sum(tf.square(g)) for g in gradients])
    if global_norm > max_norm:
        return [g * (max_norm / global_norm) for g in gradients]
    return gradients
