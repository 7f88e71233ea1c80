# expect: test_clip_gradients=2
# why: global norm as sqrt(add_n of squared sums), an explicit branch: scaled when over max_norm, unchanged otherwise
def clip_by_global_norm(gradients, max_norm):
    global_norm = tf.sqrt(tf.add_n([tf.reduce_sum(tf.square(g)) for g in gradients]))
    if global_norm > max_norm:
        return [g * (max_norm / global_norm) for g in gradients]
    return list(gradients)
