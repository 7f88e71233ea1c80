# expect: test_class_weight=3
# why: tf.unique_with_counts on a flattened tensor, converted back to Python types
def balanced_class_weight(y):
    flat = tf.reshape(tf.convert_to_tensor(np.asarray(y)), [-1])
    classes, _, counts = tf.unique_with_counts(flat)
    n = int(tf.size(flat))
    k = int(tf.size(classes))
    return {int(c): float(n) / (k * float(m)) for c, m in zip(classes.numpy(), counts.numpy())}
